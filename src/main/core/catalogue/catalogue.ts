// The product catalogue: products, their versions, listings and status history, and sales.
// A product is shared by every matter that accuses one of its versions, so a change here is
// a change on each of those matters (their search text and last activity follow).
import type { z } from 'zod'
import type {
  CatalogueListing,
  CatalogueListPage,
  CatalogueListQuery,
  CatalogueVersion,
  ListingInput,
  ListingSetStatusInput,
  ListingStatusCode,
  ListingUpdateInput,
  Product,
  ProductCreateInput,
  ProductUpdateInput,
  SalesMonth,
  SalesSetInput,
  VersionInput,
  VersionUpdateInput
} from '../../../shared/contract'
import { inTransaction, writeAudit, type CoreContext, type DbOrTx, type Tx } from '../kernel/context'
import { AppError, fieldError, notFound } from '../kernel/errors'
import {
  countLinksOfVersion,
  deleteListingRow,
  deleteProductRow,
  deleteStatusRow,
  deleteVersionRow,
  getListingRow,
  getProductRow,
  getStatusRow,
  getVersionRow,
  insertListingRow,
  insertProductRow,
  insertStatusRow,
  insertVersionRow,
  listingsOfVersions,
  listProductRows,
  matterIdsLinkedToVersions,
  salesOfVersions,
  statusRowsOfListings,
  updateListingRow,
  updateProductRow,
  updateVersionRow,
  upsertSalesRow,
  versionRowsByIds,
  versionsOfProduct,
  type ListingRow,
  type ProductRow,
  type SalesRow,
  type StatusRow,
  type VersionRow
} from './repo'

/** Called in the same transaction with the matters a catalogue change shows on. */
export type AfterCatalogueChange = (tx: Tx, matterIds: number[]) => void

const defined = <T extends Record<string, unknown>>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>

export const toProduct = (r: ProductRow): Product => ({
  id: r.id,
  name: r.name,
  sku: r.sku,
  brand: r.brand,
  category: r.category,
  launchDate: r.launchDate,
  notes: r.notes,
  imageSha256: r.imageSha256,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt
})

/** A listing's status on `day`: the last change on or before it; null before the first. */
export function statusOn(
  history: readonly { date: string; status: string }[],
  day: string
): ListingStatusCode | null {
  let status: ListingStatusCode | null = null
  for (const h of history) if (h.date <= day) status = h.status as ListingStatusCode
  return status
}

export function toListing(r: ListingRow, history: StatusRow[], today: string): CatalogueListing {
  const entries = history.map((h) => ({
    id: h.id,
    date: h.date,
    status: h.status as ListingStatusCode,
    reason: h.reason
  }))
  return {
    id: r.id,
    versionId: r.versionId,
    marketplace: r.marketplace,
    country: r.country,
    itemId: r.itemId,
    url: r.url,
    store: r.store,
    currency: r.currency,
    history: entries,
    status: statusOn(entries, today)
  }
}

export const toSales = (r: SalesRow): SalesMonth => ({
  id: r.id,
  month: r.month,
  units: r.units,
  revenue: r.revenueCents / 100,
  currency: r.currency,
  listingId: r.listingId
})

/** Versions with their listings (and status history) and sales, in the order they were added. */
export function versionsWithDetail(tx: DbOrTx, versions: VersionRow[], today: string): CatalogueVersion[] {
  const ids = versions.map((v) => v.id)
  const listingRows = listingsOfVersions(tx, ids)
  const history = new Map<number, StatusRow[]>()
  for (const h of statusRowsOfListings(
    tx,
    listingRows.map((l) => l.id)
  )) {
    const list = history.get(h.listingId) ?? []
    list.push(h)
    history.set(h.listingId, list)
  }
  const sales = salesOfVersions(tx, ids)
  return versions.map((v) => ({
    id: v.id,
    productId: v.productId,
    name: v.name,
    launchDate: v.launchDate,
    endOfSaleDate: v.endOfSaleDate,
    changes: v.changes,
    listings: listingRows
      .filter((l) => l.versionId === v.id)
      .map((l) => toListing(l, history.get(l.id) ?? [], today)),
    sales: sales.filter((s) => s.versionId === v.id).map(toSales)
  }))
}

