// Matters: create by hand, edit, change status, read one whole (letters: intake/warning-letter.ts).
import type { z } from 'zod'
import {
  CASE_FIELDS,
  type MatterCreateInput,
  type MatterUpdateInput,
  type MatterUpdateResult,
  type ReferenceHolder
} from '../../../shared/contract'
import {
  referenceCode,
  type IpRightType,
  type MatterDetail,
  type MatterKind,
  type MatterStatus
} from '../../../shared/model'
import { inTransaction, writeAudit, type CoreContext, type DbOrTx, type Tx } from '../kernel/context'
import { assertAssignable } from '../people/people'
import { touchMatter } from './touch'
import { redateLetterEvents } from '../timeline/event-dates'
import { addEventRow } from '../timeline/events'
import { AppError, notFound } from '../kernel/errors'
import { assertLetterDates } from './letter-dates'
import {
  getMatterRow,
  insertMatterRow,
  insertPartRow,
  matterHeadRows,
  loadMatterDeadlinesAndDocuments,
  loadMatterDetail,
  matterIdByReferenceNoCase,
  matterRowExists,
  referencesStartingWith,
  updateMatterRow,
  type EditableMatterFields,
  type NewMatterRow
} from './repo'
import { refreshSearchText } from './search-text'
import { accusedProductsOf, linkTypedProduct } from '../catalogue/links'
import { assertRight, rightsOfMatter } from '../rights/rights'

export type CreateInput = z.output<typeof MatterCreateInput>
type UpdateInput = z.output<typeof MatterUpdateInput>

/**
 * Inside a transaction too: the reads are prepared on the connection the transaction runs on,
 * so they see its writes. `_tx` is accepted for callers that pass theirs.
 */
export function getMatter(ctx: CoreContext, id: number, _tx?: DbOrTx): MatterDetail {
  const detail = loadMatterDetail(ctx.db, id)
  if (!detail) throw notFound('matter', id)
  return { ...detail, ipRights: rightsOfMatter(ctx.db, id), products: accusedProductsOf(ctx.db, id) }
}

/** A matter's deadlines and documents, as its page lists them (the timeline merges them in). */
export function matterDeadlinesAndDocuments(
  ctx: CoreContext,
  id: number
): Pick<MatterDetail, 'deadlines' | 'documents'> {
  return loadMatterDeadlinesAndDocuments(ctx.db, id)
}

/** The matter's jurisdiction (deadline rules need it); undefined when there is no such matter. */
export function matterJurisdiction(tx: DbOrTx, id: number): string | null | undefined {
  const row = getMatterRow(tx, id)
  return row ? row.jurisdiction : undefined
}

export interface MatterHead {
  id: number
  kind: MatterKind
  reference: string
  title: string
  status: MatterStatus
  letterDate: string | null
  receivedDate: string | null
}

/** The few fields other areas show of a matter, for these matters or all. */
export function matterHeads(tx: DbOrTx, ids?: readonly number[]): MatterHead[] {
  if (ids && ids.length === 0) return []
  return matterHeadRows(tx, ids).map((m) => ({
    ...m,
    kind: m.kind as MatterKind,
    status: m.status as MatterStatus
  }))
}

export function matterExists(tx: DbOrTx, id: number): boolean {
  return matterRowExists(tx, id)
}

/** Next free reference for the year and code: 2026-PAT-007. */
export function suggestReference(
  ctx: CoreContext,
  kind: MatterKind,
  firstRight?: IpRightType,
  tx: DbOrTx = ctx.db
): string {
  const prefix = `${ctx.today().slice(0, 4)}-${referenceCode(kind, firstRight)}-`
  let max = 0
  for (const reference of referencesStartingWith(tx, prefix)) {
    const n = Number(reference.slice(prefix.length))
    if (Number.isInteger(n) && n > max) max = n
  }
  return `${prefix}${String(max + 1).padStart(3, '0')}`
}

/** The matter other than exceptId holding this reference in any letter case, or null. */
export function referenceHolder(tx: DbOrTx, reference: string, exceptId?: number): ReferenceHolder | null {
  const holderId = matterIdByReferenceNoCase(tx, reference)
  if (holderId === undefined || holderId === exceptId) return null
  const [head] = matterHeads(tx, [holderId])
  return head ? { id: head.id, reference: head.reference, title: head.title } : null
}

function assertReferenceFree(tx: DbOrTx, reference: string, exceptId?: number): void {
  const holder = referenceHolder(tx, reference, exceptId)
  if (holder) {
    // The holder goes with the refusal, so the form names it as its own check would.
    throw new AppError('validation', {
      fields: { reference: 'duplicate_reference' },
      params: { reference, holderId: holder.id, holderReference: holder.reference, holderTitle: holder.title }
    })
  }
}

type MatterFields = Pick<
  CreateInput,
  | 'title'
  | 'rightsHolder'
  | 'jurisdiction'
  | 'marketplace'
  | 'letterDate'
  | 'receivedDate'
  | 'senderReference'
  | 'demands'
  | 'ipRights'
  | 'products'
> &
  Partial<Pick<CreateInput, CaseField | 'responsiblePersonId'>>

type CaseField = (typeof CASE_FIELDS)[number]

/** The lawsuit's case fields as the row keeps them (null where not given). */
function caseValues(input: Partial<Pick<CreateInput, CaseField>>): Pick<NewMatterRow, CaseField> {
  const values: Pick<NewMatterRow, CaseField> = {}
  for (const key of CASE_FIELDS) values[key] = input[key] ?? null
  return values
}

