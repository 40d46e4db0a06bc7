import Holidays from 'date-holidays'
import { type DayNumber, daysFromCivil, parseIsoDate, weekdayOfDay, yearOfDay } from './calendar'
import { type HolidayName, holidayName } from './holiday-names'
import { memberStateZone, UPC_DIVISIONS, US_DISTRICTS } from './forums'
import { COUNTRY_NAMES, GERMAN_STATE_NAMES, placeParams } from './places'
import { type ClosureForum, FEDERAL_CLOSURES } from './us-closures'
import type { DeadlineMessage } from './types'

export type { HolidayName } from './holiday-names'
export type { PlaceName } from './places'

/**
 * Holiday calendars. Each answers "is this day a holiday, and what is it called?" from
 * maintained data (date-holidays, chinese-days) and memoises the answer per year, because
 * date-holidays instances take ~20 ms to build and a year's list several ms to compute.
 */
export interface WorkCalendar {
  readonly id: string
  /** The explanation step naming the holidays this calendar applies (a `calendar.*` code). */
  readonly description: DeadlineMessage
  /** The holiday on this day, in both languages (weekends are not reported here). */
  holiday(day: DayNumber): HolidayName | undefined
  /** English holiday name if the day is a holiday. */
  holidayName(day: DayNumber): string | undefined
  /** For a weekend day that is an official make-up working day (China's 调休), the holiday it makes up for. */
  makeUpWorkday(day: DayNumber): HolidayName | undefined
  makeUpWorkdayName(day: DayNumber): string | undefined
  /** Warning when holiday data for this year is missing or provisional, else undefined. */
  coverageGap(year: number): DeadlineMessage | undefined
}

export type NonWorkingReason =
  | { readonly kind: 'holiday'; readonly name: string; readonly holiday: HolidayName }
  | { readonly kind: 'weekend'; readonly name: 'Saturday' | 'Sunday' }
  | { readonly kind: 'closure'; readonly name: string }

// Shared immutable reasons: business-day loops ask thousands of times and need not allocate.
const SATURDAY: NonWorkingReason = { kind: 'weekend', name: 'Saturday' }
const SUNDAY: NonWorkingReason = { kind: 'weekend', name: 'Sunday' }
const CLOSURE: NonWorkingReason = { kind: 'closure', name: 'closure day you declared' }
const holidayReasons = new Map<HolidayName, NonWorkingReason>()

function holidayReason(holiday: HolidayName): NonWorkingReason {
  let reason = holidayReasons.get(holiday)
  if (!reason) {
    reason = { kind: 'holiday', name: holiday.en, holiday }
    holidayReasons.set(holiday, reason)
  }
  return reason
}

/** Why a day is not a working day (holiday first, then weekend, then user closure), or undefined if it is one. */
export function nonWorkingReason(
  calendar: WorkCalendar,
  closures: ReadonlySet<DayNumber>,
  day: DayNumber
): NonWorkingReason | undefined {
  const holiday = calendar.holiday(day)
  if (holiday !== undefined) return holidayReason(holiday)
  const weekday = weekdayOfDay(day)
  if ((weekday === 0 || weekday === 6) && calendar.makeUpWorkday(day) === undefined) {
    return weekday === 0 ? SUNDAY : SATURDAY
  }
  if (closures.size > 0 && closures.has(day)) return CLOSURE
  return undefined
}

export function isWorkingDay(
  calendar: WorkCalendar,
  closures: ReadonlySet<DayNumber>,
  day: DayNumber
): boolean {
  return nonWorkingReason(calendar, closures, day) === undefined
}

export type YearLoader = (year: number) => Iterable<readonly [DayNumber, HolidayName]>

/** A calendar whose holidays are loaded one year at a time and kept for the life of the process. */
export class YearCachedCalendar implements WorkCalendar {
  private readonly names = new Map<DayNumber, HolidayName>()
  private readonly loadedYears = new Set<number>()
  // Bounds of the last year checked: most look-ups in one computation fall in the same year.
  private yearFirst = 1
  private yearLast = 0

