// The core's clock: the only place the machine's time is read. Tests and scripts pass their own.
import { todayIso } from '../../../shared/deadlines'

export interface Clock {
  /** UTC ISO moment. */
  now: () => string
  /** The user's local calendar date, YYYY-MM-DD. */
  today: () => string
}

/** A moment's calendar date on this machine (the user's own time zone), YYYY-MM-DD: one rule, shared with the UI. */
export const localDateOf = (date: Date): string => todayIso(date)

export function systemClock(): Clock {
  return { now: () => new Date().toISOString(), today: () => localDateOf(new Date()) }
}