/** The matter row from what was entered; jurisdiction and marketplace default to the first right's and product's. */
export function matterValues(
  input: MatterFields,
  fixed: Pick<NewMatterRow, 'reference' | 'kind' | 'status' | 'notes'>
): NewMatterRow {
  return {
    ...fixed,
    title: input.title,
    rightsHolder: input.rightsHolder,
    jurisdiction: input.jurisdiction ?? input.ipRights[0]?.jurisdiction ?? null,
    marketplace: input.marketplace ?? input.products[0]?.marketplace ?? null,
    letterDate: input.letterDate,
    receivedDate: input.receivedDate,
    senderReference: input.senderReference,
    demands: input.demands,
    responsiblePersonId: input.responsiblePersonId ?? null,
    ...caseValues(input)
  }
}

function insertMatter(ctx: CoreContext, tx: Tx, values: NewMatterRow): number {
  assertReferenceFree(tx, values.reference)
  assertAssignable(tx, 'responsiblePersonId', values.responsiblePersonId, null)
  const id = insertMatterRow(tx, values, ctx.now())
  writeAudit(ctx, tx, { action: 'create', entity: 'matter', entityId: id, matterId: id, after: values })
  return id
}

function insertChildren(
  ctx: CoreContext,
  tx: Tx,
  matterId: number,
  input: Pick<CreateInput, 'parties' | 'ipRights' | 'products'>
): void {
  for (const p of input.parties) {
    const id = insertPartRow(tx, 'party', { ...p, matterId })
    writeAudit(ctx, tx, { action: 'create', entity: 'party', entityId: id, matterId, after: p })
  }
  for (const r of input.ipRights) assertRight(ctx, tx, matterId, r)
  for (const p of input.products) linkTypedProduct(ctx, tx, matterId, p)
}

export interface NewMatter {
  /** Suggested for the kind and first right when not given. */
  reference?: string
  kind: MatterKind
  status: MatterStatus
  notes: NewMatterRow['notes']
  fields: MatterFields
  parts: Pick<CreateInput, 'parties' | 'ipRights' | 'products'>
}

/**
 * Writes a matter with its parties, rights and products inside the caller's transaction, each
 * audited, and indexes it for search. Intake logs its letters through here.
 */
export function insertNewMatter(ctx: CoreContext, tx: Tx, input: NewMatter): number {
  const reference = input.reference ?? suggestReference(ctx, input.kind, input.parts.ipRights[0]?.type, tx)
  const id = insertMatter(
    ctx,
    tx,
    matterValues(input.fields, { reference, kind: input.kind, status: input.status, notes: input.notes })
  )
  insertChildren(ctx, tx, id, input.parts)
  refreshSearchText(tx, id)
  return id
}

export function createMatter(ctx: CoreContext, input: CreateInput): MatterDetail {
  return inTransaction(ctx, (tx) => {
    const id = insertNewMatter(ctx, tx, {
      reference: input.reference,
      kind: input.kind,
      status: input.status,
      notes: input.notes,
      fields: input,
      parts: input
    })
    touchMatter(ctx, tx, id)
    return getMatter(ctx, id)
  })
}

const EDITABLE = [
  'reference',
  'title',
  'rightsHolder',
  'jurisdiction',
  'marketplace',
  'letterDate',
  'receivedDate',
  'senderReference',
  'demands',
  'notes',
  'responsiblePersonId',
  ...CASE_FIELDS
] as const

/** Edits the matter's fields; a corrected letter or received date also answers what it moved. */
export function updateMatter(ctx: CoreContext, input: UpdateInput): MatterUpdateResult {
  return inTransaction(ctx, (tx) => {
    const current = getMatterRow(tx, input.id)
    if (!current) throw notFound('matter', input.id)
    const before: Record<string, unknown> = {}
    const after: Record<string, unknown> = {}
    for (const key of EDITABLE) {
      const value = input[key]
      if (value === undefined || value === current[key]) continue
      before[key] = current[key]
      after[key] = value
    }
    if (Object.keys(after).length === 0) return { ...getMatter(ctx, input.id), moved: [], notMoved: [] }
    const changed = after as EditableMatterFields
    assertLetterDates(
      {
        letterDate: changed.letterDate ?? current.letterDate,
        receivedDate: changed.receivedDate ?? current.receivedDate
      },
      'receivedDate'
    )
    if (typeof changed.reference === 'string') assertReferenceFree(tx, changed.reference, input.id)
    assertAssignable(tx, 'responsiblePersonId', changed.responsiblePersonId, current.responsiblePersonId)
    updateMatterRow(tx, input.id, changed)
    // A corrected letter or received date moves its timeline event and the deadlines it triggers.
    const review = redateLetterEvents(ctx, tx, input.id, changed)
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'matter',
      entityId: input.id,
      matterId: input.id,
      before,
      after
    })
    refreshSearchText(tx, input.id)
    touchMatter(ctx, tx, input.id)
    return { ...getMatter(ctx, input.id), ...review }
  })
}

export function setMatterStatus(
  ctx: CoreContext,
  input: { id: number; status: MatterStatus; note: string | null }
): MatterDetail {
  return inTransaction(ctx, (tx) => {
    const current = getMatterRow(tx, input.id)
    if (!current) throw notFound('matter', input.id)
    if (current.status === input.status) return getMatter(ctx, input.id)
    updateMatterRow(tx, input.id, { status: input.status })
    writeAudit(ctx, tx, {
      action: 'status',
      entity: 'matter',
      entityId: input.id,
      matterId: input.id,
      before: { status: current.status },
      after: { status: input.status }
    })
    addEventRow(ctx, tx, {
      matterId: input.id,
      type: 'status_changed',
      date: ctx.today(),
      title: '',
      details: input.note,
      fromStatus: current.status,
      toStatus: input.status
    })
    touchMatter(ctx, tx, input.id)
    return getMatter(ctx, input.id)
  })
}
