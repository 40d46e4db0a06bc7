// Matters: create by hand, edit, change status, read one whole (letters: warning-letter.ts).
import { eq, like, sql } from 'drizzle-orm'
import type { z } from 'zod'
import type { MatterCreateInput, MatterUpdateInput } from '../../../shared/contract'
import {
  referenceCode,
  type IpRightType,
  type MatterDetail,
  type MatterKind,
  type MatterStatus
} from '../../../shared/model'
import { writeAudit, type CoreContext, type DbOrTx, type Tx } from '../kernel/context'
import { touchMatter } from './touch'
import { accusedProducts, ipRights, matters, parties, timelineEvents } from '../db/schema'
import { syncLetterEvents } from '../timeline/event-dates'
import { AppError, notFound } from '../kernel/errors'
import { toDeadline, toDocument, toIpRight, toMatter, toParty, toProduct } from '../db/mappers'
import { matterQueries } from './page-queries'
import { refreshSearchText } from './search-text'

export type CreateInput = z.output<typeof MatterCreateInput>
type UpdateInput = z.output<typeof MatterUpdateInput>

/** Inside a transaction too: the prepared reads share its connection, so they see its writes. */
export function getMatter(ctx: CoreContext, id: number, _tx?: DbOrTx): MatterDetail {
  const q = matterQueries(ctx.db)
  const m = q.matter.get({ id })
  if (!m) throw notFound('matter', id)
  return {
    matter: toMatter(m),
    parties: q.parties.all({ id }).map(toParty),
    ipRights: q.ipRights.all({ id }).map(toIpRight),
    products: q.products.all({ id }).map(toProduct),
    deadlines: q.deadlines.all({ id }).map(toDeadline),
    documents: q.documents.all({ id }).map(toDocument)
  }
}

/** Next free reference for the year and code: 2026-PAT-007. */
export function suggestReference(
  ctx: CoreContext,
  kind: MatterKind,
  firstRight?: IpRightType,
  tx: DbOrTx = ctx.db
): string {
  const prefix = `${ctx.today().slice(0, 4)}-${referenceCode(kind, firstRight)}-`
  const rows = tx
    .select({ reference: matters.reference })
    .from(matters)
    .where(like(matters.reference, `${prefix}%`))
    .all()
  let max = 0
  for (const { reference } of rows) {
    const n = Number(reference.slice(prefix.length))
    if (Number.isInteger(n) && n > max) max = n
  }
  return `${prefix}${String(max + 1).padStart(3, '0')}`
}

function assertReferenceFree(tx: DbOrTx, reference: string, exceptId?: number): void {
  const clash = tx
    .select({ id: matters.id })
    .from(matters)
    .where(sql`${matters.reference} = ${reference} COLLATE NOCASE`)
    .get()
  if (clash && clash.id !== exceptId) {
    throw new AppError('validation', {
      fields: { reference: 'duplicate_reference' },
      params: { reference }
    })
  }
}

type MatterRow = typeof matters.$inferInsert

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
>

/** The matter row from what was entered; jurisdiction and marketplace default to the first right's and product's. */
export function matterValues(
  input: MatterFields,
  fixed: Pick<MatterRow, 'reference' | 'kind' | 'status' | 'notes'>
): Omit<MatterRow, 'id'> {
  return {
    ...fixed,
    title: input.title,
    rightsHolder: input.rightsHolder,
    jurisdiction: input.jurisdiction ?? input.ipRights[0]?.jurisdiction ?? null,
    marketplace: input.marketplace ?? input.products[0]?.marketplace ?? null,
    letterDate: input.letterDate,
    receivedDate: input.receivedDate,
    senderReference: input.senderReference,
    demands: input.demands
  }
}

export function insertMatter(ctx: CoreContext, tx: Tx, values: Omit<MatterRow, 'id'>): number {
  assertReferenceFree(tx, values.reference)
  const at = ctx.now()
  const row = tx
    .insert(matters)
    .values({ ...values, createdAt: at, updatedAt: at, lastActivityAt: at })
    .returning()
    .get()
  writeAudit(ctx, tx, {
    action: 'create',
    entity: 'matter',
    entityId: row.id,
    matterId: row.id,
    after: values
  })
  return row.id
}

