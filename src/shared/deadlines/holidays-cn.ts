// chinese-days' date functions build their tables in local time and are off by one day west of
// UTC (under TZ=America/Los_Angeles the 2026-09-20 make-up workday reads as a rest day), so we read
// the JSON table the package ships (same State Council data) and never call its date functions.
import chineseDays from 'chinese-days/dist/chinese-days.json'
import { type DayNumber, parseIsoDate, yearOfDay } from './calendar'
import { memo, type WorkCalendar } from './holidays'

interface ChineseDaysTable {
  /** 'YYYY-MM-DD' -> 'English name,中文名,days' for official rest days. */
  readonly holidays: Readonly<Record<string, string>>
  /** 'YYYY-MM-DD' -> same, for weekend days that are official make-up working days (调休上班). */
  readonly workdays: Readonly<Record<string, string>>
}

interface ParsedTable {
  readonly holidays: ReadonlyMap<DayNumber, string>
  readonly workdays: ReadonlyMap<DayNumber, string>
  readonly firstYear: number
  readonly lastYear: number
}

let parsed: ParsedTable | undefined

function englishName(value: string): string {
  return value.split(',')[0] || value
}

function toMap(record: Readonly<Record<string, string>>, years: number[]): Map<DayNumber, string> {
  const map = new Map<DayNumber, string>()
  for (const [iso, value] of Object.entries(record)) {
    const day = parseIsoDate(iso)
    if (day === undefined) continue
    map.set(day, englishName(value))
    years.push(yearOfDay(day))
  }
  return map
}

function table(): ParsedTable {
  if (!parsed) {
    const raw = chineseDays as ChineseDaysTable
    const years: number[] = []
    const holidays = toMap(raw.holidays, years)
    const workdays = toMap(raw.workdays, [])
    parsed = { holidays, workdays, firstYear: Math.min(...years), lastYear: Math.max(...years) }
  }
  return parsed
}

/** Years for which chinese-days has the State Council holiday schedule, e.g. { first: 2004, last: 2026 }. */
export function chinaHolidayCoverage(): { first: number; last: number } {
  const t = table()
  return { first: t.firstYear, last: t.lastYear }
}

function coverageGap(year: number): string | undefined {
  const { firstYear, lastYear } = table()
  if (year >= firstYear && year <= lastYear) return undefined
  const base =
    year > lastYear
      ? `Chinese holiday data for ${year} not yet published (the installed chinese-days data covers ${firstYear}-${lastYear})`
      : `Chinese holiday data for ${year} is not available (the installed chinese-days data covers ${firstYear}-${lastYear})`
  return (
    `${base}: for ${year} only Saturdays and Sundays were treated as rest days, so public holidays ` +
    `and make-up working days (调休) are missing and the date may move earlier or later. ` +
    `Recheck once the State Council schedule for ${year} is in the data.`
  )
}

/** Chinese statutory holidays and make-up working days (调休), per the State Council's yearly notice. */
export function chinaCalendar(): WorkCalendar {
  return memo('CN', () => ({
    id: 'CN',
    description:
      'Chinese statutory holidays and make-up working days (调休) as published by the State Council (chinese-days data)',
    holidayName: (day: DayNumber) => table().holidays.get(day),
    makeUpWorkdayName: (day: DayNumber) => table().workdays.get(day),
    coverageGap
  }))
}
