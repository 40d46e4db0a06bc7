// Deadlines of a matter: add (by hand or from a named rule), edit, override, record what
// became of them, remove. Every change is one transaction with its audit row.
import { and, asc, eq, inArray } from 'drizzle-orm'
import type { z } from 'zod'
import type {
  DeadlineAddManyInput,
  DeadlineDetail,
  DeadlineInput,
  DeadlineOverrideInput,
  DeadlinePreviewInput,
  DeadlineRecord,
  DeadlineRuleGroup,
  DeadlineStatusInput,
  DeadlineUpdateInput
} from '../../../shared/contract'
import { OVERDUE_LEAD } from '../../../shared/contract'
import { getRule, isDeadlineRuleId, RULES, type DeadlineResult } from '../../../shared/deadlines'
import type { MatterDetail, MatterKind } from '../../../shared/model'
import { writeAudit, type CoreContext, type DbOrTx, type Tx } from '../kernel/context'
import { touchMatter } from '../matters/touch'
import { deadlines, matters, reminderStates, timelineEvents } from '../db/schema'
import {
  computeWithClosures,
  deadlineRow,
  loadClosures,
  normaliseLeadTimes,
  parseLeadTimes,
  toDeadlineRecord,
  type ClosureRow
} from './rules'
import { AppError, notFound } from '../kernel/errors'
import { toEvent } from '../db/mappers'
import { getMatter } from '../matters/matters'

type AddInput = z.output<typeof DeadlineInput>

export function listRules(): DeadlineRuleGroup[] {
  const groups: DeadlineRuleGroup[] = []
  for (const rule of RULES) {
    let group = groups.find((g) => g.jurisdiction === rule.jurisdiction)
    if (!group) groups.push((group = { jurisdiction: rule.jurisdiction, rules: [] }))
    group.rules.push(rule)
  }
  return groups
}

export function previewDeadline(
  ctx: CoreContext,
  input: z.output<typeof DeadlinePreviewInput>
): DeadlineResult {
  return computeWithClosures(
    { ruleId: input.ruleId, trigger: input.trigger, options: input.options, closures: loadClosures(ctx.db) },
    { rule: 'ruleId', trigger: 'trigger' }
  )
}

function fieldError(field: string, code: string, params?: Record<string, string | number>): AppError {
  return new AppError('validation', { fields: { [field]: code }, params })
}

/** The trigger date: the event's (which must belong to the same matter) or the date typed in. */
function resolveTrigger(tx: DbOrTx, input: AddInput, prefix: string): string {
  if (input.triggerEventId == null) return input.triggerDate as string
  const event = tx.select().from(timelineEvents).where(eq(timelineEvents.id, input.triggerEventId)).get()
  if (!event) throw fieldError(`${prefix}triggerEventId`, 'event_not_found')
  if (event.matterId !== input.matterId) throw fieldError(`${prefix}triggerEventId`, 'event_not_in_matter')
  // A stale form that still shows the old event date must not save a deadline from it.
  if (input.triggerDate && input.triggerDate !== event.date) {
    throw fieldError(`${prefix}triggerDate`, 'trigger_mismatch', { eventDate: event.date })
  }
  return event.date
}

