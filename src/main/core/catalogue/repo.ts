// Every query of the catalogue area: products, versions, listings with their status history,
// monthly sales, and the matters' links to versions and listings.
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm'
import {
  listingStatusChanges,
  listings,
  matterProducts,
  matters,
  productVersions,
  products,
  salesMonths
} from '../db/schema'
import { inIds, prepared, preparedQueries } from '../db/statements'
import type { DbOrTx } from '../kernel/context'
import { likePattern, type Sqlite } from '../kernel/repo'

export type ProductRow = typeof products.$inferSelect
export type NewProductRow = Omit<typeof products.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>
export type VersionRow = typeof productVersions.$inferSelect
export type NewVersionRow = Omit<typeof productVersions.$inferInsert, 'id' | 'createdAt'>
export type ListingRow = typeof listings.$inferSelect
export type NewListingRow = Omit<typeof listings.$inferInsert, 'id' | 'createdAt'>
export type StatusRow = typeof listingStatusChanges.$inferSelect
export type SalesRow = typeof salesMonths.$inferSelect
export type LinkRow = typeof matterProducts.$inferSelect

// ---- products ----

export function insertProductRow(tx: DbOrTx, values: NewProductRow, at: string): number {
  return tx
    .insert(products)
    .values({ ...values, createdAt: at, updatedAt: at })
    .returning({ id: products.id })
    .get().id
}

export function getProductRow(tx: DbOrTx, id: number): ProductRow | undefined {
  return tx.select().from(products).where(eq(products.id, id)).get()
}

export function updateProductRow(tx: DbOrTx, id: number, values: Partial<NewProductRow>, at: string): void {
  tx.update(products)
    .set({ ...values, updatedAt: at })
    .where(eq(products.id, id))
    .run()
}

export function deleteProductRow(tx: DbOrTx, id: number): void {
  tx.delete(products).where(eq(products.id, id)).run()
}

export function productBySku(tx: DbOrTx, sku: string): ProductRow | undefined {
  return tx
    .select()
    .from(products)
    .where(sql`${products.sku} = ${sku} COLLATE NOCASE`)
    .orderBy(asc(products.id))
    .get()
}

export interface ProductListRow extends ProductRow {
  versionCount: number
  listingCount: number
  matterCount: number
}

/** Products whose name, SKU, brand or a listing's item id contains every word. */
export function listProductRows(
  tx: DbOrTx,
  query: { search: string; offset: number; limit: number }
): { total: number; rows: ProductListRow[] } {
  const words = query.search.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)
  const where = words.length
    ? and(
        ...words.map((w) => {
          const p = likePattern(w)
          return sql`(lower(${products.name}) like ${p} escape '\\' or lower(coalesce(${products.sku}, '')) like ${p} escape '\\' or lower(coalesce(${products.brand}, '')) like ${p} escape '\\' or exists (select 1 from ${listings} l join ${productVersions} v on v.id = l.version_id where v.product_id = "products"."id" and lower(coalesce(l.item_id, '')) like ${p} escape '\\'))`
        })
      )
    : undefined
  const total = tx.select({ n: count() }).from(products).where(where).get()?.n ?? 0
  const rows = tx
    .select({
      p: products,
      versionCount: sql<number>`(select count(*) from ${productVersions} v where v.product_id = "products"."id")`,
      listingCount: sql<number>`(select count(*) from ${listings} l join ${productVersions} v on v.id = l.version_id where v.product_id = "products"."id")`,
      matterCount: sql<number>`(select count(distinct mp.matter_id) from ${matterProducts} mp join ${productVersions} v on v.id = mp.version_id where v.product_id = "products"."id")`
    })
    .from(products)
    .where(where)
    .orderBy(asc(products.name), asc(products.id))
    .limit(query.limit)
    .offset(query.offset)
    .all()
  return {
    total,
    rows: rows.map((r) => ({
      ...r.p,
      versionCount: r.versionCount,
      listingCount: r.listingCount,
      matterCount: r.matterCount
    }))
  }
}

// ---- versions ----

export function insertVersionRow(tx: DbOrTx, values: NewVersionRow, at: string): number {
  return tx
    .insert(productVersions)
    .values({ ...values, createdAt: at })
    .returning({ id: productVersions.id })
    .get().id
}

export function getVersionRow(tx: DbOrTx, id: number): VersionRow | undefined {
  return tx.select().from(productVersions).where(eq(productVersions.id, id)).get()
}

