// Specification: a workspace written before the catalogue and the rights registry keeps every
// right and every accused product it had. Rights become assertions (same ids) of registry
// rights, one per number; free-text products become catalogue products (one per SKU, else per
// ASIN) with a version "v1" and their listings, linked from the same matter rows.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore, workspaceBefore } from '../helpers'

/** A workspace as the version before the catalogue wrote it, with rows typed by hand. */
const oldWorkspace = (sql: string): string => workspaceBefore('0006_catalogue_rights_opinions', sql)

const OLD_ROWS = `
  insert into matters (id, reference, title, kind) values
    (1, '2026-PAT-001', 'Brightline letter', 'warning_letter'),
    (2, '2026-LIT-001', 'Brightline suit', 'lawsuit'),
    (3, '2026-TM-001', 'Glowmark takedown', 'marketplace_complaint');
  insert into ip_rights (id, matter_id, type, number, jurisdiction, title) values
    (10, 1, 'utility_patent', 'US 11,234,567 B2', 'US', 'Collapsible Lantern'),
    (11, 1, 'design_patent', 'US D987,654', 'US', null),
    (12, 2, 'utility_patent', 'US11234567B2', 'US', null),
    (13, 2, 'design_patent', 'US D987,654', 'US', 'Camping Lantern'),
    (14, 3, 'trademark', 'UK00003456789', 'GB', 'GLOWMARK');
  insert into accused_products (id, matter_id, name, sku, marketplace_item_id, marketplace, listing_url) values
    (20, 1, 'Folding lantern LX-200', 'LX-200', 'B0C1234567', 'Amazon.com', 'https://www.amazon.com/dp/B0C1234567'),
    (21, 1, 'Folding lantern LX-200 (2-pack)', 'LX-200-2', 'B0C7654321', 'Amazon.com', null),
    (22, 2, 'LX-200 lantern', 'lx-200', 'B0C1234567', 'Amazon.com', 'https://www.amazon.com/dp/B0C1234567'),
    (23, 2, 'Lantern without a SKU', null, 'B0C7654321', 'Amazon.com', null),
    (24, 3, 'Glow stick', null, null, null, null),
    (25, 3, 'Glow stick', null, 'W12345', 'Walmart.com', null);
`

describe('opening a workspace from before the catalogue', () => {
  it('keeps every right as an assertion of one registry right per number, with the same ids', async () => {
    const core = openTestCore({ dir: oldWorkspace(OLD_ROWS) })
    const first = ok(await core.dispatch('matters.get', { id: 1 }))
    const suit = ok(await core.dispatch('matters.get', { id: 2 }))
    expect(first.ipRights.map((r) => [r.id, r.number, r.title])).toEqual([
      [10, 'US 11,234,567 B2', 'Collapsible Lantern'],
      [11, 'US D987,654', 'Camping Lantern']
    ])
    // "US11234567B2" in the suit is the same patent as "US 11,234,567 B2" in the letter.
    expect(suit.ipRights.map((r) => r.id)).toEqual([12, 13])
    expect(suit.ipRights[0]!.rightId).toBe(first.ipRights[0]!.rightId)
    expect(suit.ipRights[1]!.rightId).toBe(first.ipRights[1]!.rightId)
    const registry = ok(await core.dispatch('rights.list', {}))
    expect(registry.total).toBe(3)
    expect(registry.rows.find((r) => r.number === 'US 11,234,567 B2')?.matterCount).toBe(2)
  })

  it('keeps every accused product, one catalogue product per SKU or ASIN, linked from the same rows', async () => {
    const core = openTestCore({ dir: oldWorkspace(OLD_ROWS) })
    const first = ok(await core.dispatch('matters.get', { id: 1 }))
    const suit = ok(await core.dispatch('matters.get', { id: 2 }))
    const takedown = ok(await core.dispatch('matters.get', { id: 3 }))
    expect(first.products.map((p) => [p.id, p.name, p.sku, p.marketplaceItemId, p.listingUrl])).toEqual([
      [20, 'Folding lantern LX-200', 'LX-200', 'B0C1234567', 'https://www.amazon.com/dp/B0C1234567'],
      [21, 'Folding lantern LX-200 (2-pack)', 'LX-200-2', 'B0C7654321', null]
    ])
    // Same SKU whatever its case: one product; the suit's row shows the catalogue's name.
    expect(suit.products[0]).toMatchObject({
      id: 22,
      productId: first.products[0]!.productId,
      versionName: 'v1'
    })
    expect(suit.products[0]!.listingId).toBe(first.products[0]!.listingId)
    // No SKU, but the ASIN belongs to the 2-pack's SKU: the same product.
    expect(suit.products[1]).toMatchObject({ id: 23, productId: first.products[1]!.productId })
    // No SKU and no ASIN: a product of its own, nothing lost.
    expect(takedown.products.map((p) => [p.id, p.name, p.marketplaceItemId, p.marketplace])).toEqual([
      [24, 'Glow stick', null, null],
      [25, 'Glow stick', 'W12345', 'Walmart.com']
    ])
    const catalogue = ok(await core.dispatch('catalogue.list', {}))
    expect(catalogue.total).toBe(4)
    const lx = ok(await core.dispatch('catalogue.get', { id: first.products[0]!.productId }))
    expect(lx.versions.map((v) => v.name)).toEqual(['v1'])
    expect(lx.versions[0]!.listings.map((l) => l.itemId)).toEqual(['B0C1234567'])
    expect(lx.matters.map((m) => m.reference).sort()).toEqual(['2026-LIT-001', '2026-PAT-001'])
  })

  it('finds the migrated matters by ASIN and by patent number', async () => {
    const core = openTestCore({ dir: oldWorkspace(OLD_ROWS) })
    for (const m of [1, 2, 3]) ok(await core.dispatch('matters.update', { id: m, notes: 'reindexed' }))
    const refs = async (search: string) =>
      ok(await core.dispatch('matters.list', { search }))
        .rows.map((r) => r.reference)
        .sort()
    expect(await refs('B0C7654321')).toEqual(['2026-LIT-001', '2026-PAT-001'])
    expect(await refs('11234567')).toEqual(['2026-LIT-001', '2026-PAT-001'])
    expect(await refs('W12345')).toEqual(['2026-TM-001'])
  })
})