export function listProducts(
  ctx: CoreContext,
  query: z.output<typeof CatalogueListQuery>
): CatalogueListPage {
  const page = listProductRows(ctx.db, query)
  const today = ctx.today()
  return {
    total: page.total,
    offset: query.offset,
    rows: page.rows.map((r) => {
      const versions = versionsWithDetail(ctx.db, versionsOfProduct(ctx.db, r.id), today)
      const live = versions
        .flatMap((v) => v.listings)
        .filter((l) => l.status === 'live' || l.status === 'reinstated')
      return {
        ...toProduct(r),
        versionCount: r.versionCount,
        listingCount: r.listingCount,
        liveListingCount: live.length,
        matterCount: r.matterCount
      }
    })
  }
}

// ---- rules that need the record: dates against the product and the listing's history ----

function checkVersionDates(
  product: ProductRow,
  v: { launchDate?: string | null },
  field = 'launchDate'
): void {
  if (product.launchDate && v.launchDate && v.launchDate < product.launchDate)
    throw fieldError(field, 'version_before_product')
}

/** A listing's history must start with it going live: nothing is removed before it was live. */
function checkHistory(history: readonly { date: string; status: string; id?: number }[]): void {
  const sorted = [...history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const firstLive = sorted.find((h) => h.status === 'live')
  const firstOther = sorted.find((h) => h.status !== 'live')
  if (firstOther && (!firstLive || firstOther.date < firstLive.date))
    throw fieldError(
      'date',
      firstOther.status === 'reinstated' ? 'reinstated_before_live' : 'removed_before_live'
    )
}

function productOfVersion(tx: DbOrTx, versionId: number): { version: VersionRow; product: ProductRow } {
  const version = getVersionRow(tx, versionId)
  if (!version) throw notFound('version', versionId)
  return { version, product: getProductRow(tx, version.productId)! }
}

// ---- products ----

export function createProduct(
  ctx: CoreContext,
  tx: Tx,
  input: { name: string } & Partial<z.output<typeof ProductCreateInput>>
): { id: number; versionId: number } {
  const { firstVersion, ...fields } = input
  const values = { ...fields, sku: fields.sku ?? null }
  const id = insertProductRow(tx, values, ctx.now())
  writeAudit(ctx, tx, { action: 'create', entity: 'product', entityId: id, matterId: null, after: values })
  const version = {
    productId: id,
    name: firstVersion?.name || 'v1',
    ...defined({ ...firstVersion, name: undefined })
  }
  checkVersionDates(getProductRow(tx, id)!, version, 'firstVersion.launchDate')
  const versionId = insertVersionRow(tx, version, ctx.now())
  writeAudit(ctx, tx, {
    action: 'create',
    entity: 'product_version',
    entityId: versionId,
    matterId: null,
    after: version
  })
  return { id, versionId }
}

export function updateProduct(
  ctx: CoreContext,
  input: z.output<typeof ProductUpdateInput>,
  after: AfterCatalogueChange
): { id: number } {
  return inTransaction(ctx, (tx) => {
    const before = getProductRow(tx, input.id)
    if (!before) throw notFound('product', input.id)
    const { id, ...fields } = input
    const change = defined(fields)
    const merged = { ...before, ...change }
    for (const v of versionsOfProduct(tx, id)) checkVersionDates(merged, v)
    updateProductRow(tx, id, change, ctx.now())
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'product',
      entityId: id,
      matterId: null,
      before,
      after: change
    })
    after(
      tx,
      matterIdsLinkedToVersions(
        tx,
        versionsOfProduct(tx, id).map((v) => v.id)
      )
    )
    return { id }
  })
}

export function removeProduct(ctx: CoreContext, id: number): { id: number } {
  return inTransaction(ctx, (tx) => {
    const before = getProductRow(tx, id)
    if (!before) throw notFound('product', id)
    const versions = versionsOfProduct(tx, id)
    if (
      matterIdsLinkedToVersions(
        tx,
        versions.map((v) => v.id)
      ).length
    )
      throw new AppError('product_in_use')
    deleteProductRow(tx, id)
    writeAudit(ctx, tx, { action: 'delete', entity: 'product', entityId: id, matterId: null, before })
    return { id }
  })
}

// ---- versions ----

