import { describe, expect, it } from 'vitest'
import { type Case, run } from './helpers'

// One year from service of the complaint (35 USC 315(b)), rolled per 35 USC 21(b); counted by hand.
describe('us.ptab.ipr-bar — IPR petition barred more than 1 year after service of the complaint', () => {
  it.each<Case>([
    {
      trigger: '2025-03-02',
      due: '2026-03-02',
      why: 'served 2025-03-02: the anniversary Mon 2026-03-02 is the last day to file'
    },
    {
      trigger: '2025-03-01',
      due: '2026-03-02',
      why: 'the anniversary Sun 2026-03-01 moves to the next business day, Mon 2026-03-02'
    },
    {
      trigger: '2024-02-29',
      due: '2025-02-28',
      why: 'served on leap day 2024-02-29: 2025 has no February 29, so the bar date is the last day of February, Fri 2025-02-28'
    },
    {
      trigger: '2023-02-28',
      due: '2024-02-28',
      why: 'served 2023-02-28: the bar date is 2024-02-28, not the leap day'
    },
    {
      trigger: '2027-02-28',
      due: '2028-02-28',
      why: 'served 2027-02-28: the bar date is Mon 2028-02-28, not the last day of leap February'
    },
    {
      trigger: '2032-01-20',
      due: '2033-01-21',
      why: 'the anniversary is Inauguration Day (Thu 2033-01-20), a Federal holiday in DC, so Fri 2033-01-21'
    },
    {
      trigger: '2025-12-25',
      due: '2026-12-28',
      why: 'the anniversary is Christmas (Fri 2026-12-25), so Mon 2026-12-28'
    },
    {
      trigger: '2026-07-03',
      due: '2027-07-06',
      why: 'anniversary Sat 2027-07-03, then Sunday July 4 and its observed Monday 2027-07-05: Tue 2027-07-06'
    },
    {
      trigger: '2028-01-20',
      due: '2029-01-22',
      why: 'Inauguration Day 2029-01-20 is a Saturday (no substitute); Sunday follows, so Mon 2029-01-22'
    }
  ])('$why', (c) => {
    expect(run('us.ptab.ipr-bar', c).due).toBe(c.due)
  })

  it('flags the February 29 convention in a warning', () => {
    const r = run('us.ptab.ipr-bar', { trigger: '2024-02-29' })
    expect(r.warnings.join(' ')).toMatch(/February 28/)
    expect(run('us.ptab.ipr-bar', { trigger: '2025-03-02' }).warnings).toEqual([])
  })
})
