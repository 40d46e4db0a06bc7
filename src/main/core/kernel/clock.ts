// The core's clock: the only place the machine's time is read. Tests and scripts pass their own.

export interface Clock {
  /** UTC ISO moment. */
  now: () => string
  /** The user's local calendar date, YYYY-MM-DD. */
  today: () => string
}

/** A moment's calendar date on this machine (the user's own time zone), YYYY-MM-DD. */
export function localDateOf(date: Date): string {
  const y = date.getFullYear()
  const m = String(date.getMonth() + 1).padStart(2, '0')
  const d = String(date.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

export function systemClock(): Clock {
  return { now: () => new Date().toISOString(), today: () => localDateOf(new Date()) }
}
