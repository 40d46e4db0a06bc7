// Matters: create by hand, log a warning letter, edit, change status, read one whole.
import { eq, like, sql } from 'drizzle-orm'
import type { z } from 'zod'
import type { MatterCreateInput, MatterUpdateInput, WarningLetterInput } from '../../shared/contract'
import { computeDeadline, DeadlineError } from '../../shared/deadlines'
import {
  JURISDICTIONS,
  referenceCode,
  type IpRightType,
  type MatterDetail,
  type MatterKind,
  type MatterStatus
} from '../../shared/model'
import { touchMatter, writeAudit, type CoreContext, type DbOrTx, type Tx } from './context'
import {
  accusedProducts,
  blobs,
  deadlines,
  documents,
  ipRights,
  matters,
  parties,
  timelineEvents
} from './db/schema'
import { recordCustody } from './custody'
import { syncLetterEvents } from './event-dates'
import { AppError, notFound } from './errors'
import { toDeadline, toDocument, toIpRight, toMatter, toParty, toProduct } from './mappers'
import { matterQueries } from './matter-queries'
import { refreshSearchText } from './search-text'

type CreateInput = z.output<typeof MatterCreateInput>
type LetterInput = z.output<typeof WarningLetterInput>
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

function insertMatter(ctx: CoreContext, tx: Tx, values: Omit<MatterRow, 'id'>): number {
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

function insertChildren(
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
    const id = insertMatter(ctx, tx, {
      reference,
      title: input.title,
      kind: input.kind,
      status: input.status,
      rightsHolder: input.rightsHolder,
      jurisdiction: input.jurisdiction ?? input.ipRights[0]?.jurisdiction ?? null,
      marketplace: input.marketplace ?? input.products[0]?.marketplace ?? null,
      letterDate: input.letterDate,
      receivedDate: input.receivedDate,
      senderReference: input.senderReference,
      demands: input.demands,
      notes: input.notes
    })
    insertChildren(ctx, tx, id, input)
    refreshSearchText(tx, id)
    touchMatter(ctx, tx, id)
    return getMatter(ctx, id)
  })
}

export function logWarningLetter(ctx: CoreContext, input: LetterInput): MatterDetail {
  const response = input.responseDeadline
  let computed: ReturnType<typeof computeDeadline> | null = null
  const stated = input.jurisdiction ?? input.ipRights[0]?.jurisdiction ?? 'US'
  // Holiday warnings need a jurisdiction we know; anything else counts weekends only.
  const jurisdiction = (JURISDICTIONS as readonly string[]).includes(stated) ? stated : 'OTHER'
  if (response) {
    const trigger = response.from === 'letter_date' ? input.letterDate : input.receivedDate
    try {
      computed = computeDeadline({
        rule: 'letter.asserted',
        trigger,
        options: { days: response.days, basis: response.basis, jurisdiction }
      })
    } catch (error) {
      if (!(error instanceof DeadlineError)) throw error
      throw new AppError('validation', {
        fields: { 'responseDeadline.due': `deadline_${error.code}` },
        detail: error.message
      })
    }
    if (computed.due !== response.due && !response.overrideReason) {
      throw new AppError('validation', {
        fields: { 'responseDeadline.overrideReason': 'override_reason_required' },
        params: { computed: computed.due }
      })
    }
  }
  const letterBlob = input.letterFile
    ? ctx.db.select().from(blobs).where(eq(blobs.sha256, input.letterFile.sha256)).get()
    : null
  if (input.letterFile && !letterBlob) {
    throw new AppError('validation', { fields: { letterFile: 'file_missing' } })
  }

  return ctx.db.transaction((tx) => {
    const reference = input.reference ?? suggestReference(ctx, 'warning_letter', input.ipRights[0]?.type, tx)
    const matterId = insertMatter(ctx, tx, {
      reference,
      title: input.title,
      kind: 'warning_letter',
      status: 'open',
      rightsHolder: input.rightsHolder,
      jurisdiction: input.jurisdiction ?? input.ipRights[0]?.jurisdiction ?? null,
      marketplace: input.marketplace ?? input.products[0]?.marketplace ?? null,
      letterDate: input.letterDate,
      receivedDate: input.receivedDate,
      senderReference: input.senderReference,
      demands: input.demands,
      notes: null
    })
    const letterParties: CreateInput['parties'] = [
      {
        role: 'rights_holder',
        name: input.rightsHolder,
        organisation: null,
        email: null,
        phone: null,
        address: null
      }
    ]
    if (input.senderFirm) {
      letterParties.push({
        role: 'sender_firm',
        name: input.senderFirm,
        organisation: null,
        email: null,
        phone: null,
        address: null
      })
    }
    if (input.senderAttorney) {
      letterParties.push({
        role: 'sender_attorney',
        name: input.senderAttorney,
        organisation: input.senderFirm,
        email: input.senderEmail,
        phone: null,
        address: null
      })
    }
    insertChildren(ctx, tx, matterId, {
      parties: letterParties,
      ipRights: input.ipRights,
      products: input.products
    })

    // System events carry no title: the UI names them by type, in the reader's language.
    const letterEventId = addEventRow(ctx, tx, {
      matterId,
      type: 'letter_dated',
      date: input.letterDate,
      title: '',
      details: null
    })
    const receivedEventId = addEventRow(ctx, tx, {
      matterId,
      type: 'letter_received',
      date: input.receivedDate,
      title: '',
      details: null
    })

    if (response && computed) {
      const row = tx
        .insert(deadlines)
        .values({
          matterId,
          title: '',
          due: response.due,
          status: 'open',
          ruleId: 'letter.asserted',
          triggerDate: response.from === 'letter_date' ? input.letterDate : input.receivedDate,
          // The deadline follows its trigger event if the letter's dates are corrected later.
          triggerEventId: response.from === 'received_date' ? receivedEventId : letterEventId,
          optionsJson: JSON.stringify({ days: response.days, basis: response.basis, jurisdiction }),
          stepsJson: JSON.stringify(computed.steps),
          warningsJson: JSON.stringify(computed.warnings),
          computedDue: computed.due,
          overrideReason: response.due === computed.due ? null : response.overrideReason,
          createdAt: ctx.now(),
          updatedAt: ctx.now()
        })
        .returning()
        .get()
      writeAudit(ctx, tx, {
        action: 'create',
        entity: 'deadline',
        entityId: row.id,
        matterId,
        after: toDeadline(row)
      })
    }

    if (input.letterFile && letterBlob) {
      const row = tx
        .insert(documents)
        .values({
          matterId,
          sha256: input.letterFile.sha256,
          originalName: input.letterFile.originalName,
          size: letterBlob.size,
          mime: letterBlob.mime,
          kind: 'warning_letter',
          documentDate: input.letterDate,
          privileged: false,
          importedAt: ctx.now(),
          importedBy: ctx.actor
        })
        .returning()
        .get()
      writeAudit(ctx, tx, {
        action: 'import',
        entity: 'document',
        entityId: row.id,
        matterId,
        after: toDocument(row)
      })
      recordCustody(ctx, tx, 'import', row, {
        originalName: row.originalName,
        size: row.size,
        mime: row.mime
      })
    }

    refreshSearchText(tx, matterId)
    touchMatter(ctx, tx, matterId)
    return getMatter(ctx, matterId)
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
