import { describe, expect, it } from 'vitest'
import { parseIsoDate, formatDay } from '../../../src/shared/deadlines/calendar'
import {
  germanCalendar,
  inaugurationDay,
  type WorkCalendar,
  usFederalCalendar,
  usFederalDcCalendar
} from '../../../src/shared/deadlines/holidays'
import { chinaCalendar, chinaHolidayCoverage } from '../../../src/shared/deadlines/holidays-cn'

function day(iso: string): number {
  const d = parseIsoDate(iso)
  if (d === undefined) throw new Error(`bad fixture ${iso}`)
  return d
}

function holidaysIn(cal: WorkCalendar, year: number): string[] {
  const out: string[] = []
  for (let d = day(`${year}-01-01`); d <= day(`${year}-12-31`); d++)
    if (cal.holidayName(d)) out.push(formatDay(d))
  return out
}

describe('US federal legal holidays (5 USC 6103) with observed days', () => {
  it('2026: the eleven holidays, plus Fri 2026-07-03 observing Independence Day (a Saturday)', () => {
    expect(holidaysIn(usFederalCalendar(), 2026)).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-07-04',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25'
    ])
  })

  it.each([
    ['2021-12-31', "New Year's Day (observed)"],
    ['2022-12-26', 'Christmas Day (observed)'],
    ['2028-11-10', 'Veterans Day (observed)'],
    ['2029-11-12', 'Veterans Day (observed)'],
    ['2027-06-18', 'Juneteenth (observed)']
  ])('%s is observed as %s', (iso, name) => {
    expect(usFederalCalendar().holidayName(day(iso))).toBe(name)
  })

  it.each(['2026-12-24', '2026-11-27', '2026-12-31', '2026-04-16', '2020-06-19'])(
    "%s (Christmas Eve, day after Thanksgiving, New Year's Eve, DC Emancipation Day, Juneteenth before 2021) is not a federal holiday",
    (iso) => {
      expect(usFederalCalendar().holidayName(day(iso))).toBeUndefined()
      expect(usFederalDcCalendar().holidayName(day(iso))).toBeUndefined()
    }
  )

  it('Inauguration Day counts only in the DC calendar (35 USC 21(b)), moved to Monday when January 20 is a Sunday', () => {
    expect(formatDay(inaugurationDay(2033) ?? 0)).toBe('2033-01-20')
    expect(formatDay(inaugurationDay(2041) ?? 0)).toBe('2041-01-21')
    expect(inaugurationDay(2030)).toBeUndefined()
    expect(usFederalDcCalendar().holidayName(day('2033-01-20'))).toBe('Inauguration Day')
    expect(usFederalCalendar().holidayName(day('2033-01-20'))).toBeUndefined()
    // 2029-01-20 is a Saturday: no Friday substitute for Inauguration Day
    expect(usFederalDcCalendar().holidayName(day('2029-01-19'))).toBeUndefined()
  })
})

describe('German public holidays (date-holidays, type public only)', () => {
  it("2026 nationwide: the nine federal holidays, not Christmas Eve or New Year's Eve", () => {
    expect(holidaysIn(germanCalendar(), 2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-10-03',
      '2026-12-25',
      '2026-12-26'
    ])
  })

  it("Bavaria adds Epiphany, Corpus Christi and All Saints' Day, but not Assumption Day (local only)", () => {
    const by = holidaysIn(germanCalendar('BY'), 2026)
    expect(by).toEqual(expect.arrayContaining(['2026-01-06', '2026-06-04', '2026-11-01']))
    expect(by).not.toContain('2026-08-15')
  })
})

describe('Chinese statutory holidays and make-up working days (chinese-days data)', () => {
  it('covers 2004 to at least 2026', () => {
    const { first, last } = chinaHolidayCoverage()
    expect(first).toBe(2004)
    expect(last).toBeGreaterThanOrEqual(2026)
  })

  it('2026 National Day: rest 10-01 to 10-07, make-up working days Sun 09-20 and Sat 10-10', () => {
    const cn = chinaCalendar()
    for (let d = day('2026-10-01'); d <= day('2026-10-07'); d++)
      expect(cn.holidayName(d)).toBe('National Day')
    expect(cn.holidayName(day('2026-10-08'))).toBeUndefined()
    expect(cn.makeUpWorkdayName(day('2026-09-20'))).toBe('National Day')
    expect(cn.makeUpWorkdayName(day('2026-10-10'))).toBe('National Day')
    expect(cn.makeUpWorkdayName(day('2026-10-11'))).toBeUndefined()
  })

  it('reports a coverage gap outside the data', () => {
    const cn = chinaCalendar()
    expect(cn.coverageGap(2026)).toBeUndefined()
    expect(cn.coverageGap(2099)).toMatchObject({ code: 'cn.coverage.statutory', params: { year: 2099 } })
  })
})
