// The catalogue as the exposure engine reads it: each version with its product, listings (and
// their status history) and monthly sales. Batch reads, so a portfolio of 5,000 versions costs
// a handful of queries, not thousands.
import type { DbOrTx } from '../kernel/context'
import type { Sqlite } from '../kernel/repo'
import {
  allLinkRows,
  allListingRows,
  allProductRows,
  allSalesRows,
  allStatusRows,
  allVersionRows,
  linkRowsOfMatters,
  listingRowsOfVersions,
  productRowsOfIds,
  salesRowsOfVersions,
  statusRowsOfListingIds,
  versionRowsOfIds,
  type LinkRow,
  type ListingRow,
  type ProductRow,
  type SalesRow,
  type StatusRow,
  type VersionRow
} from './repo'

export interface VersionFacts {
  version: VersionRow
  product: ProductRow
  listings: { listing: ListingRow; history: StatusRow[] }[]
  sales: SalesRow[]
}

/** Rows by a key, each list in the rows' order. */
export function group<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>()
  for (const r of rows) {
    const k = key(r)
    const list = map.get(k)
    if (list) list.push(r)
    else map.set(k, [r])
  }
  return map
}

/** Facts of these versions, or of every version when none are named. */
export function versionFacts(
  tx: DbOrTx,
  sqlite: Sqlite,
  versionIds?: readonly number[]
): Map<number, VersionFacts> {
  const all = versionIds === undefined
  const versions = all ? allVersionRows(sqlite) : versionRowsOfIds(sqlite, [...new Set(versionIds)])
  const products = new Map(
    (all
      ? allProductRows(sqlite)
      : productRowsOfIds(sqlite, [...new Set(versions.map((v) => v.productId))])
    ).map((p) => [p.id, p])
  )
  const ids = versions.map((v) => v.id)
  const listings = all ? allListingRows(sqlite) : listingRowsOfVersions(sqlite, ids)
  const history = group(
    all
      ? allStatusRows(sqlite)
      : statusRowsOfListingIds(
          sqlite,
          listings.map((l) => l.id)
        ),
    (h) => h.listingId
  )
  const listingsByVersion = group(listings, (l) => l.versionId)
  const sales = group(all ? allSalesRows(sqlite) : salesRowsOfVersions(sqlite, ids), (s) => s.versionId)
  const out = new Map<number, VersionFacts>()
  for (const v of versions) {
    out.set(v.id, {
      version: v,
      product: products.get(v.productId)!,
      listings: (listingsByVersion.get(v.id) ?? []).map((listing) => ({
        listing,
        history: history.get(listing.id) ?? []
      })),
      sales: sales.get(v.id) ?? []
    })
  }
  return out
}

/** The matters' links to versions (every link when no matters are named). */
export function matterLinks(tx: DbOrTx, matterIds?: readonly number[]): LinkRow[] {
  return matterIds === undefined ? allLinkRows(tx) : linkRowsOfMatters(tx, [...matterIds])
}
