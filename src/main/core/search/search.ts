// The global search box: matters by any field (matters_fts) and document text by page
// (document_pages_fts). Trigram FTS5 for terms of 3+ characters; shorter terms (商标, 3M)
// fall back to LIKE, because a trigram index silently matches nothing for them.
import { asc, eq } from 'drizzle-orm'
import type { z } from 'zod'
import type {
  DocumentSearchHit,
  GlobalSearchInput,
  GlobalSearchResult,
  MatterSearchHit
} from '../../../shared/contract/search'
import type { DocumentKind, MatterKind, MatterStatus } from '../../../shared/model'
import type { CoreContext } from '../kernel/context'
import { accusedProducts, ipRights, matters, parties } from '../db/schema'
import { normaliseForSearch, searchPlan } from '../matters/search-text'
import { buildSnippet, termPattern } from './snippet'

type Input = z.output<typeof GlobalSearchInput>
type Param = string | number

const MAX_TERMS = 8
const quote = (t: string): string => `"${t.replace(/"/g, '""')}"`
const likePattern = (t: string): string => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

export interface DocumentSearchPlan {
  match: string | null
  /** Per short term the index cannot serve, its LIKE patterns (any may match). */
  likes: string[][]
  /** Every spelling of every term, for highlighting. */
  terms: string[]
  /** True when a term is on no page at all: nothing to look up. */
  none: boolean
}

/** Index terms (trigrams) that start with a 1-2 character prefix, or null when there are too many. */
export type TrigramLookup = (prefix: string) => string[] | null

// Past this many trigrams an OR query costs more than scanning pages with LIKE until the limit.
const MAX_PREFIX_TRIGRAMS = 300

const anyOf = (alternatives: string[]): string =>
  alternatives.length === 1 ? quote(alternatives[0] as string) : `(${alternatives.map(quote).join(' OR ')})`

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
      groups.push(anyOf(variants))
      continue
    }
    const found = trigramsStartingWith
      ? variants.map((v) => ([...v].length >= 3 ? [v] : trigramsStartingWith(v)))
      : null
    const trigrams = found?.every((f) => f !== null) ? [...new Set(found.flat() as string[])] : null
    if (trigrams && trigrams.length <= MAX_PREFIX_TRIGRAMS) {
      if (trigrams.length === 0) none = true
      else groups.push(anyOf(trigrams))
    } else likes.push(variants.map(likePattern))
  }
  return { match: groups.length ? groups.join(' AND ') : null, likes, terms, none }
}

const lookups = new WeakMap<CoreContext['sqlite'], TrigramLookup>()

/** A connection-local (temp) view of the index's terms: no change to the workspace schema. */
function trigramLookup(ctx: CoreContext): TrigramLookup {
  const known = lookups.get(ctx.sqlite)
  if (known) return known
  ctx.sqlite.exec(
    "create virtual table if not exists temp.document_pages_vocab using fts5vocab(main, 'document_pages_fts', 'row')"
  )
  const range = ctx.sqlite.prepare(
    'select term from temp.document_pages_vocab where term >= ? and term < ? limit ?'
  )
  const lookup: TrigramLookup = (prefix) => {
    const rows = range.all(prefix, `${prefix}\u{10ffff}`, MAX_PREFIX_TRIGRAMS + 1) as { term: string }[]
    return rows.length > MAX_PREFIX_TRIGRAMS ? null : rows.map((r) => r.term)
  }
  lookups.set(ctx.sqlite, lookup)
  return lookup
}

interface PageRow {
  documentId: number
  page: number
  text: string
  matterId: number
  parentId: number | null
  originalName: string
  kind: string
  documentDate: string | null
  privileged: number
  reference: string
}

function documentFilters(input: Input, params: Param[]): string[] {
  const where: string[] = []
  const list = (values: Param[]): string => {
    params.push(...values)
    return values.map(() => '?').join(',')
  }
  if (input.matterIds.length) where.push(`d.matter_id in (${list(input.matterIds)})`)
  if (input.kinds.length) where.push(`d.kind in (${list(input.kinds)})`)
  if (input.from) where.push(`d.document_date >= ${list([input.from])}`)
  if (input.to) where.push(`d.document_date <= ${list([input.to])}`)
  if (input.privileged !== undefined) where.push(`d.privileged = ${list([input.privileged ? 1 : 0])}`)
  return where
}

