// Every query of the matters area. Services call these; only this file (and db/) sees tables.
// A server store (team mode) replaces this file, not the services.
import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  sql,
  type SQL,
  type SQLWrapper
} from 'drizzle-orm'
import { inIds, preparedQueries } from '../db/statements'
import type { MatterListPage } from '../../../shared/contract'
import type { Deadline, MatterDetail, MatterKind, MatterStatus, MatterSummary } from '../../../shared/model'
import type { Db } from '../db'
import { toDeadline, toDocument, toMatter, toParty } from '../db/mappers'
import { deadlines, documents, matterFacetValues, matters, parties, people } from '../db/schema'
import type { DbOrTx } from '../kernel/context'
import { ftsAnyOf } from '../kernel/repo'

export type MatterRow = typeof matters.$inferSelect
/** A new matter row as services fill it in; the moments are the repo's to stamp. */
export type NewMatterRow = Omit<
  typeof matters.$inferInsert,
  'id' | 'createdAt' | 'updatedAt' | 'lastActivityAt' | 'searchText' | 'nextDeadline'
>
/** The matter fields a user edits on the matter form. */
export type EditableMatterFields = Partial<
  Pick<
    MatterRow,
    | 'reference'
    | 'title'
    | 'rightsHolder'
    | 'jurisdiction'
    | 'marketplace'
    | 'responsiblePersonId'
    | 'letterDate'
    | 'receivedDate'
    | 'senderReference'
    | 'demands'
    | 'notes'
    | 'status'
    | 'court'
    | 'division'
    | 'caseNumber'
    | 'judge'
    | 'magistrateJudge'
    | 'filingDate'
  >
>

// ---- The matter page: its reads, prepared once per connection (building drizzle SQL on every
// call cost more than running it; see npm run bench, matter.page). ----

const idParam = sql.placeholder('id')

const pageQueries = preparedQueries((db: Db) => ({
  matter: db.select().from(matters).where(eq(matters.id, idParam)).prepare(),
  parties: db.select().from(parties).where(eq(parties.matterId, idParam)).orderBy(asc(parties.id)).prepare(),
  deadlines: db
    .select({ d: deadlines, ownId: people.id, ownName: people.name })
    .from(deadlines)
    .leftJoin(people, eq(people.id, deadlines.responsiblePersonId))
    .where(eq(deadlines.matterId, idParam))
    .orderBy(asc(deadlines.due), asc(deadlines.id))
    .prepare(),
  documents: db
    .select()
    .from(documents)
    .where(eq(documents.matterId, idParam))
    .orderBy(asc(documents.id))
    .prepare(),
  /** The matter's responsible person, whom its deadlines without their own inherit. */
  person: db
    .select({ id: people.id, name: people.name })
    .from(matters)
    .innerJoin(people, eq(people.id, matters.responsiblePersonId))
    .where(eq(matters.id, idParam))
    .prepare()
}))

/** The matter's deadlines by due date, each with its own and its matter's person named. */
function matterDeadlines(q: ReturnType<typeof pageQueries>, id: number): Deadline[] {
  const matters = q.person.get({ id }) ?? null
  return q.deadlines
    .all({ id })
    .map((r) =>
      toDeadline(r.d, { own: r.ownId !== null ? { id: r.ownId, name: r.ownName! } : null, matters })
    )
}

/**
 * The matter with its parties, deadlines and documents, or null; its rights and products are
 * the rights and catalogue areas' (matters.ts adds them). Prepared on the connection, so inside
 * a transaction it sees the transaction's own writes (same connection).
 */
export function loadMatterDetail(db: Db, id: number): Omit<MatterDetail, 'ipRights' | 'products'> | null {
  const q = pageQueries(db)
  const m = q.matter.get({ id })
  if (!m) return null
  return {
    matter: toMatter(m),
    parties: q.parties.all({ id }).map(toParty),
    deadlines: matterDeadlines(q, id),
    documents: q.documents.all({ id }).map(toDocument)
  }
}

