import { describe, expect, it } from 'vitest'
import { withEnglishText } from '../../../src/shared/deadlines'
import { type Case, run, stepTexts } from './helpers'

// Every date below was counted by hand from FRCP 6(a) and checked with `date -d`.
describe('us.frcp.answer — answer 21 days after service (FRCP 12(a)(1)(A)(i), counted per FRCP 6(a))', () => {
  it.each<Case>([
    {
      trigger: '2026-12-04',
      due: '2026-12-28',
      why: 'an answer deadline that lands on Christmas (Fri 2026-12-25) moves past the weekend to the next court day, Mon 2026-12-28'
    },
    {
      trigger: '2026-12-03',
      due: '2026-12-24',
      why: 'day 21 is Thu 2026-12-24; Christmas Eve is not a legal holiday, so the answer is due that day'
    },
    {
      trigger: '2026-10-03',
      due: '2026-10-26',
      why: 'day 21 is Sat 2026-10-24, so the answer is due Mon 2026-10-26'
    },
    {
      trigger: '2026-08-16',
      due: '2026-09-08',
      why: 'day 21 is Sun 2026-09-06 and Mon 2026-09-07 is Labor Day, so the answer is due Tue 2026-09-08'
    },
    {
      trigger: '2026-06-12',
      due: '2026-07-06',
      why: 'day 21 is Fri 2026-07-03, the observed Independence Day (July 4 is a Saturday), so the answer is due Mon 2026-07-06'
    },
    {
      trigger: '2026-11-05',
      due: '2026-11-27',
      why: 'day 21 is Thanksgiving (Thu 2026-11-26); the day after Thanksgiving is a court day, so Fri 2026-11-27'
    },
    {
      trigger: '2027-12-10',
      due: '2028-01-03',
      why: "day 21 is Fri 2027-12-31, the observed New Year's Day of 2028 (a Saturday), so the answer is due Mon 2028-01-03"
    },
    { trigger: '2028-02-08', due: '2028-02-29', why: 'leap year: day 21 is Tue 2028-02-29, a court day' },
    {
      trigger: '2028-10-20',
      due: '2028-11-13',
      why: 'day 21 is Fri 2028-11-10, the observed Veterans Day (Nov 11 is a Saturday), so the answer is due Mon 2028-11-13'
    },
    {
      trigger: '2026-11-20',
      due: '2026-12-11',
      why: 'Thanksgiving falls inside the period and is counted; day 21 is Fri 2026-12-11'
    },
    {
      trigger: '2026-05-29',
      due: '2026-06-22',
      why: 'day 21 is Juneteenth (Fri 2026-06-19), so the answer is due Mon 2026-06-22'
    },
    {
      trigger: '2026-12-28',
      due: '2027-01-19',
      why: 'day 21 is Martin Luther King Jr. Day (Mon 2027-01-18), so the answer is due Tue 2027-01-19'
    },
    {
      trigger: '2032-12-30',
      due: '2033-01-20',
      why: 'Inauguration Day (Thu 2033-01-20) is not a legal holiday under FRCP 6(a)(6)(A), so the answer is due that day'
    },
    {
      trigger: '2026-12-03',
      closures: ['2026-12-24'],
      due: '2026-12-28',
      why: 'a declared closure on day 21 (Thu 2026-12-24) rolls on past Christmas and the weekend to Mon 2026-12-28'
    }
  ])('$why', (c) => {
    expect(run('us.frcp.answer', c).due).toBe(c.due)
  })

  it('explains the Christmas case step by step with citations', () => {
    const r = run('us.frcp.answer', { trigger: '2026-12-04' })
    // The steps as the workspace stores them: code, parameters, and the sentence in English.
    const steps = withEnglishText(r.steps)
    expect(steps[0]).toEqual({
      code: 'trigger.served',
      params: { date: '2026-12-04' },
      text: 'Trigger: served 2026-12-04 (Friday); the day of the event is excluded',
      citation: 'FRCP 6(a)(1)(A)'
    })
    expect(steps[1]).toEqual({
      code: 'count.days.holiday',
      params: {
        days: 21,
        trigger: '2026-12-04',
        date: '2026-12-25',
        holiday: 'Christmas Day',
        holidayZh: '圣诞节'
      },
      text: '+21 days = 2026-12-25 (Friday; Christmas Day)',
      citation: 'FRCP 12(a)(1)(A)(i)'
    })
    expect(steps[2]).toEqual({
      code: 'roll.frcp.holiday',
      params: {
        date: '2026-12-25',
        due: '2026-12-28',
        holiday: 'Christmas Day',
        holidayZh: '圣诞节'
      },
      text: 'Last day falls on a legal holiday (Christmas Day); next day that is not a weekend or legal holiday: 2026-12-28 (Monday)',
      citation: 'FRCP 6(a)(1)(C)'
    })
    expect(r.warnings).toEqual([])
    expect(r.warningCodes).toEqual([])
  })
})

