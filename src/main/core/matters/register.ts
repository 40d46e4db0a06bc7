// The matter register: filter, free-text search, sort by any column, page through.
import type { z } from 'zod'
import type { Facets, MatterListPage, MatterListQuery } from '../../../shared/contract'
import type { MatterSummary } from '../../../shared/model'
import type { CoreContext } from '../kernel/context'
import { dataVersion, takeRowKeys, trigramPrefixLookup, watchRowKeys } from '../kernel/repo'
import {
  countMatterRows,
  countMattersByText,
  distinctJurisdictionsAndMarketplaces,
  listMatterSummaries,
  searchMattersByText
} from './repo'
import { searchPlan } from './search-text'

type ListQuery = z.output<typeof MatterListQuery>

/** The search's plan, short terms looked up in the matters index's vocabulary. */
function planOf(ctx: CoreContext, query: string) {
  return searchPlan(query, trigramPrefixLookup(ctx.sqlite, 'matters_fts'))
}

export function listMatters(ctx: CoreContext, query: ListQuery): MatterListPage {
  return listMatterSummaries(ctx.db, { ...query, text: planOf(ctx, query.search) })
}

// The filter menus' values read every matter (a DISTINCT over 100,000 rows takes ~150 ms): kept
// per connection until a matter's jurisdiction or marketplace is written (or another connection
// commits), so opening the register again does not pay it.
const FACET_WATCH = [{ table: 'matters', columns: ['jurisdiction', 'marketplace'], keys: [] }] as const
const keptFacets = new WeakMap<object, { version: number; facets: Facets }>()

export function matterFacets(ctx: CoreContext): Facets {
  // Watched from the first read on: every later insert, delete or write of the two columns.
  watchRowKeys(ctx.sqlite, 'facets', FACET_WATCH)
  const written = takeRowKeys(ctx.sqlite, 'facets').length > 0
  const version = dataVersion(ctx.sqlite)
  const kept = keptFacets.get(ctx.sqlite)
  if (kept && !written && kept.version === version) return kept.facets
  const facets = distinctJurisdictionsAndMarketplaces(ctx.db)
  keptFacets.set(ctx.sqlite, { version, facets })
  return facets
}

export function countMatters(ctx: CoreContext): number {
  return countMatterRows(ctx.db)
}

/** Matters whose fields hold every term, most recently worked on first (the global search box). */
export function findMattersByText(
  ctx: CoreContext,
  query: string,
  options: { matterIds: number[]; limit: number }
): MatterSummary[] {
  return searchMattersByText(ctx.db, planOf(ctx, query), options)
}

/** How many matters hold every term (findMattersByText lists at most its limit of them). */
export function countMattersMatching(
  ctx: CoreContext,
  query: string,
  options: { matterIds: number[] }
): number {
  return countMattersByText(ctx.db, planOf(ctx, query), options)
}
