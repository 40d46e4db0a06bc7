import { afterEach, describe, expect, it } from 'vitest'
import {
  deadlineEndInZone,
  endOfDayInstant,
  FEDERAL_CLOSURES,
  US_DISTRICTS
} from '../../../src/shared/deadlines'
import { formatDay, parseIsoDate } from '../../../src/shared/deadlines/calendar'
import {
  type WorkCalendar,
  upcSeatCalendar,
  usCourtCalendar,
  usFederalCalendar,
  usItcCalendar,
  usPtoCalendar
} from '../../../src/shared/deadlines/holidays'
import {
  chinaCalendar,
  chinaYearSource,
  setChinaNoticesForTesting,
  statutoryHolidays
} from '../../../src/shared/deadlines/holidays-cn'
import { run } from './helpers'

function day(iso: string): number {
  const d = parseIsoDate(iso)
  if (d === undefined) throw new Error(`bad fixture ${iso}`)
  return d
}

function holidaysIn(cal: WorkCalendar, from: string, to: string): string[] {
  const out: string[] = []
  for (let d = day(from); d <= day(to); d++) if (cal.holidayName(d)) out.push(formatDay(d))
  return out
}

describe('China after the chinese-days data: 全国年节及纪念日放假办法 art. 2 (2024 revision)', () => {
  it('2027: 元旦 01-01; 春节 除夕 02-05 to 初三 02-08 (正月初一 is 2027-02-06); 清明 04-05; 劳动节 05-01, 05-02; 端午 06-09; 中秋 09-15; 国庆 10-01 to 10-03', () => {
    expect([...statutoryHolidays(2027).keys()].sort((a, b) => a - b).map(formatDay)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03'
    ])
  })

  it.each([
    // 正月初一 of each year, and the eve before it
    [2028, '2028-01-25', '2028-01-26'],
    [2029, '2029-02-12', '2029-02-13'],
    [2030, '2030-02-02', '2030-02-03']
  ])('%i: Spring Festival eve %s, first day %s', (year, eve, first) => {
    const cal = chinaCalendar()
    expect(cal.holiday(day(eve))).toEqual({ en: 'Spring Festival', zh: '春节' })
    expect(cal.holidayName(day(first))).toBe('Spring Festival')
    expect(chinaYearSource(year)).toBe('statutory')
  })

  it('names the holidays in Chinese, and 2026 still comes from the State Council data', () => {
    expect(chinaCalendar().holiday(day('2027-04-05'))?.zh).toBe('清明节')
    expect(chinaYearSource(2026)).toBe('data')
    expect(chinaYearSource(2003)).toBe('none')
  })

  describe('the checked-in notice table takes over the day a notice is entered', () => {
    afterEach(() => setChinaNoticesForTesting())

    it('uses the notice (rest days and make-up working days) and stops warning', () => {
      // A fixture notice, not the real 2027 schedule: rest 02-05 to 02-13, work on Sun 02-14.
      setChinaNoticesForTesting([
        {
          year: 2027,
          source: 'test fixture',
          rest: [['2027-02-05', '2027-02-13', 'Spring Festival', '春节']],
          workdays: [['2027-02-14', 'Spring Festival', '春节']]
        }
      ])
      expect(chinaYearSource(2027)).toBe('notice')
      // served 2027-01-21 + 15 = 02-05, rest to 02-13 → Sun 02-14 is a make-up working day
      const r = run('cn.cpl.appeal', { trigger: '2027-01-21' })
      expect(r.due).toBe('2027-02-14')
      expect(r.warnings).toEqual([])
    })
  })
})

