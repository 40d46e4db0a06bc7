// A matter's documents: read them (as a tree: an email holds its attachments), rename and
// re-classify them, take them off a matter, and delete bytes nobody references any more.
import { and, asc, count, eq, gte, inArray, lte, type SQL } from 'drizzle-orm'
import type { z } from 'zod'
import type {
  DeleteBytesInput,
  DocumentListInput,
  DocumentRecord,
  DocumentText,
  DocumentUpdateInput,
  DocumentViewer,
  EmailHeaders,
  TextStatus
} from '../../../shared/contract/documents'
import type { DocumentKind } from '../../../shared/model'
import { writeAudit, type CoreContext, type DbOrTx } from '../kernel/context'
import { touchMatter } from '../matters/touch'
import { recordCustody } from './custody'
import { blobs, documentPages, documents } from '../db/schema'
import { AppError, notFound } from '../kernel/errors'
import { cleanOriginalName } from './uploads'
import type { Workspace } from '../workspace/workspace'

type DocumentRow = typeof documents.$inferSelect
export interface DocumentWithKind {
  doc: DocumentRow
  detectedKind: string
}

export function viewerFor(detectedKind: string, mime: string): DocumentViewer {
  if (detectedKind === 'pdf') return 'pdf'
  if (detectedKind === 'email') return 'email'
  if (detectedKind === 'text') return 'text'
  if (detectedKind === 'image' && mime !== 'image/svg+xml') return 'image'
  return 'other'
}

function parseEmailJson(json: string | null): EmailHeaders | null {
  if (!json) return null
  try {
    return JSON.parse(json) as EmailHeaders
  } catch {
    return null
  }
}

export function toDocumentRecord({ doc, detectedKind }: DocumentWithKind): DocumentRecord {
  return {
    id: doc.id,
    matterId: doc.matterId,
    sha256: doc.sha256,
    originalName: doc.originalName,
    size: doc.size,
    mime: doc.mime,
    kind: doc.kind as DocumentKind,
    documentDate: doc.documentDate,
    privileged: doc.privileged,
    importedAt: doc.importedAt,
    parentId: doc.parentId,
    importedBy: doc.importedBy,
    detectedKind,
    viewer: viewerFor(detectedKind, doc.mime),
    textStatus: doc.textStatus as TextStatus,
    textError: doc.textError,
    pageCount: doc.pageCount,
    email: parseEmailJson(doc.emailJson),
    attachments: []
  }
}

function selectDocuments(tx: DbOrTx, where: SQL | undefined): DocumentWithKind[] {
  return tx
    .select({ doc: documents, detectedKind: blobs.detectedKind })
    .from(documents)
    .innerJoin(blobs, eq(blobs.sha256, documents.sha256))
    .where(where)
    .orderBy(asc(documents.id))
    .all()
}

/** Nests each record under its parent when the parent is in the list; others stay at the top. */
export function nestAttachments(records: DocumentRecord[]): DocumentRecord[] {
  const byId = new Map(records.map((r) => [r.id, r]))
  const roots: DocumentRecord[] = []
  for (const record of records) {
    const parent = record.parentId === null ? undefined : byId.get(record.parentId)
    if (parent) parent.attachments.push(record)
    else roots.push(record)
  }
  return roots
}

export function getDocument(ctx: CoreContext, id: number, tx: DbOrTx = ctx.db): DocumentRecord {
  const [row] = selectDocuments(tx, eq(documents.id, id))
  if (!row) throw notFound('document', id)
  const record = toDocumentRecord(row)
  record.attachments = selectDocuments(tx, eq(documents.parentId, id)).map(toDocumentRecord)
  return record
}

export function getDocuments(ctx: CoreContext, ids: number[], tx: DbOrTx = ctx.db): DocumentRecord[] {
  if (ids.length === 0) return []
  const rows = selectDocuments(tx, inArray(documents.id, ids)).map(toDocumentRecord)
  const children = selectDocuments(tx, inArray(documents.parentId, ids)).map(toDocumentRecord)
  return nestAttachments([...rows, ...children.filter((c) => !ids.includes(c.id))])
}

export function listDocuments(ctx: CoreContext, input: z.output<typeof DocumentListInput>): DocumentRecord[] {
  const conditions: SQL[] = []
  if (input.matterId !== undefined) conditions.push(eq(documents.matterId, input.matterId))
  if (input.kinds.length) conditions.push(inArray(documents.kind, input.kinds))
  if (input.from) conditions.push(gte(documents.documentDate, input.from))
  if (input.to) conditions.push(lte(documents.documentDate, input.to))
  if (input.privileged !== undefined) conditions.push(eq(documents.privileged, input.privileged))
  const where = conditions.length ? and(...conditions) : undefined
  return nestAttachments(selectDocuments(ctx.db, where).map(toDocumentRecord))
}

