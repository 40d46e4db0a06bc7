// Specification: the one reminder toast stands for every reminder the start-up dialog did not
// show, counted exactly even when the lists stop at their limit, and says how far ahead they go.
import { describe, expect, it } from 'vitest'
import type { DueReminders, Reminder } from '../../../src/shared/contract'
import {
  reminderKey,
  reminderSummary,
  summaryTotal
} from '../../../src/renderer/src/components/deadlines/reminderSummary'

const reminder = (deadlineId: number, daysLeft: number, leadDays = daysLeft < 0 ? -1 : 14): Reminder => ({
  deadlineId,
  matterId: 1,
  reference: '2026-WL-001',
  matterTitle: 'Letter',
  title: `Deadline ${deadlineId}`,
  ruleId: null,
  due: '2026-12-01',
  leadDays,
  daysLeft,
  urgency: daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'due_today' : 'upcoming',
  responsible: null
})

const due = (reminders: Reminder[], counts: DueReminders['counts']): DueReminders => ({
  today: '2026-11-25',
  reminders,
  total: counts.overdue + counts.due_today + counts.upcoming,
  counts,
  nextAt: null
})

describe('the reminder toast', () => {
  it('counts all upcoming reminders, also those behind thousands of overdue ones', () => {
    const overdue = Array.from({ length: 200 }, (_, i) => reminder(i + 1, -3))
    const all = due(overdue, { overdue: 59_235, due_today: 0, upcoming: 4 })
    const upcoming = due(
      [reminder(901, 3), reminder(902, 6), reminder(903, 9), reminder(904, 12)],
      all.counts
    )
    const summary = reminderSummary(all, upcoming, new Set(overdue.map(reminderKey)))
    expect(summary.upcoming).toBe(4)
    expect(summary.laterUrgent).toBe(0)
    expect(summary.withinDays).toBe(12)
    expect(summary.covered.map((r) => r.deadlineId)).toEqual([901, 902, 903, 904])
    expect(summaryTotal(summary)).toBe(4)
  })

  it('adds a deadline that became overdue after the start-up dialog was acknowledged', () => {
    const seen = reminder(1, -2)
    const later = reminder(2, -1)
    const all = due([seen, later], { overdue: 2, due_today: 0, upcoming: 1 })
    const summary = reminderSummary(all, due([reminder(3, 1)], all.counts), new Set([reminderKey(seen)]))
    expect(summary.laterUrgent).toBe(1)
    expect(summary.covered.map((r) => r.deadlineId)).toEqual([2, 3])
    expect(summary.withinDays).toBe(1)
    expect(summaryTotal(summary)).toBe(2)
  })
})