// The exposure engine's reads by lists of ids, prepared once per connection (npm run bench,
// catalogue.matter_*): building drizzle's SQL cost more than running it.
const byIdsQueries = preparedQueries((tx: DbOrTx) => ({
  versions: tx.select().from(productVersions).where(inIds(productVersions.id)).prepare(),
  listings: tx.select().from(listings).where(inIds(listings.versionId)).orderBy(asc(listings.id)).prepare(),
  status: tx
    .select()
    .from(listingStatusChanges)
    .where(inIds(listingStatusChanges.listingId))
    .orderBy(asc(listingStatusChanges.date), asc(listingStatusChanges.id))
    .prepare(),
  sales: tx
    .select()
    .from(salesMonths)
    .where(inIds(salesMonths.versionId))
    .orderBy(asc(salesMonths.month), asc(salesMonths.id))
    .prepare(),
  links: tx
    .select()
    .from(matterProducts)
    .where(inIds(matterProducts.matterId))
    .orderBy(asc(matterProducts.id))
    .prepare()
}))

export function versionRowsByIds(tx: DbOrTx, ids: number[]): VersionRow[] {
  return ids.length ? byIdsQueries(tx).versions.all({ ids: JSON.stringify(ids) }) : []
}

export function versionsOfProduct(tx: DbOrTx, productId: number): VersionRow[] {
  return tx
    .select()
    .from(productVersions)
    .where(eq(productVersions.productId, productId))
    .orderBy(asc(productVersions.id))
    .all()
}

export function latestVersionOf(tx: DbOrTx, productId: number): VersionRow | undefined {
  return tx
    .select()
    .from(productVersions)
    .where(eq(productVersions.productId, productId))
    .orderBy(desc(productVersions.id))
    .get()
}

export function updateVersionRow(tx: DbOrTx, id: number, values: Partial<NewVersionRow>): void {
  tx.update(productVersions).set(values).where(eq(productVersions.id, id)).run()
}

export function deleteVersionRow(tx: DbOrTx, id: number): void {
  tx.delete(productVersions).where(eq(productVersions.id, id)).run()
}

// ---- listings ----

export function insertListingRow(tx: DbOrTx, values: NewListingRow, at: string): number {
  return tx
    .insert(listings)
    .values({ ...values, createdAt: at })
    .returning({ id: listings.id })
    .get().id
}

export function getListingRow(tx: DbOrTx, id: number): ListingRow | undefined {
  return tx.select().from(listings).where(eq(listings.id, id)).get()
}

export function updateListingRow(tx: DbOrTx, id: number, values: Partial<NewListingRow>): void {
  tx.update(listings).set(values).where(eq(listings.id, id)).run()
}

export function deleteListingRow(tx: DbOrTx, id: number): void {
  tx.delete(listings).where(eq(listings.id, id)).run()
}

/** Listings with this item id (ASIN), those on the named marketplace first. */
export function listingsByItemId(tx: DbOrTx, itemId: string, marketplace?: string | null): ListingRow[] {
  return tx
    .select()
    .from(listings)
    .where(sql`${listings.itemId} = ${itemId} COLLATE NOCASE`)
    .orderBy(
      sql`case when ${listings.marketplace} = ${marketplace ?? ''} COLLATE NOCASE then 0 else 1 end`,
      asc(listings.id)
    )
    .all()
}

export function listingsOfVersions(tx: DbOrTx, versionIds: number[]): ListingRow[] {
  return versionIds.length ? byIdsQueries(tx).listings.all({ ids: JSON.stringify(versionIds) }) : []
}

export function statusRowsOfListings(tx: DbOrTx, listingIds: number[]): StatusRow[] {
  return listingIds.length ? byIdsQueries(tx).status.all({ ids: JSON.stringify(listingIds) }) : []
}

export function insertStatusRow(
  tx: DbOrTx,
  values: Omit<typeof listingStatusChanges.$inferInsert, 'id' | 'createdAt'>,
  at: string
): number {
  return tx
    .insert(listingStatusChanges)
    .values({ ...values, createdAt: at })
    .returning({ id: listingStatusChanges.id })
    .get().id
}

export function getStatusRow(tx: DbOrTx, id: number): StatusRow | undefined {
  return tx.select().from(listingStatusChanges).where(eq(listingStatusChanges.id, id)).get()
}

export function deleteStatusRow(tx: DbOrTx, id: number): void {
  tx.delete(listingStatusChanges).where(eq(listingStatusChanges.id, id)).run()
}

// ---- sales ----

export function salesOfVersions(tx: DbOrTx, versionIds: number[]): SalesRow[] {
  return versionIds.length ? byIdsQueries(tx).sales.all({ ids: JSON.stringify(versionIds) }) : []
}

