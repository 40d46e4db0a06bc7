// Specification: each open deadline reminds from each of its lead times (30, 14, 7, 3, 1 days
// and the day itself by default); only the most urgent reminder shows; snoozes come back,
// dismissals stay dismissed until a closer lead time fires; overdue and due today come first.
import { describe, expect, it } from 'vitest'
import { localDateOf } from '../../../src/main/core/kernel/clock'
import { openTestCore } from '../helpers'
import { matterOf, ok, rows } from '../deadlines/app-helpers'

/** A workspace whose clock can be moved: clock.today = '2027-02-28'. */
async function withClock(today = '2026-11-29') {
  const clock = { today }
  const core = openTestCore({ today: () => clock.today })
  const matterId = await matterOf(core, 'clearance', 'US')
  const add = async (title: string, due: string, leadTimes?: number[]) =>
    ok(await core.dispatch('deadlines.add', { matterId, title, due, ...(leadTimes ? { leadTimes } : {}) })).id
  const due = async () => ok(await core.dispatch('reminders.due', {})).reminders
  return { core, clock, matterId, add, due }
}

describe('when a reminder is due', () => {
  it('two days before, across the month end, the 3-day lead time is the one that shows', async () => {
    const { add, due } = await withClock('2026-11-29')
    const id = await add('Send claim chart', '2026-12-01')
    expect(await due()).toEqual([
      expect.objectContaining({
        deadlineId: id,
        due: '2026-12-01',
        leadDays: 3,
        daysLeft: 2,
        urgency: 'upcoming'
      })
    ])
  })

  it('nothing shows before the furthest lead time', async () => {
    const { add, due } = await withClock('2026-11-29')
    await add('Far away', '2027-01-05')
    expect(await due()).toEqual([])
    const id = await add('Far away, reminded early', '2027-01-05', [60])
    expect((await due()).map((r) => [r.deadlineId, r.leadDays])).toEqual([[id, 60]])
  })

  it('a 1-day lead time before March 1 fires on February 28, or on February 29 in a leap year', async () => {
    const { clock, add, due } = await withClock('2027-02-27')
    const common = await add('Common year', '2027-03-01', [1])
    expect(await due()).toEqual([])
    clock.today = '2027-02-28'
    expect((await due()).map((r) => r.deadlineId)).toEqual([common])

    clock.today = '2028-02-28'
    const leap = await add('Leap year', '2028-03-01', [1])
    expect((await due()).map((r) => r.deadlineId)).not.toContain(leap)
    clock.today = '2028-02-29'
    expect((await due()).map((r) => r.deadlineId)).toContain(leap)
  })

  it('overdue and due today come before anything else, then the rest by date', async () => {
    const { add, due } = await withClock('2026-11-29')
    const upcoming = await add('Upcoming', '2026-12-02')
    const today = await add('Today', '2026-11-29')
    const overdue = await add('Overdue', '2026-11-20')
    const older = await add('Long overdue', '2026-10-01')
    expect((await due()).map((r) => [r.deadlineId, r.urgency, r.leadDays, r.daysLeft])).toEqual([
      [older, 'overdue', -1, -59],
      [overdue, 'overdue', -1, -9],
      [today, 'due_today', 0, 0],
      [upcoming, 'upcoming', 3, 3]
    ])
  })

  it('a deadline that is done, waived or missed reminds no more', async () => {
    const { core, add, due } = await withClock('2026-11-29')
    const id = await add('Answer', '2026-11-30')
    ok(await core.dispatch('deadlines.setStatus', { id, status: 'done' }))
    expect(await due()).toEqual([])
  })

  it('with no lead times there are no advance reminders, but an overdue deadline still reminds', async () => {
    const { core, clock, add, due } = await withClock('2026-11-29')
    const id = await add('Quiet', '2026-11-30')
    ok(await core.dispatch('deadlines.update', { id, leadTimes: [] }))
    expect(await due()).toEqual([])
    clock.today = '2026-12-01'
    expect((await due()).map((r) => [r.deadlineId, r.urgency])).toEqual([[id, 'overdue']])
  })
})

describe('the reminder list', () => {
  it('shows the first ones asked for and counts them all, without the dismissed', async () => {
    const { core, add } = await withClock('2026-11-29')
    const overdue = [await add('A', '2026-11-01'), await add('B', '2026-11-02'), await add('C', '2026-11-03')]
    await add('Today', '2026-11-29')
    await add('Soon', '2026-12-01')
    ok(await core.dispatch('reminders.dismiss', { deadlineId: overdue[0]!, leadDays: -1 }))
    const page = ok(await core.dispatch('reminders.due', { limit: 2 }))
    expect(page.reminders.map((r) => r.deadlineId)).toEqual([overdue[1], overdue[2]])
    expect(page.counts).toEqual({ overdue: 2, due_today: 1, upcoming: 1 })
    expect(page.total).toBe(4)
  })
})