/** A matter's deadlines (by due date) and documents, for its timeline. */
export function loadMatterDeadlinesAndDocuments(
  db: Db,
  id: number
): Pick<MatterDetail, 'deadlines' | 'documents'> {
  const q = pageQueries(db)
  return {
    deadlines: matterDeadlines(q, id),
    documents: q.documents.all({ id }).map(toDocument)
  }
}

// ---- Matter rows ----

export function getMatterRow(tx: DbOrTx, id: number): MatterRow | undefined {
  return tx.select().from(matters).where(eq(matters.id, id)).get()
}

// Asked before every read of a matter's parts (its timeline, its documents): prepared once per
// connection (a transaction's own handle prepares it for that transaction).
const existsQuery = preparedQueries((tx: DbOrTx) =>
  tx.select({ id: matters.id }).from(matters).where(eq(matters.id, idParam)).prepare()
)

export function matterRowExists(tx: DbOrTx, id: number): boolean {
  return !!existsQuery(tx).get({ id })
}

/** Id, kind, reference, status and letter dates of these matters (every matter when none are named). */
export function matterHeadRows(
  tx: DbOrTx,
  ids?: readonly number[]
): Pick<MatterRow, 'id' | 'kind' | 'reference' | 'title' | 'status' | 'letterDate' | 'receivedDate'>[] {
  const q = tx
    .select({
      id: matters.id,
      kind: matters.kind,
      reference: matters.reference,
      title: matters.title,
      status: matters.status,
      letterDate: matters.letterDate,
      receivedDate: matters.receivedDate
    })
    .from(matters)
  return (ids ? q.where(inArray(matters.id, [...ids])) : q).orderBy(asc(matters.id)).all()
}

export function countMatterRows(tx: DbOrTx): number {
  return tx.select({ n: count() }).from(matters).get()?.n ?? 0
}

/** References that start with the prefix (2026-PAT-), to number the next one. */
export function referencesStartingWith(tx: DbOrTx, prefix: string): string[] {
  const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  return tx
    .select({ reference: matters.reference })
    .from(matters)
    .where(sql`${matters.reference} like ${pattern} escape '\\'`)
    .all()
    .map((r) => r.reference)
}

/** The matter holding this reference in any letter case (the unique index is COLLATE NOCASE). */
export function matterIdByReferenceNoCase(tx: DbOrTx, reference: string): number | undefined {
  return tx
    .select({ id: matters.id })
    .from(matters)
    .where(sql`${matters.reference} = ${reference} COLLATE NOCASE`)
    .get()?.id
}

export function insertMatterRow(tx: DbOrTx, values: NewMatterRow, at: string): number {
  return tx
    .insert(matters)
    .values({ ...values, createdAt: at, updatedAt: at, lastActivityAt: at })
    .returning({ id: matters.id })
    .get().id
}

export function updateMatterRow(tx: DbOrTx, id: number, values: EditableMatterFields): void {
  tx.update(matters).set(values).where(eq(matters.id, id)).run()
}

/** Sets a matter's denormalised next open deadline and its last-activity moment. */
export function refreshMatterActivity(tx: DbOrTx, matterId: number, at: string): void {
  const next = tx
    .select({ due: sql<string | null>`min(${deadlines.due})` })
    .from(deadlines)
    .where(sql`${deadlines.matterId} = ${matterId} and ${deadlines.status} = 'open'`)
    .get()
  tx.update(matters)
    .set({ nextDeadline: next?.due ?? null, lastActivityAt: at, updatedAt: at })
    .where(eq(matters.id, matterId))
    .run()
}

// ---- A matter's parts: parties, IP rights, accused products ----

const PART_TABLES = { party: parties } as const
export type PartKind = keyof typeof PART_TABLES
export type PartRow = { id: number; matterId: number } & Record<string, unknown>

// Rows with id and matter_id; the columns written are the contract's, already parsed.
type AnyPartTable = typeof parties

const partTable = (kind: PartKind): AnyPartTable => PART_TABLES[kind] as unknown as AnyPartTable

export function insertPartRow(
  tx: DbOrTx,
  kind: PartKind,
  values: { matterId: number } & Record<string, unknown>
): number {
  const t = partTable(kind)
  return tx
    .insert(t)
    .values(values as never)
    .returning({ id: t.id })
    .get().id
}