/** Writes a month's figures, replacing the ones of the same version, listing, month and currency. */
export function upsertSalesRow(tx: DbOrTx, row: Omit<SalesRow, 'id'>): void {
  tx.delete(salesMonths)
    .where(
      and(
        eq(salesMonths.versionId, row.versionId),
        sql`coalesce(${salesMonths.listingId}, 0) = ${row.listingId ?? 0}`,
        eq(salesMonths.month, row.month),
        eq(salesMonths.currency, row.currency)
      )
    )
    .run()
  tx.insert(salesMonths).values(row).run()
}

// ---- matters' links ----

export function insertLinkRow(
  tx: DbOrTx,
  values: { matterId: number; versionId: number; listingId: number | null },
  at: string
): number {
  return tx
    .insert(matterProducts)
    .values({ ...values, createdAt: at })
    .returning({ id: matterProducts.id })
    .get().id
}

/** A link put back as it was (undo of a removal): every column, its id included. */
export function reinsertLinkRow(tx: DbOrTx, row: LinkRow): void {
  tx.insert(matterProducts).values(row).run()
}

export function getLinkRow(tx: DbOrTx, id: number): LinkRow | undefined {
  return tx.select().from(matterProducts).where(eq(matterProducts.id, id)).get()
}

export function updateLinkRow(tx: DbOrTx, id: number, values: Partial<Omit<LinkRow, 'id'>>): void {
  tx.update(matterProducts).set(values).where(eq(matterProducts.id, id)).run()
}

export function deleteLinkRow(tx: DbOrTx, id: number): void {
  tx.delete(matterProducts).where(eq(matterProducts.id, id)).run()
}

export function linkRowsOfMatters(tx: DbOrTx, matterIds: number[]): LinkRow[] {
  return matterIds.length ? byIdsQueries(tx).links.all({ ids: JSON.stringify(matterIds) }) : []
}

export function allLinkRows(tx: DbOrTx): LinkRow[] {
  return tx.select().from(matterProducts).orderBy(asc(matterProducts.id)).all()
}

// The matter page's accused-products read, prepared once per connection.
const accusedOfMatterQuery = preparedQueries((tx: DbOrTx) =>
  tx
    .select({ link: matterProducts, product: products, version: productVersions, listing: listings })
    .from(matterProducts)
    .innerJoin(productVersions, eq(productVersions.id, matterProducts.versionId))
    .innerJoin(products, eq(products.id, productVersions.productId))
    .leftJoin(listings, eq(listings.id, matterProducts.listingId))
    .where(eq(matterProducts.matterId, sql.placeholder('id')))
    .orderBy(asc(matterProducts.id))
    .prepare()
)

/** A matter's accused products as its page lists them: link, product, version, listing. */
export function accusedRowsOfMatter(
  tx: DbOrTx,
  matterId: number
): { link: LinkRow; product: ProductRow; version: VersionRow; listing: ListingRow | null }[] {
  return accusedOfMatterQuery(tx).all({ id: matterId })
}

/** Links to any version of a product, with the matter's reference and title (a read join). */
export function linksOfProduct(
  tx: DbOrTx,
  productId: number
): { link: LinkRow; reference: string; title: string; kind: string; status: string }[] {
  return tx
    .select({
      link: matterProducts,
      reference: matters.reference,
      title: matters.title,
      kind: matters.kind,
      status: matters.status
    })
    .from(matterProducts)
    .innerJoin(productVersions, eq(productVersions.id, matterProducts.versionId))
    .innerJoin(matters, eq(matters.id, matterProducts.matterId))
    .where(eq(productVersions.productId, productId))
    .orderBy(asc(matterProducts.id))
    .all()
}

export function matterIdsLinkedToVersions(tx: DbOrTx, versionIds: number[]): number[] {
  if (!versionIds.length) return []
  return tx
    .selectDistinct({ m: matterProducts.matterId })
    .from(matterProducts)
    .where(inArray(matterProducts.versionId, versionIds))
    .all()
    .map((r) => r.m)
}

export function countLinksOfVersion(tx: DbOrTx, versionId: number): number {
  return (
    tx.select({ n: count() }).from(matterProducts).where(eq(matterProducts.versionId, versionId)).get()?.n ??
    0
  )
}

// ---- whole-catalogue reads (the portfolio view): raw prepared SQL, columns aliased to the row
// types, because drizzle's row mapping cost more than the query over 50,000 listings ----

const PRODUCT_COLUMNS = `id, name, sku, brand, category, launch_date as launchDate, image_sha256 as imageSha256,
  notes, created_at as createdAt, updated_at as updatedAt`
const VERSION_COLUMNS = `id, product_id as productId, name, launch_date as launchDate,
  end_of_sale_date as endOfSaleDate, changes, created_at as createdAt`
const IN_IDS = 'in (select value from json_each(?))'

