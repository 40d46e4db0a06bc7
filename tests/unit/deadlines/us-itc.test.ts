import { describe, expect, it } from 'vitest'
import { type Case, run } from './helpers'

// 20 days (19 CFR 210.13(a)); counting begins with the first business day after service, which is
// day 1 (19 CFR 201.14(a)); a last day on a weekend or Federal legal holiday runs to the next business day.
describe('us.itc.response — response to a Section 337 complaint and notice of investigation', () => {
  it.each<Case>([
    {
      trigger: '2026-10-07',
      due: '2026-10-27',
      why: 'served Wed 2026-10-07: day 1 is Thu 2026-10-08, day 20 is Tue 2026-10-27'
    },
    {
      trigger: '2026-10-09',
      due: '2026-11-02',
      why: 'served Fri 2026-10-09: the weekend and Columbus Day are skipped, day 1 is Tue 2026-10-13, day 20 is Sun 2026-11-01, so Mon 2026-11-02'
    },
    {
      trigger: '2026-11-25',
      due: '2026-12-16',
      why: 'served the day before Thanksgiving: day 1 is Fri 2026-11-27, day 20 is Wed 2026-12-16'
    },
    {
      trigger: '2026-12-04',
      due: '2026-12-28',
      why: 'served Fri 2026-12-04: day 1 is Mon 2026-12-07, day 20 is Sat 2026-12-26, so Mon 2026-12-28'
    },
    {
      trigger: '2026-12-05',
      due: '2026-12-28',
      why: 'served on a Saturday: counting still begins Mon 2026-12-07, so the same Mon 2026-12-28'
    },
    {
      trigger: '2033-01-19',
      due: '2033-02-09',
      why: 'served the day before Inauguration Day (Thu 2033-01-20, the ITC is in DC): day 1 is Fri 2033-01-21, day 20 is Wed 2033-02-09'
    }
  ])('$why', (c) => {
    expect(run('us.itc.response', c).due).toBe(c.due)
  })
})