describe('US federal closures by Executive Order', () => {
  it('every row is dated, sourced and names its forums', () => {
    for (const c of FEDERAL_CLOSURES) {
      expect(parseIsoDate(c.date), c.date).toBeDefined()
      expect(c.source).toMatch(/Executive Order/)
      expect(c.forums.length).toBeGreaterThan(0)
      expect(c.name.zh).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('2025-12-24 and 2025-12-26 (EO 14371) close the PTO, the ITC and the courts, not the plain federal calendar', () => {
    for (const cal of [usPtoCalendar(), usItcCalendar(), usCourtCalendar(), usCourtCalendar('N.D. Ill.')]) {
      expect(holidaysIn(cal, '2025-12-22', '2025-12-31')).toEqual(['2025-12-24', '2025-12-25', '2025-12-26'])
    }
    expect(holidaysIn(usFederalCalendar(), '2025-12-22', '2025-12-31')).toEqual(['2025-12-25'])
  })

  it('the National Day of Mourning for President Carter, 2025-01-09, closes every forum', () => {
    expect(usCourtCalendar().holidayName(day('2025-01-09'))).toMatch(/Carter/)
    expect(usPtoCalendar().holiday(day('2025-01-09'))?.zh).toBe('卡特总统国家哀悼日')
  })
})

describe('US district courts: state legal holidays (FRCP 6(a)(6)(C))', () => {
  it('offers the districts the issue names', () => {
    expect(Object.keys(US_DISTRICTS).sort()).toEqual(
      ['C.D. Cal.', 'D. Del.', 'E.D. Tex.', 'N.D. Cal.', 'N.D. Ill.', 'S.D.N.Y.', 'W.D. Tex.'].sort()
    )
  })

  it.each([
    ['N.D. Ill.', '2027-02-12', "Lincoln's Birthday"],
    ['N.D. Ill.', '2027-03-01', 'Casimir Pulaski Day'],
    ['C.D. Cal.', '2027-03-31', 'César Chávez Day'],
    ['E.D. Tex.', '2026-11-27', 'Day after Thanksgiving']
  ])('%s: %s is %s', (district, iso, name) => {
    expect(usCourtCalendar(district).holidayName(day(iso))).toBe(name)
    expect(usCourtCalendar().holidayName(day(iso))).toBeUndefined()
  })
})

describe('UPC divisions: official holidays at the seat (RoP 301)', () => {
  it('Munich applies Bavarian holidays and Assumption Day; Düsseldorf applies North Rhine-Westphalia', () => {
    expect(upcSeatCalendar('Munich').holidayName(day('2026-08-15'))).toBe('Assumption')
    expect(upcSeatCalendar('Munich').holidayName(day('2026-01-06'))).toBe('Epiphany')
    expect(upcSeatCalendar('Düsseldorf').holidayName(day('2026-06-04'))).toBe('Corpus Christi')
    expect(upcSeatCalendar('Düsseldorf').holidayName(day('2026-08-15'))).toBeUndefined()
    expect(upcSeatCalendar('Hamburg').holidayName(day('2026-10-31'))).toBe('Reformation Day')
  })
})

describe('court time zone: the due day ends at midnight where the court sits (FRCP 6(a)(4)(A))', () => {
  it('a Monday deadline in Chicago ends on Tuesday at 14:00 in Shenzhen in winter', () => {
    // Mon 2027-01-04 24:00 CST (UTC-6) = Tue 2027-01-05 06:00 UTC = 14:00 China Standard Time (UTC+8)
    expect(deadlineEndInZone('2027-01-04', 'America/Chicago', 'Asia/Shanghai')).toEqual({
      utc: '2027-01-05T06:00:00.000Z',
      timeZone: 'Asia/Shanghai',
      date: '2027-01-05',
      time: '14:00',
      weekday: 2
    })
  })

  it('in summer Chicago is UTC-5, so the same deadline ends at 13:00 in Shenzhen', () => {
    expect(deadlineEndInZone('2026-07-06', 'America/Chicago', 'Asia/Shanghai')).toMatchObject({
      date: '2026-07-07',
      time: '13:00'
    })
  })

  it("in the court's own zone the end shows as 24:00 of the due day, also on a DST change", () => {
    expect(deadlineEndInZone('2027-01-04', 'America/Chicago', 'America/Chicago')).toMatchObject({
      date: '2027-01-04',
      time: '24:00',
      weekday: 1
    })
    // Berlin moves to summer time at 02:00 on 2026-03-29; the 28th still ends at 23:00 UTC (CET)
    expect(new Date(endOfDayInstant('2026-03-28', 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-28T23:00:00.000Z'
    )
    expect(new Date(endOfDayInstant('2026-03-29', 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T22:00:00.000Z'
    )
  })

  it('a Shanghai deadline ends at 08:00 the same day in Los Angeles', () => {
    // Fri 2026-12-04 24:00 CST (UTC+8) = 16:00 UTC = 08:00 PST
    expect(deadlineEndInZone('2026-12-04', 'Asia/Shanghai', 'America/Los_Angeles')).toMatchObject({
      date: '2026-12-04',
      time: '08:00'
    })
  })
})