  constructor(
    readonly id: string,
    readonly description: DeadlineMessage,
    private readonly loadYear: YearLoader
  ) {}

  holidayName(day: DayNumber): string | undefined {
    return this.holiday(day)?.en
  }

  holiday(day: DayNumber): HolidayName | undefined {
    if (day < this.yearFirst || day > this.yearLast) {
      const year = yearOfDay(day)
      if (!this.loadedYears.has(year)) {
        for (const [d, name] of this.loadYear(year)) if (!this.names.has(d)) this.names.set(d, name)
        this.loadedYears.add(year)
      }
      this.yearFirst = daysFromCivil(year, 1, 1)
      this.yearLast = daysFromCivil(year, 12, 31)
    }
    return this.names.get(day)
  }

  makeUpWorkday(): HolidayName | undefined {
    return undefined
  }

  makeUpWorkdayName(): string | undefined {
    return undefined
  }

  coverageGap(): DeadlineMessage | undefined {
    return undefined
  }
}

// ---- date-holidays adapters -------------------------------------------------------------

const instances = new Map<string, Holidays>()
const publicLists = new Map<string, ReadonlyArray<readonly [DayNumber, HolidayName]>>()

function holidaysInstance(country: string, state: string | undefined): Holidays {
  const key = state ? `${country}-${state}` : country
  let hd = instances.get(key)
  if (!hd) {
    hd = state ? new Holidays(country, state) : new Holidays(country)
    instances.set(key, hd)
  }
  return hd
}

/**
 * Public holidays date-holidays lists for one year. Only type 'public' counts: 'bank',
 * 'optional' and 'observance' days (Christmas Eve, Valentine's Day...) are not legal holidays.
 * The date string is already in the country's own time zone, so slicing it is TZ-proof.
 */
function publicHolidayList(country: string, state: string | undefined, year: number) {
  const key = `${country}-${state ?? ''}-${year}`
  let list = publicLists.get(key)
  if (!list) {
    const out: Array<readonly [DayNumber, HolidayName]> = []
    for (const h of holidaysInstance(country, state).getHolidays(year, 'en')) {
      if (h.type !== 'public') continue
      const day = parseIsoDate(h.date.slice(0, 10))
      if (day !== undefined) out.push([day, holidayName(h.name)])
    }
    list = out
    publicLists.set(key, list)
  }
  return list
}

/** Public holidays falling in `year`, including substitutes listed under a neighbouring year. */
function publicHolidaysInYear(country: string, state: string | undefined, year: number) {
  const out: Array<readonly [DayNumber, HolidayName]> = []
  for (const y of [year - 1, year, year + 1]) {
    for (const entry of publicHolidayList(country, state, y))
      if (yearOfDay(entry[0]) === year) out.push(entry)
  }
  return out
}

/**
 * Holidays of a US calendar (date-holidays 'US', optionally a state) for one year, with the
 * observed days of 5 USC 6103(b): Saturday holiday observed Friday, Sunday holiday observed Monday.
 * date-holidays omits this for Veterans Day (e.g. 2028-11-10), so any missing observed day is added.
 */
function usYear(state: string | undefined, year: number): Array<readonly [DayNumber, HolidayName]> {
  const byDay = new Map<DayNumber, HolidayName>()
  const candidates: Array<readonly [DayNumber, HolidayName]> = []
  for (const y of [year - 1, year, year + 1]) candidates.push(...publicHolidayList('US', state, y))
  for (const [day, raw] of candidates) {
    const name = raw.en.includes(' (substitute day)')
      ? holidayName(raw.en.replace(' (substitute day)', ' (observed)'))
      : raw
    if (yearOfDay(day) === year && !byDay.has(day)) byDay.set(day, name)
  }
  for (const [day, raw] of candidates) {
    if (raw.en.includes('(substitute day)')) continue
    const weekday = weekdayOfDay(day)
    if (weekday !== 0 && weekday !== 6) continue
    const observed = weekday === 6 ? day - 1 : day + 1
    if (yearOfDay(observed) === year && !byDay.has(observed)) {
      byDay.set(observed, holidayName(`${raw.en} (observed)`))
    }
  }
  return [...byDay]
}

