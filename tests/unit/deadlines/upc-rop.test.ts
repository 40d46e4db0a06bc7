import { describe, expect, it } from 'vitest'
import { type Case, run } from './helpers'

// Three months from service (RoP 23); the month period ends on the same-numbered day or the last day of
// the month (RoP 300(c)); a Saturday, Sunday or official holiday of the division's Member State extends
// it to the end of the first following working day (RoP 301(1)).
describe('upc.rop.defence — Statement of defence 3 months after service of the Statement of claim', () => {
  it.each<Case>([
    {
      trigger: '2026-01-31',
      due: '2026-04-30',
      why: 'served 31 January: April has no 31st, so Thu 2026-04-30'
    },
    {
      trigger: '2025-11-30',
      due: '2026-03-02',
      why: 'served 30 November: February 2026 ends Sat 2026-02-28, so Mon 2026-03-02'
    },
    {
      trigger: '2027-11-30',
      due: '2028-02-29',
      why: 'served 30 November 2027: the period ends on leap day Tue 2028-02-29'
    },
    {
      trigger: '2026-01-03',
      due: '2026-04-07',
      why: 'German division: the period ends on Good Friday 2026-04-03; the weekend and Easter Monday follow, so Tue 2026-04-07'
    },
    {
      trigger: '2026-04-14',
      options: { memberState: 'FR' },
      due: '2026-07-15',
      why: 'Paris: the period ends on Bastille Day (Tue 2026-07-14), so Wed 2026-07-15'
    },
    {
      trigger: '2026-04-14',
      options: { memberState: 'DE' },
      due: '2026-07-14',
      why: 'German division: 14 July is a working day, so Tue 2026-07-14'
    },
    {
      trigger: '2026-01-27',
      options: { memberState: 'NL' },
      due: '2026-04-28',
      why: "The Hague: the period ends on King's Day (Mon 2026-04-27), so Tue 2026-04-28"
    },
    {
      trigger: '2026-09-08',
      options: { memberState: 'IT' },
      due: '2026-12-09',
      why: 'Milan: the period ends on the Immaculate Conception (Tue 2026-12-08), so Wed 2026-12-09'
    },
    {
      trigger: '2026-09-25',
      due: '2026-12-28',
      why: 'German division: Christmas Day (Fri), Boxing Day (Sat) and Sunday follow, so Mon 2026-12-28'
    },
    { trigger: '2026-03-31', due: '2026-06-30', why: 'served 31 March: June has no 31st, so Tue 2026-06-30' }
  ])('$why', (c) => {
    expect(run('upc.rop.defence', c).due).toBe(c.due)
  })

  it('always states the holiday approximation in a warning', () => {
    expect(run('upc.rop.defence', { trigger: '2026-03-31' }).warnings.join(' ')).toMatch(/approximated/)
  })
})
