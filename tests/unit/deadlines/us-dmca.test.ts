import { describe, expect, it } from 'vitest'
import { type Case, run } from './helpers'

// Restore not less than 10 nor more than 14 business days after receipt (17 USC 512(g)(2)(C)).
// Business days: Monday to Friday except US federal holidays (observed days); counted by hand.
describe('us.dmca.restore-window — restore material 10 to 14 business days after the counter-notice', () => {
  it.each<Case>([
    {
      trigger: '2026-10-19',
      earliest: '2026-11-02',
      due: '2026-11-06',
      why: 'received Mon 2026-10-19: 10th business day Mon 2026-11-02, 14th Fri 2026-11-06'
    },
    {
      trigger: '2026-11-05',
      earliest: '2026-11-20',
      due: '2026-11-27',
      why: 'received Thu 2026-11-05: Veterans Day and Thanksgiving are not business days, window Fri 2026-11-20 to Fri 2026-11-27'
    },
    {
      trigger: '2026-12-19',
      earliest: '2027-01-05',
      due: '2027-01-11',
      why: "received on a Saturday before Christmas: Christmas and New Year's Day are skipped, window Tue 2027-01-05 to Mon 2027-01-11"
    },
    {
      trigger: '2026-10-19',
      closures: ['2026-10-26'],
      earliest: '2026-11-03',
      due: '2026-11-09',
      why: 'a declared closure on Mon 2026-10-26 is not a business day, so the window shifts to Tue 2026-11-03 to Mon 2026-11-09'
    }
  ])('$why', (c) => {
    const r = run('us.dmca.restore-window', c)
    expect(r.earliest).toBe(c.earliest)
    expect(r.due).toBe(c.due)
  })
})
