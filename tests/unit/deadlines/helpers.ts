import {
  computeDeadline,
  renderDeadlineMessage,
  type DeadlineResult,
  type DeadlineRuleId
} from '../../../src/shared/deadlines'

/** One hand-worked case: the trigger, the options, the expected date and the reasoning a lawyer can check. */
export interface Case {
  trigger: string
  options?: Record<string, unknown>
  closures?: string[]
  due: string
  earliest?: string
  why: string
}

export function run(rule: DeadlineRuleId, c: Pick<Case, 'trigger' | 'options' | 'closures'>): DeadlineResult {
  return computeDeadline({ rule, trigger: c.trigger, options: c.options ?? {}, closures: c.closures })
}

/** The explanation as an English reader sees it: each step's code rendered from its 'en' template. */
export function stepTexts(result: DeadlineResult): string {
  return result.steps.map((s) => renderDeadlineMessage(s.code, s.params, 'en')).join('\n')
}
