import { addCalendarDays, daysBetween, isValidIsoDate } from '../deadlines'
import type { IsoDate, IsoMonth } from './types'

/**
 * Day numbers (days since 1970-01-01) over the deadline engine's calendar, so a period is an
 * integer subtraction. Callers validate first: these assume well-formed dates.
 */

export type Day = number

const EPOCH = '1970-01-01'

// A portfolio parses the same few hundred dates tens of thousands of times; bounded memos keep it cheap.
const MEMO_LIMIT = 50_000
const days = new Map<IsoDate, Day>()
const isos = new Map<Day, IsoDate>()

export function toDay(date: IsoDate): Day {
  let day = days.get(date)
  if (day === undefined) {
    day = daysBetween(EPOCH, date)
    if (days.size >= MEMO_LIMIT) days.clear()
    days.set(date, day)
  }
  return day
}

export function fromDay(day: Day): IsoDate {
  let iso = isos.get(day)
  if (iso === undefined) {
    iso = addCalendarDays(EPOCH, day)
    if (isos.size >= MEMO_LIMIT) isos.clear()
    isos.set(day, iso)
  }
  return iso
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

export function isValidMonth(month: unknown): month is IsoMonth {
  return typeof month === 'string' && MONTH.test(month) && month >= '0001-01'
}

const bounds = new Map<IsoMonth, { first: Day; last: Day }>()

/** First and last day of a YYYY-MM month. */
export function monthBounds(month: IsoMonth): { first: Day; last: Day } {
  let b = bounds.get(month)
  if (b === undefined) {
    b = computeMonthBounds(month)
    if (bounds.size >= MEMO_LIMIT) bounds.clear()
    bounds.set(month, b)
  }
  return b
}

function computeMonthBounds(month: IsoMonth): { first: Day; last: Day } {
  const year = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  const next = m === 12 ? `${pad(year + 1, 4)}-01-01` : `${month.slice(0, 4)}-${pad(m + 1, 2)}-01`
  return { first: toDay(`${month}-01`), last: toDay(next) - 1 }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** Same day `months` later; a day that month lacks falls back to its last day (Nov 30 + 3 -> Feb 28). */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const y = Number(date.slice(0, 4))
  const m = Number(date.slice(5, 7)) - 1 + months
  const year = y + Math.floor(m / 12)
  const month = (((m % 12) + 12) % 12) + 1
  let day = Number(date.slice(8, 10))
  let candidate = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
  while (!isValidIsoDate(candidate) && day > 28) {
    day--
    candidate = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
  }
  return candidate
}

/** Same day `years` earlier or later; Feb 29 falls back to Feb 28. */
export function addYearsClamped(date: IsoDate, years: number): IsoDate {
  return addMonthsClamped(date, years * 12)
}