export function addVersion(ctx: CoreContext, input: z.output<typeof VersionInput>): { id: number } {
  return inTransaction(ctx, (tx) => {
    const product = getProductRow(tx, input.productId)
    if (!product) throw notFound('product', input.productId)
    checkVersionDates(product, input)
    const id = insertVersionRow(tx, input, ctx.now())
    writeAudit(ctx, tx, {
      action: 'create',
      entity: 'product_version',
      entityId: id,
      matterId: null,
      after: input
    })
    return { id }
  })
}

export function updateVersion(
  ctx: CoreContext,
  input: z.output<typeof VersionUpdateInput>,
  after: AfterCatalogueChange
): { id: number } {
  return inTransaction(ctx, (tx) => {
    const { version: before, product } = productOfVersion(tx, input.id)
    const { id, ...fields } = input
    const change = defined(fields)
    const merged = { ...before, ...change }
    checkVersionDates(product, merged)
    if (merged.launchDate && merged.endOfSaleDate && merged.endOfSaleDate < merged.launchDate)
      throw fieldError('endOfSaleDate', 'ends_before_launch')
    updateVersionRow(tx, id, change)
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'product_version',
      entityId: id,
      matterId: null,
      before,
      after: change
    })
    after(tx, matterIdsLinkedToVersions(tx, [id]))
    return { id }
  })
}

export function removeVersion(ctx: CoreContext, id: number): { id: number } {
  return inTransaction(ctx, (tx) => {
    const { version: before } = productOfVersion(tx, id)
    if (countLinksOfVersion(tx, id) > 0) throw new AppError('version_in_use')
    if (versionsOfProduct(tx, before.productId).length === 1) throw new AppError('last_version')
    deleteVersionRow(tx, id)
    writeAudit(ctx, tx, { action: 'delete', entity: 'product_version', entityId: id, matterId: null, before })
    return { id }
  })
}

// ---- listings ----

export function addListingRow(
  ctx: CoreContext,
  tx: Tx,
  input: { versionId: number; marketplace: string } & Partial<z.output<typeof ListingInput>>
): number {
  const { initialStatus, ...fields } = input
  productOfVersion(tx, input.versionId)
  if (initialStatus) checkHistory([initialStatus])
  const values = { ...fields, marketplace: fields.marketplace }
  const id = insertListingRow(tx, values, ctx.now())
  writeAudit(ctx, tx, { action: 'create', entity: 'listing', entityId: id, matterId: null, after: values })
  if (initialStatus) {
    const s = { listingId: id, ...initialStatus, reason: initialStatus.reason ?? null }
    const sid = insertStatusRow(tx, s, ctx.now())
    writeAudit(ctx, tx, {
      action: 'create',
      entity: 'listing_status',
      entityId: sid,
      matterId: null,
      after: s
    })
  }
  return id
}

export function addListing(
  ctx: CoreContext,
  input: z.output<typeof ListingInput>,
  after: AfterCatalogueChange
): { id: number } {
  return inTransaction(ctx, (tx) => {
    const id = addListingRow(ctx, tx, input)
    after(tx, matterIdsLinkedToVersions(tx, [input.versionId]))
    return { id }
  })
}

export function updateListing(
  ctx: CoreContext,
  input: z.output<typeof ListingUpdateInput>,
  after: AfterCatalogueChange
): { id: number } {
  return inTransaction(ctx, (tx) => {
    const before = getListingRow(tx, input.id)
    if (!before) throw notFound('listing', input.id)
    const { id, ...fields } = input
    const change = defined(fields)
    updateListingRow(tx, id, change)
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'listing',
      entityId: id,
      matterId: null,
      before,
      after: change
    })
    after(tx, matterIdsLinkedToVersions(tx, [before.versionId]))
    return { id }
  })
}

export function removeListing(ctx: CoreContext, id: number, after: AfterCatalogueChange): { id: number } {
  return inTransaction(ctx, (tx) => {
    const before = getListingRow(tx, id)
    if (!before) throw notFound('listing', id)
    deleteListingRow(tx, id)
    writeAudit(ctx, tx, { action: 'delete', entity: 'listing', entityId: id, matterId: null, before })
    after(tx, matterIdsLinkedToVersions(tx, [before.versionId]))
    return { id }
  })
}

