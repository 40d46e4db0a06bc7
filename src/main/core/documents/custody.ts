// Chain of custody: who did what to which bytes, and when. Rows outlive documents and matters.
import type { CustodyAction, CustodyEvent } from '../../../shared/contract/documents'
import { inTransaction, type CoreContext, type DbOrTx } from '../kernel/context'
import {
  custodyRows,
  custodyRowsForDocuments,
  documentNames,
  documentsHoldingBytes,
  insertCustodyRow,
  readCustodyChainRows,
  sealUnchainedCustody,
  type CustodyRow
} from './repo'
import type { ChainedEntry } from '../kernel/hash-chain'

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
  insertCustodyRow(tx, {
    at: ctx.now(),
    actor: ctx.actor,
    action,
    documentId: subject.id,
    matterId: subject.matterId,
    sha256: subject.sha256,
    detailsJson: details === undefined ? null : JSON.stringify(details)
  })
}

/** Rows as events, each naming its document: its name now, else the name the row recorded. */
function toCustodyEvents(tx: DbOrTx, rows: CustodyRow[]): CustodyEvent[] {
  const ids = [...new Set(rows.flatMap((r) => (r.documentId === null ? [] : [r.documentId])))]
  const names = documentNames(tx, ids)
  return rows.map((r) => {
    const details = r.detailsJson ? (JSON.parse(r.detailsJson) as Record<string, unknown>) : null
    const recorded = typeof details?.originalName === 'string' ? details.originalName : null
    return {
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action as CustodyAction,
      documentId: r.documentId,
      documentName: (r.documentId !== null ? names.get(r.documentId) : undefined) ?? recorded,
      matterId: r.matterId,
      sha256: r.sha256,
      details
    }
  })
}

/** A document's log, or a matter's: the matter's rows plus those of every document it holds. */
export function listCustody(
  ctx: CoreContext,
  query: { documentId?: number; matterId?: number }
): CustodyEvent[] {
  return toCustodyEvents(ctx.db, custodyRows(ctx.db, query))
}

/** Every row about these documents, oldest first: what goes into a bundle's custody.csv. */
export function custodyForDocuments(tx: DbOrTx, documentIds: number[]): CustodyEvent[] {
  if (documentIds.length === 0) return []
  return toCustodyEvents(tx, custodyRowsForDocuments(tx, documentIds))
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
  for (const r of documentsHoldingBytes(tx, shas)) {
    const list = out.get(r.sha256) ?? []
    list.push({ id: r.id, matterId: r.matterId, originalName: r.originalName })
    out.set(r.sha256, list)
  }
  return out
}

/** The chain of custody for verification (kernel/hash-chain.ts verifyChain). */
export function readCustodyChain(ctx: CoreContext): { entries: ChainedEntry[]; highestId: number } {
  return readCustodyChainRows(ctx.db)
}

/** Seals custody entries written before the hash chain existed (once, after the migration). */
export function sealCustodyChain(ctx: CoreContext): number {
  return inTransaction(ctx, (tx) => sealUnchainedCustody(tx))
}
