import { describe, expect, it } from 'vitest'
import { computeDeadline, DeadlineError, type ComputeDeadlineInput } from '../../../src/shared/deadlines'

function failure(input: unknown): DeadlineError {
  try {
    computeDeadline(input as ComputeDeadlineInput)
  } catch (e) {
    if (e instanceof DeadlineError) return e
    throw e
  }
  throw new Error('expected a DeadlineError, got a result')
}

describe('bad input throws a DeadlineError with a code a UI can translate, never a wrong date', () => {
  it.each([
    {
      input: { rule: 'us.frcp.answr', trigger: '2026-12-04' },
      code: 'unknown_rule',
      field: 'rule',
      message: /Unknown deadline rule "us.frcp.answr"/
    },
    {
      input: { rule: '', trigger: '2026-12-04' },
      code: 'unknown_rule',
      field: 'rule',
      message: /Unknown deadline rule/
    },
    {
      input: { rule: 'us.frcp.answer', trigger: '2026-02-30' },
      code: 'invalid_date',
      field: 'trigger',
      message: /does not exist: February 2026 has 28 days/
    },
    {
      input: { rule: 'us.frcp.answer', trigger: '2026-13-01' },
      code: 'invalid_date',
      field: 'trigger',
      message: /month 13 does not exist/
    },
    {
      input: { rule: 'us.frcp.answer', trigger: '2026-1-5' },
      code: 'invalid_date',
      field: 'trigger',
      message: /YYYY-MM-DD/
    },
    {
      input: { rule: 'us.frcp.answer', trigger: '' },
      code: 'invalid_date',
      field: 'trigger',
      message: /YYYY-MM-DD/
    },
    {
      input: { rule: 'us.frcp.answer', trigger: undefined },
      code: 'invalid_date',
      field: 'trigger',
      message: /YYYY-MM-DD/
    },
    {
      input: { rule: 'us.frcp.answer', trigger: '1899-12-31' },
      code: 'date_out_of_range',
      field: 'trigger',
      message: /supported range/
    },
    {
      input: { rule: 'us.frcp.answer', trigger: '2026-12-04', options: { abroad: true } },
      code: 'invalid_option',
      field: 'options.abroad',
      message: /does not take option "abroad"/
    },
    {
      input: { rule: 'us.frcp.answer-waiver', trigger: '2026-12-04', options: { abroad: 'yes' } },
      code: 'invalid_option',
      field: 'options.abroad',
      message: /must be true or false, got the string "yes"/
    },
    {
      input: { rule: 'us.frcp.answer-waiver', trigger: '2026-12-04', options: { abroad: 1 } },
      code: 'invalid_option',
      field: 'options.abroad',
      message: /must be true or false/
    },
    {
      input: { rule: 'letter.asserted', trigger: '2026-12-04', options: { days: '14' } },
      code: 'invalid_option',
      field: 'options.days',
      message: /whole number from 1 to 3650/
    },
    {
      input: { rule: 'letter.asserted', trigger: '2026-12-04', options: { days: 0 } },
      code: 'invalid_option',
      field: 'options.days',
      message: /from 1 to 3650/
    },
    {
      input: { rule: 'letter.asserted', trigger: '2026-12-04', options: { days: 3651 } },
      code: 'invalid_option',
      field: 'options.days',
      message: /from 1 to 3650/
    },
    {
      input: { rule: 'letter.asserted', trigger: '2026-12-04', options: { days: 1.5 } },
      code: 'invalid_option',
      field: 'options.days',
      message: /whole number/
    },
    {
      input: { rule: 'letter.asserted', trigger: '2026-12-04', options: { days: Number.NaN } },
      code: 'invalid_option',
      field: 'options.days',
      message: /whole number/
    },
    {
      input: { rule: 'letter.asserted', trigger: '2026-12-04', options: { basis: 'working' } },
      code: 'invalid_option',
      field: 'options.basis',
      message: /one of "calendar", "business"/
    },
    {
      input: { rule: 'us.frcp.tro-expiry', trigger: '2026-12-04', options: { days: 15 } },
      code: 'invalid_option',
      field: 'options.days',
      message: /from 1 to 14/
    },
    {
      input: { rule: 'de.zpo.defence-notice', trigger: '2026-12-04', options: { state: 'XX' } },
      code: 'invalid_option',
      field: 'options.state',
      message: /one of/
    },
    {
      input: { rule: 'upc.rop.defence', trigger: '2026-12-04', options: { memberState: 'GB' } },
      code: 'invalid_option',
      field: 'options.memberState',
      message: /one of/
    },
    {
      input: { rule: 'us.frcp.answer', trigger: '2026-12-04', options: null },
      code: 'invalid_option',
      field: 'options',
      message: /must be an object/
    },
    {
      input: { rule: 'us.frcp.answer', trigger: '2026-12-04', options: [] },
      code: 'invalid_option',
      field: 'options',
      message: /must be an object/
    },
    {
      input: { rule: 'us.frcp.answer', trigger: '2026-12-04', closures: ['2026-12-24', '2026-02-30'] },
      code: 'invalid_date',
      field: 'closures[1]',
      message: /closures\[1\] "2026-02-30" does not exist/
    },
    {
      input: { rule: 'us.frcp.answer', trigger: '2026-12-04', closures: '2026-12-24' },
      code: 'invalid_input',
      field: 'closures',
      message: /array/
    },
    { input: null, code: 'invalid_input', field: undefined, message: /expects an object/ }
  ])('$code: $message', ({ input, code, field, message }) => {
    const e = failure(input)
    expect(e).toBeInstanceOf(Error)
    expect(e.name).toBe('DeadlineError')
    expect(e.code).toBe(code)
    expect(e.field).toBe(field)
    expect(e.message).toMatch(message)
  })

  it('an explicit undefined option means "use the default"', () => {
    expect(
      computeDeadline({
        rule: 'us.frcp.answer-waiver',
        trigger: '2026-10-01',
        options: { abroad: undefined }
      }).due
    ).toBe('2026-11-30')
  })

  it('a run of closures with no working day in reach is refused, not looped forever', () => {
    const closures: string[] = []
    for (let d = 0; d < 4100; d++)
      closures.push(new Date(Date.UTC(2026, 11, 25) + d * 86_400_000).toISOString().slice(0, 10))
    expect(failure({ rule: 'us.frcp.answer', trigger: '2026-12-04', closures }).code).toBe('no_working_day')
  })
})
