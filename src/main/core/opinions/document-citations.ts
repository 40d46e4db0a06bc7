// Which opinions and clearances cite a document (the opinion's file, the search report): a
// removal unlinks them (set null), so its undo links them again.
import type { DbOrTx } from '../kernel/context'
import {
  clearancesCitingDocuments,
  opinionsCitingDocuments,
  relinkClearanceReport,
  relinkOpinionDocument
} from './repo'

export interface OpinionCitations {
  opinions: { id: number; documentId: number }[]
  clearances: { matterId: number; documentId: number }[]
}

export function opinionCitationsOf(tx: DbOrTx, documentIds: number[]): OpinionCitations {
  return {
    opinions: opinionsCitingDocuments(tx, documentIds),
    clearances: clearancesCitingDocuments(tx, documentIds)
  }
}

/** Links still empty are linked again; one the user pointed elsewhere since stays as it is. */
export function relinkOpinionCitations(tx: DbOrTx, citations: OpinionCitations): void {
  for (const o of citations.opinions) relinkOpinionDocument(tx, o.id, o.documentId)
  for (const c of citations.clearances) relinkClearanceReport(tx, c.matterId, c.documentId)
}
