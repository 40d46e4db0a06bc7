// Which Schedule A defendants cite a document (where the row was read, the freeze notice): a
// removal unlinks them (set null), so its undo links them again.
import type { DbOrTx } from '../kernel/context'
import { defendantsCitingDocument, relinkDefendantDocument, type DefendantDocumentColumn } from './repo'

export type DefendantCitations = { id: number; column: DefendantDocumentColumn; documentId: number }[]

const COLUMNS: DefendantDocumentColumn[] = ['sourceDocumentId', 'freezeNoticeDocumentId']

export function defendantCitationsOf(tx: DbOrTx, documentIds: number[]): DefendantCitations {
  return documentIds.flatMap((documentId) =>
    COLUMNS.flatMap((column) =>
      defendantsCitingDocument(tx, column, documentId).map((id) => ({ id, column, documentId }))
    )
  )
}

/** Links still empty are linked again; one the user pointed elsewhere since stays as it is. */
export function relinkDefendantCitations(tx: DbOrTx, citations: DefendantCitations): void {
  for (const c of citations) relinkDefendantDocument(tx, c.id, c.column, c.documentId)
}
