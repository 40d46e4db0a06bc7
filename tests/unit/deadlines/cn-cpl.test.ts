import { describe, expect, it } from 'vitest'
import { type Case, run, stepTexts } from './helpers'

// 15 days from receipt (CPL art. 128), 30 days without domicile in the PRC (art. 285, 2023 revision).
// Art. 85: the first day is not counted; a last day on a rest day moves to the first day after the rest
// days. 2026 schedule (State Council): rest 10-01..10-07, make-up working days Sun 09-20 and Sat 10-10,
// Spring Festival rest 02-15..02-23 with make-up Saturdays 02-14 and 02-28, Labour Day rest 05-01..05-05, make-up Sat 05-09.
describe('cn.cpl.answer — statement of defence 15 days after receiving the complaint, 30 without PRC domicile', () => {
  it.each<Case>([
    { trigger: '2026-03-02', due: '2026-03-17', why: 'received Mon 2026-03-02: day 15 is Tue 2026-03-17' },
    {
      trigger: '2026-09-18',
      due: '2026-10-08',
      why: 'day 15 is 2026-10-03 inside the National Day holiday (10-01 to 10-07), so the first day after it, Thu 2026-10-08'
    },
    {
      trigger: '2026-09-05',
      due: '2026-09-20',
      why: 'day 15 is Sun 2026-09-20, an official make-up working day, so it does not move'
    },
    {
      trigger: '2026-09-25',
      due: '2026-10-10',
      why: 'day 15 is Sat 2026-10-10, an official make-up working day, so it does not move'
    },
    {
      trigger: '2026-03-06',
      due: '2026-03-23',
      why: 'day 15 is an ordinary Saturday 2026-03-21, so Mon 2026-03-23'
    },
    {
      trigger: '2026-02-01',
      due: '2026-02-24',
      why: 'day 15 is Mon 2026-02-16 inside the Spring Festival holiday (02-15 to 02-23), so Tue 2026-02-24'
    },
    {
      trigger: '2026-01-30',
      due: '2026-02-14',
      why: 'day 15 is Sat 2026-02-14, a Spring Festival make-up working day, so it does not move'
    },
    {
      trigger: '2026-09-01',
      options: { abroad: true },
      due: '2026-10-08',
      why: 'no PRC domicile: day 30 is 2026-10-01, National Day, so Thu 2026-10-08'
    },
    {
      trigger: '2026-04-09',
      options: { abroad: true },
      due: '2026-05-09',
      why: 'no PRC domicile: day 30 is Sat 2026-05-09, a Labour Day make-up working day, so it does not move'
    },
    { trigger: '2026-12-16', due: '2026-12-31', why: 'day 15 is Thu 2026-12-31, a working day' },
    {
      trigger: '2026-12-20',
      due: '2027-01-04',
      why: 'day 15 is Mon 2027-01-04 (2027 schedule not yet published: weekends only, with a warning)'
    }
  ])('$why', (c) => {
    expect(run('cn.cpl.answer', c).due).toBe(c.due)
  })

  it('explains a make-up working day instead of rolling over', () => {
    const text = stepTexts(run('cn.cpl.answer', { trigger: '2026-09-05' }))
    expect(text).toContain('make-up working day for National Day')
  })

  it('cites art. 285 of the 2023 revision for a defendant without PRC domicile', () => {
    const r = run('cn.cpl.answer', { trigger: '2026-09-01', options: { abroad: true } })
    expect(r.steps.map((s) => s.citation).join(' ')).toContain('CPL art. 285')
  })

  describe('holiday data coverage (chinese-days has the State Council schedule for 2004-2026)', () => {
    it('warns that the 2027 schedule is not yet published when the period ends in 2027', () => {
      const r = run('cn.cpl.answer', { trigger: '2026-12-20' })
      expect(r.warningCodes.map((w) => w.code)).toEqual(['cn.coverage.statutory'])
      expect(r.warnings[0]).toContain('has not yet published the holiday schedule for 2027')
    })

    it("applies the statutory holidays after the data ends: New Year's Day 2027 moves the answer to Monday", () => {
      // 2026-12-17 + 15 days = Fri 2027-01-01, New Year's Day (放假办法 art. 2(1)); Sat 01-02 and
      // Sun 01-03 are rest days, so the period ends Mon 2027-01-04 (CPL art. 85).
      const r = run('cn.cpl.answer', { trigger: '2026-12-17' })
      expect(r.due).toBe('2027-01-04')
      expect(r.warnings[0]).toMatch(/the date may move/)
    })

    it('warns for years before the data starts', () => {
      expect(run('cn.cpl.answer', { trigger: '2003-03-03' }).warnings[0]).toContain('2003 is not available')
    })

    it('does not warn inside the covered years', () => {
      expect(run('cn.cpl.answer', { trigger: '2026-09-18' }).warnings).toEqual([])
    })
  })
})
