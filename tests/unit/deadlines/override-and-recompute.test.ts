// Specification: a computed date can be replaced by hand only with a reason, the computed date
// stays beside it, and recomputation (a corrected trigger, new closure days) never moves it.
import { describe, expect, it } from 'vitest'
import { syncLetterEvents } from '../../../src/main/core/timeline/event-dates'
import { openTestCore, patentLetterInput } from '../helpers'
import { logEvent, matterOf, ok, rows } from './app-helpers'

async function answerDeadline() {
  const core = openTestCore()
  const matterId = await matterOf(core, 'lawsuit', 'US')
  const eventId = await logEvent(core, matterId, 'complaint_served', '2026-12-04')
  const answer = ok(
    await core.dispatch('deadlines.add', { matterId, ruleId: 'us.frcp.answer', triggerEventId: eventId })
  )
  return { core, matterId, eventId, answer }
}

describe('overriding a computed date', () => {
  it('a date other than the computed one is refused without a reason, and nothing is saved', async () => {
    const core = openTestCore()
    const matterId = await matterOf(core, 'lawsuit', 'US')
    const result = await core.dispatch('deadlines.add', {
      matterId,
      ruleId: 'us.frcp.answer',
      triggerDate: '2026-12-04',
      due: '2026-12-30'
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { overrideReason: 'override_reason_required' },
        params: { computed: '2026-12-28' }
      }
    })
    expect(ok(await core.dispatch('matters.get', { id: matterId })).deadlines).toEqual([])
  })

  it('with a reason, the manual date is due and the computed date is kept beside it', async () => {
    const core = openTestCore()
    const matterId = await matterOf(core, 'lawsuit', 'US')
    const d = ok(
      await core.dispatch('deadlines.add', {
        matterId,
        ruleId: 'us.frcp.answer',
        triggerDate: '2026-12-04',
        due: '2027-01-11',
        overrideReason: 'Stipulated extension, Dkt. 41'
      })
    )
    expect(d).toMatchObject({
      due: '2027-01-11',
      computedDue: '2026-12-28',
      overrideReason: 'Stipulated extension, Dkt. 41',
      overridden: true
    })
  })

  it('deadlines.override needs a reason, keeps the computed date, and is audited with both dates', async () => {
    const { core, answer } = await answerDeadline()
    expect(await core.dispatch('deadlines.override', { id: answer.id, due: '2027-01-11' })).toMatchObject({
      ok: false,
      error: { fields: { reason: 'override_reason_required' } }
    })
    expect(
      await core.dispatch('deadlines.override', { id: answer.id, due: '2027-01-11', reason: '  ' })
    ).toMatchObject({
      ok: false,
      error: { fields: { reason: 'override_reason_required' } }
    })
    const d = ok(
      await core.dispatch('deadlines.override', {
        id: answer.id,
        due: '2027-01-11',
        reason: 'Extension granted (Dkt. 41)'
      })
    )
    expect(d).toMatchObject({
      due: '2027-01-11',
      computedDue: '2026-12-28',
      overridden: true,
      overrideReason: 'Extension granted (Dkt. 41)'
    })
    const [audit] = rows<{ before_json: string; after_json: string }>(
      core,
      `select before_json, after_json from audit_log where action = 'override' and entity_id = ?`,
      answer.id
    )
    expect(JSON.parse(audit!.before_json)).toMatchObject({
      due: '2026-12-28',
      computedDue: '2026-12-28',
      overrideReason: null
    })
    expect(JSON.parse(audit!.after_json)).toMatchObject({
      due: '2027-01-11',
      computedDue: '2026-12-28',
      reason: 'Extension granted (Dkt. 41)'
    })
  })

  it('setting the computed date again ends the override', async () => {
    const { core, answer } = await answerDeadline()
    ok(await core.dispatch('deadlines.override', { id: answer.id, due: '2027-01-11', reason: 'Extension' }))
    const back = ok(
      await core.dispatch('deadlines.override', {
        id: answer.id,
        due: '2026-12-28',
        reason: 'Extension vacated'
      })
    )
    expect(back).toMatchObject({ due: '2026-12-28', overridden: false, overrideReason: null })
  })
})