function usFederalYear(year: number): Array<readonly [DayNumber, HolidayName]> {
  return usYear(undefined, year)
}

const calendars = new Map<string, WorkCalendar>()

/** Builds a calendar once per id; shared with holidays-cn so one reset clears every cache. */
export function memo(id: string, build: () => WorkCalendar): WorkCalendar {
  let cal = calendars.get(id)
  if (!cal) {
    cal = build()
    calendars.set(id, cal)
  }
  return cal
}

/** US federal legal holidays (5 USC 6103(a)) with their observed days (6103(b)). */
export function usFederalCalendar(): WorkCalendar {
  return memo('US', () => new YearCachedCalendar('US', { code: 'calendar.us', params: {} }, usFederalYear))
}

/**
 * Inauguration Day is a legal holiday for federal employees in the DC area (5 USC 6103(c)):
 * January 20 every fourth year from 1965, moved to Monday the 21st when the 20th is a Sunday.
 * There is no Friday substitute when it falls on a Saturday.
 */
export function inaugurationDay(year: number): DayNumber | undefined {
  if (year < 1965 || (year - 1965) % 4 !== 0) return undefined
  const jan20 = daysFromCivil(year, 1, 20)
  return weekdayOfDay(jan20) === 0 ? jan20 + 1 : jan20
}

function usFederalDcYear(year: number): Array<readonly [DayNumber, HolidayName]> {
  const days = usFederalYear(year)
  const inauguration = inaugurationDay(year)
  if (inauguration !== undefined) days.unshift([inauguration, holidayName('Inauguration Day')])
  return days
}

/** Federal holidays "within the District of Columbia" (35 USC 21(b)): federal holidays plus Inauguration Day. */
export function usFederalDcCalendar(): WorkCalendar {
  return memo(
    'US-DC',
    () =>
      new YearCachedCalendar('US-DC', { code: 'calendar.us-dc', params: {} }, (year) => {
        const days = usFederalYear(year)
        const inauguration = inaugurationDay(year)
        if (inauguration !== undefined) days.unshift([inauguration, holidayName('Inauguration Day')])
        return days
      })
  )
}

// ---- US federal closures, courts by district, PTO and ITC ---------------------------------

const closuresByForum = new Map<ClosureForum, Map<number, Array<readonly [DayNumber, HolidayName]>>>()

/** Executive Order closures of one year that a forum treats as holidays (us-closures.ts). */
export function federalClosuresIn(
  forum: ClosureForum,
  year: number
): Array<readonly [DayNumber, HolidayName]> {
  let byYear = closuresByForum.get(forum)
  if (!byYear) {
    byYear = new Map()
    for (const c of FEDERAL_CLOSURES) {
      if (!c.forums.includes(forum)) continue
      const day = parseIsoDate(c.date)
      if (day === undefined) continue
      const y = yearOfDay(day)
      const list = byYear.get(y) ?? []
      list.push([day, c.name])
      byYear.set(y, list)
    }
    closuresByForum.set(forum, byYear)
  }
  return byYear.get(year) ?? []
}

/** The order behind a closure day, if the day is one (for warnings that name their source). */
export function federalClosureOn(day: DayNumber): (typeof FEDERAL_CLOSURES)[number] | undefined {
  for (const c of FEDERAL_CLOSURES) if (parseIsoDate(c.date) === day) return c
  return undefined
}

/**
 * Legal holidays of a federal court (FRCP 6(a)(6), FRAP 26(a)(6)): federal holidays with their
 * observed days, days the President closed the government by order, and, when the district is
 * known, the legal holidays of the state where it sits (date-holidays, type public).
 */
export function usCourtCalendar(district?: string): WorkCalendar {
  const d = district ? US_DISTRICTS[district] : undefined
  const id = d ? `US-court-${d.state}` : 'US-court'
  return memo(
    id,
    () =>
      new YearCachedCalendar(
        id,
        d
          ? { code: 'calendar.us-court-state', params: placeParams(d.stateName) }
          : { code: 'calendar.us-court', params: {} },
        (year) => {
          const days = [...usFederalYear(year), ...federalClosuresIn('courts', year)]
          if (d) days.push(...publicHolidaysInYear('US', d.state, year))
          return days
        }
      )
  )
}

