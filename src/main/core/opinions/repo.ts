// Every query of the opinions area: opinions of counsel with the rights, claims and versions
// they cover, design-arounds, and clearance records.
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm'
import {
  clearances,
  designArounds,
  documents,
  matters,
  opinionRights,
  opinionVersions,
  opinions
} from '../db/schema'
import { inIds, preparedQueries } from '../db/statements'
import type { DbOrTx } from '../kernel/context'

export type OpinionRow = typeof opinions.$inferSelect
export type NewOpinionRow = Omit<typeof opinions.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>
export type OpinionRightRow = typeof opinionRights.$inferSelect
export type DesignAroundRow = typeof designArounds.$inferSelect
export type NewDesignAroundRow = Omit<typeof designArounds.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>
export type ClearanceRow = typeof clearances.$inferSelect

export function insertOpinionRow(tx: DbOrTx, values: NewOpinionRow, at: string): number {
  return tx
    .insert(opinions)
    .values({ ...values, createdAt: at, updatedAt: at })
    .returning({ id: opinions.id })
    .get().id
}

export function getOpinionRow(tx: DbOrTx, id: number): OpinionRow | undefined {
  return tx.select().from(opinions).where(eq(opinions.id, id)).get()
}

export function updateOpinionRow(tx: DbOrTx, id: number, values: Partial<NewOpinionRow>, at: string): void {
  tx.update(opinions)
    .set({ ...values, updatedAt: at })
    .where(eq(opinions.id, id))
    .run()
}

export function deleteOpinionRow(tx: DbOrTx, id: number): void {
  tx.delete(opinions).where(eq(opinions.id, id)).run()
}

export function replaceOpinionCovers(
  tx: DbOrTx,
  opinionId: number,
  covers: { rightId: number; claims: string[] }[],
  versionIds: number[]
): void {
  tx.delete(opinionRights).where(eq(opinionRights.opinionId, opinionId)).run()
  tx.delete(opinionVersions).where(eq(opinionVersions.opinionId, opinionId)).run()
  if (covers.length)
    tx.insert(opinionRights)
      .values(covers.map((c) => ({ opinionId, rightId: c.rightId, claimsJson: JSON.stringify(c.claims) })))
      .run()
  if (versionIds.length)
    tx.insert(opinionVersions)
      .values([...new Set(versionIds)].map((versionId) => ({ opinionId, versionId })))
      .run()
}

// The exposure engine's reads by lists of ids, prepared once per connection (npm run bench,
// catalogue.matter_*): building drizzle's SQL cost more than running it.
const byIdsQueries = preparedQueries((tx: DbOrTx) => ({
  covers: tx.select().from(opinionRights).where(inIds(opinionRights.opinionId)).prepare(),
  versions: tx.select().from(opinionVersions).where(inIds(opinionVersions.opinionId)).prepare(),
  opinions: tx.select().from(opinions).where(inIds(opinions.id)).prepare(),
  touching: tx
    .select({ id: opinions.id })
    .from(opinions)
    .where(inIds(opinions.matterId, 'matters'))
    .union(
      tx
        .select({ id: opinionVersions.opinionId })
        .from(opinionVersions)
        .where(inIds(opinionVersions.versionId, 'versions'))
    )
    .union(
      tx
        .select({ id: opinionRights.opinionId })
        .from(opinionRights)
        .where(inIds(opinionRights.rightId, 'rights'))
    )
    .prepare(),
  clearances: tx.select().from(clearances).where(inIds(clearances.matterId)).prepare(),
  designArounds: tx
    .select()
    .from(designArounds)
    .where(or(inIds(designArounds.fromVersionId), inIds(designArounds.toVersionId)))
    .orderBy(asc(designArounds.id))
    .prepare()
}))

export function coverRowsOf(tx: DbOrTx, opinionIds: number[]): OpinionRightRow[] {
  return opinionIds.length ? byIdsQueries(tx).covers.all({ ids: JSON.stringify(opinionIds) }) : []
}

export function versionRowsOf(tx: DbOrTx, opinionIds: number[]): { opinionId: number; versionId: number }[] {
  return opinionIds.length ? byIdsQueries(tx).versions.all({ ids: JSON.stringify(opinionIds) }) : []
}

/** Opinions with their matter's reference and document's name, by id (read joins). */
export function opinionRowsWithNames(
  tx: DbOrTx,
  ids: number[]
): { o: OpinionRow; reference: string; documentName: string | null }[] {
  if (!ids.length) return []
  return tx
    .select({ o: opinions, reference: matters.reference, documentName: documents.originalName })
    .from(opinions)
    .innerJoin(matters, eq(matters.id, opinions.matterId))
    .leftJoin(documents, eq(documents.id, opinions.documentId))
    .where(inArray(opinions.id, ids))
    .orderBy(asc(opinions.deliveredDate), asc(opinions.id))
    .all()
}

/** Opinions asked for in these matters, or covering these versions or these rights. */
export function opinionIdsTouching(
  tx: DbOrTx,
  q: { matterIds?: number[]; versionIds?: number[]; rightIds?: number[] }
): number[] {
  const rows = byIdsQueries(tx).touching.all({
    matters: JSON.stringify(q.matterIds ?? []),
    versions: JSON.stringify(q.versionIds ?? []),
    rights: JSON.stringify(q.rightIds ?? [])
  })
  return [...new Set(rows.map((r) => r.id))].sort((a, b) => a - b)
}

