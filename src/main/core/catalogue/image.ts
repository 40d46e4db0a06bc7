// A product's image: bytes uploaded through the documents area's upload path (streamed into the
// vault, type detected from the bytes, HTML and scripted SVG refused), then named on the product.
// Only a raster photo is taken (PNG, JPEG, WebP, GIF), up to 10 MB; the page reads it back whole.
import type { ProductImage } from '../../../shared/contract'
import { blobBytes, uploadedBlob } from '../documents/uploads'
import { inTransaction, writeAudit, type CoreContext } from '../kernel/context'
import { fieldError, notFound } from '../kernel/errors'
import type { Workspace } from '../kernel/workspace-context'
import { getProductRow, updateProductRow } from './repo'

export const PRODUCT_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const
export const PRODUCT_IMAGE_MAX_BYTES = 10 * 1024 * 1024

/** Names the uploaded bytes as the product's image (null: no image); the bytes stay in the vault. */
export function setProductImage(ctx: CoreContext, id: number, sha256: string | null): { id: number } {
  return inTransaction(ctx, (tx) => {
    const before = getProductRow(tx, id)
    if (!before) throw notFound('product', id)
    if (sha256 !== null) {
      const blob = uploadedBlob(tx, sha256)
      if (!blob) throw fieldError('sha256', 'unknown_upload')
      if (!(PRODUCT_IMAGE_TYPES as readonly string[]).includes(blob.mime))
        throw fieldError('sha256', 'not_an_image')
      if (blob.size > PRODUCT_IMAGE_MAX_BYTES) throw fieldError('sha256', 'image_too_large')
    }
    updateProductRow(tx, id, { imageSha256: sha256 }, ctx.now())
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'product',
      entityId: id,
      matterId: null,
      before: { imageSha256: before.imageSha256 },
      after: { imageSha256: sha256 }
    })
    return { id }
  })
}

/** The product's image as a data: URL for the page, or null when it has none. */
export async function productImage(ws: Workspace, id: number): Promise<ProductImage | null> {
  const row = getProductRow(ws.ctx.db, id)
  if (!row) throw notFound('product', id)
  if (!row.imageSha256) return null
  const blob = uploadedBlob(ws.ctx.db, row.imageSha256)
  if (!blob) return null
  const bytes = await blobBytes(ws, row.imageSha256, PRODUCT_IMAGE_MAX_BYTES)
  return {
    sha256: blob.sha256,
    mime: blob.mime,
    dataUrl: `data:${blob.mime};base64,${bytes.toString('base64')}`
  }
}