function insertDeadline(
  ctx: CoreContext,
  tx: Tx,
  input: AddInput,
  closures: readonly ClosureRow[],
  prefix = ''
): DeadlineRecord {
  const matter = tx.select({ id: matters.id }).from(matters).where(eq(matters.id, input.matterId)).get()
  if (!matter) throw notFound('matter', input.matterId)
  let computed: DeadlineResult | null = null
  let triggerDate: string | null = null
  if (input.ruleId) {
    triggerDate = resolveTrigger(tx, input, prefix)
    computed = computeWithClosures(
      { ruleId: input.ruleId, trigger: triggerDate, options: input.options, closures },
      { rule: 'ruleId', trigger: input.triggerEventId != null ? 'triggerEventId' : 'triggerDate', prefix }
    )
  }
  const due = input.due ?? computed?.due
  if (!due) throw fieldError(`${prefix}due`, 'required')
  const overridden = computed !== null && due !== computed.due
  if (overridden && !input.overrideReason) {
    throw fieldError(`${prefix}overrideReason`, 'override_reason_required', { computed: computed?.due ?? '' })
  }
  const at = ctx.now()
  const row = tx
    .insert(deadlines)
    .values({
      matterId: input.matterId,
      title: input.title,
      due,
      status: 'open',
      ruleId: input.ruleId ?? null,
      triggerDate,
      triggerEventId: input.ruleId ? (input.triggerEventId ?? null) : null,
      optionsJson: JSON.stringify(input.ruleId ? input.options : {}),
      stepsJson: JSON.stringify(computed?.steps ?? []),
      warningsJson: JSON.stringify(computed?.warnings ?? []),
      computedDue: computed?.due ?? null,
      overrideReason: overridden ? (input.overrideReason ?? null) : null,
      assignee: input.assignee ?? null,
      leadTimesJson: JSON.stringify(normaliseLeadTimes(input.leadTimes)),
      createdAt: at,
      updatedAt: at
    })
    .returning()
    .get()
  const record = toDeadlineRecord(row, ctx.today())
  writeAudit(ctx, tx, {
    action: 'create',
    entity: 'deadline',
    entityId: row.id,
    matterId: input.matterId,
    after: record
  })
  return record
}

export function addDeadline(ctx: CoreContext, input: AddInput): DeadlineRecord {
  return ctx.db.transaction((tx) => {
    const record = insertDeadline(ctx, tx, input, loadClosures(tx))
    touchMatter(ctx, tx, input.matterId)
    return record
  })
}

/** Accepted proposals (each possibly edited): all saved, or none. */
export function addDeadlines(
  ctx: CoreContext,
  input: z.output<typeof DeadlineAddManyInput>
): DeadlineRecord[] {
  return ctx.db.transaction((tx) => {
    const closures = loadClosures(tx)
    const records = input.deadlines.map((d, i) => insertDeadline(ctx, tx, d, closures, `deadlines.${i}.`))
    for (const matterId of new Set(records.map((r) => r.matterId))) touchMatter(ctx, tx, matterId)
    return records
  })
}

export function getDeadline(ctx: CoreContext, id: number): DeadlineDetail {
  const row = deadlineRow(ctx.db, id)
  const m = ctx.db.select().from(matters).where(eq(matters.id, row.matterId)).get()
  if (!m) throw notFound('matter', row.matterId)
  const event = row.triggerEventId
    ? ctx.db.select().from(timelineEvents).where(eq(timelineEvents.id, row.triggerEventId)).get()
    : undefined
  const states = ctx.db
    .select()
    .from(reminderStates)
    .where(eq(reminderStates.deadlineId, id))
    .orderBy(asc(reminderStates.leadDays))
    .all()
  return {
    deadline: toDeadlineRecord(row, ctx.today()),
    matter: {
      id: m.id,
      reference: m.reference,
      title: m.title,
      kind: m.kind as MatterKind,
      jurisdiction: m.jurisdiction
    },
    triggerEvent: event ? toEvent(event) : null,
    rule: row.ruleId && isDeadlineRuleId(row.ruleId) ? getRule(row.ruleId) : null,
    reminderStates: states.map((s) => ({
      leadDays: s.leadDays,
      snoozedUntil: s.snoozedUntil,
      dismissedAt: s.dismissedAt
    }))
  }
}

/** A new due date deserves fresh reminders: snoozes and dismissals of the old date are dropped. */
export function resetReminders(tx: DbOrTx, deadlineId: number): void {
  tx.delete(reminderStates).where(eq(reminderStates.deadlineId, deadlineId)).run()
}

