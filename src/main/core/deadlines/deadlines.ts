// Deadlines of a matter: add (by hand or from a named rule), edit, override, record what
// became of them, remove. Every change is one transaction with its audit row.
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
  DeadlineUpdateInput,
  Undoable
} from '../../../shared/contract'
import { isOverride, overrideReasonError } from '../../../shared/contract'
import {
  getRule,
  isDeadlineRuleId,
  RULES,
  withEnglishText,
  type DeadlineResult
} from '../../../shared/deadlines'
import type { MatterDetail, MatterKind } from '../../../shared/model'
import { inTransaction, writeAudit, type CoreContext, type DbOrTx, type Tx } from '../kernel/context'
import { touchMatter } from '../matters/touch'
import { assertAssignable, personExists } from '../people/people'
import { getMatter, matterExists } from '../matters/matters'
import {
  keepRemindersOf,
  reminderStates,
  resetReminders,
  restoreReminderStates,
  type ReminderState
} from '../calendar/reminder-states'
import {
  computeWithClosures,
  deadlineRow,
  engineOptions,
  loadClosures,
  normaliseLeadTimes,
  parseLeadTimes,
  toDeadlineRecord,
  type ClosureRow
} from './rules'
import { AppError, notFound } from '../kernel/errors'
import {
  deleteDeadlineRow,
  findDeadlineRow,
  insertDeadlineRow,
  reinsertDeadlineRow,
  updateDeadlineRow,
  type DeadlineRow
} from './repo'
import { rememberRemoval, undoConflict } from '../undo/removals'
import { matterJurisdiction } from '../matters/matters'
import { eventById } from '../timeline/events'

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
    {
      ruleId: input.ruleId,
      trigger: input.trigger,
      options: engineOptions(input.ruleId, input.options, null),
      closures: loadClosures(ctx.db)
    },
    { rule: 'ruleId', trigger: 'trigger' }
  )
}

function fieldError(field: string, code: string, params?: Record<string, string | number>): AppError {
  return new AppError('validation', { fields: { [field]: code }, params })
}

/** The trigger date: the event's (which must belong to the same matter) or the date typed in. */
function resolveTrigger(tx: DbOrTx, input: AddInput, prefix: string): string {
  if (input.triggerEventId == null) return input.triggerDate as string
  const event = eventById(tx, input.triggerEventId)
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
  const jurisdiction = matterJurisdiction(tx, input.matterId)
  if (jurisdiction === undefined) throw notFound('matter', input.matterId)
  let computed: DeadlineResult | null = null
  let triggerDate: string | null = null
  if (input.ruleId) {
    triggerDate = resolveTrigger(tx, input, prefix)
    const options = engineOptions(input.ruleId, input.options, jurisdiction)
    computed = computeWithClosures(
      { ruleId: input.ruleId, trigger: triggerDate, options, closures },
      { rule: 'ruleId', trigger: input.triggerEventId != null ? 'triggerEventId' : 'triggerDate', prefix }
    )
  }
  const due = input.due ?? computed?.due
  if (!due) throw fieldError(`${prefix}due`, 'required')
  // The one rule (src/shared/contract/deadlines.ts): another date than the computed one needs a reason.
  const reasonError = overrideReasonError(computed?.due, due, input.overrideReason)
  if (reasonError) throw fieldError(`${prefix}overrideReason`, reasonError, { computed: computed?.due ?? '' })
  const overridden = isOverride(computed?.due, due)
  assertAssignable(tx, `${prefix}responsiblePersonId`, input.responsiblePersonId, null)
  const at = ctx.now()
  const row = insertDeadlineRow(tx, {
    matterId: input.matterId,
    title: input.title,
    due,
    status: 'open',
    ruleId: input.ruleId ?? null,
    triggerDate,
    triggerEventId: input.ruleId ? (input.triggerEventId ?? null) : null,
    optionsJson: JSON.stringify(input.ruleId ? input.options : {}),
    stepsJson: JSON.stringify(withEnglishText(computed?.steps ?? [])),
    warningsJson: JSON.stringify(computed?.warningCodes ?? []),
    computedDue: computed?.due ?? null,
    overrideReason: overridden ? (input.overrideReason ?? null) : null,
    responsiblePersonId: input.responsiblePersonId ?? null,
    leadTimesJson: JSON.stringify(normaliseLeadTimes(input.leadTimes)),
    createdAt: at,
    updatedAt: at
  })
  const record = toDeadlineRecord(tx, row, ctx.today())
  writeAudit(ctx, tx, {
    action: 'create',
    entity: 'deadline',
    entityId: row.id,
    matterId: input.matterId,
    after: record
  })
  return record
}

