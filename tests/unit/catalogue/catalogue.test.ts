// Specification: products are shared across matters, with versions, listings and a dated status
// history, and sales by month. What cannot be true is refused next to its field and nothing is
// half-saved: a version launched before its product, a listing removed before it went live,
// sales in the wrong currency or with negative units, a CSV with broken rows.
import { describe, expect, it } from 'vitest'
import type { CallResult } from '../../../src/shared/contract'
import { ok, openTestCore, patentLetterInput } from '../helpers'

type Core = ReturnType<typeof openTestCore>

function refused<T>(result: CallResult<T>): { code: string; fields?: Record<string, string> } {
  if (result.ok) throw new Error('expected the call to be refused')
  return result.error
}

async function lantern(core: Core) {
  const { id } = ok(
    await core.dispatch('catalogue.create', {
      name: 'Folding camping lantern LX-200',
      sku: 'LX-200',
      brand: 'Lumora',
      launchDate: '2025-03-01',
      firstVersion: { launchDate: '2025-03-01' }
    })
  )
  const page = ok(await core.dispatch('catalogue.get', { id }))
  return { id, v1: page.versions[0]!.id }
}

describe('the product catalogue', () => {
  it('a new product has a first version "v1"; listings keep a dated status history and today\'s status', async () => {
    const core = openTestCore()
    const { id, v1 } = await lantern(core)
    const { id: listing } = ok(
      await core.dispatch('listings.add', {
        versionId: v1,
        marketplace: 'Amazon US',
        country: 'US',
        itemId: 'B0C1234567',
        currency: 'usd',
        initialStatus: { status: 'live', date: '2025-03-05' }
      })
    )
    ok(
      await core.dispatch('listings.setStatus', {
        listingId: listing,
        status: 'removed',
        date: '2026-11-10',
        reason: 'removed after takedown'
      })
    )
    const page = ok(await core.dispatch('catalogue.get', { id }))
    expect(page.versions.map((v) => v.name)).toEqual(['v1'])
    const l = page.versions[0]!.listings[0]!
    expect(l.currency).toBe('USD')
    expect(l.history.map((h) => [h.date, h.status, h.reason])).toEqual([
      ['2025-03-05', 'live', null],
      ['2026-11-10', 'removed', 'removed after takedown']
    ])
    expect(l.status).toBe('removed')
    const list = ok(await core.dispatch('catalogue.list', { search: 'b0c1234567' }))
    expect(list.rows.map((r) => [r.name, r.versionCount, r.listingCount, r.liveListingCount])).toEqual([
      ['Folding camping lantern LX-200', 1, 1, 0]
    ])
  })

  it('refuses a version launched before its product, and an end of sale before the launch', async () => {
    const core = openTestCore()
    const { id, v1 } = await lantern(core)
    expect(
      refused(await core.dispatch('versions.add', { productId: id, name: 'v0', launchDate: '2024-12-31' }))
        .fields
    ).toEqual({ launchDate: 'version_before_product' })
    expect(
      refused(await core.dispatch('versions.update', { id: v1, endOfSaleDate: '2025-02-28' })).fields
    ).toEqual({ endOfSaleDate: 'ends_before_launch' })
    expect(ok(await core.dispatch('catalogue.get', { id })).versions).toHaveLength(1)
  })

  it('refuses a listing removed before it went live, and a status dated after today', async () => {
    const core = openTestCore()
    const { v1 } = await lantern(core)
    expect(
      refused(
        await core.dispatch('listings.add', {
          versionId: v1,
          marketplace: 'Walmart',
          initialStatus: { status: 'removed', date: '2026-01-01' }
        })
      ).fields
    ).toEqual({ date: 'removed_before_live' })
    const { id: listing } = ok(
      await core.dispatch('listings.add', {
        versionId: v1,
        marketplace: 'Walmart',
        initialStatus: { status: 'live', date: '2026-02-01' }
      })
    )
    expect(
      refused(
        await core.dispatch('listings.setStatus', {
          listingId: listing,
          status: 'suspended',
          date: '2026-01-15'
        })
      ).fields
    ).toEqual({ date: 'removed_before_live' })
    // The test clock says 2026-11-29.
    expect(
      refused(
        await core.dispatch('listings.setStatus', {
          listingId: listing,
          status: 'removed',
          date: '2026-11-30'
        })
      ).fields
    ).toEqual({ date: 'date_in_future' })
    expect(
      refused(
        await core.dispatch('listings.setStatus', { listingId: listing, status: 'live', date: '2026-02-30' })
      ).fields
    ).toEqual({ date: 'invalid_date' })
  })

  it('refuses sales with negative units, a currency its listing does not pay out in, or a month that does not exist', async () => {
    const core = openTestCore()
    const { id, v1 } = await lantern(core)
    const { id: listing } = ok(
      await core.dispatch('listings.add', {
        versionId: v1,
        marketplace: 'Amazon US',
        itemId: 'B0C1234567',
        currency: 'USD'
      })
    )
    expect(
      refused(
        await core.dispatch('sales.set', {
          versionId: v1,
          rows: [
            { month: '2026-10', units: 10, revenue: 399.9, currency: 'USD', listingId: listing },
            { month: '2026-11', units: -1, revenue: 0, currency: 'USD' }
          ]
        })
      ).fields
    ).toMatchObject({ 'rows.1.units': 'negative_units' })
    expect(
      refused(
        await core.dispatch('sales.set', {
          versionId: v1,
          rows: [{ month: '2026-10', units: 10, revenue: 399.9, currency: 'EUR', listingId: listing }]
        })
      ).fields
    ).toEqual({ 'rows.0.currency': 'currency_mismatch' })
    expect(
      refused(
        await core.dispatch('sales.set', {
          versionId: v1,
          rows: [{ month: '2026-13', units: 1, revenue: 1, currency: 'USD' }]
        })
      ).fields
    ).toEqual({ 'rows.0.month': 'invalid_month' })
    expect(ok(await core.dispatch('catalogue.get', { id })).versions[0]!.sales).toEqual([])
    ok(
      await core.dispatch('sales.set', {
        versionId: v1,
        rows: [{ month: '2026-10', units: 10, revenue: 399.9, currency: 'USD', listingId: listing }]
      })
    )
    const sales = ok(await core.dispatch('catalogue.get', { id })).versions[0]!.sales
    expect(sales.map((s) => [s.month, s.units, s.revenue, s.currency])).toEqual([
      ['2026-10', 10, 399.9, 'USD']
    ])
  })

  it('a CSV with broken rows reports each by line and keeps the good rows only when the user confirms', async () => {
    const core = openTestCore()
    const { id, v1 } = await lantern(core)
    ok(
      await core.dispatch('listings.add', {
        versionId: v1,
        marketplace: 'Amazon US',
        itemId: 'B0C1234567',
        currency: 'USD'
      })
    )
    const csv = [
      'Month,Units,Revenue,Currency,ASIN',
      '2026-08,120,"4,798.80",USD,B0C1234567',
      '2026-09,-3,0,USD,B0C1234567',
      '2026-10,95,3799.05,EUR,B0C1234567',
      '2026-13,1,1,USD,',
      '2026-10,80,3199.20,USD,B0CNOTOURS',
      '2026-11,90,3599.10,USD,B0C1234567'
    ].join('\n')
    const preview = ok(await core.dispatch('sales.importCsv', { versionId: v1, csv }))
    expect(preview.good).toBe(2)
    expect(preview.saved).toBe(0)
    expect(preview.errors).toEqual([
      { line: 3, field: 'units', code: 'negative_units' },
      { line: 4, field: 'currency', code: 'currency_mismatch' },
      { line: 5, field: 'month', code: 'invalid_month' },
      { line: 6, field: 'itemId', code: 'unknown_listing' }
    ])
    expect(ok(await core.dispatch('catalogue.get', { id })).versions[0]!.sales).toEqual([])
    const saved = ok(await core.dispatch('sales.importCsv', { versionId: v1, csv, confirm: true }))
    expect(saved.saved).toBe(2)
    const sales = ok(await core.dispatch('catalogue.get', { id })).versions[0]!.sales
    expect(sales.map((s) => [s.month, s.units, s.revenue])).toEqual([
      ['2026-08', 120, 4798.8],
      ['2026-11', 90, 3599.1]
    ])
    expect(
      ok(await core.dispatch('sales.importCsv', { versionId: v1, csv: 'when,what\n1,2' })).errors
    ).toContainEqual({
      line: 1,
      field: 'month',
      code: 'csv_column_missing'
    })
  })

  it('editing a shared product keeps every linked matter findable by its new SKU and ASIN', async () => {
    const core = openTestCore()
    const letter = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
    const suit = ok(
      await core.dispatch('matters.create', {
        title: 'Brightline v. Sellers (Schedule A)',
        kind: 'lawsuit',
        products: [{ name: 'LX-200 lantern', marketplaceItemId: 'B0C1234567', marketplace: 'Amazon.com' }]
      })
    )
    // The suit's ASIN is the letter's listing: one product, two matters.
    expect(suit.products[0]!.productId).toBe(letter.products[0]!.productId)
    const productId = letter.products[0]!.productId
    ok(await core.dispatch('catalogue.update', { id: productId, sku: 'LX-200-2026' }))
    const listingId = letter.products[0]!.listingId!
    ok(await core.dispatch('listings.update', { id: listingId, itemId: 'B0D9999999' }))
    const found = async (search: string) =>
      ok(await core.dispatch('matters.list', { search }))
        .rows.map((r) => r.id)
        .sort((a, b) => a - b)
    expect(await found('LX-200-2026')).toEqual([letter.matter.id, suit.matter.id])
    expect(await found('B0D9999999')).toEqual([letter.matter.id, suit.matter.id])
    expect(await found('B0C1234567')).toEqual([])
    expect(ok(await core.dispatch('matters.get', { id: suit.matter.id })).products[0]).toMatchObject({
      sku: 'LX-200-2026',
      marketplaceItemId: 'B0D9999999'
    })
  })

  it('a product or version a matter accuses cannot be removed; taking it off the matter keeps it', async () => {
    const core = openTestCore()
    const letter = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
    const p = letter.products[0]!
    expect(refused(await core.dispatch('catalogue.remove', { id: p.productId })).code).toBe('product_in_use')
    ok(await core.dispatch('products.remove', { id: p.id }))
    expect(ok(await core.dispatch('catalogue.get', { id: p.productId })).matters).toEqual([])
    ok(await core.dispatch('catalogue.remove', { id: p.productId }))
    expect(refused(await core.dispatch('catalogue.get', { id: p.productId })).code).toBe('not_found')
  })
})