export function getPartRow(tx: DbOrTx, kind: PartKind, id: number): PartRow | undefined {
  const t = partTable(kind)
  return tx.select().from(t).where(eq(t.id, id)).get() as PartRow | undefined
}

export function updatePartRow(tx: DbOrTx, kind: PartKind, id: number, values: Record<string, unknown>): void {
  const t = partTable(kind)
  tx.update(t)
    .set(values as never)
    .where(eq(t.id, id))
    .run()
}

export function deletePartRow(tx: DbOrTx, kind: PartKind, id: number): void {
  const t = partTable(kind)
  tx.delete(t).where(eq(t.id, id)).run()
}

// ---- Free text: the denormalised search_text column and its trigram index (matters_fts) ----

export interface MatterSearchSources {
  matter: MatterRow
  parties: (typeof parties.$inferSelect)[]
}

/** Everything a matter's search text is made of, or null for a matter that is gone. */
export function matterSearchSources(tx: DbOrTx, matterId: number): MatterSearchSources | null {
  const matter = getMatterRow(tx, matterId)
  if (!matter) return null
  return {
    matter,
    parties: tx.select().from(parties).where(eq(parties.matterId, matterId)).orderBy(asc(parties.id)).all()
  }
}

export function setMatterSearchText(tx: DbOrTx, matterId: number, searchText: string): void {
  tx.update(matters).set({ searchText }).where(eq(matters.id, matterId)).run()
}

/** An FTS5 trigram MATCH for terms of 3+ characters and LIKE patterns for the shorter ones. */
export interface TextPlan {
  match: string | null
  likes: string[]
}

// A term most matters hold ("lantern" in a lighting seller's workspace) finds tens of thousands
// of them. Looked up by id, each hit is a row to fetch and sort before the first page is known
// (19.6 ms for 25,000 hits at 100,000 matters); past this many hits the page is read off the sort
// column's index instead, each matter checked against the hits (5.9 ms, and 3.9 ms to scan all
// 100,000 when none is found). Below it the hits are few and fetching them is cheaper.
const MANY_HITS = 2000

/** How many matters an FTS5 MATCH finds, off the index alone: matters_fts holds one row per matter. */
const ftsHitsQuery = preparedQueries((db: DbOrTx) =>
  db
    .select({ n: count() })
    .from(sql`matters_fts`)
    .where(sql`matters_fts match ${sql.placeholder('match')}`)
    .prepare()
)

function ftsHits(db: DbOrTx, match: string): number {
  return ftsHitsQuery(db).get({ match })?.n ?? 0
}

/**
 * How a MATCH reads the hits: 'few' by id (`id in` the hits); 'many' with the id hidden from the
 * planner (`+id`), so it walks the sort index and checks each matter against the hit list (a
 * Bloom filter) rather than fetching and sorting every hit; 'dense' asks the index about each
 * matter the walk meets (see denseHits), without collecting the hit list at all.
 */
type HitsRead = 'few' | 'many' | 'dense'

function matchCondition(match: SQLWrapper | string, read: HitsRead): SQL {
  if (read === 'dense') {
    return sql`exists (select 1 from matters_fts where matters_fts match ${match} and rowid = ${matters.id})`
  }
  const hits = sql`(select rowid from matters_fts where matters_fts match ${match})`
  return read === 'many' ? sql`+${matters.id} in ${hits}` : sql`${matters.id} in ${hits}`
}

const maxMatterIdQuery = preparedQueries((db: DbOrTx) =>
  db
    .select({ n: sql<number | null>`max(${matters.id})` })
    .from(matters)
    .prepare()
)

// Measured at 100,000 matters: collecting the hit list costs about 0.1 µs a hit (100,000 hits:
// 11 ms); asking the index about one matter 5-25 µs (more for a longer phrase).
const PROBE_PER_HIT_COLLECTED = 250

/**
 * A term nearly every matter holds ("b0", the start of every ASIN): the walk down the sort index
 * meets a hit at almost every row, so asking the index about each matter it meets (100 asks for
 * a first page: 0.5 ms) is cheaper than collecting 100,000 hits first (11 ms). The walk meets
 * about (offset + limit) / density matters; ask when that costs less than collecting.
 */
