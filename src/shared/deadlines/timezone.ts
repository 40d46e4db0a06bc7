import { DeadlineError } from './errors'
import { parseIsoDate, civilFromDays, type IsoDate } from './calendar'

/**
 * A court deadline ends at midnight where the court sits (FRCP 6(a)(4)(A)): these helpers turn
 * "the end of the due day in the court's zone" into a moment, and show it on a user's clock.
 * They use Intl's time-zone data only (no Date parsing of local strings), so they are pure.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit'
      })
    } catch {
      throw new DeadlineError('invalid_input', `Unknown time zone "${timeZone}"`, 'timeZone')
    }
    formatters.set(timeZone, f)
  }
  return f
}

interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

function wallClock(epochMs: number, timeZone: string): WallClock {
  const out: Record<string, number> = {}
  for (const p of formatter(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value)
  }
  return {
    year: out.year ?? 0,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: (out.hour ?? 0) % 24,
    minute: out.minute ?? 0,
    second: out.second ?? 0
  }
}

/** Offset of the zone from UTC at a moment, in ms (Chicago in winter: -6 h). */
function offsetAt(epochMs: number, timeZone: string): number {
  const w = wallClock(epochMs, timeZone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return asUtc - Math.floor(epochMs / 1000) * 1000
}

/** The moment (ms since the epoch) at which `date` ends, i.e. midnight after it, in `timeZone`. */
export function endOfDayInstant(date: IsoDate, timeZone: string): number {
  const day = parseIsoDate(date)
  if (day === undefined)
    throw new DeadlineError('invalid_date', `date "${date}" is not a YYYY-MM-DD date`, 'date')
  const next = civilFromDays(day + 1)
  const wall = Date.UTC(next.year, next.month - 1, next.day)
  // Two passes settle a guess that crossed a DST change.
  let t = wall - offsetAt(wall, timeZone)
  t = wall - offsetAt(t, timeZone)
  return t
}

export interface ZonedMoment {
  /** UTC ISO timestamp of the moment. */
  readonly utc: string
  readonly timeZone: string
  /** The date on that zone's calendar; a moment at exactly midnight is shown as 24:00 of the day before. */
  readonly date: IsoDate
  /** 'HH:MM', '24:00' for the end of `date`. */
  readonly time: string
  /** 0 = Sunday ... 6 = Saturday, of `date`. */
  readonly weekday: number
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** A moment as seen on the clock of `timeZone`. */
export function momentInZone(epochMs: number, timeZone: string): ZonedMoment {
  const w = wallClock(epochMs, timeZone)
  let { year, month, day } = w
  let time = `${pad(w.hour)}:${pad(w.minute)}`
  if (w.hour === 0 && w.minute === 0 && w.second === 0) {
    const prev = civilFromDays(Date.UTC(year, month - 1, day) / 86_400_000 - 1)
    year = prev.year
    month = prev.month
    day = prev.day
    time = '24:00'
  }
  const dayNumber = Date.UTC(year, month - 1, day) / 86_400_000
  return {
    utc: new Date(epochMs).toISOString(),
    timeZone,
    date: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`,
    time,
    weekday: (((dayNumber + 4) % 7) + 7) % 7
  }
}

/**
 * When a deadline due on `due` in the court's zone ends on the user's clock:
 * deadlineEndInZone('2027-01-04', 'America/Chicago', 'Asia/Shanghai') ->
 * { date: '2027-01-05', time: '14:00', utc: '2027-01-05T06:00:00.000Z', ... } (a Monday in
 * Chicago ends on Tuesday at 14:00 in Shenzhen in winter).
 */
export function deadlineEndInZone(due: IsoDate, courtTimeZone: string, userTimeZone: string): ZonedMoment {
  return momentInZone(endOfDayInstant(due, courtTimeZone), userTimeZone)
}