export function insertChildren(
  ctx: CoreContext,
  tx: Tx,
  matterId: number,
  input: Pick<CreateInput, 'parties' | 'ipRights' | 'products'>
): void {
  for (const p of input.parties) {
    const row = tx
      .insert(parties)
      .values({ ...p, matterId })
      .returning()
      .get()
    writeAudit(ctx, tx, { action: 'create', entity: 'party', entityId: row.id, matterId, after: p })
  }
  for (const r of input.ipRights) {
    const row = tx
      .insert(ipRights)
      .values({ ...r, matterId })
      .returning()
      .get()
    writeAudit(ctx, tx, { action: 'create', entity: 'ip_right', entityId: row.id, matterId, after: r })
  }
  for (const p of input.products) {
    const row = tx
      .insert(accusedProducts)
      .values({ ...p, matterId })
      .returning()
      .get()
    writeAudit(ctx, tx, { action: 'create', entity: 'accused_product', entityId: row.id, matterId, after: p })
  }
}

export function addEventRow(
  ctx: CoreContext,
  tx: Tx,
  values: Omit<typeof timelineEvents.$inferInsert, 'id' | 'createdAt'>
): number {
  const row = tx
    .insert(timelineEvents)
    .values({ ...values, createdAt: ctx.now() })
    .returning()
    .get()
  writeAudit(ctx, tx, {
    action: 'create',
    entity: 'timeline_event',
    entityId: row.id,
    matterId: values.matterId,
    after: values
  })
  return row.id
}

export function createMatter(ctx: CoreContext, input: CreateInput): MatterDetail {
  return ctx.db.transaction((tx) => {
    const reference = input.reference ?? suggestReference(ctx, input.kind, input.ipRights[0]?.type, tx)
    const id = insertMatter(
      ctx,
      tx,
      matterValues(input, { reference, kind: input.kind, status: input.status, notes: input.notes })
    )
    insertChildren(ctx, tx, id, input)
    refreshSearchText(tx, id)
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
  'notes'
] as const

export function updateMatter(ctx: CoreContext, input: UpdateInput): MatterDetail {
  return ctx.db.transaction((tx) => {
    const current = tx.select().from(matters).where(eq(matters.id, input.id)).get()
    if (!current) throw notFound('matter', input.id)
    const before: Record<string, unknown> = {}
    const after: Record<string, unknown> = {}
    for (const key of EDITABLE) {
      const value = input[key]
      if (value === undefined || value === current[key]) continue
      before[key] = current[key]
      after[key] = value
    }
    if (Object.keys(after).length === 0) return getMatter(ctx, input.id)
    const letterDate = (after.letterDate ?? current.letterDate) as string | null
    const receivedDate = (after.receivedDate ?? current.receivedDate) as string | null
    if (letterDate && receivedDate && receivedDate < letterDate) {
      throw new AppError('validation', { fields: { receivedDate: 'received_before_letter' } })
    }
    if (typeof after.reference === 'string') assertReferenceFree(tx, after.reference, input.id)
    tx.update(matters).set(after).where(eq(matters.id, input.id)).run()
    // A corrected letter or received date moves its timeline event and the deadlines it triggers.
    syncLetterEvents(ctx, tx, input.id, after)
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
    return getMatter(ctx, input.id)
  })
}

export function setMatterStatus(
  ctx: CoreContext,
  input: { id: number; status: MatterStatus; note: string | null }
): MatterDetail {
  return ctx.db.transaction((tx) => {
    const current = tx.select().from(matters).where(eq(matters.id, input.id)).get()
    if (!current) throw notFound('matter', input.id)
    if (current.status === input.status) return getMatter(ctx, input.id)
    tx.update(matters).set({ status: input.status }).where(eq(matters.id, input.id)).run()
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

export function matterExists(tx: DbOrTx, id: number): boolean {
  return !!tx.select({ id: matters.id }).from(matters).where(eq(matters.id, id)).get()
}
