import { describe, expect, it } from 'vitest'
import {
  addCalendarDays,
  compareIsoDates,
  daysBetween,
  DeadlineError,
  isValidIsoDate,
  todayIso,
  weekdayName
} from '../../../src/shared/deadlines'
import { addMonthsClamped, formatDay, parseIsoDate } from '../../../src/shared/deadlines/calendar'

describe('calendar dates are strict YYYY-MM-DD strings', () => {
  it.each([
    ['2026-12-04', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2026-1-5', false],
    ['', false],
    [' 2026-01-01', false],
    ['2026-01-01T00:00:00Z', false],
    ['2026/01/01', false],
    ['0000-01-01', false],
    ['２０２６-01-01', false]
  ])('isValidIsoDate(%j) is %s', (s, valid) => {
    expect(isValidIsoDate(s)).toBe(valid)
  })

  it('rejects non-strings', () => {
    expect(isValidIsoDate(undefined)).toBe(false)
    expect(isValidIsoDate(20261204)).toBe(false)
    expect(isValidIsoDate(new Date())).toBe(false)
  })
})

describe('formatting a day number', () => {
  it.each([
    '0001-01-01',
    '1799-12-31',
    '1800-01-01',
    '1969-12-31',
    '1970-01-01',
    '2299-12-31',
    '2300-01-01',
    '9999-12-31'
  ])('%s formats back to itself, inside and outside the memoised 1800-2299 window, twice', (iso) => {
    const day = parseIsoDate(iso)!
    expect(formatDay(day)).toBe(iso)
    expect(formatDay(day)).toBe(iso)
  })
})

describe('adding calendar days', () => {
  it.each([
    ['2026-12-04', 21, '2026-12-25'],
    ['2026-12-25', 7, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-03-08', 1, '2026-03-09'], // US DST starts that night; day arithmetic must not notice
    ['2026-10-25', 1, '2026-10-26'], // EU DST ends that night
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-01-01', 0, '2026-01-01'],
    ['1999-12-31', 366, '2000-12-31']
  ])('%s + %i days = %s', (date, n, expected) => {
    expect(addCalendarDays(date, n)).toBe(expected)
  })

  it('throws a DeadlineError for an impossible date or a fractional count', () => {
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(DeadlineError)
    expect(() => addCalendarDays('2026-02-01', 1.5)).toThrow(DeadlineError)
  })
})

describe('month arithmetic clamps to the last day of a short month (BGB 188(3), UPC RoP 300(c))', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28', true],
    ['2028-01-31', 1, '2028-02-29', true],
    ['2026-01-30', 1, '2026-02-28', true],
    ['2026-01-28', 1, '2026-02-28', false],
    ['2026-01-31', 3, '2026-04-30', true],
    ['2026-03-31', 3, '2026-06-30', true],
    ['2025-11-30', 3, '2026-02-28', true],
    ['2026-10-15', 3, '2027-01-15', false],
    ['2024-02-29', 12, '2025-02-28', true],
    ['2024-02-29', 48, '2028-02-29', false]
  ])('%s + %i months = %s (clamped: %s)', (date, months, expected, clamped) => {
    const day = parseIsoDate(date)
    if (day === undefined) throw new Error('bad fixture')
    const r = addMonthsClamped(day, months)
    expect(formatDay(r.day)).toBe(expected)
    expect(r.clamped).toBe(clamped)
  })
})

describe('comparisons and helpers', () => {
  it('compares dates', () => {
    expect(compareIsoDates('2026-12-04', '2026-12-28')).toBeLessThan(0)
    expect(compareIsoDates('2026-12-28', '2026-12-04')).toBeGreaterThan(0)
    expect(compareIsoDates('2026-12-04', '2026-12-04')).toBe(0)
    expect(['2027-01-01', '2026-12-31', '2026-02-01'].sort(compareIsoDates)).toEqual([
      '2026-02-01',
      '2026-12-31',
      '2027-01-01'
    ])
  })

  it('counts days between dates', () => {
    expect(daysBetween('2026-12-04', '2026-12-28')).toBe(24)
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366)
  })

  it('names weekdays (verified with `date -d`)', () => {
    expect(weekdayName('2026-12-25')).toBe('Friday')
    expect(weekdayName('2026-12-28')).toBe('Monday')
    expect(weekdayName('1970-01-01')).toBe('Thursday')
    expect(weekdayName('2000-02-29')).toBe('Tuesday')
  })

  it('todayIso gives the local calendar date of a moment', () => {
    expect(todayIso(new Date(2026, 10, 29, 23, 59))).toBe('2026-11-29')
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})
