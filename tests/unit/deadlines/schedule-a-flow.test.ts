// Specification: the first-use flow of issue 3 as counsel lives it, on the sample Schedule A
// lawsuit: service is logged, the answer and IPR bar dates are proposed and accepted, found on
// the December calendar and in the exported .ics, then the service date is corrected.
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { accept, logEvent, ok, rows, sampleLawsuit } from './app-helpers'

describe('a complaint served on the Schedule A lawsuit', () => {
  it('proposes the answer and the IPR bar, saves both, shows them on the calendar and in the .ics, and follows a corrected service date', async () => {
    const { core, matterId, reference } = await sampleLawsuit()
    const eventId = await logEvent(
      core,
      matterId,
      'complaint_served',
      '2026-12-04',
      'Summons and complaint served on LumoraGear'
    )

    const { proposals, jurisdiction } = ok(
      await core.dispatch('deadlines.proposeForEvent', { matterId, eventId })
    )
    expect(jurisdiction).toBe('US')
    expect(proposals.map((p) => [p.ruleId, p.due])).toEqual([
      // 2026-12-25 is Christmas, a Friday: the next court day is Monday the 28th.
      ['us.frcp.answer', '2026-12-28'],
      // 2027-12-04 is a Saturday: the next business day is Monday 2027-12-06.
      ['us.ptab.ipr-bar', '2027-12-06']
    ])
    const answer = proposals[0]!
    expect(answer.steps.map((s) => s.text).join('\n')).toContain('Christmas Day')
    expect(answer).toMatchObject({
      triggerEventId: eventId,
      triggerDate: '2026-12-04',
      existingDeadlineId: null
    })

    const saved = ok(await accept(core, proposals))
    expect(saved.map((d) => [d.ruleId, d.due, d.computedDue, d.triggerEventId])).toEqual([
      ['us.frcp.answer', '2026-12-28', '2026-12-28', eventId],
      ['us.ptab.ipr-bar', '2027-12-06', '2027-12-06', eventId]
    ])
    const detail = ok(await core.dispatch('matters.get', { id: matterId }))
    // the sample's own answer for our store (served 2026-11-23, due 2026-12-14) stays the next one
    expect(detail.matter.nextDeadline).toBe('2026-12-14')
    expect(detail.deadlines.map((d) => d.due)).toContain('2026-12-28')

    // Proposing again marks both as already on the calendar.
    const again = ok(await core.dispatch('deadlines.proposeForEvent', { matterId, eventId }))
    expect(again.proposals.map((p) => p.existingDeadlineId)).toEqual(saved.map((d) => d.id))

    const december = ok(
      await core.dispatch('calendar.range', { from: '2026-12-01', to: '2026-12-31', matterIds: [matterId] })
    )
    const onCalendar = december.items.find((i) => i.type === 'deadline' && i.deadlineId === saved[0]!.id)
    expect(onCalendar).toMatchObject({
      date: '2026-12-28',
      reference,
      kind: 'lawsuit',
      ruleId: 'us.frcp.answer',
      status: 'open',
      overdue: false
    })

    const file = ok(await core.dispatch('deadlines.exportIcs', { matterId }))
    const events = new ICAL.Component(ICAL.parse(file.content))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
    const answerEvent = events.find((e) => e.uid.startsWith(`deadline-${saved[0]!.id}@`))
    expect(answerEvent?.startDate.toString()).toBe('2026-12-28')
    expect(answerEvent?.summary).toBe(`[${reference}] Answer to the complaint (US federal court)`)

    const corrected = ok(await core.dispatch('timeline.updateEvent', { id: eventId, date: '2026-12-03' }))
    expect(corrected.moved).toEqual([
      expect.objectContaining({
        deadlineId: saved[0]!.id,
        from: '2026-12-28',
        to: '2026-12-24',
        computedTo: '2026-12-24',
        overridden: false
      }),
      expect.objectContaining({
        deadlineId: saved[1]!.id,
        from: '2027-12-06',
        to: '2027-12-03',
        overridden: false
      })
    ])
    expect(corrected.detail.matter.nextDeadline).toBe('2026-12-14')
    const moved = corrected.detail.deadlines.find((d) => d.id === saved[0]!.id)!
    expect(moved).toMatchObject({ due: '2026-12-24', triggerDate: '2026-12-03' })
    expect(moved.steps[0]!.text).toContain('2026-12-03')

    const audit = rows<{ action: string; entity: string }>(
      core,
      `select action, entity from audit_log where matter_id = ? and action in ('update', 'recompute') order by id`,
      matterId
    )
    expect(audit).toEqual([
      { action: 'update', entity: 'timeline_event' },
      { action: 'recompute', entity: 'deadline' },
      { action: 'recompute', entity: 'deadline' }
    ])
  })
})