/** Runs `work` in the caller's transaction when there is one, else in a new one. */
function inOuterOrOwn<T>(ctx: CoreContext, outer: Tx | undefined, work: (tx: Tx) => T): T {
  return outer ? work(outer) : inTransaction(ctx, work)
}

/**
 * The one way a deadline is saved. Other areas (intake logging a letter, the sample) pass their
 * own transaction so the deadline commits with what they write; the declared closure days apply
 * (a letter.asserted deadline with options { days, basis, from? } counts from its trigger event).
 * Field errors name this input's fields (due, overrideReason, triggerEventId, ...).
 */
export function addDeadline(ctx: CoreContext, input: AddInput, tx?: Tx): DeadlineRecord {
  return inOuterOrOwn(ctx, tx, (tx) => {
    const record = insertDeadline(ctx, tx, input, loadClosures(tx))
    touchMatter(ctx, tx, input.matterId)
    return record
  })
}

/** Accepted proposals (each possibly edited): all saved, or none. Field errors: 'deadlines.<i>.due'. */
export function addDeadlines(
  ctx: CoreContext,
  input: z.output<typeof DeadlineAddManyInput>,
  tx?: Tx
): DeadlineRecord[] {
  return inOuterOrOwn(ctx, tx, (tx) => {
    const closures = loadClosures(tx)
    const records = input.deadlines.map((d, i) => insertDeadline(ctx, tx, d, closures, `deadlines.${i}.`))
    for (const matterId of new Set(records.map((r) => r.matterId))) touchMatter(ctx, tx, matterId)
    return records
  })
}

export function getDeadline(ctx: CoreContext, id: number): DeadlineDetail {
  const row = deadlineRow(ctx.db, id)
  const m = getMatter(ctx, row.matterId).matter
  const event = row.triggerEventId ? eventById(ctx.db, row.triggerEventId) : undefined
  return {
    deadline: toDeadlineRecord(ctx.db, row, ctx.today()),
    matter: {
      id: m.id,
      reference: m.reference,
      title: m.title,
      kind: m.kind as MatterKind,
      jurisdiction: m.jurisdiction
    },
    triggerEvent: event ?? null,
    rule: row.ruleId && isDeadlineRuleId(row.ruleId) ? getRule(row.ruleId) : null,
    reminderStates: reminderStates(ctx.db, id)
  }
}

export function updateDeadline(
  ctx: CoreContext,
  input: z.output<typeof DeadlineUpdateInput>
): DeadlineRecord {
  return inTransaction(ctx, (tx) => {
    const row = deadlineRow(tx, input.id)
    const before: Record<string, unknown> = {}
    const after: Record<string, unknown> = {}
    if (input.title !== undefined && input.title !== row.title) {
      // Only a rule deadline can go without a title: the rule names it.
      if (!input.title && !row.ruleId) throw fieldError('title', 'required')
      before.title = row.title
      after.title = input.title
    }
    if (input.responsiblePersonId !== undefined && input.responsiblePersonId !== row.responsiblePersonId) {
      assertAssignable(tx, 'responsiblePersonId', input.responsiblePersonId, row.responsiblePersonId)
      before.responsiblePersonId = row.responsiblePersonId
      after.responsiblePersonId = input.responsiblePersonId
    }
    const leadTimes = input.leadTimes && normaliseLeadTimes(input.leadTimes)
    if (leadTimes && JSON.stringify(leadTimes) !== row.leadTimesJson) {
      before.leadTimes = parseLeadTimes(row.leadTimesJson)
      after.leadTimes = leadTimes
    }
    if (Object.keys(after).length === 0) return toDeadlineRecord(tx, row, ctx.today())
    const updated = updateDeadlineRow(tx, row.id, {
      title: (after.title as string | undefined) ?? row.title,
      responsiblePersonId:
        'responsiblePersonId' in after
          ? (after.responsiblePersonId as number | null)
          : row.responsiblePersonId,
      leadTimesJson: leadTimes ? JSON.stringify(leadTimes) : row.leadTimesJson,
      updatedAt: ctx.now()
    })
    // Snoozes and dismissals of lead times no longer asked for would only linger.
    if (leadTimes) keepRemindersOf(tx, row.id, leadTimes)
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'deadline',
      entityId: row.id,
      matterId: row.matterId,
      before,
      after
    })
    touchMatter(ctx, tx, row.matterId)
    return toDeadlineRecord(tx, updated, ctx.today())
  })
}

