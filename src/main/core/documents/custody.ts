// Chain of custody: who did what to which bytes, and when. Rows outlive documents and matters.
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm'
import type { CustodyAction, CustodyEvent } from '../../../shared/contract/documents'
import type { CoreContext, DbOrTx } from '../kernel/context'
import { custodyEvents, documents } from '../db/schema'

export interface CustodySubject {
  id: number | null
  matterId: number | null
  sha256: string
}

/** Writes one custody row in the caller's transaction, beside its audit row. */
export function recordCustody(
  ctx: CoreContext,
  tx: DbOrTx,
  action: CustodyAction,
  subject: CustodySubject,
  details?: Record<string, unknown>
): void {
  tx.insert(custodyEvents)
    .values({
      at: ctx.now(),
      actor: ctx.actor,
      action,
      documentId: subject.id,
      matterId: subject.matterId,
      sha256: subject.sha256,
      detailsJson: details === undefined ? null : JSON.stringify(details)
    })
    .run()
}

type CustodyRow = typeof custodyEvents.$inferSelect

export const toCustodyEvent = (r: CustodyRow): CustodyEvent => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  action: r.action as CustodyAction,
  documentId: r.documentId,
  matterId: r.matterId,
  sha256: r.sha256,
  details: r.detailsJson ? (JSON.parse(r.detailsJson) as Record<string, unknown>) : null
})

/** A document's log, or a matter's: the matter's rows plus those of every document it holds. */
export function listCustody(
  ctx: CoreContext,
  query: { documentId?: number; matterId?: number }
): CustodyEvent[] {
  const conditions: SQL[] = []
  if (query.documentId !== undefined) conditions.push(eq(custodyEvents.documentId, query.documentId))
  if (query.matterId !== undefined) conditions.push(eq(custodyEvents.matterId, query.matterId))
  return ctx.db
    .select()
    .from(custodyEvents)
    .where(and(...conditions))
    .orderBy(asc(custodyEvents.id))
    .all()
    .map(toCustodyEvent)
}

/** Every row about these documents, oldest first: what goes into a bundle's custody.csv. */
export function custodyForDocuments(tx: DbOrTx, documentIds: number[]): CustodyEvent[] {
  if (documentIds.length === 0) return []
  const out: CustodyEvent[] = []
  // Chunked: SQLite limits the number of bound parameters per statement.
  for (let i = 0; i < documentIds.length; i += 500) {
    const chunk = documentIds.slice(i, i + 500)
    out.push(
      ...tx
        .select()
        .from(custodyEvents)
        .where(inArray(custodyEvents.documentId, chunk))
        .all()
        .map(toCustodyEvent)
    )
  }
  return out.sort((a, b) => a.id - b.id)
}

/** Documents that hold these bytes (for verify reports and delete checks). */
export interface Holder {
  id: number
  matterId: number
  originalName: string
}

export function documentsHolding(tx: DbOrTx, shas: string[]): Map<string, Holder[]> {
  const out = new Map<string, Holder[]>()
  if (shas.length === 0) return out
  for (let i = 0; i < shas.length; i += 500) {
    const rows = tx
      .select({
        id: documents.id,
        matterId: documents.matterId,
        originalName: documents.originalName,
        sha256: documents.sha256
      })
      .from(documents)
      .where(inArray(documents.sha256, shas.slice(i, i + 500)))
      .all()
    for (const r of rows) {
      const list = out.get(r.sha256) ?? []
      list.push({ id: r.id, matterId: r.matterId, originalName: r.originalName })
      out.set(r.sha256, list)
    }
  }
  return out
}
