// Snoozes and dismissals belong to a deadline's current dates: the deadlines area resets them
// through these when a due date or the lead times change. Imports nothing of deadlines/.
import { OVERDUE_LEAD } from '../../../shared/contract'
import type { DbOrTx } from '../kernel/context'
import {
  deleteReminderStates,
  deleteReminderStatesExcept,
  reminderStatesOf,
  upsertReminderState,
  type ReminderStateRow
} from './repo'

export type ReminderState = Omit<ReminderStateRow, 'deadlineId'>

/** A new due date deserves fresh reminders: snoozes and dismissals of the old date are dropped. */
export function resetReminders(tx: DbOrTx, deadlineIds: readonly number[]): void {
  deleteReminderStates(tx, deadlineIds)
}

/** Snoozes and dismissals of lead times no longer asked for would only linger (overdue stays). */
export function keepRemindersOf(tx: DbOrTx, deadlineId: number, leadTimes: readonly number[]): void {
  deleteReminderStatesExcept(tx, deadlineId, [...leadTimes, OVERDUE_LEAD])
}

export function reminderStates(tx: DbOrTx, deadlineId: number): ReminderState[] {
  return reminderStatesOf(tx, deadlineId).map((s) => ({
    leadDays: s.leadDays,
    snoozedUntil: s.snoozedUntil,
    dismissedAt: s.dismissedAt
  }))
}

/** A removed deadline's snoozes and dismissals, put back with it (undo of a removal). */
export function restoreReminderStates(
  tx: DbOrTx,
  deadlineId: number,
  states: readonly ReminderState[]
): void {
  for (const state of states) upsertReminderState(tx, { deadlineId, ...state })
}
