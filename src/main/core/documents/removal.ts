// Taking a document off its matter, and undoing that: the row, its pages and an email's
// attachments come back under their old ids, so the custody chain and audit rows that name
// them still do. The bytes stay in the vault until someone deletes them on purpose.
import type { Undoable } from '../../../shared/contract'
import { inTransaction, writeAudit, type CoreContext, type Tx } from '../kernel/context'
import {
  defendantCitationsOf,
  relinkDefendantCitations,
  type DefendantCitations
} from '../lawsuits/document-citations'
import { AppError, notFound } from '../kernel/errors'
import { matterExists } from '../matters/matters'
import { touchMatter } from '../matters/touch'
import {
  opinionCitationsOf,
  relinkOpinionCitations,
  type OpinionCitations
} from '../opinions/document-citations'
import { rememberRemoval, undoConflict } from '../undo/removals'
import { recordCustody } from './custody'
import {
  childDocumentRows,
  deleteDocumentRow,
  getBlob,
  getDocumentRow,
  insertPage,
  pageTexts,
  reinsertDocumentRow,
  type DocumentRow
} from './repo'

/**
 * A removed document and its attachments, parent first, each with its page texts, and the
 * opinions, clearances and Schedule A rows that cited them (the removal empties those links).
 */
export interface RemovedDocuments {
  documents: { row: DocumentRow; pages: { page: number; text: string }[] }[]
  citedBy: { opinions: OpinionCitations; defendants: DefendantCitations }
}

/** Takes a document (and an email's attachments) off its matter; the bytes stay in the vault. */
export function removeDocument(ctx: CoreContext, id: number): { removed: number[] } & Undoable {
  const { removed, snapshot, matterId } = inTransaction(ctx, (tx) => {
    const target = getDocumentRow(tx, id)
    if (!target) throw notFound('document', id)
    const children = childDocumentRows(tx, id)
    const ids = [target.id, ...children.map((c) => c.id)]
    const snapshot: RemovedDocuments = {
      documents: [target, ...children].map((row) => ({ row, pages: pageTexts(tx, row.id) })),
      citedBy: { opinions: opinionCitationsOf(tx, ids), defendants: defendantCitationsOf(tx, ids) }
    }
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
      deleteDocumentRow(tx, row.id)
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
    return { removed, snapshot, matterId: target.matterId }
  })
  const undoToken = rememberRemoval(ctx, { kind: 'document', matterId, snapshot })
  return { removed, undoToken }
}

/**
 * Puts removed documents back, parent first, inside the caller's transaction, each with a
 * custody entry and an audit row. Refused when the bytes were deleted since, or the email an
 * attachment belonged to is gone.
 */
export function restoreDocuments(ctx: CoreContext, tx: Tx, removed: RemovedDocuments): number[] {
  const ids = new Set(removed.documents.map((d) => d.row.id))
  for (const { row } of removed.documents) {
    if (getDocumentRow(tx, row.id)) throw new AppError('undo_already_restored')
    if (!matterExists(tx, row.matterId)) throw undoConflict('matter_gone')
    if (!getBlob(tx, row.sha256))
      throw new AppError('undo_bytes_deleted', { params: { name: row.originalName } })
    if (row.parentId !== null && !ids.has(row.parentId) && !getDocumentRow(tx, row.parentId))
      throw undoConflict('email_gone')
  }
  for (const { row, pages } of removed.documents) {
    reinsertDocumentRow(tx, row)
    for (const p of pages) insertPage(tx, row.id, p.page, p.text)
    recordCustody(
      ctx,
      tx,
      'restore',
      { id: row.id, matterId: row.matterId, sha256: row.sha256 },
      { originalName: row.originalName, ...(row.parentId === null ? {} : { parentId: row.parentId }) }
    )
    writeAudit(ctx, tx, {
      action: 'restore',
      entity: 'document',
      entityId: row.id,
      matterId: row.matterId,
      after: { originalName: row.originalName, sha256: row.sha256, kind: row.kind }
    })
  }
  relinkOpinionCitations(tx, removed.citedBy.opinions)
  relinkDefendantCitations(tx, removed.citedBy.defendants)
  const first = removed.documents[0]
  if (first) touchMatter(ctx, tx, first.row.matterId)
  return [...ids]
}
