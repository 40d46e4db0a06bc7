// A Schedule A lawsuit's defendants: list (paged, our stores first filter, frozen totals), add,
// edit, remove. Every change is one transaction with its audit row; service dates on our stores
// keep their answer deadlines (answer.ts).
import type { z } from 'zod'
import {
  defendantError,
  defendantStatus,
  type Defendant,
  type DefendantInput,
  type DefendantListQuery,
  type DefendantPage,
  type DefendantUpdateInput
} from '../../../shared/contract/lawsuits'
import type { Deadline } from '../../../shared/model'
import { getDocument } from '../documents/documents'
import { inTransaction, writeAudit, type CoreContext, type DbOrTx, type Tx } from '../kernel/context'
import { AppError, fieldError, notFound } from '../kernel/errors'
import { matterHeads } from '../matters/matters'
import { touchMatter } from '../matters/touch'
import { answerDeadlinesOf, syncAnswerDeadline, type AnswerReview } from './answer'
import {
  defendantCounts,
  defendantIdByDoe,
  defendantRows,
  deleteDefendantRow,
  frozenTotalRows,
  getDefendantRow,
  insertDefendantRow,
  updateDefendantRow,
  type DefendantChanges,
  type DefendantRow,
  type NewDefendantRow
} from './repo'

type AddInput = z.output<typeof DefendantInput>
type UpdateInput = z.output<typeof DefendantUpdateInput>

export function toDefendant(row: DefendantRow, answer: Deadline | undefined): Defendant {
  const { createdAt: _c, updatedAt: _u, ...fields } = row
  return {
    ...fields,
    status: defendantStatus(row),
    answerDeadline: answer ? { id: answer.id, due: answer.due, status: answer.status } : null
  }
}

/** Defendants belong to lawsuits; another kind of matter is refused. */
export function assertLawsuit(tx: DbOrTx, matterId: number): void {
  const [head] = matterHeads(tx, [matterId])
  if (!head) throw notFound('matter', matterId)
  if (head.kind !== 'lawsuit') throw new AppError('validation', { fields: { matterId: 'not_a_lawsuit' } })
}

function assertDoeFree(tx: DbOrTx, matterId: number, doe: number, exceptId?: number): void {
  const clash = defendantIdByDoe(tx, matterId, doe)
  if (clash !== undefined && clash !== exceptId) {
    throw new AppError('validation', { fields: { doe: 'duplicate_doe' }, params: { doe } })
  }
}

/** The freeze notice is one of the matter's own documents. */
function assertNotice(
  ctx: CoreContext,
  tx: DbOrTx,
  matterId: number,
  documentId: number | null | undefined
): void {
  if (documentId == null) return
  let matterOfDocument: number
  try {
    matterOfDocument = getDocument(ctx, documentId, tx).matterId
  } catch {
    throw fieldError('freezeNoticeDocumentId', 'document_not_found')
  }
  if (matterOfDocument !== matterId) throw fieldError('freezeNoticeDocumentId', 'document_not_in_matter')
}

/** The contract's fields as the row keeps them (amounts typed as text arrive as cents). */
function rowValues(input: Partial<Omit<AddInput, 'matterId'>>): DefendantChanges {
  const { frozenAmount, settlementAmount, ...rest } = input
  const values: DefendantChanges = { ...rest }
  if (frozenAmount !== undefined) values.frozenAmountCents = frozenAmount
  if (settlementAmount !== undefined) values.settlementAmountCents = settlementAmount
  return values
}

export function listDefendants(ctx: CoreContext, query: z.output<typeof DefendantListQuery>): DefendantPage {
  assertLawsuit(ctx.db, query.matterId)
  const { total, rows } = defendantRows(ctx.db, query)
  const answers = answerDeadlinesOf(ctx, query.matterId)
  return {
    total,
    offset: query.offset,
    rows: rows.map((r) => toDefendant(r, answers.get(r.id))),
    ...defendantCounts(ctx.db, query.matterId),
    frozen: frozenTotalRows(ctx.db, query.matterId, false),
    frozenOurs: frozenTotalRows(ctx.db, query.matterId, true)
  }
}