/** A manual due date: the computed one stays beside it, and the reason is required and audited. */
export function overrideDeadline(
  ctx: CoreContext,
  input: z.output<typeof DeadlineOverrideInput>
): DeadlineRecord {
  return inTransaction(ctx, (tx) => {
    const row = deadlineRow(tx, input.id)
    // Setting the computed date again ends the override.
    const overrideReason = row.computedDue !== null && input.due === row.computedDue ? null : input.reason
    const updated = updateDeadlineRow(tx, row.id, { due: input.due, overrideReason, updatedAt: ctx.now() })
    if (input.due !== row.due) resetReminders(tx, [row.id])
    writeAudit(ctx, tx, {
      action: 'override',
      entity: 'deadline',
      entityId: row.id,
      matterId: row.matterId,
      before: { due: row.due, computedDue: row.computedDue, overrideReason: row.overrideReason },
      after: { due: input.due, computedDue: row.computedDue, overrideReason, reason: input.reason }
    })
    touchMatter(ctx, tx, row.matterId)
    return toDeadlineRecord(tx, updated, ctx.today())
  })
}

export function setDeadlineStatus(
  ctx: CoreContext,
  input: z.output<typeof DeadlineStatusInput>
): DeadlineRecord {
  return inTransaction(ctx, (tx) => {
    const before = deadlineRow(tx, input.id)
    const doneOn = input.status === 'done' ? (input.doneOn ?? ctx.today()) : null
    const row = updateDeadlineRow(tx, input.id, { status: input.status, doneOn, updatedAt: ctx.now() })
    writeAudit(ctx, tx, {
      action: 'status',
      entity: 'deadline',
      entityId: input.id,
      matterId: before.matterId,
      before: { status: before.status, doneOn: before.doneOn },
      after: { status: input.status, doneOn }
    })
    touchMatter(ctx, tx, before.matterId)
    return toDeadlineRecord(tx, row, ctx.today())
  })
}

/** A removed deadline: its row (due date, rule, steps, status, trigger) and its snoozes and dismissals. */
export interface RemovedDeadline {
  row: DeadlineRow
  reminders: ReminderState[]
}

export function removeDeadline(ctx: CoreContext, id: number): MatterDetail & Undoable {
  const { detail, removed } = inTransaction(ctx, (tx) => {
    const row = deadlineRow(tx, id)
    const removed: RemovedDeadline = { row, reminders: reminderStates(tx, id) }
    deleteDeadlineRow(tx, id)
    writeAudit(ctx, tx, {
      action: 'delete',
      entity: 'deadline',
      entityId: id,
      matterId: row.matterId,
      before: toDeadlineRecord(tx, row, ctx.today())
    })
    touchMatter(ctx, tx, row.matterId)
    return { detail: getMatter(ctx, row.matterId, tx), removed }
  })
  const undoToken = rememberRemoval(ctx, {
    kind: 'deadline',
    matterId: removed.row.matterId,
    snapshot: removed
  })
  return { ...detail, undoToken }
}

/**
 * Puts a removed deadline back with its id (reminders and audit rows name it), its dates, steps
 * and status, inside the caller's transaction. Refused when the event it counts from or its
 * responsible person is gone: it would no longer be the deadline that was removed.
 */
export function restoreDeadline(ctx: CoreContext, tx: Tx, removed: RemovedDeadline): void {
  const { row } = removed
  if (findDeadlineRow(tx, row.id)) throw new AppError('undo_already_restored')
  if (!matterExists(tx, row.matterId)) throw undoConflict('matter_gone')
  if (row.triggerEventId !== null && !eventById(tx, row.triggerEventId)) throw undoConflict('event_gone')
  if (row.responsiblePersonId !== null && !personExists(tx, row.responsiblePersonId))
    throw undoConflict('person_gone')
  reinsertDeadlineRow(tx, row)
  restoreReminderStates(tx, row.id, removed.reminders)
  writeAudit(ctx, tx, {
    action: 'restore',
    entity: 'deadline',
    entityId: row.id,
    matterId: row.matterId,
    after: toDeadlineRecord(tx, row, ctx.today())
  })
  touchMatter(ctx, tx, row.matterId)
}
