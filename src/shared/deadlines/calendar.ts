import { DeadlineError } from './errors'

/**
 * Calendar arithmetic on plain YYYY-MM-DD strings.
 * Internally a date is an integer "day number" (days since 1970-01-01 in the proleptic
 * Gregorian calendar), so no Date object, time zone or DST can ever shift a result.
 */

export type IsoDate = string
/** Days since 1970-01-01 (negative before). */
export type DayNumber = number

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday'
] as const

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month)
}

// Howard Hinnant's days_from_civil: exact integer arithmetic, valid for any Gregorian date.
export function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = month > 2 ? month - 3 : month + 9
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export interface CivilDate {
  year: number
  month: number
  day: number
}

export function civilFromDays(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** Year of a day number without allocating (hot path for holiday look-ups). */
export function yearOfDay(dayNumber: DayNumber): number {
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  return yoe + era * 400 + (mp >= 10 ? 1 : 0)
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : -1
}

/** Day number of a strict YYYY-MM-DD string, or undefined if malformed or impossible (2026-02-30). */
export function parseIsoDate(s: unknown): DayNumber | undefined {
  if (typeof s !== 'string' || s.length !== 10 || s[4] !== '-' || s[7] !== '-') return undefined
  // Digit by digit without allocating: this runs for every date a message formats.
  const y0 = digit(s, 0)
  const y1 = digit(s, 1)
  const y2 = digit(s, 2)
  const y3 = digit(s, 3)
  const m0 = digit(s, 5)
  const m1 = digit(s, 6)
  const d0 = digit(s, 8)
  const d1 = digit(s, 9)
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return undefined
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
  const month = m0 * 10 + m1
  const day = d0 * 10 + d1
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return daysFromCivil(year, month, day)
}

export function isValidIsoDate(s: unknown): s is IsoDate {
  return parseIsoDate(s) !== undefined
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

// Formatting is the hottest part of building explanations: each day is formatted once, kept in
// an array indexed from 1800-01-01 (a day outside 1800-2299 is formatted every time).
const FORMAT_FIRST = -62_091 // 1800-01-01
const FORMAT_SPAN = 182_621 // to 2299-12-31
// Filled with '' up front so the array stays a flat one, not a dictionary of sparse entries.
const formatted: string[] = new Array<string>(FORMAT_SPAN).fill('')

export function formatDay(dayNumber: DayNumber): IsoDate {
  const index = dayNumber - FORMAT_FIRST
  const inRange = index >= 0 && index < FORMAT_SPAN && Number.isInteger(index)
  const known = inRange ? formatted[index] : ''
  if (known) return known
  const { year, month, day } = civilFromDays(dayNumber)
  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
  if (inRange) formatted[index] = iso
  return iso
}

/** 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOfDay(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7
}

export function isWeekendDay(dayNumber: DayNumber): boolean {
  const w = weekdayOfDay(dayNumber)
  return w === 0 || w === 6
}

export function weekdayNameOfDay(dayNumber: DayNumber): string {
  return WEEKDAY_NAMES[weekdayOfDay(dayNumber)] ?? ''
}

/** "2026-12-28 (Monday)" */
export function describeDay(dayNumber: DayNumber): string {
  return `${formatDay(dayNumber)} (${weekdayNameOfDay(dayNumber)})`
}

export interface ClampedDay {
  day: DayNumber
  /** True when the target month had no day with the same number and the last day of that month was used. */
  clamped: boolean
}

/**
 * Adds whole months, keeping the day of the month; when the target month is too short the
 * period ends on its last day (BGB 188(3), UPC RoP 300(b)/(c), USPTO practice MPEP 710.01(a)).
 */
export function addMonthsClamped(dayNumber: DayNumber, months: number): ClampedDay {
  const { year, month, day } = civilFromDays(dayNumber)
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = index - targetYear * 12 + 1
  const last = daysInMonth(targetYear, targetMonth)
  return { day: daysFromCivil(targetYear, targetMonth, Math.min(day, last)), clamped: day > last }
}

export function addYearsClamped(dayNumber: DayNumber, years: number): ClampedDay {
  return addMonthsClamped(dayNumber, years * 12)
}

function requireDate(s: unknown, field: string): DayNumber {
  const n = parseIsoDate(s)
  if (n === undefined) throw invalidDateError(s, field)
  return n
}

/** Builds the error for a bad date, saying whether it is malformed or a day that does not exist. */
export function invalidDateError(s: unknown, field: string): DeadlineError {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const shown = typeof s === 'string' ? `"${s}"` : String(s)
    return new DeadlineError('invalid_date', `${field} ${shown} is not a date in YYYY-MM-DD form`, field)
  }
  const year = Number(s.slice(0, 4))
  const month = Number(s.slice(5, 7))
  if (year < 1) return new DeadlineError('invalid_date', `${field} "${s}": year 0000 does not exist`, field)
  if (month < 1 || month > 12) {
    return new DeadlineError('invalid_date', `${field} "${s}": month ${pad(month, 2)} does not exist`, field)
  }
  return new DeadlineError(
    'invalid_date',
    `${field} "${s}" does not exist: ${monthName(month)} ${year} has ${daysInMonth(year, month)} days`,
    field
  )
}

/** addCalendarDays('2026-12-04', 21) === '2026-12-25'. Throws DeadlineError on a bad date or count. */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const start = requireDate(date, 'date')
  if (!Number.isSafeInteger(days)) {
    throw new DeadlineError('invalid_input', `days must be a whole number, got ${String(days)}`, 'days')
  }
  const result = start + days
  const year = yearOfDay(result)
  if (year < 1 || year > 9999) {
    throw new DeadlineError('date_out_of_range', `result falls outside years 0001-9999`, 'days')
  }
  return formatDay(result)
}

/** Negative if a is earlier, 0 if equal, positive if later (usable as an Array.sort comparator). */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(requireDate(a, 'a') - requireDate(b, 'b'))
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return requireDate(b, 'b') - requireDate(a, 'a')
}

/** English weekday name of a YYYY-MM-DD date. */
export function weekdayName(date: IsoDate): string {
  return weekdayNameOfDay(requireDate(date, 'date'))
}

/**
 * Today's date on the user's wall calendar. Deliberately local time: "today" is the date the
 * user sees on their own calendar, unlike the deadline arithmetic which never touches time zones.
 */
export function todayIso(now: Date = new Date()): IsoDate {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`
}
