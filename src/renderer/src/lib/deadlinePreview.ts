import { closureDatesFor, type ClosureDay } from '../../../shared/contract/calendar'
import type { ResponseRule } from '../../../shared/contract/intake'
import { computeDeadline, DeadlineError } from '../../../shared/deadlines'
import type { ComputedText, DeadlineStep } from '../../../shared/model'
import { isCalendarDate } from './dates'

export interface LetterDeadlinePreview {
  due: string
  steps: DeadlineStep[]
  warnings: ComputedText[]
}

export type PreviewOutcome =
  | { state: 'missing_trigger' }
  | { state: 'missing_days' }
  | { state: 'ok'; preview: LetterDeadlinePreview }
  | { state: 'error'; code: string }

/**
 * The letter's own response period (or, for an APEX notice, the program's 3 weeks), computed
 * exactly as the core will store it.
 */
export function previewLetterDeadline(input: {
  rule: ResponseRule
  trigger: string
  days: number | string
  basis: 'calendar' | 'business'
  jurisdiction: string | null
  /** The workspace's declared closure days: the preview counts them exactly as the core will. */
  closures: readonly ClosureDay[]
}): PreviewOutcome {
  if (!isCalendarDate(input.trigger)) return { state: 'missing_trigger' }
  let options = {}
  if (input.rule === 'letter.asserted') {
    if (typeof input.days !== 'number' || !Number.isInteger(input.days)) return { state: 'missing_days' }
    if (input.days < 1 || input.days > 3650) return { state: 'error', code: 'out_of_range' }
    options = {
      days: input.days,
      basis: input.basis,
      ...(input.jurisdiction ? { jurisdiction: input.jurisdiction } : {})
    }
  }
  try {
    const result = computeDeadline({
      rule: input.rule,
      trigger: input.trigger.trim(),
      options,
      closures: closureDatesFor(input.jurisdiction, input.closures)
    })
    return {
      state: 'ok',
      preview: { due: result.due, steps: [...result.steps], warnings: [...result.warningCodes] }
    }
  } catch (error) {
    return { state: 'error', code: error instanceof DeadlineError ? 'validation' : 'internal' }
  }
}
