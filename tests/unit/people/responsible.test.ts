// Specification: a matter has a responsible person and each deadline may have its own. The
// deadline's own person is responsible for it; without one, the matter's person is (and a
// change of the matter's person reaches those deadlines at once). Home and the calendar show
// what one person is responsible for. An archived person is not chosen for anything new, but
// stays on what they already had.
import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { logEvent, matterOf, ok } from '../deadlines/app-helpers'

async function team() {
  const core = openTestCore()
  const person = async (name: string) => ok(await core.dispatch('people.create', { name })).id
  const people = {
    mei: await person('Mei'),
    jonas: await person('Jonas'),
    anna: await person('Anna Schmidt')
  }
  // Today is 2026-11-29.
  const lawsuit = await matterOf(core, 'lawsuit', 'US')
  const letter = await matterOf(core, 'warning_letter', 'US')
  ok(await core.dispatch('matters.update', { id: lawsuit, responsiblePersonId: people.mei }))
  const add = async (matterId: number, title: string, due: string, responsiblePersonId?: number) =>
    ok(await core.dispatch('deadlines.add', { matterId, title, due, responsiblePersonId })).id
  const ids = {
    // The lawsuit's, inherited from Mei: overdue, this week.
    disclosures: await add(lawsuit, 'Initial disclosures', '2026-11-27'),
    answer: await add(lawsuit, 'Answer to the complaint', '2026-12-03'),
    // The lawsuit's, but Jonas's own.
    brief: await add(lawsuit, 'Opposition brief', '2026-12-15', people.jonas),
    // The letter has nobody; one of its deadlines is Mei's own.
    reply: await add(letter, 'Reply to Harwell & Pike', '2026-12-01', people.mei),
    call: await add(letter, 'Follow-up call', '2026-12-20')
  }
  return { core, people, lawsuit, letter, ids }
}

describe('who is responsible for a deadline', () => {
  it("is the matter's person when the deadline has none, and the deadline's own when it has one", async () => {
    const { core, people, lawsuit, letter, ids } = await team()
    const page = ok(await core.dispatch('matters.get', { id: lawsuit }))
    expect(page.matter.responsiblePersonId).toBe(people.mei)
    expect(page.deadlines.map((d) => [d.id, d.responsiblePersonId, d.responsible])).toEqual([
      [ids.disclosures, null, { id: people.mei, name: 'Mei', own: false }],
      [ids.answer, null, { id: people.mei, name: 'Mei', own: false }],
      [ids.brief, people.jonas, { id: people.jonas, name: 'Jonas', own: true }]
    ])
    const letterPage = ok(await core.dispatch('matters.get', { id: letter }))
    expect(letterPage.deadlines.map((d) => d.responsible)).toEqual([
      { id: people.mei, name: 'Mei', own: true },
      null
    ])
    expect(ok(await core.dispatch('deadlines.get', { id: ids.answer })).deadline.responsible).toEqual({
      id: people.mei,
      name: 'Mei',
      own: false
    })
  })

  it("follows the matter when its person changes, except where the deadline's own wins", async () => {
    const { core, people, lawsuit, ids } = await team()
    ok(await core.dispatch('matters.update', { id: lawsuit, responsiblePersonId: people.anna }))
    const page = ok(await core.dispatch('matters.get', { id: lawsuit }))
    expect(page.deadlines.map((d) => [d.id, d.responsible?.name, d.responsible?.own])).toEqual([
      [ids.disclosures, 'Anna Schmidt', false],
      [ids.answer, 'Anna Schmidt', false],
      [ids.brief, 'Jonas', true]
    ])
    // Clearing the deadline's own person hands it back to the matter's.
    const brief = ok(await core.dispatch('deadlines.update', { id: ids.brief, responsiblePersonId: null }))
    expect(brief.responsible).toEqual({ id: people.anna, name: 'Anna Schmidt', own: false })
  })

  it('refuses a person who does not exist, and an archived one for anything new, next to the field', async () => {
    const { core, people, lawsuit, ids } = await team()
    expect(await core.dispatch('matters.update', { id: lawsuit, responsiblePersonId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { responsiblePersonId: 'person_not_found' } }
    })
    ok(await core.dispatch('people.setArchived', { id: people.mei, archived: true }))
    ok(await core.dispatch('people.setArchived', { id: people.jonas, archived: true }))
    // Mei left: her matter and deadlines still say so, until someone else is chosen.
    const page = ok(await core.dispatch('matters.get', { id: lawsuit }))
    expect(page.deadlines[0]!.responsible).toEqual({ id: people.mei, name: 'Mei', own: false })
    expect(
      await core.dispatch('deadlines.add', {
        matterId: lawsuit,
        title: 'Reply brief',
        due: '2026-12-22',
        responsiblePersonId: people.jonas
      })
    ).toMatchObject({ ok: false, error: { fields: { responsiblePersonId: 'person_archived' } } })
    expect(
      await core.dispatch('deadlines.update', { id: ids.answer, responsiblePersonId: people.jonas })
    ).toMatchObject({ ok: false, error: { fields: { responsiblePersonId: 'person_archived' } } })
    const other = await matterOf(core, 'clearance', 'US')
    expect(
      await core.dispatch('matters.update', { id: other, responsiblePersonId: people.mei })
    ).toMatchObject({
      ok: false,
      error: { fields: { responsiblePersonId: 'person_archived' } }
    })
    // Saving the matter with the person it already has is not choosing them anew.
    ok(
      await core.dispatch('matters.update', {
        id: lawsuit,
        title: 'Renamed',
        responsiblePersonId: people.mei
      })
    )
    ok(
      await core.dispatch('deadlines.update', {
        id: ids.brief,
        title: 'Opposition',
        responsiblePersonId: people.jonas
      })
    )
  })
})

