// chinese-days' date functions build their tables in local time and are off by one day west of
// UTC (under TZ=America/Los_Angeles the 2026-09-20 make-up workday reads as a rest day), so we read
// the JSON table the package ships (same State Council data) and never call its date functions.
import chineseDays from 'chinese-days/dist/chinese-days.json'
import { Lunar, Solar } from 'lunar-typescript'
import { type DayNumber, daysFromCivil, parseIsoDate, yearOfDay } from './calendar'
import { CN_HOLIDAY_NOTICES, type ChinaHolidayNotice } from './cn-notices'
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

// ---- years after the data: the official notice table, else the statutory holidays ------------

interface YearTable {
  readonly holidays: ReadonlyMap<DayNumber, HolidayName>
  readonly workdays: ReadonlyMap<DayNumber, HolidayName>
  /** 'notice': from CN_HOLIDAY_NOTICES; 'statutory': computed from the regulation (provisional). */
  readonly source: 'notice' | 'statutory'
}

const NEW_YEAR = { en: "New Year's Day", zh: '元旦' }
const SPRING = { en: 'Spring Festival', zh: '春节' }
const QINGMING = { en: 'Qingming Festival', zh: '清明节' }
const LABOUR = { en: 'Labour Day', zh: '劳动节' }
const DRAGON_BOAT = { en: 'Dragon Boat Festival', zh: '端午节' }
const MID_AUTUMN = { en: 'Mid-Autumn Festival', zh: '中秋节' }
const NATIONAL = { en: 'National Day', zh: '国庆节' }

function solarDay(solar: Solar): DayNumber {
  return daysFromCivil(solar.getYear(), solar.getMonth(), solar.getDay())
}

/**
 * The holidays of 《全国年节及纪念日放假办法》 art. 2 as revised in 2024 (State Council Decree
 * No. 795, in force 2025-01-01), for a year the State Council has not yet scheduled: New Year's
 * Day; Spring Festival, New Year's Eve to the third day of the first lunar month; Qingming (the
 * solar term); Labour Day, 1-2 May; Dragon Boat (5th of the 5th lunar month); Mid-Autumn (15th of
 * the 8th lunar month); National Day, 1-3 October. Lunar dates and the solar term from
 * lunar-typescript (ymd arithmetic only, independent of the machine's time zone).
 */
export function statutoryHolidays(year: number): Map<DayNumber, HolidayName> {
  const map = new Map<DayNumber, HolidayName>()
  map.set(daysFromCivil(year, 1, 1), NEW_YEAR)
  const firstDay = solarDay(Lunar.fromYmd(year, 1, 1).getSolar())
  for (let d = firstDay - 1; d <= firstDay + 2; d++) map.set(d, SPRING)
  const qingming = Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable()['清明']
  if (qingming) map.set(solarDay(qingming), QINGMING)
  map.set(daysFromCivil(year, 5, 1), LABOUR)
  map.set(daysFromCivil(year, 5, 2), LABOUR)
  map.set(solarDay(Lunar.fromYmd(year, 5, 5).getSolar()), DRAGON_BOAT)
  map.set(solarDay(Lunar.fromYmd(year, 8, 15).getSolar()), MID_AUTUMN)
  for (let d = 1; d <= 3; d++) map.set(daysFromCivil(year, 10, d), NATIONAL)
  return map
}

function noticeTable(notice: ChinaHolidayNotice): YearTable {
  const holidays = new Map<DayNumber, HolidayName>()
  const workdays = new Map<DayNumber, HolidayName>()
  for (const [first, last, en, zh] of notice.rest) {
    const a = parseIsoDate(first)
    const b = parseIsoDate(last)
    if (a === undefined || b === undefined) continue
    for (let d = a; d <= b; d++) holidays.set(d, { en, zh })
  }
  for (const [date, en, zh] of notice.workdays) {
    const d = parseIsoDate(date)
    if (d !== undefined) workdays.set(d, { en, zh })
  }
  return { holidays, workdays, source: 'notice' }
}

/** Builds the per-year tables for years after the data; `notices` is injectable for tests. */
export function makeLaterYears(notices: readonly ChinaHolidayNotice[]): (year: number) => YearTable {
  const cache = new Map<number, YearTable>()
  return (year) => {
    let t = cache.get(year)
    if (!t) {
      const notice = notices.find((n) => n.year === year)
      t = notice
        ? noticeTable(notice)
        : { holidays: statutoryHolidays(year), workdays: new Map(), source: 'statutory' }
      cache.set(year, t)
    }
    return t
  }
}

let laterYears = makeLaterYears(CN_HOLIDAY_NOTICES)

/** Replaces the notice table (tests); pass nothing to restore the checked-in one. */
export function setChinaNoticesForTesting(notices: readonly ChinaHolidayNotice[] = CN_HOLIDAY_NOTICES): void {
  laterYears = makeLaterYears(notices)
}

/** How a year's Chinese holidays are known: the data, an official notice, or the regulation alone. */
export function chinaYearSource(year: number): 'data' | 'notice' | 'statutory' | 'none' {
  const { firstYear, lastYear } = table()
  if (year >= firstYear && year <= lastYear) return 'data'
  if (year < firstYear) return 'none'
  return laterYears(year).source
}

function holidayOn(day: DayNumber): HolidayName | undefined {
  const t = table()
  const year = yearOfDay(day)
  if (year <= t.lastYear) return t.holidays.get(day)
  return laterYears(year).holidays.get(day)
}

function workdayOn(day: DayNumber): HolidayName | undefined {
  const t = table()
  const year = yearOfDay(day)
  if (year <= t.lastYear) return t.workdays.get(day)
  return laterYears(year).workdays.get(day)
}

function coverageGap(year: number): DeadlineMessage | undefined {
  const { firstYear, lastYear } = table()
  if (year >= firstYear && year <= lastYear) return undefined
  if (year < firstYear)
    return { code: 'cn.coverage.past', params: { year, first: firstYear, last: lastYear } }
  if (laterYears(year).source === 'notice') return undefined
  return { code: 'cn.coverage.statutory', params: { year, first: firstYear, last: lastYear } }
}

/**
 * Chinese statutory holidays and make-up working days (调休): the State Council's schedule from
 * chinese-days; after it, the checked-in notice table; after that, the statutory holidays alone.
 */
export function chinaCalendar(): WorkCalendar {
  return memo('CN', () => ({
    id: 'CN',
    description: { code: 'calendar.cn', params: {} },
    holiday: holidayOn,
    holidayName: (day: DayNumber) => holidayOn(day)?.en,
    makeUpWorkday: workdayOn,
    makeUpWorkdayName: (day: DayNumber) => workdayOn(day)?.en,
    coverageGap
  }))
}