function answerOf(ctx: CoreContext, row: DefendantRow): Deadline | undefined {
  return answerDeadlinesOf(ctx, row.matterId).get(row.id)
}

/** Writes a new defendant in the caller's transaction (the Schedule A import adds many). */
export function insertDefendant(ctx: CoreContext, tx: Tx, values: NewDefendantRow): DefendantRow {
  assertDoeFree(tx, values.matterId, values.doe)
  const row = insertDefendantRow(tx, values, ctx.now())
  writeAudit(ctx, tx, {
    action: 'create',
    entity: 'schedule_a_defendant',
    entityId: row.id,
    matterId: row.matterId,
    after: values
  })
  return row
}

export function addDefendant(ctx: CoreContext, input: AddInput): Defendant & AnswerReview {
  return inTransaction(ctx, (tx) => {
    assertLawsuit(tx, input.matterId)
    assertNotice(ctx, tx, input.matterId, input.freezeNoticeDocumentId)
    const row = insertDefendant(ctx, tx, { ...rowValues(input), matterId: input.matterId } as NewDefendantRow)
    const review = syncAnswerDeadline(ctx, tx, row)
    touchMatter(ctx, tx, row.matterId)
    return { ...toDefendant(row, answerOf(ctx, row)), ...review }
  })
}

/** Edits a defendant; a corrected service date on our store moves its answer deadline. */
export function updateDefendant(ctx: CoreContext, input: UpdateInput): Defendant & AnswerReview {
  return inTransaction(ctx, (tx) => {
    const current = getDefendantRow(tx, input.id)
    if (!current) throw notFound('schedule_a_defendant', input.id)
    const { id: _id, ...fields } = input
    const given = rowValues(fields) as Record<string, unknown>
    const before: Record<string, unknown> = {}
    const after: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(given)) {
      const was = (current as Record<string, unknown>)[key]
      if (value === undefined || value === was) continue
      before[key] = was
      after[key] = value
    }
    if (Object.keys(after).length === 0)
      return { ...toDefendant(current, answerOf(ctx, current)), moved: [], notMoved: [] }
    const merged = { ...current, ...after } as DefendantRow
    // The one rule (contract), on the row as it will be: a currency cleared under its amount is refused.
    const refused = defendantError({
      ...merged,
      frozenAmount: merged.frozenAmountCents,
      settlementAmount: merged.settlementAmountCents
    })
    if (refused) throw fieldError(refused.field, refused.code)
    if (typeof after.doe === 'number') assertDoeFree(tx, current.matterId, after.doe, current.id)
    if ('freezeNoticeDocumentId' in after)
      assertNotice(ctx, tx, current.matterId, after.freezeNoticeDocumentId as number | null)
    const row = updateDefendantRow(tx, current.id, after as DefendantChanges, ctx.now())
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'schedule_a_defendant',
      entityId: row.id,
      matterId: row.matterId,
      before,
      after
    })
    const review = syncAnswerDeadline(ctx, tx, row)
    touchMatter(ctx, tx, row.matterId)
    return { ...toDefendant(row, answerOf(ctx, row)), ...review }
  })
}

/**
 * Removes a defendant named by mistake. Its answer deadline and service event stay on the
 * matter's record (counsel closes or removes them there).
 */
export function removeDefendant(ctx: CoreContext, id: number): { removed: number } {
  return inTransaction(ctx, (tx) => {
    const current = getDefendantRow(tx, id)
    if (!current) throw notFound('schedule_a_defendant', id)
    deleteDefendantRow(tx, id)
    writeAudit(ctx, tx, {
      action: 'delete',
      entity: 'schedule_a_defendant',
      entityId: id,
      matterId: current.matterId,
      before: current
    })
    touchMatter(ctx, tx, current.matterId)
    return { removed: id }
  })
}
