// What the one reminder toast says: the reminders the start-up dialog did not already show, counted
// exactly (the list the core sends stops at its limit; its counts do not).
import type { DueReminders, Reminder } from '../../../../shared/contract'

export const reminderKey = (r: Pick<Reminder, 'deadlineId' | 'leadDays'>): string =>
  `${r.deadlineId}:${r.leadDays}`
export const isUrgent = (r: Reminder): boolean => r.urgency !== 'upcoming'

/** Overdue and due today, counted, not listed: the start-up dialog's figure. */
export const urgentTotal = (due: DueReminders): number => due.counts.overdue + due.counts.due_today

export interface ReminderSummary {
  /** The listed reminders the toast stands for: closing it with X dismisses these. */
  covered: Reminder[]
  /** Upcoming reminders, all of them, also those past the list's limit. */
  upcoming: number
  /** Overdue or due today since the start-up dialog was acknowledged. */
  laterUrgent: number
  /** The furthest of the upcoming reminders, in days from today (at least 1). */
  withinDays: number
}

/**
 * `due`: every due reminder, most urgent first; `upcoming`: the upcoming ones alone (the first
 * list can be full of overdue ones); `acknowledged`: the urgent ones the start-up dialog showed.
 */
export function reminderSummary(
  due: DueReminders,
  upcoming: DueReminders,
  acknowledged: ReadonlySet<string>
): ReminderSummary {
  const laterUrgent = due.reminders.filter((r) => isUrgent(r) && !acknowledged.has(reminderKey(r)))
  const soon = upcoming.reminders.filter((r) => !isUrgent(r))
  let withinDays = 1
  for (const r of soon) withinDays = Math.max(withinDays, r.daysLeft)
  return {
    covered: [...laterUrgent, ...soon],
    upcoming: due.counts.upcoming,
    laterUrgent: laterUrgent.length,
    withinDays
  }
}

/** How many reminders the toast stands for, also those past the lists' limits. */
export const summaryTotal = (summary: ReminderSummary | null): number =>
  summary ? summary.upcoming + summary.laterUrgent : 0