function denseHits(db: DbOrTx, hits: number, reach: number): boolean {
  const matterIds = maxMatterIdQuery(db).get()?.n ?? 0
  return matterIds > 0 && reach * matterIds * PROBE_PER_HIT_COLLECTED < hits * hits
}

/** Matter ids whose text matches: FTS5 MATCH on matters_fts, LIKE on search_text for short terms. */
function textConditions(plan: TextPlan, read: HitsRead): SQL[] {
  const conditions: SQL[] = []
  if (plan.match) conditions.push(matchCondition(plan.match, read))
  for (const pattern of plan.likes) conditions.push(sql`${matters.searchText} like ${pattern} escape '\\'`)
  return conditions
}

const summaryColumns = {
  id: matters.id,
  reference: matters.reference,
  title: matters.title,
  kind: matters.kind,
  status: matters.status,
  rightsHolder: matters.rightsHolder,
  jurisdiction: matters.jurisdiction,
  marketplace: matters.marketplace,
  nextDeadline: matters.nextDeadline,
  lastActivityAt: matters.lastActivityAt
}

const toSummary = (
  r: { kind: string; status: string } & Omit<MatterSummary, 'kind' | 'status'>
): MatterSummary => ({
  ...r,
  kind: r.kind as MatterKind,
  status: r.status as MatterStatus
})

interface TextShape {
  match: boolean
  /** The match finds more than MANY_HITS matters. */
  many: boolean
  likes: number
  ids: boolean
}

/** The search's conditions with placeholders (match, like0.., ids): one query per shape of plan. */
function textConditionsPrepared(shape: TextShape): SQL[] {
  const conditions: SQL[] = []
  if (shape.match) conditions.push(matchCondition(sql.placeholder('match'), shape.many ? 'many' : 'few'))
  for (let i = 0; i < shape.likes; i++) {
    conditions.push(sql`${matters.searchText} like ${sql.placeholder(`like${i}`)} escape '\\'`)
  }
  if (shape.ids) conditions.push(inIds(matters.id))
  return conditions
}

/**
 * The global search runs on every keystroke: its two queries are built and prepared once per
 * connection and shape of plan (building drizzle SQL cost more than running it; npm run bench,
 * search.documents_short_cjk_absent), not on every call.
 */
function buildTextQueries(db: DbOrTx, shape: TextShape) {
  const where = and(...textConditionsPrepared(shape))
  return {
    list: db
      .select(summaryColumns)
      .from(matters)
      .where(where)
      .orderBy(desc(matters.lastActivityAt), desc(matters.id))
      .limit(sql.placeholder('limit'))
      .prepare(),
    count: db.select({ n: count() }).from(matters).where(where).prepare()
  }
}

const textSearchQueries = preparedQueries((db: DbOrTx) => {
  const byShape = new Map<string, ReturnType<typeof buildTextQueries>>()
  return (plan: TextPlan, ids: boolean, many: boolean) => {
    const shape = { match: plan.match !== null, many, likes: plan.likes.length, ids }
    const key = `${shape.match}|${shape.many}|${shape.likes}|${shape.ids}`
    let queries = byShape.get(key)
    if (!queries) byShape.set(key, (queries = buildTextQueries(db, shape)))
    return queries
  }
})

function textParams(plan: TextPlan, matterIds: number[]): Record<string, unknown> {
  const params: Record<string, unknown> = { ids: JSON.stringify(matterIds) }
  if (plan.match !== null) params.match = plan.match
  plan.likes.forEach((pattern, i) => (params[`like${i}`] = pattern))
  return params
}

/** The global search's matter hits: most recently worked on first. Empty plan: none. */
export function searchMattersByText(
  db: DbOrTx,
  plan: TextPlan,
  options: { matterIds: number[]; limit: number }
): MatterSummary[] {
  if (plan.match === null && plan.likes.length === 0) return []
  const many = plan.match !== null && ftsHits(db, plan.match) > MANY_HITS
  const { list } = textSearchQueries(db)(plan, options.matterIds.length > 0, many)
  return list.all({ ...textParams(plan, options.matterIds), limit: options.limit }).map(toSummary)
}

