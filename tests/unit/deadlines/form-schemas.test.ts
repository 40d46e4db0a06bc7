// Specification: the deadline forms check, before saving, the same rules the core applies when
// it saves: an override needs a reason, a hand-set deadline needs a title and a date, a rule
// needs a trigger, a done deadline needs its day, and each ticked proposal needs a date.
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  DeadlineDoneInput,
  DeadlineFormInput,
  OVERRIDE_REASON_REQUIRED,
  ProposalsReviewInput
} from '../../../src/shared/contract'

/** Field path -> message code of a failed parse, as the forms show them. */
function problems(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value)
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

const byRule = {
  matterId: 1,
  ruleId: 'us_frcp_answer',
  triggerDate: '2026-12-04',
  computedDue: '2026-12-28',
  title: '',
  options: {},
  leadTimes: [7, 1]
}

describe('the add-deadline form', () => {
  it('asks for a reason when the due date differs from the one the rule computed', () => {
    expect(problems(DeadlineFormInput, { ...byRule, due: '2026-12-30', overrideReason: '  ' })).toEqual({
      overrideReason: OVERRIDE_REASON_REQUIRED
    })
    expect(problems(DeadlineFormInput, { ...byRule, due: '2026-12-30', overrideReason: 'Agreed' })).toEqual(
      {}
    )
  })

  it('needs no reason for the computed date itself, or before the preview has computed one', () => {
    expect(problems(DeadlineFormInput, { ...byRule, due: '2026-12-28', overrideReason: '' })).toEqual({})
    expect(problems(DeadlineFormInput, { ...byRule, computedDue: null, due: '2026-12-30' })).toEqual({})
  })

  it('needs a trigger for a rule, and a title and a date for a deadline set by hand', () => {
    expect(problems(DeadlineFormInput, { ...byRule, triggerDate: '' })).toEqual({ triggerDate: 'required' })
    expect(problems(DeadlineFormInput, { ...byRule, triggerDate: '', triggerEventId: 9 })).toEqual({})
    expect(
      problems(DeadlineFormInput, { matterId: 1, ruleId: null, title: ' ', due: '', computedDue: null })
    ).toEqual({ title: 'required', due: 'required' })
  })
})

describe('the mark-done dialog', () => {
  it('asks for the day it was done', () => {
    expect(problems(DeadlineDoneInput, { id: 3, doneOn: '' })).toEqual({ doneOn: 'required' })
    expect(problems(DeadlineDoneInput, { id: 3, doneOn: '2026-02-30' })).toEqual({ doneOn: 'invalid_date' })
    expect(problems(DeadlineDoneInput, { id: 3, doneOn: '2026-12-01' })).toEqual({})
  })
})

describe('the review of proposed deadlines', () => {
  it('asks for a reason only on a ticked proposal whose date was changed', () => {
    const review = {
      choices: [
        { accept: true, due: '2026-12-29', computedDue: '2026-12-28', overrideReason: '' },
        { accept: true, due: '2027-06-04', computedDue: '2027-06-04', overrideReason: '' },
        { accept: false, due: '', computedDue: '2027-12-04', overrideReason: '' }
      ]
    }
    expect(problems(ProposalsReviewInput, review)).toEqual({
      'choices.0.overrideReason': OVERRIDE_REASON_REQUIRED
    })
  })

  it('needs a date on every ticked proposal', () => {
    const review = { choices: [{ accept: true, due: '', computedDue: '2026-12-28', overrideReason: '' }] }
    expect(problems(ProposalsReviewInput, review)).toEqual({ 'choices.0.due': 'required' })
  })
})
