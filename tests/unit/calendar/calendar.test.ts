// Specification: the calendar shows every matter's deadlines and hearings in a range, filtered
// by matter, kind, responsible person and status; the home screen lists overdue, due in 7 and in 30 days.
import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { logEvent, matterOf, ok } from '../deadlines/app-helpers'

async function docket() {
  const core = openTestCore()
  const lawsuit = await matterOf(core, 'lawsuit', 'US')
  const letter = await matterOf(core, 'warning_letter', 'US')
  const person = async (name: string) => ok(await core.dispatch('people.create', { name })).id
  const people = { mei: await person('Mei'), jonas: await person('Jonas') }
  const add = async (matterId: number, title: string, due: string, who?: keyof typeof people) =>
    ok(
      await core.dispatch('deadlines.add', { matterId, title, due, responsiblePersonId: who && people[who] })
    ).id
  const ids = {
    overdue: await add(lawsuit, 'Initial disclosures', '2026-11-20', 'mei'),
    today: await add(letter, 'Reply to Harwell & Pike', '2026-11-29', 'jonas'),
    week: await add(lawsuit, 'Joint status report', '2026-12-06', 'mei'),
    day8: await add(letter, 'Follow-up call', '2026-12-07'),
    month: await add(lawsuit, 'Claim construction brief', '2026-12-29', 'jonas'),
    later: await add(lawsuit, 'Expert reports', '2027-01-15', 'mei')
  }
  const hearing = await logEvent(core, lawsuit, 'hearing', '2026-12-10', 'Preliminary injunction hearing')
  return { core, lawsuit, letter, ids, hearing, people }
}

