// Specification: open deadlines export as an iCalendar file that other calendars read back:
// one all-day event per deadline (DTEND the next day), UIDs that stay the same across exports,
// the explanation in the description, and a display alarm for every lead time.
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { matterOf, ok } from './app-helpers'

function parse(content: string) {
  const calendar = new ICAL.Component(ICAL.parse(content))
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent)
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate,
      end: event.endDate,
      alarms: vevent.getAllSubcomponents('valarm').map((a) => {
        const trigger = a.getFirstProperty('trigger')!
        return {
          action: a.getFirstPropertyValue('action'),
          related: trigger.getParameter('related'),
          seconds: (trigger.getFirstValue() as ICAL.Duration).toSeconds()
        }
      })
    }
  })
}

async function workspaceWithDeadlines() {
  const core = openTestCore()
  const lawsuit = await matterOf(core, 'lawsuit', 'US')
  const clearance = await matterOf(core, 'clearance', 'US')
  const answer = ok(
    await core.dispatch('deadlines.add', {
      matterId: lawsuit,
      ruleId: 'us.frcp.answer',
      triggerDate: '2026-12-04',
      leadTimes: [7, 1, 0]
    })
  )
  const fto = ok(
    await core.dispatch('deadlines.add', {
      matterId: clearance,
      title: 'FTO opinion before launch',
      due: '2027-01-15'
    })
  )
  const done = ok(
    await core.dispatch('deadlines.add', { matterId: lawsuit, title: 'Already filed', due: '2026-12-10' })
  )
  ok(await core.dispatch('deadlines.setStatus', { id: done.id, status: 'done' }))
  return { core, lawsuit, clearance, answer, fto }
}

describe('exporting deadlines to .ics', () => {
  it('holds one all-day event per open deadline, from the due day to the next day', async () => {
    const { core, answer, fto } = await workspaceWithDeadlines()
    const file = ok(await core.dispatch('deadlines.exportIcs', {}))
    expect(file).toMatchObject({ fileName: 'ip-desk-deadlines.ics', count: 2 })
    expect(file.content).toContain('DTSTART;VALUE=DATE:20261228')
    expect(file.content).toContain('DTEND;VALUE=DATE:20261229')
    const events = parse(file.content)
    expect(events).toHaveLength(2)
    const [first, second] = events
    expect(first!.start.isDate).toBe(true)
    expect([first!.start.toString(), first!.end.toString()]).toEqual(['2026-12-28', '2026-12-29'])
    expect([second!.start.toString(), second!.end.toString()]).toEqual(['2027-01-15', '2027-01-16'])
    expect(first!.uid).toMatch(new RegExp(`^deadline-${answer.id}@[0-9a-f-]{36}$`))
    expect(second!.uid).toMatch(new RegExp(`^deadline-${fto.id}@`))
    expect(second!.summary).toBe('[2026-CLR-001] FTO opinion before launch')
  })

  it('is written in Chinese for a reader of Chinese: titles, explanation steps and labels', async () => {
    const { core } = await workspaceWithDeadlines()
    const events = parse(ok(await core.dispatch('deadlines.exportIcs', { lang: 'zh-CN' })).content)
    const answer = events.find((e) => e.summary.includes('答辩'))!
    expect(answer.summary).toContain('答辩（美国联邦法院）')
    expect(answer.description).toContain('规则：答辩（美国联邦法院）')
    expect(answer.description).toContain('日期计算过程：')
    // Christmas Day 2026 (a Friday) moves the 21st day to Monday 2026-12-28: the step says so in Chinese.
    expect(answer.description).toMatch(/圣诞节/)
    expect(answer.description).not.toMatch(/How the date was computed|legal holiday/)
  })

  it('keeps the UIDs stable from one export to the next', async () => {
    const { core } = await workspaceWithDeadlines()
    const first = parse(ok(await core.dispatch('deadlines.exportIcs', {})).content).map((e) => e.uid)
    const second = parse(ok(await core.dispatch('deadlines.exportIcs', {})).content).map((e) => e.uid)
    expect(second).toEqual(first)
  })

  it('names a rule deadline by its rule and explains the date, with the citation', async () => {
    const { core, lawsuit } = await workspaceWithDeadlines()
    const [event] = parse(ok(await core.dispatch('deadlines.exportIcs', { matterId: lawsuit })).content)
    expect(event!.summary).toBe('[2026-LIT-001] Answer to the complaint (US federal court)')
    expect(event!.description).toContain(
      'Rule: Answer to the complaint (US federal court) (FRCP 12(a)(1)(A)(i); FRCP 6(a))'
    )
    expect(event!.description).toContain('Christmas Day')
    expect(event!.description).toContain('[FRCP 6(a)(1)(C)]')
  })

  it('has a display alarm at 09:00 on each reminder day', async () => {
    const { core, lawsuit } = await workspaceWithDeadlines()
    const [event] = parse(ok(await core.dispatch('deadlines.exportIcs', { matterId: lawsuit })).content)
    expect(event!.alarms).toEqual([
      { action: 'DISPLAY', related: 'START', seconds: -(7 * 86400 - 9 * 3600) },
      { action: 'DISPLAY', related: 'START', seconds: -(86400 - 9 * 3600) },
      { action: 'DISPLAY', related: 'START', seconds: 9 * 3600 }
    ])
  })

  it("exports one matter's deadlines under its reference", async () => {
    const { core, clearance } = await workspaceWithDeadlines()
    const file = ok(await core.dispatch('deadlines.exportIcs', { matterId: clearance }))
    expect(file.fileName).toBe('2026-CLR-001-deadlines.ics')
    expect(parse(file.content).map((e) => e.summary)).toEqual(['[2026-CLR-001] FTO opinion before launch'])
    expect(await core.dispatch('deadlines.exportIcs', { matterId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })
})