function searchDocuments(ctx: CoreContext, input: Input): { hits: DocumentSearchHit[]; more: boolean } {
  const plan = documentSearchPlan(input.query, trigramLookup(ctx))
  if (plan.none) return { hits: [], more: false }
  const params: Param[] = []
  const where: string[] = []
  let from: string
  let order: string
  if (plan.match) {
    // Newest pages first, straight off the FTS index: no ranking pass over every match.
    from = 'document_pages_fts f join document_pages dp on dp.id = f.rowid'
    where.push('document_pages_fts match ?')
    params.push(plan.match)
    order = 'f.rowid desc'
  } else {
    from = 'document_pages dp'
    order = 'dp.id desc'
  }
  for (const variants of plan.likes) {
    where.push(`(${variants.map(() => `dp.text like ? escape '\\'`).join(' or ')})`)
    params.push(...variants)
  }
  where.push(...documentFilters(input, params))
  params.push(input.limit + 1)
  const rows = ctx.sqlite
    .prepare(
      `select dp.document_id as documentId, dp.page, dp.text, d.matter_id as matterId, d.parent_id as parentId,
        d.original_name as originalName, d.kind, d.document_date as documentDate, d.privileged, m.reference
       from ${from} join documents d on d.id = dp.document_id join matters m on m.id = d.matter_id
       where ${where.join(' and ')} order by ${order} limit ?`
    )
    .all(...params) as PageRow[]
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

function databaseVersion(ctx: CoreContext): string {
  const changes = ctx.sqlite.prepare('select total_changes() as n').get() as { n: number }
  return `${changes.n}:${String(ctx.sqlite.pragma('data_version', { simple: true }))}`
}

function notSearchable(ctx: CoreContext, input: Input): GlobalSearchResult['notSearchable'] {
  const params: Param[] = []
  const where = ["d.text_status in ('no_text_layer', 'failed', 'pending')", ...documentFilters(input, params)]
  const key = `${databaseVersion(ctx)}|${where.join(' and ')}|${JSON.stringify(params)}`
  let cache = notSearchableCache.get(ctx)
  if (!cache) notSearchableCache.set(ctx, (cache = new Map()))
  const cached = cache.get(key)
  if (cached) return cached
  const rows = ctx.sqlite
    .prepare(
      `select d.text_status as status, count(*) as n from documents d where ${where.join(' and ')} group by d.text_status`
    )
    .all(...params) as { status: string; n: number }[]
  const n = (status: string): number => rows.find((r) => r.status === status)?.n ?? 0
  const counts = { noTextLayer: n('no_text_layer'), failed: n('failed'), pending: n('pending') }
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
  const m = ctx.db.select().from(matters).where(eq(matters.id, id)).get()
  if (!m) return null
  const fields: [string, string | null][] = [
    ['reference', m.reference],
    ['rightsHolder', m.rightsHolder],
    ['senderReference', m.senderReference],
    ['marketplace', m.marketplace]
  ]
  for (const p of ctx.db
    .select()
    .from(parties)
    .where(eq(parties.matterId, id))
    .orderBy(asc(parties.id))
    .all()) {
    fields.push(['party', p.name], ['party', p.organisation], ['party', p.email])
  }
  for (const r of ctx.db
    .select()
    .from(ipRights)
    .where(eq(ipRights.matterId, id))
    .orderBy(asc(ipRights.id))
    .all()) {
    fields.push(['ipRight', r.number], ['ipRight', r.title])
  }
  for (const p of ctx.db.select().from(accusedProducts).where(eq(accusedProducts.matterId, id)).all()) {
    fields.push(['product', p.name], ['product', p.sku], ['product', p.marketplaceItemId])
  }
  fields.push(['demands', m.demands], ['notes', m.notes])
  const found = fields.find(([, value]) => hits(value))
  return found ? { field: found[0], parts: buildSnippet(found[1] as string, pattern, 120) } : null
}

function searchMatters(ctx: CoreContext, input: Input): MatterSearchHit[] {
  const plan = searchPlan(input.query)
  const params: Param[] = []
  const where: string[] = []
  if (plan.match) {
    where.push('m.id in (select rowid from matters_fts where matters_fts match ?)')
    params.push(plan.match)
  }
  for (const pattern of plan.likes) {
    where.push(`m.search_text like ? escape '\\'`)
    params.push(pattern)
  }
  if (where.length === 0) return []
  if (input.matterIds.length) {
    where.push(`m.id in (${input.matterIds.map(() => '?').join(',')})`)
    params.push(...input.matterIds)
  }
  params.push(input.limit)
  const rows = ctx.sqlite
    .prepare(
      `select m.id, m.reference, m.title, m.kind, m.status from matters m where ${where.join(' and ')}
       order by m.last_activity_at desc, m.id desc limit ?`
    )
    .all(...params) as { id: number; reference: string; title: string; kind: string; status: string }[]
  const pattern = termPattern(documentSearchPlan(input.query).terms)
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    title: r.title,
    kind: r.kind as MatterKind,
    status: r.status as MatterStatus,
    snippet: matterSnippet(ctx, r.id, r.title, pattern)
  }))
}

export function globalSearch(ctx: CoreContext, input: Input): GlobalSearchResult {
  const empty = { noTextLayer: 0, failed: 0, pending: 0 }
  const wantDocuments = input.scope !== 'matters'
  const docs = wantDocuments ? searchDocuments(ctx, input) : { hits: [], more: false }
  return {
    matters: input.scope === 'documents' ? [] : searchMatters(ctx, input),
    documents: docs.hits,
    moreDocuments: docs.more,
    notSearchable: wantDocuments ? notSearchable(ctx, input) : empty
  }
}
