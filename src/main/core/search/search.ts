// The global search box: matters by any field (matters_fts) and document text by page
// (document_pages_fts). Trigram FTS5 for terms of 3+ characters; shorter terms (商标, 3M)
// fall back to LIKE, because a trigram index silently matches nothing for them.
import type { z } from 'zod'
import type {
  DocumentSearchHit,
  GlobalSearchInput,
  GlobalSearchResult,
  MatterSearchHit
} from '../../../shared/contract/search'
import type { DocumentKind } from '../../../shared/model'
import type { CoreContext } from '../kernel/context'
import { getMatter } from '../matters/matters'
import { countMattersMatching, findMattersByText } from '../matters/register'
import { normaliseForSearch } from '../matters/search-text'
import {
  countNotSearchable,
  databaseVersion,
  searchPagesByText,
  type DocumentFilters,
  type PageRow
} from './repo'
import { buildSnippet, termPattern } from './snippet'
import {
  ftsAnyOf,
  likePattern,
  MAX_PREFIX_TRIGRAMS,
  trigramPrefixLookup,
  type TrigramLookup
} from '../kernel/repo'

type Input = z.output<typeof GlobalSearchInput>

const MAX_TERMS = 8

export interface DocumentSearchPlan {
  match: string | null
  /** Per short term the index cannot serve, its LIKE patterns (any may match). */
  likes: string[][]
  /** Every spelling of every term, for highlighting. */
  terms: string[]
  /** True when a term is on no page at all: nothing to look up. */
  none: boolean
}

/**
 * Each whitespace-separated term must be on the page. A term is tried as typed and in NFKC form,
 * so "Ｄ９８７" typed with a Chinese input method finds "D987" and the other way round. A term of 1-2
 * characters (商标) is below a trigram; it is looked up as every indexed trigram that starts with
 * it (商标法, 商标专, ...): stored page text ends with a newline, so every occurrence starts one.
 */
export function documentSearchPlan(query: string, trigramsStartingWith?: TrigramLookup): DocumentSearchPlan {
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, MAX_TERMS)
  const groups: string[] = []
  const likes: string[][] = []
  const terms: string[] = []
  let none = false
  for (const word of words) {
    const variants = [...new Set([word.toLowerCase(), normaliseForSearch(word)])]
    terms.push(...variants)
    if (variants.every((v) => [...v].length >= 3)) {
      groups.push(ftsAnyOf(variants))
      continue
    }
    const found = trigramsStartingWith
      ? variants.map((v) => ([...v].length >= 3 ? [v] : trigramsStartingWith(v)))
      : null
    const trigrams = found?.every((f) => f !== null) ? [...new Set(found.flat() as string[])] : null
    if (trigrams && trigrams.length <= MAX_PREFIX_TRIGRAMS) {
      if (trigrams.length === 0) none = true
      else groups.push(ftsAnyOf(trigrams))
    } else likes.push(variants.map(likePattern))
  }
  return { match: groups.length ? groups.join(' AND ') : null, likes, terms, none }
}

function filtersOf(input: Input): DocumentFilters {
  return {
    matterIds: input.matterIds,
    kinds: input.kinds,
    from: input.from,
    to: input.to,
    privileged: input.privileged
  }
}

function searchDocuments(ctx: CoreContext, input: Input): { hits: DocumentSearchHit[]; more: boolean } {
  const plan = documentSearchPlan(input.query, trigramPrefixLookup(ctx.sqlite, 'document_pages_fts'))
  if (plan.none) return { hits: [], more: false }
  const rows = searchPagesByText(ctx.sqlite, plan, filtersOf(input), input.limit + 1)
  const pattern = termPattern(plan.terms)
  const hits = pagesInOrder(rows.slice(0, input.limit)).map((r): DocumentSearchHit => ({
    documentId: r.documentId,
    matterId: r.matterId,
    matterReference: r.reference,
    parentId: r.parentId,
    page: r.page,
    snippet: buildSnippet(r.text, pattern),
    originalName: r.originalName,
    kind: r.kind as DocumentKind,
    documentDate: r.documentDate,
    privileged: r.privileged === 1
  }))
  return { hits, more: rows.length > input.limit }
}

