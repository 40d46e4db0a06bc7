// Every query of the search area: document text by page (document_pages_fts, trigram FTS5), the
// index's vocabulary for short terms, and what cannot be searched. Raw SQL on the connection:
// these statements are built per filter set. Matters are searched through the matters service.
import type { Sqlite } from '../kernel/repo'

type Param = string | number

export interface DocumentFilters {
  matterIds: number[]
  kinds: string[]
  from?: string | null
  to?: string | null
  privileged?: boolean
}

export interface PageRow {
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

function documentWhere(filters: DocumentFilters, params: Param[]): string[] {
  const where: string[] = []
  const list = (values: Param[]): string => {
    params.push(...values)
    return values.map(() => '?').join(',')
  }
  if (filters.matterIds.length) where.push(`d.matter_id in (${list(filters.matterIds)})`)
  if (filters.kinds.length) where.push(`d.kind in (${list(filters.kinds)})`)
  if (filters.from) where.push(`d.document_date >= ${list([filters.from])}`)
  if (filters.to) where.push(`d.document_date <= ${list([filters.to])}`)
  if (filters.privileged !== undefined) where.push(`d.privileged = ${list([filters.privileged ? 1 : 0])}`)
  return where
}

/**
 * Pages whose text matches: an FTS5 MATCH on document_pages_fts (newest pages first, straight
 * off the index, no ranking pass), and per short term a group of LIKE patterns (any may match).
 */
export function searchPagesByText(
  sqlite: Sqlite,
  text: { match: string | null; likes: string[][] },
  filters: DocumentFilters,
  limit: number
): PageRow[] {
  const params: Param[] = []
  const where: string[] = []
  let from: string
  let order: string
  if (text.match) {
    from = 'document_pages_fts f join document_pages dp on dp.id = f.rowid'
    where.push('document_pages_fts match ?')
    params.push(text.match)
    order = 'f.rowid desc'
  } else {
    from = 'document_pages dp'
    order = 'dp.id desc'
  }
  for (const variants of text.likes) {
    where.push(`(${variants.map(() => `dp.text like ? escape '\\'`).join(' or ')})`)
    params.push(...variants)
  }
  where.push(...documentWhere(filters, params))
  params.push(limit)
  return sqlite
    .prepare(
      `select dp.document_id as documentId, dp.page, dp.text, d.matter_id as matterId, d.parent_id as parentId,
        d.original_name as originalName, d.kind, d.document_date as documentDate, d.privileged, m.reference
       from ${from} join documents d on d.id = dp.document_id join matters m on m.id = d.matter_id
       where ${where.length ? where.join(' and ') : '1'} order by ${order} limit ?`
    )
    .all(...params) as PageRow[]
}

/** Changes to the database so far (this connection's and others'): a cache key for counts. */
export function databaseVersion(sqlite: Sqlite): string {
  const changes = sqlite.prepare('select total_changes() as n').get() as { n: number }
  return `${changes.n}:${String(sqlite.pragma('data_version', { simple: true }))}`
}

/** Documents whose text cannot be searched (yet), by text status, under the same filters. */
export function countNotSearchable(
  sqlite: Sqlite,
  filters: DocumentFilters
): { noTextLayer: number; failed: number; pending: number } {
  const params: Param[] = []
  const where = ["d.text_status in ('no_text_layer', 'failed', 'pending')", ...documentWhere(filters, params)]
  const rows = sqlite
    .prepare(
      `select d.text_status as status, count(*) as n from documents d where ${where.join(' and ')} group by d.text_status`
    )
    .all(...params) as { status: string; n: number }[]
  const n = (status: string): number => rows.find((r) => r.status === status)?.n ?? 0
  return { noTextLayer: n('no_text_layer'), failed: n('failed'), pending: n('pending') }
}