describe('a letter naming one product under two ASINs', () => {
  it('accuses one product with two listings, not two products of the same name', async () => {
    const core = openTestCore()
    const matter = ok(
      await core.dispatch('matters.create', {
        title: 'Brightline Outdoor — lantern patents (LX-200)',
        kind: 'warning_letter',
        products: [
          { name: 'LX-200', marketplaceItemId: 'B0C1234567', marketplace: 'Amazon.com' },
          { name: 'lx-200 ', marketplaceItemId: 'B0C7654321', marketplace: 'Amazon.com' }
        ]
      })
    )
    const [first, second] = matter.products
    expect(second!.productId).toBe(first!.productId)
    expect(second!.versionId).toBe(first!.versionId)
    const page = ok(await core.dispatch('catalogue.get', { id: first!.productId }))
    expect(page.versions).toHaveLength(1)
    expect(page.versions[0]!.listings.map((l) => l.itemId)).toEqual(['B0C1234567', 'B0C7654321'])
    // A product of the same name in another matter stays its own until counsel links it.
    const other = ok(
      await core.dispatch('matters.create', {
        title: 'Another LX-200',
        kind: 'warning_letter',
        products: [{ name: 'LX-200', marketplaceItemId: 'B0C0000001', marketplace: 'Amazon.com' }]
      })
    )
    expect(other.products[0]!.productId).not.toBe(first!.productId)
  })
})