/** Newest documents first (as fetched), each document's pages in reading order. */
function pagesInOrder(rows: PageRow[]): PageRow[] {
  const groups = new Map<number, PageRow[]>()
  for (const r of rows) groups.set(r.documentId, [...(groups.get(r.documentId) ?? []), r])
  return [...groups.values()].flatMap((pages) => pages.sort((a, b) => a.page - b.page))
}

// documents.text_status has no index, so counting scans the table (~5 ms at 50,000 documents).
// The answer only changes when the database does: cache it per filter set until a write.
const notSearchableCache = new WeakMap<CoreContext, Map<string, GlobalSearchResult['notSearchable']>>()

function notSearchable(ctx: CoreContext, input: Input): GlobalSearchResult['notSearchable'] {
  const filters = filtersOf(input)
  const key = `${databaseVersion(ctx.sqlite)}|${JSON.stringify(filters)}`
  let cache = notSearchableCache.get(ctx)
  if (!cache) notSearchableCache.set(ctx, (cache = new Map()))
  const cached = cache.get(key)
  if (cached) return cached
  const counts = countNotSearchable(ctx.sqlite, filters)
  if (cache.size > 50) cache.clear() // old versions are never asked for again
  cache.set(key, counts)
  return counts
}

/** Where in the matter the terms are, with the field's own spelling (search_text is lower-cased). */
function matterSnippet(
  ctx: CoreContext,
  id: number,
  title: string,
  pattern: RegExp | null
): MatterSearchHit['snippet'] {
  if (!pattern) return null
  const hits = (s: string | null): boolean => !!s && new RegExp(pattern.source, pattern.flags).test(s)
  if (hits(title)) return null // the UI shows the title, with its own highlight
  let detail
  try {
    detail = getMatter(ctx, id)
  } catch {
    return null
  }
  const m = detail.matter
  const fields: [string, string | null][] = [
    ['reference', m.reference],
    ['rightsHolder', m.rightsHolder],
    ['senderReference', m.senderReference],
    ['caseNumber', m.caseNumber],
    ['court', m.court],
    ['judge', m.judge],
    ['magistrateJudge', m.magistrateJudge],
    ['marketplace', m.marketplace]
  ]
  for (const p of detail.parties)
    fields.push(['party', p.name], ['party', p.organisation], ['party', p.email])
  for (const r of detail.ipRights) fields.push(['ipRight', r.number], ['ipRight', r.title])
  for (const p of detail.products) {
    fields.push(['product', p.name], ['product', p.sku], ['product', p.marketplaceItemId])
  }
  fields.push(['demands', m.demands], ['notes', m.notes])
  const found = fields.find(([, value]) => hits(value))
  return found ? { field: found[0], parts: buildSnippet(found[1] as string, pattern, 120) } : null
}

function searchMatters(ctx: CoreContext, input: Input): MatterSearchHit[] {
  const rows = findMattersByText(ctx, input.query, { matterIds: input.matterIds, limit: input.limit })
  const pattern = termPattern(documentSearchPlan(input.query).terms)
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    title: r.title,
    kind: r.kind,
    status: r.status,
    snippet: matterSnippet(ctx, r.id, r.title, pattern)
  }))
}

export function globalSearch(ctx: CoreContext, input: Input): GlobalSearchResult {
  const empty = { noTextLayer: 0, failed: 0, pending: 0 }
  const wantDocuments = input.scope !== 'matters'
  const docs = wantDocuments ? searchDocuments(ctx, input) : { hits: [], more: false }
  const matters = input.scope === 'documents' ? [] : searchMatters(ctx, input)
  // A short list is the whole answer; a full one may have more behind it: count them.
  const matterTotal =
    matters.length < input.limit
      ? matters.length
      : countMattersMatching(ctx, input.query, { matterIds: input.matterIds })
  return {
    matters,
    matterTotal,
    documents: docs.hits,
    moreDocuments: docs.more,
    notSearchable: wantDocuments ? notSearchable(ctx, input) : empty
  }
}