describe('calendar.range', () => {
  it('lists deadlines and hearings of all matters in date order, with what the calendar cell needs', async () => {
    const { core, lawsuit, ids, hearing, people } = await docket()
    const december = ok(await core.dispatch('calendar.range', { from: '2026-12-01', to: '2026-12-31' }))
    expect(december.items.map((i) => [i.type, i.date, i.title])).toEqual([
      ['deadline', '2026-12-06', 'Joint status report'],
      ['deadline', '2026-12-07', 'Follow-up call'],
      ['hearing', '2026-12-10', 'Preliminary injunction hearing'],
      ['deadline', '2026-12-29', 'Claim construction brief']
    ])
    expect(december.items[2]).toMatchObject({
      type: 'hearing',
      eventId: hearing,
      matterId: lawsuit,
      kind: 'lawsuit'
    })
    expect(december.items[0]).toMatchObject({
      deadlineId: ids.week,
      reference: '2026-LIT-001',
      status: 'open',
      overdue: false,
      responsible: { id: people.mei, name: 'Mei', own: true }
    })
    expect(december.days).toEqual([
      { date: '2026-12-06', deadlines: 1, hearings: 0 },
      { date: '2026-12-07', deadlines: 1, hearings: 0 },
      { date: '2026-12-10', deadlines: 0, hearings: 1 },
      { date: '2026-12-29', deadlines: 1, hearings: 0 }
    ])
    expect(december).toMatchObject({ total: 4, truncated: false })
  })

  it('includes both ends of the range and flags an open deadline past due as overdue', async () => {
    const { core, ids } = await docket()
    const range = ok(await core.dispatch('calendar.range', { from: '2026-11-20', to: '2026-11-29' }))
    expect(range.items.map((i) => (i.type === 'deadline' ? [i.deadlineId, i.overdue] : []))).toEqual([
      [ids.overdue, true],
      [ids.today, false]
    ])
  })

  it('filters by matter, by kind, by responsible person (or nobody) and by status', async () => {
    const { core, letter, ids, people } = await docket()
    const range = { from: '2026-11-01', to: '2027-01-31' }
    const idsOf = async (filter: Record<string, unknown>) =>
      ok(await core.dispatch('calendar.range', { ...range, include: ['deadlines'], ...filter })).items.map(
        (i) => (i.type === 'deadline' ? i.deadlineId : -1)
      )
    expect(await idsOf({ matterIds: [letter] })).toEqual([ids.today, ids.day8])
    expect(await idsOf({ kinds: ['warning_letter'] })).toEqual([ids.today, ids.day8])
    expect(await idsOf({ personIds: [people.jonas] })).toEqual([ids.today, ids.month])
    expect(await idsOf({ unassigned: true })).toEqual([ids.day8])
    ok(await core.dispatch('deadlines.setStatus', { id: ids.overdue, status: 'missed' }))
    expect(await idsOf({ statuses: ['missed'] })).toEqual([ids.overdue])
    expect(await idsOf({ statuses: ['open'], kinds: ['lawsuit'] })).toEqual([ids.week, ids.month, ids.later])
  })

  it('hearings follow the matter and kind filters, and can be left out', async () => {
    const { core, letter } = await docket()
    const range = { from: '2026-12-01', to: '2026-12-31' }
    const types = async (filter: Record<string, unknown>) =>
      ok(await core.dispatch('calendar.range', { ...range, ...filter })).items.map((i) => i.type)
    expect(await types({ matterIds: [letter] })).toEqual(['deadline'])
    expect(await types({ kinds: ['lawsuit'], include: ['hearings'] })).toEqual(['hearing'])
  })

  it('a month view asks for a few per day and still gets every day counted', async () => {
    const core = openTestCore()
    const matterId = await matterOf(core, 'lawsuit', 'US')
    const deadlines = Array.from({ length: 12 }, (_, i) => ({
      matterId,
      title: `Task ${i + 1}`,
      due: i < 10 ? '2026-12-14' : '2026-12-15'
    }))
    ok(await core.dispatch('deadlines.addMany', { deadlines }))
    const month = ok(
      await core.dispatch('calendar.range', { from: '2026-12-01', to: '2026-12-31', perDay: 3 })
    )
    expect(month.items.map((i) => i.title)).toEqual(['Task 1', 'Task 2', 'Task 3', 'Task 11', 'Task 12'])
    expect(month.days).toEqual([
      { date: '2026-12-14', deadlines: 10, hearings: 0 },
      { date: '2026-12-15', deadlines: 2, hearings: 0 }
    ])
    expect(month).toMatchObject({ total: 12, truncated: true })
  })

  it('refuses a reversed range and one longer than 400 days', async () => {
    const core = openTestCore()
    expect(await core.dispatch('calendar.range', { from: '2026-12-31', to: '2026-12-01' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { to: 'range_reversed' } }
    })
    expect(await core.dispatch('calendar.range', { from: '2026-01-01', to: '2027-02-05' })).toMatchObject({
      ok: false,
      error: { fields: { to: 'range_too_long' } }
    })
    ok(await core.dispatch('calendar.range', { from: '2026-01-01', to: '2027-02-04' }))
    expect(await core.dispatch('calendar.range', { from: '2026-02-30', to: '2026-03-31' })).toMatchObject({
      ok: false,
      error: { fields: { from: 'invalid_date' } }
    })
  })
})

describe('calendar.home', () => {
  it('buckets open deadlines into overdue, due within 7 days (today included) and due in days 8 to 30', async () => {
    const { core, ids } = await docket()
    ok(await core.dispatch('deadlines.setStatus', { id: ids.week, status: 'done' }))
    const home = ok(await core.dispatch('calendar.home', {}))
    const idsOf = (b: { items: { deadlineId: number }[] }) => b.items.map((i) => i.deadlineId)
    expect(home.today).toBe('2026-11-29')
    expect(idsOf(home.overdue)).toEqual([ids.overdue])
    expect(home.overdue.items[0]).toMatchObject({ overdue: true })
    expect(idsOf(home.dueIn7)).toEqual([ids.today])
    expect(idsOf(home.dueIn30)).toEqual([ids.day8, ids.month])
    expect([home.overdue.count, home.dueIn7.count, home.dueIn30.count]).toEqual([1, 1, 2])
  })
})