export function updateDeadline(
  ctx: CoreContext,
  input: z.output<typeof DeadlineUpdateInput>
): DeadlineRecord {
  return ctx.db.transaction((tx) => {
    const row = deadlineRow(tx, input.id)
    const before: Record<string, unknown> = {}
    const after: Record<string, unknown> = {}
    if (input.title !== undefined && input.title !== row.title) {
      // Only a rule deadline can go without a title: the rule names it.
      if (!input.title && !row.ruleId) throw fieldError('title', 'required')
      before.title = row.title
      after.title = input.title
    }
    if (input.assignee !== undefined && input.assignee !== row.assignee) {
      before.assignee = row.assignee
      after.assignee = input.assignee
    }
    const leadTimes = input.leadTimes && normaliseLeadTimes(input.leadTimes)
    if (leadTimes && JSON.stringify(leadTimes) !== row.leadTimesJson) {
      before.leadTimes = parseLeadTimes(row.leadTimesJson)
      after.leadTimes = leadTimes
    }
    if (Object.keys(after).length === 0) return toDeadlineRecord(row, ctx.today())
    const updated = tx
      .update(deadlines)
      .set({
        title: (after.title as string | undefined) ?? row.title,
        assignee: 'assignee' in after ? (after.assignee as string | null) : row.assignee,
        leadTimesJson: leadTimes ? JSON.stringify(leadTimes) : row.leadTimesJson,
        updatedAt: ctx.now()
      })
      .where(eq(deadlines.id, row.id))
      .returning()
      .get()
    if (leadTimes) {
      // Snoozes and dismissals of lead times no longer asked for would only linger.
      const kept = [...leadTimes, OVERDUE_LEAD]
      const stale = tx.select().from(reminderStates).where(eq(reminderStates.deadlineId, row.id)).all()
      const drop = stale.filter((s) => !kept.includes(s.leadDays)).map((s) => s.leadDays)
      if (drop.length > 0) {
        tx.delete(reminderStates)
          .where(and(eq(reminderStates.deadlineId, row.id), inArray(reminderStates.leadDays, drop)))
          .run()
      }
    }
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'deadline',
      entityId: row.id,
      matterId: row.matterId,
      before,
      after
    })
    touchMatter(ctx, tx, row.matterId)
    return toDeadlineRecord(updated, ctx.today())
  })
}

/** A manual due date: the computed one stays beside it, and the reason is required and audited. */
export function overrideDeadline(
  ctx: CoreContext,
  input: z.output<typeof DeadlineOverrideInput>
): DeadlineRecord {
  return ctx.db.transaction((tx) => {
    const row = deadlineRow(tx, input.id)
    // Setting the computed date again ends the override.
    const overrideReason = row.computedDue !== null && input.due === row.computedDue ? null : input.reason
    const updated = tx
      .update(deadlines)
      .set({ due: input.due, overrideReason, updatedAt: ctx.now() })
      .where(eq(deadlines.id, row.id))
      .returning()
      .get()
    if (input.due !== row.due) resetReminders(tx, row.id)
    writeAudit(ctx, tx, {
      action: 'override',
      entity: 'deadline',
      entityId: row.id,
      matterId: row.matterId,
      before: { due: row.due, computedDue: row.computedDue, overrideReason: row.overrideReason },
      after: { due: input.due, computedDue: row.computedDue, overrideReason, reason: input.reason }
    })
    touchMatter(ctx, tx, row.matterId)
    return toDeadlineRecord(updated, ctx.today())
  })
}

export function setDeadlineStatus(
  ctx: CoreContext,
  input: z.output<typeof DeadlineStatusInput>
): DeadlineRecord {
  return ctx.db.transaction((tx) => {
    const before = deadlineRow(tx, input.id)
    const doneOn = input.status === 'done' ? (input.doneOn ?? ctx.today()) : null
    const row = tx
      .update(deadlines)
      .set({ status: input.status, doneOn, updatedAt: ctx.now() })
      .where(eq(deadlines.id, input.id))
      .returning()
      .get()
    writeAudit(ctx, tx, {
      action: 'status',
      entity: 'deadline',
      entityId: input.id,
      matterId: before.matterId,
      before: { status: before.status, doneOn: before.doneOn },
      after: { status: input.status, doneOn }
    })
    touchMatter(ctx, tx, before.matterId)
    return toDeadlineRecord(row, ctx.today())
  })
}

export function removeDeadline(ctx: CoreContext, id: number): MatterDetail {
  return ctx.db.transaction((tx) => {
    const row = deadlineRow(tx, id)
    tx.delete(deadlines).where(eq(deadlines.id, id)).run()
    writeAudit(ctx, tx, {
      action: 'delete',
      entity: 'deadline',
      entityId: id,
      matterId: row.matterId,
      before: toDeadlineRecord(row, ctx.today())
    })
    touchMatter(ctx, tx, row.matterId)
    return getMatter(ctx, row.matterId, tx)
  })
}
