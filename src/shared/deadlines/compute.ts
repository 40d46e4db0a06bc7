import { formatDay } from './calendar'
import type { RuleDefinition } from './engine'
import { DeadlineError } from './errors'
import { RULE_DEFINITIONS } from './rules'
import type { ComputeDeadlineInput, DeadlineResult, DeadlineRule, DeadlineRuleId } from './types'
import { resolveClosures, resolveOptions, resolveTrigger } from './validate'

const byId = new Map<string, RuleDefinition>(RULE_DEFINITIONS.map((r) => [r.meta.id, r]))

/** Metadata of every rule (id, names, trigger label, citation, options) for pickers and forms. */
export const RULES: readonly DeadlineRule[] = RULE_DEFINITIONS.map((r) => r.meta)

export function isDeadlineRuleId(id: unknown): id is DeadlineRuleId {
  return typeof id === 'string' && byId.has(id)
}

export function getRule(id: DeadlineRuleId): DeadlineRule {
  const rule = byId.get(id)
  if (!rule) throw unknownRule(id)
  return rule.meta
}

function unknownRule(id: unknown): DeadlineError {
  return new DeadlineError(
    'unknown_rule',
    `Unknown deadline rule ${JSON.stringify(id) ?? String(id)}; known rules: ${[...byId.keys()].join(', ')}`,
    'rule'
  )
}

/**
 * Computes a deadline. Throws DeadlineError for an unknown rule, a malformed or impossible
 * date, or an option the rule does not take; it never returns a date it could not justify.
 */
export function computeDeadline(input: ComputeDeadlineInput): DeadlineResult {
  if (input === null || typeof input !== 'object') {
    throw new DeadlineError(
      'invalid_input',
      'computeDeadline expects an object { rule, trigger, options, closures }'
    )
  }
  const rule = byId.get(input.rule as string)
  if (!rule) throw unknownRule(input.rule)
  const trigger = resolveTrigger(input.trigger)
  const options = resolveOptions(rule.meta, input.options)
  const closures = resolveClosures(input.closures)
  const outcome = rule.compute({ trigger, options, closures })
  const result: { -readonly [K in keyof DeadlineResult]: DeadlineResult[K] } = {
    rule: rule.meta.id,
    due: formatDay(outcome.due),
    steps: outcome.steps,
    warnings: outcome.warnings.map((w) => w.text),
    warningCodes: outcome.warnings
  }
  if (outcome.earliest !== undefined) result.earliest = formatDay(outcome.earliest)
  if (outcome.timeZone !== undefined) result.timeZone = outcome.timeZone
  if (outcome.alternatives !== undefined) result.alternatives = outcome.alternatives
  return result
}

/**
 * The time zone where a rule's deadline ends (the forum's), for its options (a US district, a
 * UPC division); undefined for a rule with no forum. Asks the rule itself, so every rule that
 * knows its court answers.
 */
export function ruleTimeZone(
  ruleId: string | null | undefined,
  options: Readonly<Record<string, unknown>> = {}
): string | undefined {
  if (!ruleId) return undefined
  const rule = byId.get(ruleId)
  if (!rule) return undefined
  if (rule.meta.timeZone) return rule.meta.timeZone
  try {
    return computeDeadline({ rule: ruleId, trigger: '2026-01-05', options }).timeZone
  } catch {
    return undefined
  }
}
