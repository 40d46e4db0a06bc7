// The matter register: filter, free-text search, sort by any column, page through.
import { and, asc, count, desc, inArray, sql, type SQL } from 'drizzle-orm'
import type { z } from 'zod'
import type { Facets, MatterListPage, MatterListQuery } from '../../../shared/contract'
import type { MatterKind, MatterStatus } from '../../../shared/model'
import type { CoreContext } from '../kernel/context'
import { matters } from '../db/schema'
import { searchPlan } from './search-text'

type ListQuery = z.output<typeof MatterListQuery>

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

function whereFor(query: ListQuery): SQL | undefined {
  const conditions: SQL[] = []
  if (query.statuses.length) conditions.push(inArray(matters.status, query.statuses))
  if (query.kinds.length) conditions.push(inArray(matters.kind, query.kinds))
  if (query.jurisdictions.length) conditions.push(inArray(matters.jurisdiction, query.jurisdictions))
  if (query.marketplaces.length) conditions.push(inArray(matters.marketplace, query.marketplaces))
  const plan = searchPlan(query.search)
  if (plan.match) {
    conditions.push(
      sql`${matters.id} in (select rowid from matters_fts where matters_fts match ${plan.match})`
    )
  }
  for (const pattern of plan.likes) {
    conditions.push(sql`${matters.searchText} like ${pattern} escape '\\'`)
  }
  return conditions.length ? and(...conditions) : undefined
}

export function listMatters(ctx: CoreContext, query: ListQuery): MatterListPage {
  const where = whereFor(query)
  const column = SORT_COLUMNS[query.sort]
  const dir = query.direction === 'asc' ? asc : desc
  // Empty values sort last in either direction: a matter with no deadline is not "most urgent".
  const order = [sql`${column} is null`, dir(column), asc(matters.id)]
  const rows = ctx.db
    .select(summaryColumns)
    .from(matters)
    .where(where)
    .orderBy(...order)
    .limit(query.limit)
    .offset(query.offset)
    .all()
  const total = ctx.db.select({ n: count() }).from(matters).where(where).get()?.n ?? 0
  return {
    total,
    offset: query.offset,
    rows: rows.map((r) => ({ ...r, kind: r.kind as MatterKind, status: r.status as MatterStatus }))
  }
}

export function matterFacets(ctx: CoreContext): Facets {
  const distinct = (column: typeof matters.jurisdiction | typeof matters.marketplace) =>
    ctx.db
      .selectDistinct({ v: column })
      .from(matters)
      .where(sql`${column} is not null and ${column} <> ''`)
      .orderBy(asc(column))
      .all()
      .map((r) => r.v as string)
  return { jurisdictions: distinct(matters.jurisdiction), marketplaces: distinct(matters.marketplace) }
}