describe('snoozing and dismissing', () => {
  it('a snoozed reminder comes back on the day it was snoozed until', async () => {
    const { core, clock, add, due } = await withClock('2026-11-29')
    const id = await add('Serve initial disclosures', '2026-12-06')
    expect((await due()).map((r) => r.leadDays)).toEqual([7])
    const after = ok(
      await core.dispatch('reminders.snooze', { deadlineId: id, leadDays: 7, until: '2026-12-01' })
    )
    expect(after.reminders).toEqual([])
    clock.today = '2026-11-30'
    expect(await due()).toEqual([])
    clock.today = '2026-12-01'
    expect((await due()).map((r) => [r.deadlineId, r.leadDays])).toEqual([[id, 7]])
  })

  it('a dismissed reminder stays away until a closer lead time fires', async () => {
    const { core, clock, add, due } = await withClock('2026-11-29')
    const id = await add('Serve initial disclosures', '2026-12-06')
    ok(await core.dispatch('reminders.dismiss', { deadlineId: id, leadDays: 7 }))
    clock.today = '2026-12-02'
    expect(await due()).toEqual([])
    clock.today = '2026-12-03'
    expect((await due()).map((r) => [r.deadlineId, r.leadDays])).toEqual([[id, 3]])
  })

  it('the overdue reminder can be snoozed and dismissed too', async () => {
    const { core, clock, add, due } = await withClock('2026-11-29')
    const id = await add('Overdue', '2026-11-25')
    ok(await core.dispatch('reminders.snooze', { deadlineId: id, leadDays: -1, until: '2026-11-30' }))
    expect(await due()).toEqual([])
    clock.today = '2026-11-30'
    expect((await due()).map((r) => r.deadlineId)).toEqual([id])
    ok(await core.dispatch('reminders.dismiss', { deadlineId: id, leadDays: -1 }))
    expect(await due()).toEqual([])
  })

  it('a new due date brings dismissed reminders back', async () => {
    const { core, matterId, due } = await withClock('2026-11-29')
    const d = ok(
      await core.dispatch('deadlines.add', { matterId, ruleId: 'us.frcp.answer', triggerDate: '2026-11-10' })
    )
    expect(d.due).toBe('2026-12-01')
    ok(await core.dispatch('reminders.dismiss', { deadlineId: d.id, leadDays: 3 }))
    expect(await due()).toEqual([])
    ok(await core.dispatch('deadlines.override', { id: d.id, due: '2026-12-02', reason: 'Stipulation' }))
    expect((await due()).map((r) => [r.deadlineId, r.leadDays])).toEqual([[d.id, 3]])
  })

  it('refuses a snooze into the past and a lead time the deadline does not have; both are audited when valid', async () => {
    const { core, add } = await withClock('2026-11-29')
    const id = await add('Serve initial disclosures', '2026-12-06')
    expect(
      await core.dispatch('reminders.snooze', { deadlineId: id, leadDays: 7, until: '2026-11-29' })
    ).toMatchObject({
      ok: false,
      error: { fields: { until: 'snooze_not_future' } }
    })
    expect(await core.dispatch('reminders.dismiss', { deadlineId: id, leadDays: 5 })).toMatchObject({
      ok: false,
      error: { fields: { leadDays: 'unknown_lead_time' } }
    })
    ok(await core.dispatch('reminders.snooze', { deadlineId: id, leadDays: 7, until: '2026-12-01' }))
    ok(await core.dispatch('reminders.dismiss', { deadlineId: id, leadDays: 7 }))
    expect(
      rows(core, `select action, entity_id as id from audit_log where entity = 'reminder' order by id`)
    ).toEqual([
      { action: 'snooze', id },
      { action: 'dismiss', id }
    ])
  })
})

describe('when to ask again (nextAt), instead of polling', () => {
  /** The local midnight starting a day, as the UTC moment the renderer sets its timer to. */
  const midnight = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number]
    return new Date(y, m - 1, d).toISOString()
  }
  const nextAt = async (core: ReturnType<typeof openTestCore>) =>
    ok(await core.dispatch('reminders.due', {})).nextAt

  it('is null when no open deadline lies ahead', async () => {
    const { core, add } = await withClock('2026-11-29')
    expect(await nextAt(core)).toBeNull()
    const id = await add('Done already', '2026-12-20')
    ok(await core.dispatch('deadlines.setStatus', { id, status: 'done' }))
    expect(await nextAt(core)).toBeNull()
  })

  it('is the local midnight on which the next lead time starts, and the list changes then', async () => {
    const { core, clock, add, due } = await withClock('2026-11-29')
    const id = await add('Claim construction brief', '2026-12-20')
    expect((await due()).map((r) => r.leadDays)).toEqual([30])
    const at = await nextAt(core)
    // 14 days before 20 December: 6 December, from its first moment in the user's time zone.
    expect(at).toBe(midnight('2026-12-06'))
    expect(localDateOf(new Date(at!))).toBe('2026-12-06')
    expect(localDateOf(new Date(Date.parse(at!) - 1))).toBe('2026-12-05')
    clock.today = '2026-12-05'
    expect((await due()).map((r) => [r.deadlineId, r.leadDays])).toEqual([[id, 30]])
    clock.today = '2026-12-06'
    expect((await due()).map((r) => [r.deadlineId, r.leadDays])).toEqual([[id, 14]])
    expect(await nextAt(core)).toBe(midnight('2026-12-13'))
  })

  it('is the day a snooze ends, when that comes first', async () => {
    const { core, add } = await withClock('2026-11-29')
    const id = await add('Claim construction brief', '2026-12-20')
    const after = ok(
      await core.dispatch('reminders.snooze', { deadlineId: id, leadDays: 30, until: '2026-12-02' })
    )
    expect(after.reminders).toEqual([])
    expect(after.nextAt).toBe(midnight('2026-12-02'))
  })

  it('is the day after the due date for a deadline without lead times: it becomes overdue then', async () => {
    const { core, add } = await withClock('2026-11-29')
    await add('Quiet', '2026-11-29', [])
    expect(await nextAt(core)).toBe(midnight('2026-11-30'))
  })

  it('sees a long lead time of a deadline more than a year away', async () => {
    const { core, add } = await withClock('2026-11-29')
    await add('Renewal', '2028-01-10', [365])
    expect(await nextAt(core)).toBe(midnight('2027-01-10'))
    await add('Sooner renewal', '2027-12-20', [365])
    expect(await nextAt(core)).toBe(midnight('2026-12-20'))
  })
})
