// The product page: its versions, listings and their history, and every matter, right asserted,
// opinion and design-around that touches it.
import type { ProductPage } from '../../../shared/contract'
import type { CoreContext } from '../kernel/context'
import { notFound } from '../kernel/errors'
import { designAroundsOfVersions } from '../opinions/design-arounds'
import { listOpinions } from '../opinions/opinions'
import { assertionsInMatters } from '../rights/rights'
import { toProduct, versionsWithDetail } from './catalogue'
import { getProductRow, linksOfProduct, versionsOfProduct } from './repo'

export function productPage(ctx: CoreContext, id: number): ProductPage {
  const tx = ctx.db
  const product = getProductRow(tx, id)
  if (!product) throw notFound('product', id)
  const versions = versionsWithDetail(tx, versionsOfProduct(tx, id), ctx.today())
  const versionIds = versions.map((v) => v.id)
  const links = linksOfProduct(tx, id)
  const matterIds = [...new Set(links.map((l) => l.link.matterId))]
  return {
    product: toProduct(product),
    versions,
    matters: links.map((l) => ({
      linkId: l.link.id,
      matterId: l.link.matterId,
      reference: l.reference,
      title: l.title,
      kind: l.kind,
      status: l.status,
      versionId: l.link.versionId,
      listingId: l.link.listingId
    })),
    rights: assertionsInMatters(tx, matterIds),
    opinions: listOpinions(tx, { versionIds }),
    designArounds: designAroundsOfVersions(tx, versionIds)
  }
}
