// Deadlines of a matter: add (by hand or from a named rule), and record what became of them.
import { eq } from 'drizzle-orm'
import type { z } from 'zod'
import type { DeadlineInput, DeadlineStatusInput } from '../../shared/contract'
import {
  computeDeadline,
  DeadlineError,
  type DeadlineOptions,
  type DeadlineRuleId
} from '../../shared/deadlines'
import type { Deadline } from '../../shared/model'
import { touchMatter, writeAudit, type CoreContext } from './context'
import { deadlines } from './db/schema'
import { AppError, notFound } from './errors'
import { toDeadline } from './mappers'
import { matterExists } from './matters'

export function addDeadline(ctx: CoreContext, input: z.output<typeof DeadlineInput>): Deadline {
  let computed: ReturnType<typeof computeDeadline> | null = null
  if (input.ruleId) {
    if (!input.triggerDate) {
      throw new AppError('validation', { fields: { triggerDate: 'required' } })
    }
    try {
      computed = computeDeadline({
        rule: input.ruleId as DeadlineRuleId,
        trigger: input.triggerDate,
        options: input.options as DeadlineOptions
      })
    } catch (error) {
      if (error instanceof DeadlineError) {
        throw new AppError('validation', { fields: { ruleId: `deadline_${error.code}` }, detail: error.message })
      }
      throw error
    }
    if (computed.due !== input.due && !input.overrideReason) {
      throw new AppError('validation', {
        fields: { overrideReason: 'override_reason_required' },
        params: { computed: computed.due }
      })
    }
  }
  return ctx.db.transaction((tx) => {
    if (!matterExists(tx, input.matterId)) throw notFound('matter', input.matterId)
    const at = ctx.now()
    const row = tx
      .insert(deadlines)
      .values({
        matterId: input.matterId,
        title: input.title,
        due: input.due,
        status: 'open',
        ruleId: input.ruleId,
        triggerDate: input.triggerDate,
        optionsJson: JSON.stringify(input.options),
        stepsJson: JSON.stringify(computed?.steps ?? []),
        warningsJson: JSON.stringify(computed?.warnings ?? []),
        computedDue: computed?.due ?? null,
        overrideReason: computed && computed.due !== input.due ? input.overrideReason : null,
        assignee: input.assignee,
        createdAt: at,
        updatedAt: at
      })
      .returning()
      .get()
    const deadline = toDeadline(row)
    writeAudit(ctx, tx, { action: 'create', entity: 'deadline', entityId: row.id, matterId: input.matterId, after: deadline })
    touchMatter(ctx, tx, input.matterId)
    return deadline
  })
}

export function setDeadlineStatus(ctx: CoreContext, input: z.output<typeof DeadlineStatusInput>): Deadline {
  return ctx.db.transaction((tx) => {
    const before = tx.select().from(deadlines).where(eq(deadlines.id, input.id)).get()
    if (!before) throw notFound('deadline', input.id)
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
    return toDeadline(row)
  })
}