export function updateDocument(
  ctx: CoreContext,
  input: z.output<typeof DocumentUpdateInput>
): DocumentRecord {
  return ctx.db.transaction((tx) => {
    const current = tx.select().from(documents).where(eq(documents.id, input.id)).get()
    if (!current) throw notFound('document', input.id)
    const subject = { id: current.id, matterId: current.matterId, sha256: current.sha256 }
    const changes: Partial<DocumentRow> = {}
    const name = input.originalName === undefined ? undefined : cleanOriginalName(input.originalName)
    if (name !== undefined && name !== current.originalName) {
      changes.originalName = name
      recordCustody(ctx, tx, 'rename', subject, { from: current.originalName, to: name })
    }
    const before: Record<string, unknown> = {}
    const after: Record<string, unknown> = {}
    for (const key of ['kind', 'documentDate', 'privileged'] as const) {
      const value = input[key]
      if (value === undefined || value === current[key]) continue
      before[key] = current[key]
      after[key] = value
    }
    if (Object.keys(after).length) {
      Object.assign(changes, after)
      recordCustody(ctx, tx, 'reclassify', subject, { before, after })
    }
    if (Object.keys(changes).length === 0) return getDocument(ctx, input.id, tx)
    tx.update(documents).set(changes).where(eq(documents.id, input.id)).run()
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'document',
      entityId: input.id,
      matterId: current.matterId,
      before: { originalName: current.originalName, ...before },
      after: changes
    })
    if (typeof after.privileged === 'boolean') cascadePrivilege(ctx, tx, input.id, after.privileged)
    touchMatter(ctx, tx, current.matterId)
    return getDocument(ctx, input.id, tx)
  })
}

/** An email's attachments share its privilege: marking the email privileged marks them too. */
function cascadePrivilege(ctx: CoreContext, tx: DbOrTx, parentId: number, privileged: boolean): void {
  for (const child of tx.select().from(documents).where(eq(documents.parentId, parentId)).all()) {
    if (child.privileged === privileged) continue
    tx.update(documents).set({ privileged }).where(eq(documents.id, child.id)).run()
    const change = { before: { privileged: child.privileged }, after: { privileged }, parentId }
    recordCustody(ctx, tx, 'reclassify', child, change)
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'document',
      entityId: child.id,
      matterId: child.matterId,
      ...change
    })
  }
}

/** Takes a document (and an email's attachments) off its matter; the bytes stay in the vault. */
export function removeDocument(ctx: CoreContext, id: number): { removed: number[] } {
  return ctx.db.transaction((tx) => {
    const target = tx.select().from(documents).where(eq(documents.id, id)).get()
    if (!target) throw notFound('document', id)
    const children = tx.select().from(documents).where(eq(documents.parentId, id)).all()
    const removed: number[] = []
    for (const row of [...children, target]) {
      recordCustody(
        ctx,
        tx,
        'remove',
        { id: row.id, matterId: row.matterId, sha256: row.sha256 },
        {
          originalName: row.originalName,
          ...(row.parentId === null ? {} : { parentId: row.parentId })
        }
      )
      tx.delete(documents).where(eq(documents.id, row.id)).run()
      writeAudit(ctx, tx, {
        action: 'remove',
        entity: 'document',
        entityId: row.id,
        matterId: row.matterId,
        before: { originalName: row.originalName, sha256: row.sha256, kind: row.kind }
      })
      removed.push(row.id)
    }
    touchMatter(ctx, tx, target.matterId)
    return { removed }
  })
}

/** Deletes stored bytes, only when no document (in any matter) still points at them. */
export async function deleteBytes(
  ws: Workspace,
  input: z.output<typeof DeleteBytesInput>
): Promise<{ sha256: string; size: number }> {
  const { ctx } = ws
  const blob = ctx.db.transaction((tx) => {
    const row = tx.select().from(blobs).where(eq(blobs.sha256, input.sha256)).get()
    if (!row) throw new AppError('not_found', { params: { entity: 'blob', id: input.sha256 } })
    const refs =
      tx.select({ n: count() }).from(documents).where(eq(documents.sha256, input.sha256)).get()?.n ?? 0
    if (refs > 0) throw new AppError('still_referenced', { params: { count: refs } })
    tx.delete(blobs).where(eq(blobs.sha256, input.sha256)).run()
    recordCustody(
      ctx,
      tx,
      'delete_bytes',
      { id: null, matterId: null, sha256: input.sha256 },
      { size: row.size, mime: row.mime }
    )
    writeAudit(ctx, tx, {
      action: 'delete_bytes',
      entity: 'blob',
      entityId: null,
      matterId: null,
      before: row
    })
    return row
  })
  // The row goes first: a failure here leaves an unreferenced file, never a row without bytes.
  await ws.vault.remove(input.sha256)
  return { sha256: blob.sha256, size: blob.size }
}

export function documentText(ctx: CoreContext, input: { id: number; page?: number }): DocumentText {
  const doc = documentRow(ctx, input.id)
  const conditions = [eq(documentPages.documentId, input.id)]
  if (input.page !== undefined) conditions.push(eq(documentPages.page, input.page))
  const pages = ctx.db
    .select({ page: documentPages.page, text: documentPages.text })
    .from(documentPages)
    .where(and(...conditions))
    .orderBy(asc(documentPages.page))
    .all()
  return { documentId: input.id, textStatus: doc.textStatus as TextStatus, pages }
}

function documentRow(ctx: CoreContext, id: number): DocumentRow {
  const doc = ctx.db.select().from(documents).where(eq(documents.id, id)).get()
  if (!doc) throw notFound('document', id)
  return doc
}
