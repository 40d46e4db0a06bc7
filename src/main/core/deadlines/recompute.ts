// Recomputing saved deadlines: when a trigger event's date is corrected (event-edits.ts), and when
// the user accepts the new dates that changed closure days produce. Overridden dates stay put.
import type { z } from 'zod'
import type {
  MovedDeadline,
  NotMovedDeadline,
  RecomputeInput,
  RecomputeResult
} from '../../../shared/contract'
import { isDeadlineRuleId, getRule, withEnglishText, type DeadlineResult } from '../../../shared/deadlines'
import type { DeadlineStatus } from '../../../shared/model'
import { inTransaction, type CoreContext, type Tx } from '../kernel/context'
import type { AuditRow } from '../kernel/repo'
import { touchMatter } from '../matters/touch'
import { resetReminders } from '../calendar/reminder-states'
import {
  computeWithClosures,
  deadlineRow,
  loadClosures,
  storedOptions,
  type ClosureRow,
  type EngineFields
} from './rules'
import {
  deadlineRowsByIds,
  deadlineRowsCountedFrom,
  insertAuditRows,
  updateRecomputedRows,
  type DeadlineRow,
  type RecomputedValues
} from './repo'
import { matterJurisdiction } from '../matters/matters'
import { eventById } from '../timeline/events'

export interface RecomputeCause {
  /** What made it move, for the audit row. */
  cause: 'trigger_event_changed' | 'recompute_requested'
  eventId?: number
}

/** What recomputing would give: the engine's result for the row's rule, trigger and options. */
export function recomputeResult(
  row: DeadlineRow,
  trigger: string,
  matterJurisdiction: string | null,
  closures: readonly ClosureRow[],
  fields: EngineFields
): DeadlineResult | null {
  if (!row.ruleId || !isDeadlineRuleId(row.ruleId)) return null
  const saved = JSON.parse(row.optionsJson) as Record<string, unknown>
  const options = storedOptions(getRule(row.ruleId), saved, matterJurisdiction)
  return computeWithClosures({ ruleId: row.ruleId, trigger, options, closures }, fields)
}

/**
 * Collects recomputed deadlines and writes them in bulk (one prepared update run per row, one
 * reminder reset, one audit insert), so correcting a trigger with many dependants stays quick.
 */
class RecomputeBatch {
  private readonly updates: RecomputedValues[] = []
  private readonly audits: AuditRow[] = []
  private readonly newDates: number[] = []

  constructor(
    private readonly ctx: CoreContext,
    private readonly cause: RecomputeCause
  ) {}

  /** An overridden deadline keeps its manual date and gets the new computed date beside it. */
  add(row: DeadlineRow, trigger: string, result: DeadlineResult): MovedDeadline | null {
    const overridden = row.overrideReason !== null
    const due = overridden ? row.due : result.due
    const at = this.ctx.now()
    const steps = JSON.stringify(withEnglishText(result.steps))
    const warnings = JSON.stringify(result.warningCodes)
    this.updates.push([due, trigger, result.due, steps, warnings, at, row.id])
    if (due !== row.due) this.newDates.push(row.id)
    if (due !== row.due || result.due !== row.computedDue || trigger !== row.triggerDate) {
      this.audits.push({
        at,
        actor: this.ctx.actor,
        action: 'recompute',
        entity: 'deadline',
        entityId: row.id,
        matterId: row.matterId,
        beforeJson: JSON.stringify({
          due: row.due,
          computedDue: row.computedDue,
          triggerDate: row.triggerDate
        }),
        afterJson: JSON.stringify({ due, computedDue: result.due, triggerDate: trigger, ...this.cause })
      })
    }
    if (due === row.due && result.due === row.computedDue) return null
    return {
      deadlineId: row.id,
      matterId: row.matterId,
      title: row.title,
      ruleId: row.ruleId,
      from: row.due,
      to: due,
      computedFrom: row.computedDue,
      computedTo: result.due,
      overridden
    }
  }

