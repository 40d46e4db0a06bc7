// Every query of the documents area: blobs, documents, their page text and the chain of custody.
// Services call these; only this file (and db/) sees tables. A server store (team mode) replaces
// this file, not the services.
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm'
import { blobs, custodyEvents, documentPages, documents } from '../db/schema'
import { preparedQueries } from '../db/statements'
import type { DbOrTx } from '../kernel/context'
import { chainHash, type ChainedEntry, type ChainFields } from '../kernel/hash-chain'

export type BlobRow = typeof blobs.$inferSelect
export type NewBlobRow = typeof blobs.$inferInsert
export type DocumentRow = typeof documents.$inferSelect
/** A new document as services fill it in; who imported it and when is stamped by insertDocumentRow. */
export type NewDocumentRow = Omit<typeof documents.$inferInsert, 'id' | 'importedAt' | 'importedBy'>
export type DocumentChanges = Partial<
  Pick<DocumentRow, 'originalName' | 'kind' | 'documentDate' | 'privileged' | 'kindProposalJson'>
>
export type CustodyRow = typeof custodyEvents.$inferSelect
export type NewCustodyRow = Omit<typeof custodyEvents.$inferInsert, 'id' | 'prevHash' | 'hash'>

export interface DocumentWithKind {
  doc: DocumentRow
  detectedKind: string
}

// SQLite limits the number of bound parameters per statement.
const CHUNK = 500

function chunked<T, R>(values: T[], read: (chunk: T[]) => R[]): R[] {
  const out: R[] = []
  for (let i = 0; i < values.length; i += CHUNK) out.push(...read(values.slice(i, i + CHUNK)))
  return out
}

// ---- Blobs ----

export function getBlob(tx: DbOrTx, sha256: string): BlobRow | undefined {
  return tx.select().from(blobs).where(eq(blobs.sha256, sha256)).get()
}

export function blobExists(tx: DbOrTx, sha256: string): boolean {
  return !!tx.select({ sha256: blobs.sha256 }).from(blobs).where(eq(blobs.sha256, sha256)).get()
}

/** Records a durable blob; false when the same bytes were already recorded. */
export function insertBlobIfNew(tx: DbOrTx, row: NewBlobRow): boolean {
  return tx.insert(blobs).values(row).onConflictDoNothing().returning().all().length > 0
}

export function allBlobHashes(tx: DbOrTx): string[] {
  return tx
    .select({ sha256: blobs.sha256 })
    .from(blobs)
    .all()
    .map((b) => b.sha256)
}

export function deleteBlobRow(tx: DbOrTx, sha256: string): void {
  tx.delete(blobs).where(eq(blobs.sha256, sha256)).run()
}

export function countDocumentsWithBytes(tx: DbOrTx, sha256: string): number {
  return tx.select({ n: count() }).from(documents).where(eq(documents.sha256, sha256)).get()?.n ?? 0
}

// ---- Documents ----

export function getDocumentRow(tx: DbOrTx, id: number): DocumentRow | undefined {
  return tx.select().from(documents).where(eq(documents.id, id)).get()
}

export function insertDocumentRow(
  tx: DbOrTx,
  values: NewDocumentRow,
  stamp: { at: string; actor: string }
): DocumentRow {
  return tx
    .insert(documents)
    .values({ ...values, importedAt: stamp.at, importedBy: stamp.actor })
    .returning()
    .get()
}

/** A document put back as it was (undo of a removal): every column, its id included. */
export function reinsertDocumentRow(tx: DbOrTx, row: DocumentRow): void {
  tx.insert(documents).values(row).run()
}

export function updateDocumentRow(tx: DbOrTx, id: number, changes: DocumentChanges): void {
  tx.update(documents).set(changes).where(eq(documents.id, id)).run()
}

export function deleteDocumentRow(tx: DbOrTx, id: number): void {
  tx.delete(documents).where(eq(documents.id, id)).run()
}

export function childDocumentRows(tx: DbOrTx, parentId: number): DocumentRow[] {
  return tx.select().from(documents).where(eq(documents.parentId, parentId)).orderBy(asc(documents.id)).all()
}

export function matterDocumentRows(tx: DbOrTx, matterId: number): DocumentRow[] {
  return tx.select().from(documents).where(eq(documents.matterId, matterId)).orderBy(asc(documents.id)).all()
}

/** The top-level document of this matter that holds these bytes (attachments of emails aside). */
/**
 * The matter's document with these bytes, a loose file first, else an email's attachment: the
 * same PDF dropped loose and inside a forwarded email is one piece of evidence.
 */
