// Contract calls for the global search box: matters by any field, document text by page.
import { z } from 'zod'
import { DOCUMENT_KINDS, type DocumentKind, type MatterKind, type MatterStatus } from '../model'
import { call, id, optionalDate, searchTerms } from './kit'

const documentKind = z.enum(DOCUMENT_KINDS)

export interface SnippetPart {
  text: string
  hit: boolean
}

export interface MatterSearchHit {
  id: number
  reference: string
  title: string
  kind: MatterKind
  status: MatterStatus
  /** Where the terms were found when not in the title: e.g. field 'ipRight'. */
  snippet: { field: string; parts: SnippetPart[] } | null
}

export interface DocumentSearchHit {
  documentId: number
  matterId: number
  matterReference: string
  parentId: number | null
  page: number
  snippet: SnippetPart[]
  originalName: string
  kind: DocumentKind
  documentDate: string | null
  privileged: boolean
}

export interface GlobalSearchResult {
  matters: MatterSearchHit[]
  /** Every matter the terms find (matters lists at most `limit`); 0 when scope is 'documents'. */
  matterTotal: number
  documents: DocumentSearchHit[]
  /** True when more document pages matched than `limit`. */
  moreDocuments: boolean
  /** Documents within the filters whose text cannot be searched (yet). */
  notSearchable: { noTextLayer: number; failed: number; pending: number }
}

const searchQuery = searchTerms(200).refine((q) => q !== '', 'required')

export const GlobalSearchInput = z.object({
  query: searchQuery,
  scope: z.enum(['all', 'matters', 'documents']).default('all'),
  matterIds: z.array(id).max(1000).default([]),
  kinds: z.array(documentKind).default([]),
  from: optionalDate,
  to: optionalDate,
  privileged: z.boolean().optional(),
  limit: z.number().int().min(1).max(200).default(20)
})

export const searchCalls = {
  'search.global': call<GlobalSearchResult>()(GlobalSearchInput)
} as const
