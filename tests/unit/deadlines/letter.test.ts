import { describe, expect, it } from 'vitest'
import { type Case, run } from './helpers'

// A warning letter's demand is counted as asserted: no roll-over, but a warning when it lands on a day off.
describe('letter.asserted — the deadline a warning letter demands', () => {
  it.each<Case>([
    {
      trigger: '2026-10-19',
      options: { days: 14 },
      due: '2026-11-02',
      why: '14 calendar days from Mon 2026-10-19 is Mon 2026-11-02'
    },
    {
      trigger: '2026-10-18',
      options: { days: 14 },
      due: '2026-11-01',
      why: '14 calendar days from 2026-10-18 is Sun 2026-11-01: not moved, only flagged'
    },
    {
      trigger: '2026-11-25',
      options: { days: 30 },
      due: '2026-12-25',
      why: '30 calendar days from 2026-11-25 is Christmas Day 2026-12-25: not moved, only flagged'
    },
    {
      trigger: '2026-11-20',
      options: { days: 10, basis: 'business' },
      due: '2026-12-07',
      why: '10 US business days from Fri 2026-11-20 skip Thanksgiving: Mon 2026-12-07'
    },
    {
      trigger: '2026-09-30',
      options: { days: 5, basis: 'business', jurisdiction: 'CN' },
      due: '2026-10-13',
      why: '5 Chinese working days from 2026-09-30 skip National Day but count make-up Sat 2026-10-10: Tue 2026-10-13'
    },
    {
      trigger: '2026-12-18',
      options: { days: 10, basis: 'business', jurisdiction: 'DE' },
      due: '2027-01-05',
      why: "10 German working days from Fri 2026-12-18 skip Christmas, Boxing Day and New Year's Day: Tue 2027-01-05"
    },
    {
      trigger: '2026-09-26',
      options: { days: 7, jurisdiction: 'CN' },
      due: '2026-10-03',
      why: '7 calendar days from 2026-09-26 is 2026-10-03, a Chinese holiday: not moved, only flagged'
    },
    {
      trigger: '2026-09-06',
      options: { days: 14, jurisdiction: 'CN' },
      due: '2026-09-20',
      why: '14 calendar days from 2026-09-06 is Sun 2026-09-20, a Chinese make-up working day: no warning'
    },
    {
      trigger: '2026-12-31',
      options: { days: 1 },
      due: '2027-01-01',
      why: "one calendar day from 2026-12-31 is New Year's Day 2027-01-01: not moved, only flagged"
    },
    {
      trigger: '2026-12-24',
      options: { days: 3, basis: 'business', jurisdiction: 'OTHER' },
      due: '2026-12-29',
      why: 'no holiday data for OTHER: 3 weekdays from Thu 2026-12-24 is Tue 2026-12-29'
    },
    { trigger: '2026-10-19', due: '2026-11-02', why: 'default options are 14 calendar days, US' }
  ])('$why', (c) => {
    expect(run('letter.asserted', c).due).toBe(c.due)
  })

  it.each([
    { trigger: '2026-10-18', options: { days: 14 }, previous: '2026-10-30 (Friday)' },
    { trigger: '2026-11-25', options: { days: 30 }, previous: '2026-12-24 (Thursday)' },
    { trigger: '2026-09-26', options: { days: 7, jurisdiction: 'CN' }, previous: '2026-09-30 (Wednesday)' }
  ])(
    'a demanded date on a day off ($trigger + $options.days) warns and names the previous working day',
    (c) => {
      const r = run('letter.asserted', c)
      expect(r.warnings).toHaveLength(1)
      expect(r.warnings[0]).toContain(c.previous)
    }
  )

  it('does not warn when the demanded date is a working day', () => {
    expect(run('letter.asserted', { trigger: '2026-10-19', options: { days: 14 } }).warnings).toEqual([])
    expect(
      run('letter.asserted', { trigger: '2026-09-06', options: { days: 14, jurisdiction: 'CN' } }).warnings
    ).toEqual([])
  })
})