  /** Runs inside the caller's transaction: the same connection, so the same commit. */
  flush(tx: Tx): void {
    updateRecomputedRows(this.ctx.sqlite, this.updates)
    // A new due date deserves fresh reminders: snoozes and dismissals of the old date are dropped.
    resetReminders(tx, this.newDates)
    insertAuditRows(tx, this.audits)
  }
}

function notMoved(row: DeadlineRow, reason: NotMovedDeadline['reason']): NotMovedDeadline {
  return {
    deadlineId: row.id,
    title: row.title,
    ruleId: row.ruleId,
    status: row.status as DeadlineStatus,
    due: row.due,
    reason
  }
}

function jurisdictionOf(tx: Tx, matterId: number): string | null {
  return matterJurisdiction(tx, matterId) ?? null
}

/** Recomputes, in the caller's transaction, every open deadline counted from the event now dated `date`. */
export function recomputeDependants(
  ctx: CoreContext,
  tx: Tx,
  event: { id: number; matterId: number },
  date: string
): { moved: MovedDeadline[]; notMoved: NotMovedDeadline[] } {
  // Dependants are in the same matter, so the (matter, status, due) index finds them.
  const dependants = deadlineRowsCountedFrom(tx, event.matterId, event.id)
  const closures = loadClosures(tx)
  const jurisdiction = jurisdictionOf(tx, event.matterId)
  const batch = new RecomputeBatch(ctx, { cause: 'trigger_event_changed', eventId: event.id })
  const moved: MovedDeadline[] = []
  const skipped: NotMovedDeadline[] = []
  for (const row of dependants) {
    if (row.status !== 'open') {
      skipped.push(notMoved(row, 'closed'))
      continue
    }
    const result = recomputeResult(row, date, jurisdiction, closures, { rule: 'ruleId', trigger: 'date' })
    if (!result) {
      skipped.push(notMoved(row, 'no_rule'))
      continue
    }
    const change = batch.add(row, date, result)
    if (change) moved.push(change)
  }
  batch.flush(tx)
  return { moved, notMoved: skipped }
}

/** The trigger a saved deadline counts from: its event's date if it has one, else the date saved. */
function triggerOf(tx: Tx, row: DeadlineRow): string | null {
  if (row.triggerEventId !== null) {
    const event = eventById(tx, row.triggerEventId)
    if (event) return event.date
  }
  return row.triggerDate
}

/** Applies today's closure days (and trigger dates) to the chosen open deadlines. */
export function recomputeDeadlines(
  ctx: CoreContext,
  input: z.output<typeof RecomputeInput>
): RecomputeResult {
  return inTransaction(ctx, (tx) => {
    const rows = deadlineRowsByIds(tx, input.ids)
    const byId = new Map(rows.map((r) => [r.id, r]))
    const closures = loadClosures(tx)
    const result: RecomputeResult = { moved: [], unchanged: [], notMoved: [] }
    const touched = new Set<number>()
    const batch = new RecomputeBatch(ctx, { cause: 'recompute_requested' })
    ;[...new Set(input.ids)].forEach((id, i) => {
      const row = byId.get(id) ?? deadlineRow(tx, id)
      const trigger = triggerOf(tx, row)
      if (row.status !== 'open') return void result.notMoved.push(notMoved(row, 'closed'))
      if (!row.ruleId) return void result.notMoved.push(notMoved(row, 'no_rule'))
      if (!trigger) return void result.notMoved.push(notMoved(row, 'no_trigger'))
      const fields = { rule: `ids.${i}`, trigger: `ids.${i}` }
      const computed = recomputeResult(row, trigger, jurisdictionOf(tx, row.matterId), closures, fields)
      if (!computed) return void result.notMoved.push(notMoved(row, 'no_rule'))
      const change = batch.add(row, trigger, computed)
      if (change) result.moved.push(change)
      else result.unchanged.push(row.id)
      touched.add(row.matterId)
    })
    batch.flush(tx)
    for (const matterId of touched) touchMatter(ctx, tx, matterId)
    return result
  })
}
