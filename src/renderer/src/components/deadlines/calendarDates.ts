// Calendar arithmetic on plain YYYY-MM-DD dates (never local-time Date objects, so no time
// zone can shift a legal date). Weeks start on Monday, as the date pickers do.
// The calendar module alone: the package index would bring the rules engine and its holidays.
import { addCalendarDays } from '../../../../shared/deadlines/calendar'

export type CalendarViewName = 'month' | 'week' | 'agenda'

/** 0 = Monday ... 6 = Sunday. */
export function mondayIndex(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7
}

export function startOfMonth(iso: string): string {
  return `${iso.slice(0, 7)}-01`
}

export function addMonths(iso: string, months: number): string {
  const [y, m] = iso.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + months
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

export function startOfWeek(iso: string): string {
  return addCalendarDays(iso, -mondayIndex(iso))
}

/** The days the view shows, first to last (a month grid is always whole weeks). */
export function visibleRange(view: CalendarViewName, anchor: string): { from: string; to: string } {
  if (view === 'week') {
    const from = startOfWeek(anchor)
    return { from, to: addCalendarDays(from, 6) }
  }
  const first = startOfMonth(anchor)
  const last = addCalendarDays(addMonths(first, 1), -1)
  if (view === 'agenda') return { from: first, to: last }
  const from = startOfWeek(first)
  return { from, to: addCalendarDays(startOfWeek(last), 6) }
}

export function daysOf(from: string, to: string): string[] {
  const out: string[] = []
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) out.push(day)
  return out
}

/** Moves the anchor one step of the view. */
export function stepAnchor(view: CalendarViewName, anchor: string, direction: 1 | -1): string {
  if (view === 'week') return addCalendarDays(anchor, 7 * direction)
  return addMonths(anchor, direction)
}