describe('recomputing when the trigger moves', () => {
  it('an overridden deadline keeps its manual date, gets the new computed date, and is reported as overridden', async () => {
    const { core, eventId, answer } = await answerDeadline()
    ok(
      await core.dispatch('deadlines.override', {
        id: answer.id,
        due: '2027-01-11',
        reason: 'Extension granted'
      })
    )
    const { moved } = ok(await core.dispatch('timeline.updateEvent', { id: eventId, date: '2026-12-03' }))
    expect(moved).toEqual([
      {
        deadlineId: answer.id,
        matterId: answer.matterId,
        title: '',
        ruleId: 'us.frcp.answer',
        from: '2027-01-11',
        to: '2027-01-11',
        computedFrom: '2026-12-28',
        computedTo: '2026-12-24',
        overridden: true
      }
    ])
    const after = ok(await core.dispatch('deadlines.get', { id: answer.id }))
    expect(after.deadline).toMatchObject({
      due: '2027-01-11',
      computedDue: '2026-12-24',
      triggerDate: '2026-12-03'
    })
    expect(after.triggerEvent).toMatchObject({ id: eventId, date: '2026-12-03' })
  })

  it('done and waived deadlines stay where they were, and the response says so', async () => {
    const { core, matterId, eventId, answer } = await answerDeadline()
    const bar = ok(
      await core.dispatch('deadlines.add', { matterId, ruleId: 'us.ptab.ipr-bar', triggerEventId: eventId })
    )
    ok(await core.dispatch('deadlines.setStatus', { id: answer.id, status: 'done', doneOn: '2026-12-20' }))
    ok(await core.dispatch('deadlines.setStatus', { id: bar.id, status: 'waived' }))
    const result = ok(await core.dispatch('timeline.updateEvent', { id: eventId, date: '2026-12-03' }))
    expect(result.moved).toEqual([])
    expect(result.notMoved.map((n) => [n.deadlineId, n.status, n.due, n.reason])).toEqual([
      [answer.id, 'done', '2026-12-28', 'closed'],
      [bar.id, 'waived', '2027-12-06', 'closed']
    ])
  })

  it('editing only the title of the event moves nothing', async () => {
    const { core, eventId } = await answerDeadline()
    const result = ok(
      await core.dispatch('timeline.updateEvent', {
        id: eventId,
        title: 'Complaint served via Amazon e-mail'
      })
    )
    expect(result.moved).toEqual([])
    expect(result.event.title).toBe('Complaint served via Amazon e-mail')
  })

  it('a status change on the timeline cannot be re-dated', async () => {
    const { core, matterId } = await answerDeadline()
    ok(await core.dispatch('matters.setStatus', { id: matterId, status: 'litigating', note: null }))
    const timeline = ok(await core.dispatch('timeline.list', { matterId, order: 'asc' }))
    const change = timeline.find((i) => i.kind === 'event' && i.event.type === 'status_changed')!
    const id = change.kind === 'event' ? change.event.id : 0
    expect(await core.dispatch('timeline.updateEvent', { id, date: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { fields: { id: 'event_not_editable' } }
    })
  })

  it('a letter deadline counted from the day it was received follows a corrected received date', async () => {
    const core = openTestCore()
    const letter = ok(
      await core.dispatch(
        'matters.logWarningLetter',
        patentLetterInput({
          responseDeadline: { days: 14, basis: 'calendar', from: 'received_date', due: '2026-11-03' }
        })
      )
    )
    const received = ok(
      await core.dispatch('timeline.list', { matterId: letter.matter.id, order: 'asc' })
    ).find((i) => i.kind === 'event' && i.event.type === 'letter_received')!
    const eventId = received.kind === 'event' ? received.event.id : 0
    const { moved, detail } = ok(
      await core.dispatch('timeline.updateEvent', { id: eventId, date: '2026-10-22' })
    )
    expect(moved).toEqual([
      expect.objectContaining({ ruleId: 'letter.asserted', from: '2026-11-03', to: '2026-11-05' })
    ])
    // The matter's own copy of the received date follows the event.
    expect(detail.matter.receivedDate).toBe('2026-10-22')
    expect(await core.dispatch('timeline.updateEvent', { id: eventId, date: '2026-10-01' })).toMatchObject({
      ok: false,
      error: { fields: { date: 'received_before_letter' } }
    })
  })

  it('a received date corrected on the matter moves its event and the deadline (the matters.update hook)', async () => {
    const core = openTestCore()
    const letter = ok(
      await core.dispatch(
        'matters.logWarningLetter',
        patentLetterInput({
          responseDeadline: { days: 14, basis: 'calendar', from: 'received_date', due: '2026-11-03' }
        })
      )
    )
    const { ctx } = core.workspace
    const moved = ctx.db.transaction((tx) =>
      syncLetterEvents(ctx, tx, letter.matter.id, { receivedDate: '2026-10-22' })
    )
    expect(moved.map((m) => [m.ruleId, m.from, m.to])).toEqual([
      ['letter.asserted', '2026-11-03', '2026-11-05']
    ])
    const timeline = ok(await core.dispatch('timeline.list', { matterId: letter.matter.id, order: 'asc' }))
    expect(timeline.flatMap((i) => (i.kind === 'event' ? [`${i.event.type} ${i.date}`] : []))).toEqual([
      'letter_dated 2026-10-19',
      'letter_received 2026-10-22'
    ])
  })
})

describe('deadlines.recompute', () => {
  it('applies the current closure days, but leaves an overridden due date alone', async () => {
    const { core, matterId, eventId, answer } = await answerDeadline()
    const bar = ok(
      await core.dispatch('deadlines.add', { matterId, ruleId: 'us.ptab.ipr-bar', triggerEventId: eventId })
    )
    ok(
      await core.dispatch('deadlines.override', {
        id: bar.id,
        due: '2027-11-30',
        reason: 'File early: board meeting'
      })
    )
    // Court closed by order on the answer date, and the PTO closed on the IPR bar date.
    ok(
      await core.dispatch('closures.add', {
        date: '2026-12-28',
        jurisdiction: 'US',
        reason: 'Clerk office closed (weather)'
      })
    )
    const change = ok(await core.dispatch('closures.add', { date: '2027-12-06', reason: 'USPTO closed' }))
    expect(change.affected.map((a) => [a.deadlineId, a.recomputedDue, a.overridden])).toEqual([
      [bar.id, '2027-12-07', true]
    ])
    const { moved, unchanged } = ok(await core.dispatch('deadlines.recompute', { ids: [answer.id, bar.id] }))
    expect(unchanged).toEqual([])
    expect(moved.map((m) => [m.deadlineId, m.from, m.to, m.computedTo, m.overridden])).toEqual([
      [answer.id, '2026-12-28', '2026-12-29', '2026-12-29', false],
      [bar.id, '2027-11-30', '2027-11-30', '2027-12-07', true]
    ])
    expect(rows(core, `select count(*) n from audit_log where action = 'recompute'`)).toEqual([{ n: 2 }])
  })

  it('a deadline set by hand has nothing to recompute', async () => {
    const core = openTestCore()
    const matterId = await matterOf(core, 'clearance', 'US')
    const d = ok(
      await core.dispatch('deadlines.add', { matterId, title: 'Launch review', due: '2027-01-15' })
    )
    const result = ok(await core.dispatch('deadlines.recompute', { ids: [d.id] }))
    expect(result.notMoved).toEqual([expect.objectContaining({ deadlineId: d.id, reason: 'no_rule' })])
  })
})