export function allOpinionIds(tx: DbOrTx): number[] {
  return tx
    .select({ id: opinions.id })
    .from(opinions)
    .all()
    .map((r) => r.id)
}

/** The document exists and belongs to the matter (an opinion's document is one of the matter's). */
export function documentOfMatter(tx: DbOrTx, documentId: number, matterId: number): boolean {
  return Boolean(
    tx
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.id, documentId), eq(documents.matterId, matterId)))
      .get()
  )
}

export function documentExists(tx: DbOrTx, documentId: number): boolean {
  return Boolean(tx.select({ id: documents.id }).from(documents).where(eq(documents.id, documentId)).get())
}

// ---- design-arounds ----

export function insertDesignAroundRow(tx: DbOrTx, values: NewDesignAroundRow, at: string): number {
  return tx
    .insert(designArounds)
    .values({ ...values, createdAt: at, updatedAt: at })
    .returning({ id: designArounds.id })
    .get().id
}

export function getDesignAroundRow(tx: DbOrTx, id: number): DesignAroundRow | undefined {
  return tx.select().from(designArounds).where(eq(designArounds.id, id)).get()
}

export function updateDesignAroundRow(
  tx: DbOrTx,
  id: number,
  values: Partial<NewDesignAroundRow>,
  at: string
): void {
  tx.update(designArounds)
    .set({ ...values, updatedAt: at })
    .where(eq(designArounds.id, id))
    .run()
}

export function deleteDesignAroundRow(tx: DbOrTx, id: number): void {
  tx.delete(designArounds).where(eq(designArounds.id, id)).run()
}

export function designAroundRowsOfVersions(tx: DbOrTx, versionIds: number[]): DesignAroundRow[] {
  if (!versionIds.length) return []
  return byIdsQueries(tx).designArounds.all({ ids: JSON.stringify(versionIds) })
}

export function allDesignAroundRows(tx: DbOrTx): DesignAroundRow[] {
  return tx.select().from(designArounds).orderBy(asc(designArounds.id)).all()
}

// ---- clearance ----

export function getClearanceRow(tx: DbOrTx, matterId: number): ClearanceRow | undefined {
  return tx.select().from(clearances).where(eq(clearances.matterId, matterId)).get()
}

export function clearanceRowsOfVersion(tx: DbOrTx, versionId: number): ClearanceRow[] {
  return tx
    .select()
    .from(clearances)
    .where(eq(clearances.versionId, versionId))
    .orderBy(asc(clearances.matterId))
    .all()
}

export function allClearanceRows(tx: DbOrTx): ClearanceRow[] {
  return tx.select().from(clearances).all()
}

export function clearanceRowsOfMatters(tx: DbOrTx, matterIds: readonly number[]): ClearanceRow[] {
  return matterIds.length ? byIdsQueries(tx).clearances.all({ ids: JSON.stringify(matterIds) }) : []
}

export function upsertClearanceRow(tx: DbOrTx, row: ClearanceRow): void {
  tx.insert(clearances)
    .values(row)
    .onConflictDoUpdate({ target: clearances.matterId, set: { ...row } })
    .run()
}

export function opinionRowsByIds(tx: DbOrTx, ids?: readonly number[]): OpinionRow[] {
  if (ids === undefined) return tx.select().from(opinions).orderBy(asc(opinions.id)).all()
  return ids.length ? byIdsQueries(tx).opinions.all({ ids: JSON.stringify(ids) }) : []
}

export function allCoverRows(tx: DbOrTx): OpinionRightRow[] {
  return tx.select().from(opinionRights).all()
}

export function allOpinionVersionRows(tx: DbOrTx): { opinionId: number; versionId: number }[] {
  return tx.select().from(opinionVersions).all()
}

// ---- Documents an opinion or a clearance cites (a removed document's links, for its undo) ----

export function opinionsCitingDocuments(
  tx: DbOrTx,
  documentIds: number[]
): { id: number; documentId: number }[] {
  if (!documentIds.length) return []
  return tx
    .select({ id: opinions.id, documentId: opinions.documentId })
    .from(opinions)
    .where(inArray(opinions.documentId, documentIds))
    .all() as { id: number; documentId: number }[]
}

export function clearancesCitingDocuments(
  tx: DbOrTx,
  documentIds: number[]
): { matterId: number; documentId: number }[] {
  if (!documentIds.length) return []
  return tx
    .select({ matterId: clearances.matterId, documentId: clearances.searchReportDocumentId })
    .from(clearances)
    .where(inArray(clearances.searchReportDocumentId, documentIds))
    .all() as { matterId: number; documentId: number }[]
}

/** Points the opinion at its document again, unless someone chose another one since. */
export function relinkOpinionDocument(tx: DbOrTx, id: number, documentId: number): void {
  tx.update(opinions)
    .set({ documentId })
    .where(and(eq(opinions.id, id), isNull(opinions.documentId)))
    .run()
}

export function relinkClearanceReport(tx: DbOrTx, matterId: number, documentId: number): void {
  tx.update(clearances)
    .set({ searchReportDocumentId: documentId })
    .where(and(eq(clearances.matterId, matterId), isNull(clearances.searchReportDocumentId)))
    .run()
}
