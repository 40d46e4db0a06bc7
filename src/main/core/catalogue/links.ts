// A matter's accused products are links to catalogue versions (and listings). Typing a product
// on a matter (the form, a letter's intake) finds it in the catalogue by ASIN or SKU, or adds it
// with a version "v1", so the same product in two matters is one product.
import type { z } from 'zod'
import type { LinkVersionInput, ProductInput } from '../../../shared/contract'
import type { AccusedProduct } from '../../../shared/model'
import { writeAudit, type CoreContext, type DbOrTx, type Tx } from '../kernel/context'
import { AppError, notFound } from '../kernel/errors'
import { undoConflict } from '../undo/removals'
import { addListingRow, createProduct, productOfVersion } from './catalogue'
import {
  accusedRowsOfMatter,
  deleteLinkRow,
  getLinkRow,
  getListingRow,
  getVersionRow,
  insertLinkRow,
  linkRowsOfMatters,
  reinsertLinkRow,
  latestVersionOf,
  listingsByItemId,
  matterIdsLinkedToVersions,
  productBySku,
  updateLinkRow,
  updateListingRow,
  updateProductRow,
  versionsOfProduct,
  type LinkRow
} from './repo'

type FreeText = z.output<typeof ProductInput>

export function accusedProductsOf(tx: DbOrTx, matterId: number): AccusedProduct[] {
  return accusedRowsOfMatter(tx, matterId).map(({ link, product, version, listing }) => ({
    id: link.id,
    matterId: link.matterId,
    productId: product.id,
    versionId: version.id,
    versionName: version.name,
    listingId: listing?.id ?? null,
    name: product.name,
    sku: product.sku,
    marketplaceItemId: listing?.itemId ?? null,
    marketplace: listing?.marketplace || null,
    listingUrl: listing?.url ?? null
  }))
}

const hasListing = (p: FreeText): boolean => Boolean(p.marketplaceItemId || p.listingUrl || p.marketplace)

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase()

/**
 * The version and listing a typed product names: found by item id, else by SKU, else (no SKU)
 * the product of the same name this matter already accuses (a letter naming the LX-200 under two
 * ASINs accuses one product with two listings), else added.
 */
function resolve(
  ctx: CoreContext,
  tx: Tx,
  matterId: number,
  p: FreeText
): { versionId: number; listingId: number | null } {
  if (p.marketplaceItemId) {
    const listing = listingsByItemId(tx, p.marketplaceItemId, p.marketplace)[0]
    if (listing) return { versionId: listing.versionId, listingId: listing.id }
  }
  const product = p.sku
    ? productBySku(tx, p.sku)
    : accusedRowsOfMatter(tx, matterId).find((r) => !r.product.sku && sameName(r.product.name, p.name))
        ?.product
  const versionId = product
    ? latestVersionOf(tx, product.id)!.id
    : createProduct(ctx, tx, { name: p.name, sku: p.sku ?? null }).versionId
  const listingId = hasListing(p)
    ? addListingRow(ctx, tx, {
        versionId,
        marketplace: p.marketplace ?? '',
        itemId: p.marketplaceItemId ?? null,
        url: p.listingUrl ?? null
      })
    : null
  return { versionId, listingId }
}

export function linkTypedProduct(ctx: CoreContext, tx: Tx, matterId: number, p: FreeText): number {
  const target = resolve(ctx, tx, matterId, p)
  const id = insertLinkRow(tx, { matterId, ...target }, ctx.now())
  writeAudit(ctx, tx, {
    action: 'create',
    entity: 'accused_product',
    entityId: id,
    matterId,
    after: { ...p, ...target }
  })
  return id
}

export function linkVersion(ctx: CoreContext, tx: Tx, input: z.output<typeof LinkVersionInput>): number {
  productOfVersion(tx, input.versionId)
  if (input.listingId != null) {
    const listing = getListingRow(tx, input.listingId)
    if (!listing || listing.versionId !== input.versionId) throw notFound('listing', input.listingId)
  }
  const values = { matterId: input.matterId, versionId: input.versionId, listingId: input.listingId ?? null }
  const id = insertLinkRow(tx, values, ctx.now())
  writeAudit(ctx, tx, {
    action: 'create',
    entity: 'accused_product',
    entityId: id,
    matterId: input.matterId,
    after: values
  })
  return id
}

