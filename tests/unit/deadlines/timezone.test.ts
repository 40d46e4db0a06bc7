import { afterAll, describe, expect, it } from 'vitest'
import { computeDeadline } from '../../../src/shared/deadlines'
import { clearHolidayCaches } from '../../../src/shared/deadlines/holidays'

// Node re-reads process.env.TZ when it is assigned, so each zone below really changes local time
// for Date; caches are dropped so holiday tables are rebuilt under that zone.
const originalTz = process.env.TZ

const CASES = [
  { rule: 'us.frcp.answer', trigger: '2026-12-04', due: '2026-12-28' },
  { rule: 'us.frcp.answer', trigger: '2026-06-12', due: '2026-07-06' },
  { rule: 'cn.cpl.answer', trigger: '2026-09-05', due: '2026-09-20' },
  { rule: 'cn.cpl.answer', trigger: '2026-09-18', due: '2026-10-08' },
  { rule: 'de.zpo.defence-notice', trigger: '2026-12-23', options: { state: 'BY' }, due: '2027-01-07' },
  { rule: 'upc.rop.defence', trigger: '2026-04-14', options: { memberState: 'FR' }, due: '2026-07-15' },
  { rule: 'letter.asserted', trigger: '2026-10-19', options: { days: 14 }, due: '2026-11-02' },
  // 2027 comes from lunar-typescript (Spring Festival eve 2027-02-05 to 02-08), not chinese-days
  { rule: 'cn.cpl.appeal', trigger: '2027-01-21', due: '2027-02-09' },
  {
    rule: 'upc.rop.preliminary-objection',
    trigger: '2025-07-15',
    options: { memberState: 'Munich' },
    due: '2025-08-18'
  }
] as const

it('switching process.env.TZ really changes local time in this process', () => {
  process.env.TZ = 'America/Los_Angeles'
  expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(480)
  process.env.TZ = 'Pacific/Kiritimati'
  expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(-840)
})

describe.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Shanghai'])(
  'results do not depend on the machine time zone (%s)',
  (tz) => {
    it.each(CASES)('$rule from $trigger is due $due', (c) => {
      process.env.TZ = tz
      clearHolidayCaches()
      expect(
        computeDeadline({ rule: c.rule, trigger: c.trigger, options: 'options' in c ? c.options : {} }).due
      ).toBe(c.due)
    })
  }
)

afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ
  else process.env.TZ = originalTz
  clearHolidayCaches()
})
