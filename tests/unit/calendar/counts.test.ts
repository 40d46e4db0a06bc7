// Specification: every count the screen shows is the exact count, also when the list beside it
// shows fewer (Home lists 100 per bucket, the reminders 200, the global search its limit), and a
// count is one COUNT off an index, not a read of the rows.
import { describe, expect, it } from 'vitest'
import { addCalendarDays } from '../../../src/shared/deadlines'
import { openTestCore } from '../helpers'
import { matterOf, ok, type TestCore } from '../deadlines/app-helpers'

const TODAY = '2026-11-29'

/** `n` open deadlines spread over the days from `from` on, added a hundred at a time. */
async function addDeadlines(core: TestCore, matterId: number, n: number, from: string, days: number) {
  for (let start = 0; start < n; start += 100) {
    const batch = Array.from({ length: Math.min(100, n - start) }, (_, i) => ({
      matterId,
      title: `Deadline ${start + i + 1}`,
      due: addCalendarDays(from, (start + i) % days)
    }))
    ok(await core.dispatch('deadlines.addMany', { deadlines: batch }))
  }
}

describe('Home counts every open deadline of a bucket, not the hundred it lists', () => {
  it('with 230 overdue and 140 due this week, the buckets say 230 and 140 and list 100 each', async () => {
    const core = openTestCore()
    const matterId = await matterOf(core, 'clearance', 'US')
    await addDeadlines(core, matterId, 230, addCalendarDays(TODAY, -60), 60)
    await addDeadlines(core, matterId, 140, TODAY, 8)
    await addDeadlines(core, matterId, 3, addCalendarDays(TODAY, 9), 1)

    const home = ok(await core.dispatch('calendar.home', {}))
    expect(home.overdue.count).toBe(230)
    expect(home.overdue.items).toHaveLength(100)
    expect(home.dueIn7.count).toBe(140)
    expect(home.dueIn7.items).toHaveLength(100)
    expect(home.dueIn30.count).toBe(3)
  })

  it('a deadline marked done leaves the count', async () => {
    const core = openTestCore()
    const matterId = await matterOf(core, 'clearance', 'US')
    await addDeadlines(core, matterId, 120, addCalendarDays(TODAY, -30), 30)
    const first = ok(await core.dispatch('calendar.home', {})).overdue.items[0]!
    ok(await core.dispatch('deadlines.setStatus', { id: first.deadlineId, status: 'done' }))
    expect(ok(await core.dispatch('calendar.home', {})).overdue.count).toBe(119)
  })

  it('the count is read from the (status, due) index, without visiting the deadline rows', () => {
    const core = openTestCore()
    const plan = core.workspace.ctx.sqlite
      .prepare(
        `explain query plan select count(*) as n from deadlines d where d.status in (?) and d.due between ? and ?`
      )
      .all('open', '0001-01-01', TODAY) as { detail: string }[]
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING COVERING INDEX deadlines_status_due_idx/)
  })
})

describe('the start-up reminders count all that are due, beyond the 200 they list', () => {
  it('with 260 overdue deadlines and 2 due today, 200 are listed and the counts say 260 and 2', async () => {
    const core = openTestCore({ today: () => TODAY })
    const matterId = await matterOf(core, 'clearance', 'US')
    await addDeadlines(core, matterId, 260, addCalendarDays(TODAY, -90), 90)
    await addDeadlines(core, matterId, 2, TODAY, 1)

    const due = ok(await core.dispatch('reminders.due', {}))
    expect(due.reminders).toHaveLength(200)
    expect(due.counts.overdue).toBe(260)
    expect(due.counts.due_today).toBe(2)
    expect(due.total).toBe(262)
  })

  it('asked for the upcoming ones only, it lists them even behind 260 overdue, and counts all', async () => {
    const core = openTestCore({ today: () => TODAY })
    const matterId = await matterOf(core, 'clearance', 'US')
    await addDeadlines(core, matterId, 260, addCalendarDays(TODAY, -90), 90)
    await addDeadlines(core, matterId, 3, addCalendarDays(TODAY, 2), 3)

    expect(ok(await core.dispatch('reminders.due', {})).reminders.every((r) => r.urgency === 'overdue')).toBe(
      true
    )
    const upcoming = ok(await core.dispatch('reminders.due', { urgencies: ['upcoming'] }))
    expect(upcoming.reminders.map((r) => r.urgency)).toEqual(['upcoming', 'upcoming', 'upcoming'])
    expect(upcoming.counts).toEqual({ overdue: 260, due_today: 0, upcoming: 3 })
  })

  it('a dismissed overdue reminder leaves the count, and stays out of it on the next start', async () => {
    const core = openTestCore({ today: () => TODAY })
    const matterId = await matterOf(core, 'clearance', 'US')
    await addDeadlines(core, matterId, 210, addCalendarDays(TODAY, -30), 30)
    const first = ok(await core.dispatch('reminders.due', {})).reminders[0]!
    const after = ok(
      await core.dispatch('reminders.dismiss', { deadlineId: first.deadlineId, leadDays: first.leadDays })
    )
    expect(after.counts.overdue).toBe(209)
    core.workspace.close()
    const reopened = openTestCore({ dir: core.dir, today: () => TODAY })
    const again = ok(await reopened.dispatch('reminders.due', {}))
    expect(again.counts.overdue).toBe(209)
    expect(again.reminders.map((r) => r.deadlineId)).not.toContain(first.deadlineId)
  })
})