export function setListingStatus(
  ctx: CoreContext,
  input: z.output<typeof ListingSetStatusInput>,
  after: AfterCatalogueChange
): { id: number } {
  return inTransaction(ctx, (tx) => {
    const listing = getListingRow(tx, input.listingId)
    if (!listing) throw notFound('listing', input.listingId)
    if (input.date > ctx.today()) throw fieldError('date', 'date_in_future')
    const history = statusRowsOfListings(tx, [listing.id])
    checkHistory([...history, input])
    const values = {
      listingId: listing.id,
      date: input.date,
      status: input.status,
      reason: input.reason ?? null
    }
    const id = insertStatusRow(tx, values, ctx.now())
    writeAudit(ctx, tx, {
      action: 'create',
      entity: 'listing_status',
      entityId: id,
      matterId: null,
      after: values
    })
    after(tx, matterIdsLinkedToVersions(tx, [listing.versionId]))
    return { id }
  })
}

export function removeListingStatus(
  ctx: CoreContext,
  id: number,
  after: AfterCatalogueChange
): { id: number } {
  return inTransaction(ctx, (tx) => {
    const before = getStatusRow(tx, id)
    if (!before) throw notFound('listing_status', id)
    const rest = statusRowsOfListings(tx, [before.listingId]).filter((h) => h.id !== id)
    checkHistory(rest)
    deleteStatusRow(tx, id)
    writeAudit(ctx, tx, { action: 'delete', entity: 'listing_status', entityId: id, matterId: null, before })
    const listing = getListingRow(tx, before.listingId)!
    after(tx, matterIdsLinkedToVersions(tx, [listing.versionId]))
    return { id }
  })
}

// ---- sales ----

/** Checks sales rows against the version's listings (the listing's currency); the field errors by row. */
export function salesRowErrors(
  tx: DbOrTx,
  versionId: number,
  rows: readonly { month: string; currency: string; listingId?: number | null }[]
): { index: number; field: string; code: string }[] {
  const listings = new Map(listingsOfVersions(tx, [versionId]).map((l) => [l.id, l]))
  const errors: { index: number; field: string; code: string }[] = []
  rows.forEach((r, index) => {
    if (r.listingId != null) {
      const l = listings.get(r.listingId)
      if (!l) errors.push({ index, field: 'listingId', code: 'unknown_listing' })
      else if (l.currency && l.currency !== r.currency)
        errors.push({ index, field: 'currency', code: 'currency_mismatch' })
    }
  })
  return errors
}

export function writeSales(
  ctx: CoreContext,
  tx: Tx,
  versionId: number,
  rows: readonly {
    month: string
    units: number
    revenue: number
    currency: string
    listingId?: number | null
  }[]
): number {
  for (const r of rows) {
    upsertSalesRow(tx, {
      versionId,
      listingId: r.listingId ?? null,
      month: r.month,
      units: r.units,
      revenueCents: Math.round(r.revenue * 100),
      currency: r.currency
    })
  }
  writeAudit(ctx, tx, {
    action: 'update',
    entity: 'sales',
    entityId: versionId,
    matterId: null,
    after: { rows: rows.length }
  })
  return rows.length
}

export function setSales(ctx: CoreContext, input: z.output<typeof SalesSetInput>): { saved: number } {
  return inTransaction(ctx, (tx) => {
    productOfVersion(tx, input.versionId)
    const errors = salesRowErrors(tx, input.versionId, input.rows)
    if (errors.length)
      throw new AppError('validation', {
        fields: Object.fromEntries(errors.map((e) => [`rows.${e.index}.${e.field}`, e.code]))
      })
    return { saved: writeSales(ctx, tx, input.versionId, input.rows) }
  })
}

export { productOfVersion }

export interface VersionLabel {
  id: number
  productId: number
  productName: string
  versionName: string
}

/** "LX-200 v2" for each version id that exists. */
export function versionLabels(tx: DbOrTx, ids: number[]): VersionLabel[] {
  const versions = versionRowsByIds(tx, [...new Set(ids)])
  const productsById = new Map<number, ProductRow>()
  for (const v of versions) {
    if (!productsById.has(v.productId)) productsById.set(v.productId, getProductRow(tx, v.productId)!)
  }
  return versions.map((v) => ({
    id: v.id,
    productId: v.productId,
    productName: productsById.get(v.productId)!.name,
    versionName: v.name
  }))
}