describe('home and the calendar for one person', () => {
  it("home lists what Mei is responsible for: her matter's deadlines and her own elsewhere", async () => {
    const { core, people, ids } = await team()
    const home = ok(await core.dispatch('calendar.home', { personIds: [people.mei] }))
    const idsOf = (b: { items: { deadlineId: number }[] }) => b.items.map((i) => i.deadlineId)
    // Overdue: before 2026-11-29. Due in 7: 2026-11-29 to 2026-12-06. Due in 30: 2026-12-07 to 2026-12-29.
    expect(idsOf(home.overdue)).toEqual([ids.disclosures])
    expect(idsOf(home.dueIn7)).toEqual([ids.reply, ids.answer])
    expect(idsOf(home.dueIn30)).toEqual([])
    expect(home.dueIn7.items.map((i) => i.responsible)).toEqual([
      { id: people.mei, name: 'Mei', own: true },
      { id: people.mei, name: 'Mei', own: false }
    ])
    const jonas = ok(await core.dispatch('calendar.home', { personIds: [people.jonas] }))
    expect(idsOf(jonas.dueIn30)).toEqual([ids.brief])
    expect(jonas.overdue.count + jonas.dueIn7.count + jonas.dueIn30.count).toBe(1)
    const nobody = ok(await core.dispatch('calendar.home', { unassigned: true }))
    expect([...idsOf(nobody.overdue), ...idsOf(nobody.dueIn7), ...idsOf(nobody.dueIn30)]).toEqual([ids.call])
    const everyone = ok(await core.dispatch('calendar.home', {}))
    expect(everyone.overdue.count + everyone.dueIn7.count + everyone.dueIn30.count).toBe(5)
  })

  it("the calendar filters deadlines by person (own, else matter's) and hearings by their matter's person", async () => {
    const { core, people, lawsuit, ids } = await team()
    const hearing = await logEvent(core, lawsuit, 'hearing', '2026-12-10', 'Preliminary injunction hearing')
    const december = async (filter: Record<string, unknown>) =>
      ok(
        await core.dispatch('calendar.range', { from: '2026-11-01', to: '2026-12-31', ...filter })
      ).items.map((i) => (i.type === 'deadline' ? i.deadlineId : `hearing ${i.eventId}`))
    expect(await december({ personIds: [people.mei] })).toEqual([
      ids.disclosures,
      ids.reply,
      ids.answer,
      `hearing ${hearing}`
    ])
    expect(await december({ personIds: [people.jonas] })).toEqual([ids.brief])
    expect(await december({ personIds: [people.jonas], unassigned: true })).toEqual([ids.brief, ids.call])
    expect(await december({ personIds: [people.anna] })).toEqual([])
  })

  it("the calendar file names who is responsible, and says when it is the matter's person", async () => {
    const { core, lawsuit } = await team()
    const ics = ok(
      await core.dispatch('deadlines.exportIcs', { matterId: lawsuit, lang: 'en' })
    ).content.replace(/\r\n[ \t]/g, '')
    expect(ics).toContain("Responsible: Mei (the matter's)")
    expect(ics).toContain('Responsible: Jonas')
    const zh = ok(
      await core.dispatch('deadlines.exportIcs', { matterId: lawsuit, lang: 'zh-CN' })
    ).content.replace(/\r\n[ \t]/g, '')
    expect(zh).toContain('负责人：Mei（案件负责人）')
  })
})