/** How many matters the global search's terms find, however many it lists: a COUNT off the FTS index. */
export function countMattersByText(db: DbOrTx, plan: TextPlan, options: { matterIds: number[] }): number {
  if (plan.match === null && plan.likes.length === 0) return 0
  const hits = plan.match !== null ? ftsHits(db, plan.match) : 0
  // Terms of 3+ characters and nothing else to check: the index's own count is the answer.
  if (plan.match !== null && plan.likes.length === 0 && options.matterIds.length === 0) return hits
  const { count: counted } = textSearchQueries(db)(plan, options.matterIds.length > 0, hits > MANY_HITS)
  return counted.get(textParams(plan, options.matterIds))?.n ?? 0
}

// ---- The register ----

const SORT_COLUMNS = {
  reference: matters.reference,
  title: matters.title,
  kind: matters.kind,
  status: matters.status,
  rightsHolder: matters.rightsHolder,
  jurisdiction: matters.jurisdiction,
  marketplace: matters.marketplace,
  nextDeadline: matters.nextDeadline,
  lastActivityAt: matters.lastActivityAt
} as const

export interface RegisterQuery {
  statuses: string[]
  kinds: string[]
  jurisdictions: string[]
  marketplaces: string[]
  text: TextPlan
  sort: keyof typeof SORT_COLUMNS
  direction: 'asc' | 'desc'
  offset: number
  limit: number
}

// The filter columns in matter_facet_values's numbering (facet 0-3).
const FILTER_COLUMNS = [
  ['statuses', matters.status],
  ['kinds', matters.kind],
  ['jurisdictions', matters.jurisdiction],
  ['marketplaces', matters.marketplace]
] as const

const facetIdsQuery = preparedQueries((db: DbOrTx) =>
  db
    .select({ id: matterFacetValues.id, value: matterFacetValues.value })
    .from(matterFacetValues)
    .where(
      and(
        eq(matterFacetValues.facet, sql.placeholder('facet')),
        sql`${matterFacetValues.value} in (select value from json_each(${sql.placeholder('values')}))`
      )
    )
    .prepare()
)

/**
 * A filter value's token in matters.facets: three private-use characters, so exactly one trigram
 * of the index and never one of a matter's text (migration 0014 writes the same from SQL).
 */
function facetToken(facet: number, id: number): string {
  return String.fromCodePoint(0xe000 + facet, 0xf0000 + Math.floor(id / 65536), 0xf0000 + (id % 65536))
}

/**
 * The register's filters as FTS5 column filters on matters_fts's facets column: any of a filter's
 * values, every filter. A value no matter has ever had has no number: token 0, which nothing
 * holds. Null without filters.
 */
function facetMatch(db: DbOrTx, query: Pick<RegisterQuery, (typeof FILTER_COLUMNS)[number][0]>) {
  const groups = FILTER_COLUMNS.map(([key], facet) => ({ facet, values: query[key] }))
    .filter(({ values }) => values.length > 0)
    .map(({ facet, values }) => {
      const ids = facetIdsQuery(db)
        .all({ facet, values: JSON.stringify(values) })
        .map((r) => r.id)
      return `facets : ${ftsAnyOf((ids.length ? ids : [0]).map((id) => facetToken(facet, id)))}`
    })
  return groups.length ? groups.join(' AND ') : null
}

/**
 * The register's filters as conditions on matters: through each column's index, or (`+column`,
 * hidden from the planner) checked on each row a walk down the sort index meets.
 */
function filterConditions(query: Pick<RegisterQuery, (typeof FILTER_COLUMNS)[number][0]>, indexed: boolean) {
  return FILTER_COLUMNS.filter(([key]) => query[key].length > 0).map(([key, column]) =>
    indexed
      ? inArray(column, query[key])
      : sql`+${column} in (${sql.join(
          query[key].map((v) => sql`${v}`),
          sql`, `
        )})`
  )
}

// Measured at 100,000 matters: sorting the filtered matters costs about 1.4 µs a matter (14,000
// open matters by title: 20 ms); walking the sort index about 0.6 µs a matter met.
const SORT_PER_ROW_WALKED = 2