/**
 * Edits what a matter's product row shows. Name and SKU are the shared product's (every matter
 * linking it sees them); the item id, marketplace and URL are the linked listing's, or name a
 * listing found or added when the row had none or a different item id.
 */
export function updateTypedProduct(
  ctx: CoreContext,
  tx: Tx,
  id: number,
  p: Partial<FreeText>
): { matterId: number; productId: number } {
  const link = getLinkRow(tx, id)
  if (!link) throw notFound('accused_product', id)
  const { version, product } = productOfVersion(tx, link.versionId)
  const productChange = {
    ...(p.name !== undefined ? { name: p.name } : {}),
    ...(p.sku !== undefined ? { sku: p.sku } : {})
  }
  if (Object.keys(productChange).length) {
    updateProductRow(tx, product.id, productChange, ctx.now())
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'product',
      entityId: product.id,
      matterId: link.matterId,
      before: product,
      after: productChange
    })
  }
  const listing = link.listingId ? getListingRow(tx, link.listingId) : undefined
  const listingChange = {
    ...(p.marketplaceItemId !== undefined ? { itemId: p.marketplaceItemId } : {}),
    ...(p.marketplace !== undefined ? { marketplace: p.marketplace ?? '' } : {}),
    ...(p.listingUrl !== undefined ? { url: p.listingUrl } : {})
  }
  if (Object.keys(listingChange).length) {
    if (listing) {
      updateListingRow(tx, listing.id, listingChange)
      writeAudit(ctx, tx, {
        action: 'update',
        entity: 'listing',
        entityId: listing.id,
        matterId: link.matterId,
        before: listing,
        after: listingChange
      })
    } else if (p.marketplaceItemId || p.listingUrl || p.marketplace) {
      const listingId = addListingRow(ctx, tx, {
        versionId: version.id,
        marketplace: p.marketplace ?? '',
        itemId: p.marketplaceItemId ?? null,
        url: p.listingUrl ?? null
      })
      updateLinkRow(tx, id, { listingId })
    }
  }
  writeAudit(ctx, tx, {
    action: 'update',
    entity: 'accused_product',
    entityId: id,
    matterId: link.matterId,
    before: link,
    after: p
  })
  return { matterId: link.matterId, productId: product.id }
}

/** Takes the product off the matter; the catalogue keeps it. */
/** A removed link of a matter to a product version (and listing), id included. */
export type RemovedLink = LinkRow

/** Takes the product off the matter; the catalogue keeps it. Answers the link that was removed. */
export function unlinkProduct(ctx: CoreContext, tx: Tx, id: number): RemovedLink {
  const link = getLinkRow(tx, id)
  if (!link) throw notFound('accused_product', id)
  deleteLinkRow(tx, id)
  writeAudit(ctx, tx, {
    action: 'delete',
    entity: 'accused_product',
    entityId: id,
    matterId: link.matterId,
    before: link
  })
  return link
}

/**
 * Puts a removed link back, same id, version and listing, inside the caller's transaction.
 * Refused when the version or listing is gone from the catalogue or the matter accuses that
 * version again (linked anew since).
 */
export function restoreLink(ctx: CoreContext, tx: Tx, link: RemovedLink): void {
  if (getLinkRow(tx, link.id)) throw new AppError('undo_already_restored')
  if (!getVersionRow(tx, link.versionId)) throw undoConflict('product_gone')
  if (link.listingId !== null && !getListingRow(tx, link.listingId)) throw undoConflict('listing_gone')
  if (linkRowsOfMatters(tx, [link.matterId]).some((l) => l.versionId === link.versionId))
    throw undoConflict('product_accused_again')
  reinsertLinkRow(tx, link)
  writeAudit(ctx, tx, {
    action: 'restore',
    entity: 'accused_product',
    entityId: link.id,
    matterId: link.matterId,
    after: link
  })
}

/** Every matter accusing a version of the product. */
export function matterIdsOfProduct(tx: DbOrTx, productId: number): number[] {
  return matterIdsLinkedToVersions(
    tx,
    versionsOfProduct(tx, productId).map((v) => v.id)
  )
}