describe('us.frcp.answer-waiver — answer 60 days after the waiver request was sent, 90 if sent abroad (FRCP 12(a)(1)(A)(ii))', () => {
  it.each<Case>([
    {
      trigger: '2026-10-01',
      due: '2026-11-30',
      why: 'request sent Thu 2026-10-01: day 60 is Mon 2026-11-30'
    },
    {
      trigger: '2026-10-01',
      options: { abroad: true },
      due: '2026-12-30',
      why: 'request sent abroad on 2026-10-01: day 90 is Wed 2026-12-30'
    },
    {
      trigger: '2026-09-27',
      due: '2026-11-27',
      why: 'day 60 is Thanksgiving (Thu 2026-11-26), so the answer is due Fri 2026-11-27'
    },
    {
      trigger: '2026-09-26',
      options: { abroad: true },
      due: '2026-12-28',
      why: 'sent abroad: day 90 is Christmas (Fri 2026-12-25), so the answer is due Mon 2026-12-28'
    },
    {
      trigger: '2028-01-15',
      due: '2028-03-15',
      why: 'leap year: 60 days from 2028-01-15 counts February 29 and ends Wed 2028-03-15'
    },
    {
      trigger: '2027-01-15',
      due: '2027-03-16',
      why: 'ordinary year: 60 days from 2027-01-15 ends Tue 2027-03-16'
    },
    {
      trigger: '2026-10-01',
      options: { abroad: false },
      due: '2026-11-30',
      why: 'abroad: false is the 60-day case'
    }
  ])('$why', (c) => {
    expect(run('us.frcp.answer-waiver', c).due).toBe(c.due)
  })
})

describe('us.frcp.tro-expiry — a TRO expires 14 days after entry unless extended (FRCP 65(b)(2)); expiry is not rolled over', () => {
  it.each<Case>([
    { trigger: '2026-12-04', due: '2026-12-18', why: 'entered Fri 2026-12-04: expires Fri 2026-12-18' },
    {
      trigger: '2026-12-12',
      due: '2026-12-26',
      why: 'entered Sat 2026-12-12: expiry on Sat 2026-12-26 is not moved to a court day'
    },
    {
      trigger: '2026-12-11',
      due: '2026-12-25',
      why: 'entered 2026-12-11: expiry on Christmas Day stays 2026-12-25'
    },
    {
      trigger: '2026-06-09',
      options: { days: 10 },
      due: '2026-06-19',
      why: 'a 10-day TRO entered 2026-06-09 expires on Juneteenth 2026-06-19'
    },
    {
      trigger: '2028-02-20',
      due: '2028-03-05',
      why: 'leap year: 14 days from 2028-02-20 counts February 29 and ends Sun 2028-03-05'
    }
  ])('$why', (c) => {
    expect(run('us.frcp.tro-expiry', c).due).toBe(c.due)
  })

  it('warns when the expiry is a weekend or holiday, naming the last court day and the rolled-over date', () => {
    const r = run('us.frcp.tro-expiry', { trigger: '2026-12-11' })
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0]).toContain('2026-12-24 (Thursday)')
    expect(r.warnings[0]).toContain('2026-12-28 (Monday)')
    expect(stepTexts(r)).toContain('No weekend or holiday roll-over is applied')
  })

  it('does not warn when the expiry is a court day', () => {
    expect(run('us.frcp.tro-expiry', { trigger: '2026-12-04' }).warnings).toEqual([])
  })
})
