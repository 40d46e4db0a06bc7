// Legal dates are calendar dates (YYYY-MM-DD). They are formatted in UTC so that no
// time zone can move them a day: never `new Date('2026-10-19')` in local time.
// The calendar module alone: the package index would bring the rules engine and its holidays.
import { isValidIsoDate } from '../../../shared/deadlines/calendar'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isIsoDateShape(value: string): boolean {
  return ISO_DATE.test(value.trim())
}

/** True when the string is YYYY-MM-DD and names a real day (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  return isValidIsoDate(value.trim())
}

function utcDate(iso: string): Date | null {
  if (!isCalendarDate(iso)) return null
  const [y, m, d] = iso.trim().split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

export type DateStyle = 'full' | 'long' | 'medium'

// Building an Intl formatter costs far more than using one; the register formats thousands.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>()
function dateFormatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`
  let formatter = formatters.get(key) as Intl.DateTimeFormat | undefined
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, options)
    formatters.set(key, formatter)
  }
  return formatter
}
function relativeFormatter(lang: string): Intl.RelativeTimeFormat {
  const key = `r|${lang}`
  let formatter = formatters.get(key) as Intl.RelativeTimeFormat | undefined
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })
    formatters.set(key, formatter)
  }
  return formatter
}

/** "Monday, October 19, 2026" / "2026年10月19日星期一"; returns the input if it is not a date. */
export function formatDate(iso: string, lang: string, style: DateStyle = 'medium'): string {
  const date = utcDate(iso)
  if (!date) return iso
  return dateFormatter(lang, { dateStyle: style, timeZone: 'UTC' }).format(date)
}

/** Whole days from today to the date (negative when past), or null if not a date. */
export function daysFromToday(iso: string, today: string): number | null {
  const a = utcDate(today)
  const b = utcDate(iso)
  if (!a || !b) return null
  return Math.round((b.getTime() - a.getTime()) / 86_400_000)
}

/** Urgency of a due date: drives the red/orange colouring. */
export function dueUrgency(iso: string | null, today: string): 'past' | 'soon' | 'later' | null {
  if (!iso) return null
  const days = daysFromToday(iso, today)
  if (days === null) return null
  if (days < 0) return 'past'
  if (days <= 7) return 'soon'
  return 'later'
}

export const URGENCY_COLOR = { past: 'red', soon: 'orange', later: undefined } as const

/** A moment (UTC timestamp) or a calendar date, shown relative to `now` (the core's) when recent. */
export function formatMoment(value: string, lang: string, now: Date): string {
  if (isCalendarDate(value)) return formatDate(value, lang)
  const at = new Date(value)
  if (Number.isNaN(at.getTime())) return value
  const seconds = Math.round((at.getTime() - now.getTime()) / 1000)
  const rtf = relativeFormatter(lang)
  const abs = Math.abs(seconds)
  if (abs < 60) return rtf.format(0, 'second')
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute')
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour')
  if (abs < 7 * 86_400) return rtf.format(Math.round(seconds / 86_400), 'day')
  return dateFormatter(lang, { dateStyle: 'medium' }).format(at)
}

/** A moment with date and time in the user's zone, for tooltips. */
export function formatMomentFull(value: string, lang: string): string {
  const at = new Date(value)
  if (Number.isNaN(at.getTime())) return value
  return dateFormatter(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(at)
}
