// The matter register: filter, free-text search, sort by any column, page through.
import type { z } from 'zod'
import type { Facets, MatterListPage, MatterListQuery } from '../../../shared/contract'
import type { MatterSummary } from '../../../shared/model'
import type { CoreContext } from '../kernel/context'
import {
  countMatterRows,
  countMattersByText,
  distinctJurisdictionsAndMarketplaces,
  listMatterSummaries,
  searchMattersByText
} from './repo'
import { searchPlan } from './search-text'

type ListQuery = z.output<typeof MatterListQuery>

export function listMatters(ctx: CoreContext, query: ListQuery): MatterListPage {
  return listMatterSummaries(ctx.db, { ...query, text: searchPlan(query.search) })
}

export function matterFacets(ctx: CoreContext): Facets {
  return distinctJurisdictionsAndMarketplaces(ctx.db)
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
  return searchMattersByText(ctx.db, searchPlan(query), options)
}

/** How many matters hold every term (findMattersByText lists at most its limit of them). */
export function countMattersMatching(
  ctx: CoreContext,
  query: string,
  options: { matterIds: number[] }
): number {
  return countMattersByText(ctx.db, searchPlan(query), options)
}
