// Contract -> core for the catalogue calls (src/shared/contract/catalogue.ts).
import type { catalogueCalls } from '../../../shared/contract/catalogue'
import { inTransaction } from '../kernel/context'
import type { Handlers } from '../kernel/dispatch'
import { matterExists } from '../matters/matters'
import { refreshMatters } from '../matters/parts'
import { notFound } from '../kernel/errors'
import {
  addListing,
  addVersion,
  createProduct,
  removeListing,
  removeListingStatus,
  removeProduct,
  removeVersion,
  setListingStatus,
  setSales,
  updateListing,
  updateProduct,
  updateVersion,
  listProducts,
  type AfterCatalogueChange
} from './catalogue'
import { productImage, setProductImage } from './image'
import { linkVersion } from './links'
import { productPage } from './page'
import { importSalesCsv } from './sales-csv'
import type { Workspace } from '../kernel/workspace-context'

/** A catalogue change shows on every matter accusing the product: search text and activity follow. */
const follow =
  (ws: Workspace): AfterCatalogueChange =>
  (tx, matterIds) =>
    refreshMatters(ws.ctx, tx, matterIds)

export const catalogueHandlers: Pick<Handlers, keyof typeof catalogueCalls> = {
  'catalogue.list': (ws, input) => listProducts(ws.ctx, input),
  'catalogue.get': (ws, input) => productPage(ws.ctx, input.id),
  'catalogue.create': (ws, input) => ({
    id: inTransaction(ws.ctx, (tx) => createProduct(ws.ctx, tx, input)).id
  }),
  'catalogue.update': (ws, input) => updateProduct(ws.ctx, input, follow(ws)),
  'catalogue.remove': (ws, input) => removeProduct(ws.ctx, input.id),
  'catalogue.setImage': (ws, input) => setProductImage(ws.ctx, input.id, input.sha256),
  'catalogue.image': (ws, input) => productImage(ws, input.id),
  'versions.add': (ws, input) => addVersion(ws.ctx, input),
  'versions.update': (ws, input) => updateVersion(ws.ctx, input, follow(ws)),
  'versions.remove': (ws, input) => removeVersion(ws.ctx, input.id),
  'listings.add': (ws, input) => addListing(ws.ctx, input, follow(ws)),
  'listings.update': (ws, input) => updateListing(ws.ctx, input, follow(ws)),
  'listings.remove': (ws, input) => removeListing(ws.ctx, input.id, follow(ws)),
  'listings.setStatus': (ws, input) => setListingStatus(ws.ctx, input, follow(ws)),
  'listings.removeStatus': (ws, input) => removeListingStatus(ws.ctx, input.id, follow(ws)),
  'sales.set': (ws, input) => setSales(ws.ctx, input),
  'sales.importCsv': (ws, input) => importSalesCsv(ws.ctx, input),
  'products.link': (ws, input) =>
    inTransaction(ws.ctx, (tx) => {
      if (!matterExists(tx, input.matterId)) throw notFound('matter', input.matterId)
      const id = linkVersion(ws.ctx, tx, input)
      refreshMatters(ws.ctx, tx, [input.matterId])
      return { id }
    })
}
