// Specification: a letter's business-day response deadline counts the court closure days the
// user declared, exactly as a deadline added on the deadlines tab does.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore, patentLetterInput } from '../helpers'

describe('logging a letter with a business-day deadline', () => {
  it('skips a declared closure day inside the counting window', async () => {
    const core = openTestCore()
    ok(
      await core.dispatch('closures.add', { date: '2026-10-22', jurisdiction: 'US', reason: 'Court closed' })
    )
    // Letter dated Monday 2026-10-19; 10 US business days, the letter date itself excluded:
    //   Tue 20 (1), Wed 21 (2), [Thu 22 closed], Fri 23 (3), Mon 26 (4), Tue 27 (5), Wed 28 (6),
    //   Thu 29 (7), Fri 30 (8), Mon Nov 2 (9), Tue Nov 3 (10).
    // Without the closure the 10th day would be Monday 2026-11-02; with it, Tuesday 2026-11-03.
    const detail = ok(
      await core.dispatch(
        'matters.logWarningLetter',
        patentLetterInput({
          responseDeadline: { days: 10, basis: 'business', from: 'letter_date', due: '2026-11-03' }
        })
      )
    )
    expect(detail.deadlines).toHaveLength(1)
    expect(detail.deadlines[0]).toMatchObject({
      due: '2026-11-03',
      computedDue: '2026-11-03',
      overrideReason: null,
      ruleId: 'letter.asserted',
      triggerDate: '2026-10-19'
    })
    expect(detail.matter.nextDeadline).toBe('2026-11-03')
  })

  it('asks for a reason when the confirmed date ignores the closure, naming the computed date', async () => {
    const core = openTestCore()
    ok(
      await core.dispatch('closures.add', { date: '2026-10-22', jurisdiction: null, reason: 'Court closed' })
    )
    const result = await core.dispatch(
      'matters.logWarningLetter',
      patentLetterInput({
        responseDeadline: { days: 10, basis: 'business', from: 'letter_date', due: '2026-11-02' }
      })
    )
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { 'responseDeadline.overrideReason': 'override_reason_required' },
        params: { computed: '2026-11-03' }
      }
    })
    expect(ok(await core.dispatch('matters.list', {})).total).toBe(0)
  })
})
