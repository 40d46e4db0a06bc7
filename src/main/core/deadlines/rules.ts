// The core's bridge to the pure rules engine: closure days from the workspace, stored options
// made safe to recompute, engine errors turned into field errors, rows into records.
import { closureDatesFor, type ClosureDay, type DeadlineRecord } from '../../../shared/contract'
import {
  computeDeadline,
  DeadlineError,
  getRule,
  isDeadlineRuleId,
  type DeadlineResult,
  type DeadlineRule
} from '../../../shared/deadlines'
import type { DbOrTx } from '../kernel/context'
import { AppError, notFound } from '../kernel/errors'
import { toDeadline } from '../db/mappers'
import { declaredClosures } from '../calendar/closure-days'
import { deadlinePeopleOf, findDeadlineRow, type DeadlineRow } from './repo'

export type { DeadlineRow }
export type ClosureRow = ClosureDay

export function deadlineRow(tx: DbOrTx, id: number): DeadlineRow {
  const row = findDeadlineRow(tx, id)
  if (!row) throw notFound('deadline', id)
  return row
}

/** The closure days the user declared (the calendar area keeps them). */
export function loadClosures(tx: DbOrTx): ClosureRow[] {
  return declaredClosures(tx)
}

/** The jurisdiction whose closures apply: the rule's own, or a letter rule's chosen one. */
function ruleJurisdiction(rule: DeadlineRule, options: Record<string, unknown>): string | null {
  if (rule.jurisdiction !== 'ANY') return rule.jurisdiction
  const chosen = options.jurisdiction
  return typeof chosen === 'string' ? chosen : null
}

/** Closures with no jurisdiction apply to every rule; the others only to their jurisdiction's rules. */
export function closuresFor(
  rule: DeadlineRule,
  options: Record<string, unknown>,
  closures: readonly ClosureRow[]
): string[] {
  return closureDatesFor(ruleJurisdiction(rule, options), closures)
}

/**
 * Options as saved may carry app metadata the rule does not take (a letter deadline saves
 * `from`); recomputing keeps only the rule's own options, and gives a letter rule the matter's
 * jurisdiction when it was not saved, as logging the letter did.
 */
export function storedOptions(
  rule: DeadlineRule,
  saved: Record<string, unknown>,
  matterJurisdiction: string | null
): Record<string, unknown> {
  const options: Record<string, unknown> = {}
  for (const spec of rule.options) {
    if (saved[spec.name] !== undefined) options[spec.name] = saved[spec.name]
    else if (
      spec.name === 'jurisdiction' &&
      spec.type === 'enum' &&
      matterJurisdiction &&
      spec.values.includes(matterJurisdiction)
    ) {
      options[spec.name] = matterJurisdiction
    }
  }
  return options
}

/** App metadata a rule deadline saves beside the rule's own options (a letter deadline's `from`). */
const SAVED_METADATA: Readonly<Record<string, readonly string[]>> = {
  'letter.asserted': ['from'],
  // a Schedule A defendant's answer names the defendant (lawsuits/answer.ts)
  'us.frcp.answer': ['defendant']
}

/**
 * The options the engine gets for a new deadline: app metadata set aside, and, for a letter rule
 * given no jurisdiction, the matter's (as recomputing does, so the date does not move later).
 * Anything else is passed through, so an unknown option is still refused.
 */
export function engineOptions(
  ruleId: string,
  given: Record<string, unknown>,
  matterJurisdiction: string | null
): Record<string, unknown> {
  if (!isDeadlineRuleId(ruleId)) return given
  const rule = getRule(ruleId)
  const options = { ...given }
  for (const key of SAVED_METADATA[ruleId] ?? []) delete options[key]
  const spec = rule.options.find((o) => o.name === 'jurisdiction')
  if (
    options.jurisdiction === undefined &&
    spec?.type === 'enum' &&
    matterJurisdiction &&
    spec.values.includes(matterJurisdiction)
  ) {
    options.jurisdiction = matterJurisdiction
  }
  return options
}

export interface EngineFields {
  rule: string
  trigger: string
  /** Prefix for every field name, e.g. 'deadlines.2.' in a batch. */
  prefix?: string
}

/** An engine error as a field error the form can show: { triggerDate: 'deadline_invalid_date' }. */
export function engineError(error: DeadlineError, fields: EngineFields): AppError {
  const field =
    error.field === 'rule'
      ? fields.rule
      : error.field === 'trigger'
        ? fields.trigger
        : error.field?.startsWith('options')
          ? error.field
          : 'closures'
  return new AppError('validation', {
    fields: { [`${fields.prefix ?? ''}${field}`]: `deadline_${error.code}` },
    detail: error.message
  })
}

export function ruleOrError(ruleId: string, fields: EngineFields): DeadlineRule {
  if (!isDeadlineRuleId(ruleId)) {
    throw new AppError('validation', {
      fields: { [`${fields.prefix ?? ''}${fields.rule}`]: 'deadline_unknown_rule' },
      detail: `Unknown deadline rule ${JSON.stringify(ruleId)}`
    })
  }
  return getRule(ruleId)
}

/** computeDeadline with the workspace's closure days; engine errors become field errors. */
export function computeWithClosures(
  input: {
    ruleId: string
    trigger: string
    options: Record<string, unknown>
    closures: readonly ClosureRow[]
  },
  fields: EngineFields
): DeadlineResult {
  const rule = ruleOrError(input.ruleId, fields)
  try {
    return computeDeadline({
      rule: rule.id,
      trigger: input.trigger,
      options: input.options,
      closures: closuresFor(rule, input.options, input.closures)
    })
  } catch (error) {
    if (error instanceof DeadlineError) throw engineError(error, fields)
    throw error
  }
}

/** Lead times without repeats, furthest first. */
export function normaliseLeadTimes(leadTimes: readonly number[]): number[] {
  return [...new Set(leadTimes)].sort((a, b) => b - a)
}

export function parseLeadTimes(json: string): number[] {
  const parsed: unknown = JSON.parse(json)
  return Array.isArray(parsed) ? parsed.filter((n): n is number => Number.isInteger(n) && n >= 0) : []
}

/** The record of a deadline row, its responsible person resolved (its own, else its matter's). */
export function toDeadlineRecord(tx: DbOrTx, row: DeadlineRow, today: string): DeadlineRecord {
  const people = deadlinePeopleOf(tx, [row.id]).get(row.id) ?? { own: null, matters: null }
  return {
    ...toDeadline(row, people),
    leadTimes: parseLeadTimes(row.leadTimesJson),
    overdue: row.status === 'open' && row.due < today,
    overridden: row.overrideReason !== null
  }
}