export function attachedDocument(
  tx: DbOrTx,
  matterId: number,
  sha256: string
): { id: number; originalName: string; parentId: number | null } | undefined {
  return tx
    .select({ id: documents.id, originalName: documents.originalName, parentId: documents.parentId })
    .from(documents)
    .where(and(eq(documents.matterId, matterId), eq(documents.sha256, sha256)))
    .orderBy(sql`${documents.parentId} is not null`, documents.id)
    .limit(1)
    .get()
}

export function documentSizeById(tx: DbOrTx, id: number): number | undefined {
  return tx.select({ size: documents.size }).from(documents).where(eq(documents.id, id)).get()?.size
}

export interface DocumentFilter {
  ids?: number[]
  parentIds?: number[]
  matterId?: number
  kinds?: string[]
  from?: string
  to?: string
  privileged?: boolean
}

/** Documents with the type detected from their bytes, oldest first. */
export function documentsWithKind(tx: DbOrTx, filter: DocumentFilter): DocumentWithKind[] {
  const conditions: SQL[] = []
  if (filter.matterId !== undefined) conditions.push(eq(documents.matterId, filter.matterId))
  if (filter.kinds?.length) conditions.push(inArray(documents.kind, filter.kinds))
  if (filter.from) conditions.push(gte(documents.documentDate, filter.from))
  if (filter.to) conditions.push(lte(documents.documentDate, filter.to))
  if (filter.privileged !== undefined) conditions.push(eq(documents.privileged, filter.privileged))
  const select = (extra: SQL | undefined): DocumentWithKind[] =>
    tx
      .select({ doc: documents, detectedKind: blobs.detectedKind })
      .from(documents)
      .innerJoin(blobs, eq(blobs.sha256, documents.sha256))
      .where(and(...conditions, extra))
      .orderBy(asc(documents.id))
      .all()
  if (filter.ids) return chunked(filter.ids, (chunk) => select(inArray(documents.id, chunk)))
  if (filter.parentIds)
    return chunked(filter.parentIds, (chunk) => select(inArray(documents.parentId, chunk)))
  return select(undefined)
}

/** Documents that hold these bytes (for verify reports). */
export function documentsHoldingBytes(
  tx: DbOrTx,
  shas: string[]
): { id: number; matterId: number; originalName: string; sha256: string }[] {
  return chunked(shas, (chunk) =>
    tx
      .select({
        id: documents.id,
        matterId: documents.matterId,
        originalName: documents.originalName,
        sha256: documents.sha256
      })
      .from(documents)
      .where(inArray(documents.sha256, chunk))
      .all()
  )
}

// ---- Text extraction ----

export interface TextState {
  textStatus: string
  textError: string | null
  pageCount: number | null
  /** Pages indexed when a cap stopped the reading short of pageCount; null: all of them. */
  pagesIndexed?: number | null
  emailJson?: string
  kindProposalJson?: string | null
}

export function setDocumentText(tx: DbOrTx, id: number, state: TextState): void {
  tx.update(documents).set(state).where(eq(documents.id, id)).run()
}

/** What the text queue needs to read a document: its status, bytes and detected type. */
export function textSource(
  tx: DbOrTx,
  id: number
): { status: string; sha256: string; detectedKind: string } | undefined {
  return tx
    .select({ status: documents.textStatus, sha256: documents.sha256, detectedKind: blobs.detectedKind })
    .from(documents)
    .innerJoin(blobs, eq(blobs.sha256, documents.sha256))
    .where(eq(documents.id, id))
    .get()
}

/** Documents still waiting for their text; among `ids` only, when given. */
const pendingQuery = preparedQueries((db: DbOrTx) =>
  db.select({ id: documents.id }).from(documents).where(eq(documents.textStatus, 'pending')).prepare()
)

export function pendingTextIds(tx: DbOrTx, ids?: number[]): number[] {
  // every open and every intake asks: prepared once per connection
  if (!ids)
    return pendingQuery(tx)
      .all()
      .map((r) => r.id)
  const pending = eq(documents.textStatus, 'pending')
  const select = (where: SQL | undefined): number[] =>
    tx
      .select({ id: documents.id })
      .from(documents)
      .where(where)
      .all()
      .map((r) => r.id)
  return chunked(ids, (chunk) => select(and(inArray(documents.id, chunk), pending)))
}