/** Rows of `sql` (its one parameter: the ids as a JSON array); none for no ids. */
function rowsOfIds<T>(sqlite: Sqlite, sql: string, ids: readonly number[]): T[] {
  return ids.length ? (prepared(sqlite, sql).all(JSON.stringify(ids)) as T[]) : []
}

/**
 * The rows of `select` as tuples of `columns`: many rows cost more to hand over one by one than
 * as one JSON array parsed at once (50,000 listings; a matter's 200 listings too).
 */
function tuples<T>(sqlite: Sqlite, columns: string, select: string, ids?: readonly number[]): T[] {
  if (ids && !ids.length) return []
  const statement = prepared(
    sqlite,
    `select json_group_array(json_array(${columns})) as rows from (${select})`
  )
  const { rows } = (ids ? statement.get(JSON.stringify(ids)) : statement.get()) as { rows: string }
  return JSON.parse(rows) as T[]
}

const LISTING_TUPLE = 'id, version_id, marketplace, country, item_id, url, store, currency, created_at'
type ListingTuple = [
  number,
  number,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string
]
const listingOf = ([
  id,
  versionId,
  marketplace,
  country,
  itemId,
  url,
  store,
  currency,
  createdAt
]: ListingTuple): ListingRow => ({
  id,
  versionId,
  marketplace,
  country,
  itemId,
  url,
  store,
  currency,
  createdAt
})

const STATUS_TUPLE = 'id, listing_id, date, status, reason, created_at'
type StatusTuple = [number, number, string, string, string | null, string]
const statusOf = ([id, listingId, date, status, reason, createdAt]: StatusTuple): StatusRow => ({
  id,
  listingId,
  date,
  status,
  reason,
  createdAt
})

const SALES_TUPLE = 'id, version_id, listing_id, month, units, revenue_cents, currency'
type SalesTuple = [number, number, number | null, string, number, number, string]
const salesOf = ([id, versionId, listingId, month, units, revenueCents, currency]: SalesTuple): SalesRow => ({
  id,
  versionId,
  listingId,
  month,
  units,
  revenueCents,
  currency
})

// The exposure engine's reads of some versions (a matter's, or those a write touched): raw
// prepared SQL like the whole-catalogue reads, the same rows as the drizzle reads by ids above.

export function productRowsOfIds(sqlite: Sqlite, ids: readonly number[]): ProductRow[] {
  return rowsOfIds(sqlite, `select ${PRODUCT_COLUMNS} from products where id ${IN_IDS}`, ids)
}

export function versionRowsOfIds(sqlite: Sqlite, ids: readonly number[]): VersionRow[] {
  return rowsOfIds(sqlite, `select ${VERSION_COLUMNS} from product_versions where id ${IN_IDS}`, ids)
}

export function listingRowsOfVersions(sqlite: Sqlite, versionIds: readonly number[]): ListingRow[] {
  return tuples<ListingTuple>(
    sqlite,
    LISTING_TUPLE,
    `select * from listings where version_id ${IN_IDS} order by id`,
    versionIds
  ).map(listingOf)
}

export function statusRowsOfListingIds(sqlite: Sqlite, listingIds: readonly number[]): StatusRow[] {
  return tuples<StatusTuple>(
    sqlite,
    STATUS_TUPLE,
    `select * from listing_status_changes where listing_id ${IN_IDS} order by date, id`,
    listingIds
  ).map(statusOf)
}

export function salesRowsOfVersions(sqlite: Sqlite, versionIds: readonly number[]): SalesRow[] {
  return tuples<SalesTuple>(
    sqlite,
    SALES_TUPLE,
    `select * from sales_months where version_id ${IN_IDS} order by month, id`,
    versionIds
  ).map(salesOf)
}

export function allProductRows(sqlite: Sqlite): ProductRow[] {
  return prepared(sqlite, `select ${PRODUCT_COLUMNS} from products`).all() as ProductRow[]
}

export function allVersionRows(sqlite: Sqlite): VersionRow[] {
  return prepared(sqlite, `select ${VERSION_COLUMNS} from product_versions order by id`).all() as VersionRow[]
}

export function allListingRows(sqlite: Sqlite): ListingRow[] {
  return tuples<ListingTuple>(sqlite, LISTING_TUPLE, 'select * from listings order by id').map(listingOf)
}

/** By listing and date, straight off the (listing_id, date) index. */
export function allStatusRows(sqlite: Sqlite): StatusRow[] {
  return tuples<StatusTuple>(
    sqlite,
    STATUS_TUPLE,
    'select * from listing_status_changes order by listing_id, date, id'
  ).map(statusOf)
}

export function allSalesRows(sqlite: Sqlite): SalesRow[] {
  return tuples<SalesTuple>(sqlite, SALES_TUPLE, 'select * from sales_months order by month, id').map(salesOf)
}
