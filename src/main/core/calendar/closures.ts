// Closure days the user declares (a court closed by order). Changing them never moves a saved
// deadline silently: the call answers which open deadlines would now compute differently.
import { and, eq, isNotNull, lte, sql } from 'drizzle-orm'
import type { z } from 'zod'
import type { ClosureChange, ClosureDay, ClosureInput, RecomputeCandidate } from '../../../shared/contract'
import { writeAudit, type CoreContext, type DbOrTx } from '../kernel/context'
import { closureDays, deadlines, matters, timelineEvents } from '../db/schema'
import { loadClosures } from '../deadlines/rules'
import { AppError } from '../kernel/errors'
import { recomputeResult } from '../deadlines/recompute'

export function listClosures(ctx: CoreContext): ClosureDay[] {
  return loadClosures(ctx.db)
}

/**
 * Open rule deadlines whose counting window (after the trigger, up to the computed date) holds
 * the changed day, and whose date would now differ. A day outside the window cannot change it.
 */
function affectedBy(tx: DbOrTx, date: string): RecomputeCandidate[] {
  const rows = tx
    .select({
      d: deadlines,
      reference: matters.reference,
      jurisdiction: matters.jurisdiction,
      eventDate: timelineEvents.date
    })
    .from(deadlines)
    .innerJoin(matters, eq(matters.id, deadlines.matterId))
    .leftJoin(timelineEvents, eq(timelineEvents.id, deadlines.triggerEventId))
    .where(
      and(
        eq(deadlines.status, 'open'),
        isNotNull(deadlines.ruleId),
        lte(deadlines.triggerDate, date),
        sql`coalesce(${deadlines.computedDue}, ${deadlines.due}) >= ${date}`
      )
    )
    .all()
  const closures = loadClosures(tx)
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
  return ctx.db.transaction((tx) => {
    const existing = tx.select().from(closureDays).where(eq(closureDays.date, input.date)).get()
    if (existing) {
      throw new AppError('validation', {
        fields: { date: 'duplicate_closure' },
        params: { date: input.date, jurisdiction: existing.jurisdiction ?? '' }
      })
    }
    tx.insert(closureDays).values(input).run()
    writeAudit(ctx, tx, {
      action: 'create',
      entity: 'closure_day',
      entityId: null,
      matterId: null,
      after: input
    })
    return { closures: loadClosures(tx), affected: affectedBy(tx, input.date) }
  })
}

export function removeClosure(ctx: CoreContext, date: string): ClosureChange {
  return ctx.db.transaction((tx) => {
    const existing = tx.select().from(closureDays).where(eq(closureDays.date, date)).get()
    if (!existing)
      throw new AppError('not_found', {
        params: { entity: 'closure_day', date },
        detail: `no closure day on ${date}`
      })
    tx.delete(closureDays).where(eq(closureDays.date, date)).run()
    writeAudit(ctx, tx, {
      action: 'delete',
      entity: 'closure_day',
      entityId: null,
      matterId: null,
      before: existing
    })
    return { closures: loadClosures(tx), affected: affectedBy(tx, date) }
  })
}
