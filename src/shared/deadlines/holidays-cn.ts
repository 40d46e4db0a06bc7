// chinese-days' date functions build their tables in local time and are off by one day west of
// UTC (under TZ=America/Los_Angeles the 2026-09-20 make-up workday reads as a rest day), so we read
// the JSON table the package ships (same State Council data) and never call its date functions.
import chineseDays from 'chinese-days/dist/chinese-days.json'
import { type DayNumber, parseIsoDate, yearOfDay } from './calendar'
import type { HolidayName } from './holiday-names'
import { memo, type WorkCalendar } from './holidays'
import type { DeadlineMessage } from './types'

interface ChineseDaysTable {
  /** 'YYYY-MM-DD' -> 'English name,中文名,days' for official rest days. */
  readonly holidays: Readonly<Record<string, string>>
  /** 'YYYY-MM-DD' -> same, for weekend days that are official make-up working days (调休上班). */
  readonly workdays: Readonly<Record<string, string>>
}

interface ParsedTable {
  readonly holidays: ReadonlyMap<DayNumber, HolidayName>
  readonly workdays: ReadonlyMap<DayNumber, HolidayName>
  readonly firstYear: number
  readonly lastYear: number
}

let parsed: ParsedTable | undefined

const names = new Map<string, HolidayName>()

/** 'National Day,国庆节,7' -> { en: 'National Day', zh: '国庆节' }, one shared object per holiday. */
function nameOf(value: string): HolidayName {
  const [en = value, zh = en] = value.split(',')
  const key = `${en},${zh}`
  let name = names.get(key)
  if (!name) {
    name = { en, zh }
    names.set(key, name)
  }
  return name
}

function toMap(record: Readonly<Record<string, string>>, years: number[]): Map<DayNumber, HolidayName> {
  const map = new Map<DayNumber, HolidayName>()
  for (const [iso, value] of Object.entries(record)) {
    const day = parseIsoDate(iso)
    if (day === undefined) continue
    map.set(day, nameOf(value))
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

function coverageGap(year: number): DeadlineMessage | undefined {
  const { firstYear, lastYear } = table()
  if (year >= firstYear && year <= lastYear) return undefined
  return {
    code: year > lastYear ? 'cn.coverage.future' : 'cn.coverage.past',
    params: { year, first: firstYear, last: lastYear }
  }
}

/** Chinese statutory holidays and make-up working days (调休), per the State Council's yearly notice. */
export function chinaCalendar(): WorkCalendar {
  return memo('CN', () => ({
    id: 'CN',
    description: { code: 'calendar.cn', params: {} },
    holiday: (day: DayNumber) => table().holidays.get(day),
    holidayName: (day: DayNumber) => table().holidays.get(day)?.en,
    makeUpWorkday: (day: DayNumber) => table().workdays.get(day),
    makeUpWorkdayName: (day: DayNumber) => table().workdays.get(day)?.en,
    coverageGap
  }))
}
