// Closure days the user declares (a court closed by order). Changing them never moves a saved
// deadline silently: the call answers which open deadlines would now compute differently.
import type { z } from 'zod'
import type { ClosureChange, ClosureDay, ClosureInput, RecomputeCandidate } from '../../../shared/contract'
import { inTransaction, writeAudit, type CoreContext, type DbOrTx } from '../kernel/context'
import { AppError } from '../kernel/errors'
import { recomputeResult } from '../deadlines/recompute'
import { declaredClosures } from './closure-days'
import { deleteClosureRow, findClosureRow, insertClosureRow, openRuleDeadlinesCountingOver } from './repo'

export function listClosures(ctx: CoreContext): ClosureDay[] {
  return declaredClosures(ctx.db)
}

/**
 * Open rule deadlines whose counting window (after the trigger, up to the computed date) holds
 * the changed day, and whose date would now differ. A day outside the window cannot change it.
 */
function affectedBy(tx: DbOrTx, date: string): RecomputeCandidate[] {
  const rows = openRuleDeadlinesCountingOver(tx, date)
  const closures = declaredClosures(tx)
  const affected: RecomputeCandidate[] = []
  for (const { d, reference, jurisdiction, eventDate } of rows) {
    const trigger = eventDate ?? d.triggerDate
    if (!trigger || !d.ruleId) continue
    let recomputed: string | undefined
    try {
      recomputed = recomputeResult(d, trigger, jurisdiction, closures, {
        rule: 'ruleId',
        trigger: 'trigger'
      })?.due
    } catch {
      continue // a deadline the engine refuses is not something a closure day changed
    }
    if (!recomputed || recomputed === d.computedDue) continue
    affected.push({
      deadlineId: d.id,
      matterId: d.matterId,
      reference,
      title: d.title,
      ruleId: d.ruleId,
      due: d.due,
      computedDue: d.computedDue,
      recomputedDue: recomputed,
      overridden: d.overrideReason !== null
    })
  }
  return affected.sort((a, b) => a.due.localeCompare(b.due) || a.deadlineId - b.deadlineId)
}

export function addClosure(ctx: CoreContext, input: z.output<typeof ClosureInput>): ClosureChange {
  return inTransaction(ctx, (tx) => {
    const existing = findClosureRow(tx, input.date)
    if (existing) {
      throw new AppError('validation', {
        fields: { date: 'duplicate_closure' },
        params: { date: input.date, jurisdiction: existing.jurisdiction ?? '' }
      })
    }
    insertClosureRow(tx, input)
    writeAudit(ctx, tx, {
      action: 'create',
      entity: 'closure_day',
      entityId: null,
      matterId: null,
      after: input
    })
    return { closures: declaredClosures(tx), affected: affectedBy(tx, input.date) }
  })
}

export function removeClosure(ctx: CoreContext, date: string): ClosureChange {
  return inTransaction(ctx, (tx) => {
    const existing = findClosureRow(tx, date)
    if (!existing)
      throw new AppError('not_found', {
        params: { entity: 'closure_day', date },
        detail: `no closure day on ${date}`
      })
    deleteClosureRow(tx, date)
    writeAudit(ctx, tx, {
      action: 'delete',
      entity: 'closure_day',
      entityId: null,
      matterId: null,
      before: existing
    })
    return { closures: declaredClosures(tx), affected: affectedBy(tx, date) }
  })
}
