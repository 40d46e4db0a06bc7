import { describe, expect, it } from 'vitest'
import { type Case, run } from './helpers'

// Two weeks (one month if served abroad) from service, ZPO 276(1); BGB 187(1), 188(2),(3) via ZPO 222(1);
// a last day on a Saturday, Sunday or general public holiday runs to the next working day, ZPO 222(2).
describe('de.zpo.defence-notice — notice of intention to defend, 2 weeks after service, 1 month if served abroad', () => {
  it.each<Case>([
    { trigger: '2026-03-03', due: '2026-03-17', why: 'served Tue 2026-03-03: two weeks end Tue 2026-03-17' },
    {
      trigger: '2026-03-20',
      due: '2026-04-07',
      why: 'two weeks end on Good Friday 2026-04-03; Saturday, Easter Sunday and Easter Monday follow, so Tue 2026-04-07'
    },
    {
      trigger: '2026-03-07',
      due: '2026-03-23',
      why: 'served on a Saturday: the period ends Sat 2026-03-21 and runs to Mon 2026-03-23'
    },
    {
      trigger: '2026-01-31',
      options: { abroad: true },
      due: '2026-03-02',
      why: 'served abroad on 31 January: February has no 31st, so Sat 2026-02-28, then the next working day Mon 2026-03-02'
    },
    {
      trigger: '2028-01-31',
      options: { abroad: true },
      due: '2028-02-29',
      why: 'served abroad on 31 January of a leap year: the period ends on leap day Tue 2028-02-29'
    },
    {
      trigger: '2027-01-30',
      options: { abroad: true },
      due: '2027-03-01',
      why: 'served abroad on 30 January: February 2027 ends Sun 2027-02-28, so Mon 2027-03-01'
    },
    {
      trigger: '2026-09-03',
      options: { abroad: true },
      due: '2026-10-05',
      why: 'served abroad 2026-09-03: one month ends on German Unity Day, Sat 2026-10-03, so Mon 2026-10-05'
    },
    {
      trigger: '2026-12-23',
      options: { state: 'BY' },
      due: '2027-01-07',
      why: 'court in Bavaria: two weeks end on Epiphany (Wed 2027-01-06), a Bavarian holiday, so Thu 2027-01-07'
    },
    {
      trigger: '2026-12-23',
      options: { state: 'NW' },
      due: '2027-01-06',
      why: 'court in North Rhine-Westphalia: Epiphany is a working day there, so Wed 2027-01-06'
    },
    {
      trigger: '2026-05-21',
      options: { state: 'NW' },
      due: '2026-06-05',
      why: 'court in North Rhine-Westphalia: two weeks end on Corpus Christi (Thu 2026-06-04), so Fri 2026-06-05'
    },
    {
      trigger: '2026-05-21',
      options: { state: 'BE' },
      due: '2026-06-04',
      why: 'court in Berlin: Corpus Christi is a working day there, so Thu 2026-06-04'
    },
    {
      trigger: '2026-05-21',
      due: '2026-06-04',
      why: 'no state chosen: only nationwide holidays apply, so Thu 2026-06-04 (with a warning)'
    },
    {
      trigger: '2027-02-22',
      options: { state: 'BE' },
      due: '2027-03-09',
      why: "court in Berlin: two weeks end on International Women's Day (Mon 2027-03-08), a Berlin holiday, so Tue 2027-03-09"
    },
    {
      trigger: '2026-12-10',
      due: '2026-12-24',
      why: 'two weeks end on Christmas Eve (Thu 2026-12-24), which is not a public holiday'
    }
  ])('$why', (c) => {
    expect(run('de.zpo.defence-notice', c).due).toBe(c.due)
  })

  it('warns when no Bundesland is chosen', () => {
    expect(run('de.zpo.defence-notice', { trigger: '2026-03-03' }).warnings.join(' ')).toMatch(
      /No Bundesland chosen/
    )
    expect(
      run('de.zpo.defence-notice', { trigger: '2026-03-03', options: { state: 'NW' } }).warnings
    ).toEqual([])
  })
})