/**
 * Filters that keep many matters (the open ones: one in seven) are cheaper checked on the rows a
 * walk down the sort index meets, about reach / share of them, than sorting every matter they
 * keep; filters that keep few are read off their own index and sorted.
 */
function walkFilters(db: DbOrTx, kept: number, reach: number): boolean {
  const matterIds = maxMatterIdQuery(db).get()?.n ?? 0
  return kept > 0 && reach * matterIds < kept * kept * SORT_PER_ROW_WALKED
}

/**
 * One page of the register. Every sort column has an index ordered (column, id), so a page is
 * read off the index, not sorted from the whole table: the matters with a value first, in the
 * index's order (backwards for descending, ties by id the same way), then those without one
 * (empty sorts last in either direction: no deadline is not "most urgent"), by id. The count of
 * those with a value is read only when a page reaches past them.
 */
export function listMatterSummaries(db: DbOrTx, query: RegisterQuery): MatterListPage {
  // A search within filters, or two filters or more, ask the search index: it counts the matters
  // that hold the terms and have every filter's value without reading a row (read off one
  // filter's own index, the others were checked on every matter it kept: 35 ms at 100,000).
  const filterColumns = FILTER_COLUMNS.filter(([key]) => query[key].length > 0).length
  const facets =
    query.text.match !== null || (filterColumns >= 2 && query.text.likes.length === 0)
      ? facetMatch(db, query)
      : null
  const text = facets
    ? { ...query.text, match: query.text.match === null ? facets : `${query.text.match} AND ${facets}` }
    : query.text
  const conditions = facets ? [] : filterConditions(query, true)
  const filtered = conditions.length > 0 || text.likes.length > 0
  const hits = text.match !== null ? ftsHits(db, text.match) : null
  const read: HitsRead = hits !== null && hits > MANY_HITS ? 'many' : 'few'
  const where = and(...conditions, ...textConditions(text, read))
  const column = SORT_COLUMNS[query.sort]
  const dir = query.direction === 'asc' ? asc : desc
  const valued = and(where, isNotNull(column))
  // What the search index answered alone (terms, filters) is counted by it, without a row read.
  const total =
    hits !== null && !filtered ? hits : (db.select({ n: count() }).from(matters).where(where).get()?.n ?? 0)
  const reach = query.offset + query.limit
  // The page's walk down the sort index may ask the search index matter by matter, or check the
  // filters on each row it meets; counts and the rest keep the hit list and the filters' indexes.
  const dense = read === 'many' && denseHits(db, hits!, reach)
  const walk = !dense && hits === null && conditions.length > 0 && walkFilters(db, total, reach)
  const pageWhere = dense
    ? and(...conditions, ...textConditions(text, 'dense'), isNotNull(column))
    : walk
      ? and(...filterConditions(query, false), ...textConditions(text, read), isNotNull(column))
      : valued
  const rows = db
    .select(summaryColumns)
    .from(matters)
    .where(pageWhere)
    .orderBy(dir(column), dir(matters.id))
    .limit(query.limit)
    .offset(query.offset)
    .all()
  if (rows.length < query.limit) {
    const withValue =
      rows.length > 0
        ? query.offset + rows.length
        : (db.select({ n: count() }).from(matters).where(valued).get()?.n ?? 0)
    rows.push(
      ...db
        .select(summaryColumns)
        .from(matters)
        .where(and(where, isNull(column)))
        .orderBy(asc(matters.id))
        .limit(query.limit - rows.length)
        .offset(Math.max(0, query.offset - withValue))
        .all()
    )
  }
  return { total, offset: query.offset, rows: rows.map(toSummary) }
}

/** The jurisdictions and marketplaces in use, for the register's filters. */
export function distinctJurisdictionsAndMarketplaces(db: DbOrTx): {
  jurisdictions: string[]
  marketplaces: string[]
} {
  const distinct = (column: typeof matters.jurisdiction | typeof matters.marketplace) =>
    db
      .selectDistinct({ v: column })
      .from(matters)
      .where(sql`${column} is not null and ${column} <> ''`)
      .orderBy(asc(column))
      .all()
      .map((r) => r.v as string)
  return { jurisdictions: distinct(matters.jurisdiction), marketplaces: distinct(matters.marketplace) }
}