export function replacePages(tx: DbOrTx, documentId: number, pages: { page: number; text: string }[]): void {
  tx.delete(documentPages).where(eq(documentPages.documentId, documentId)).run()
  for (const p of pages) insertPage(tx, documentId, p.page, p.text)
}

export function insertPage(tx: DbOrTx, documentId: number, page: number, text: string): void {
  tx.insert(documentPages).values({ documentId, page, text }).run()
}

export function pageTexts(tx: DbOrTx, documentId: number, page?: number): { page: number; text: string }[] {
  const conditions = [eq(documentPages.documentId, documentId)]
  if (page !== undefined) conditions.push(eq(documentPages.page, page))
  return tx
    .select({ page: documentPages.page, text: documentPages.text })
    .from(documentPages)
    .where(and(...conditions))
    .orderBy(asc(documentPages.page))
    .all()
}

// ---- Chain of custody ----

function custodyFields(row: NewCustodyRow): ChainFields {
  return {
    at: row.at ?? null,
    actor: row.actor,
    action: row.action,
    documentId: row.documentId ?? null,
    matterId: row.matterId ?? null,
    sha256: row.sha256,
    detailsJson: row.detailsJson ?? null
  }
}

/** Appends a custody entry sealed by hash to the one before it. */
export function insertCustodyRow(tx: DbOrTx, row: NewCustodyRow): void {
  const prevHash =
    tx.select({ hash: custodyEvents.hash }).from(custodyEvents).orderBy(desc(custodyEvents.id)).limit(1).get()
      ?.hash ?? null
  tx.insert(custodyEvents)
    .values({ ...row, prevHash, hash: chainHash(prevHash, custodyFields(row)) })
    .run()
}

/** Seals custody entries written before the chain existed, in order. */
export function sealUnchainedCustody(tx: DbOrTx): number {
  const unsealed = tx
    .select()
    .from(custodyEvents)
    .where(isNull(custodyEvents.hash))
    .orderBy(asc(custodyEvents.id))
    .all()
  if (unsealed.length === 0) return 0
  let prevHash: string | null =
    tx
      .select({ hash: custodyEvents.hash })
      .from(custodyEvents)
      .where(sql`${custodyEvents.id} < ${unsealed[0]!.id} and ${custodyEvents.hash} is not null`)
      .orderBy(desc(custodyEvents.id))
      .limit(1)
      .get()?.hash ?? null
  for (const r of unsealed) {
    const hash = chainHash(prevHash, custodyFields(r))
    tx.update(custodyEvents).set({ prevHash, hash }).where(eq(custodyEvents.id, r.id)).run()
    prevHash = hash
  }
  return unsealed.length
}

/** The custody log as chained entries, oldest first, and SQLite's highest id ever issued for it. */
export function readCustodyChainRows(tx: DbOrTx): { entries: ChainedEntry[]; highestId: number } {
  const entries = tx
    .select()
    .from(custodyEvents)
    .orderBy(asc(custodyEvents.id))
    .all()
    .map((r) => ({ id: r.id, prevHash: r.prevHash, hash: r.hash, fields: custodyFields(r) }))
  const seq = tx.get<{ seq: number } | undefined>(
    sql`select seq from sqlite_sequence where name = 'custody_events'`
  )
  return { entries, highestId: seq?.seq ?? 0 }
}

export function custodyRows(tx: DbOrTx, query: { documentId?: number; matterId?: number }): CustodyRow[] {
  const conditions: SQL[] = []
  if (query.documentId !== undefined) conditions.push(eq(custodyEvents.documentId, query.documentId))
  if (query.matterId !== undefined) conditions.push(eq(custodyEvents.matterId, query.matterId))
  return tx
    .select()
    .from(custodyEvents)
    .where(and(...conditions))
    .orderBy(asc(custodyEvents.id))
    .all()
}

/** The current file names of these documents (removed ones are absent). */
export function documentNames(tx: DbOrTx, ids: number[]): Map<number, string> {
  const rows = chunked(ids, (chunk) =>
    tx
      .select({ id: documents.id, name: documents.originalName })
      .from(documents)
      .where(inArray(documents.id, chunk))
      .all()
  )
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** Every custody row about these documents, oldest first. */
export function custodyRowsForDocuments(tx: DbOrTx, documentIds: number[]): CustodyRow[] {
  return chunked(documentIds, (chunk) =>
    tx.select().from(custodyEvents).where(inArray(custodyEvents.documentId, chunk)).all()
  ).sort((a, b) => a.id - b.id)
}