/** USPTO (35 USC 21(b)): federal holidays within DC plus days the Office was officially closed. */
export function usPtoCalendar(): WorkCalendar {
  return memo(
    'US-PTO',
    () =>
      new YearCachedCalendar('US-PTO', { code: 'calendar.us-pto', params: {} }, (year) => [
        ...usFederalDcYear(year),
        ...federalClosuresIn('PTO', year)
      ])
  )
}

/** US ITC (19 CFR 201.14(a)): federal holidays within DC plus days it was closed by order. */
export function usItcCalendar(): WorkCalendar {
  return memo(
    'US-ITC',
    () =>
      new YearCachedCalendar('US-ITC', { code: 'calendar.us-itc', params: {} }, (year) => [
        ...usFederalDcYear(year),
        ...federalClosuresIn('ITC', year)
      ])
  )
}

export const GERMAN_STATES = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH'
] as const
export type GermanState = (typeof GERMAN_STATES)[number]

/** German general public holidays: nationwide ones, plus those of one Bundesland when given. */
export function germanCalendar(state?: GermanState): WorkCalendar {
  const id = state ? `DE-${state}` : 'DE'
  return memo(
    id,
    () =>
      new YearCachedCalendar(
        id,
        state
          ? { code: 'calendar.de-state', params: placeParams(GERMAN_STATE_NAMES[state]) }
          : { code: 'calendar.de', params: {} },
        (year) => publicHolidaysInYear('DE', state, year)
      )
  )
}

/** Nationwide public holidays of a country as date-holidays knows them (used for UPC member states). */
export function nationalCalendar(country: string): WorkCalendar {
  if (country === 'DE') return germanCalendar()
  return memo(
    country,
    () =>
      new YearCachedCalendar(
        country,
        {
          code: 'calendar.national',
          params: placeParams(COUNTRY_NAMES[country] ?? { en: country, zh: country })
        },
        (year) => publicHolidaysInYear(country, undefined, year)
      )
  )
}

/**
 * Official holidays at a UPC seat (RoP 301): a division (`Munich`, `Düsseldorf`, ...) applies its
 * German Land's holidays (Munich also Assumption Day, 15 August, a holiday in the city); a country
 * code applies that Member State's nationwide holidays.
 */
export function upcSeatCalendar(seat: string): WorkCalendar {
  const division = UPC_DIVISIONS[seat]
  if (!division) return nationalCalendar(seat)
  const state = division.germanState
  if (!state) return nationalCalendar(division.country)
  const id = `UPC-${seat}`
  return memo(
    id,
    () =>
      new YearCachedCalendar(
        id,
        { code: 'calendar.upc-division', params: placeParams(division.name) },
        (year) => {
          const days = publicHolidaysInYear('DE', state, year)
          if (division.localAssumptionDay) days.push([daysFromCivil(year, 8, 15), holidayName('Assumption')])
          return days
        }
      )
  )
}

/** IANA zone of a UPC seat (division or Member State). */
export function upcSeatZone(seat: string): string {
  return UPC_DIVISIONS[seat]?.timeZone ?? memberStateZone(seat)
}

/** A calendar with no holiday data: only Saturdays and Sundays are days off. */
export function weekendOnlyCalendar(id: string): WorkCalendar {
  return memo(
    `weekend-${id}`,
    () =>
      new YearCachedCalendar(
        id,
        { code: 'calendar.weekend-only', params: placeParams(COUNTRY_NAMES[id] ?? { en: id, zh: id }) },
        () => []
      )
  )
}

/** Drops memoised calendars (tests use it to rebuild them under another process time zone). */
export function clearHolidayCaches(): void {
  calendars.clear()
  closuresByForum.clear()
  publicLists.clear()
  instances.clear()
}
