// Specification: due diligence before launch. A clearance matter for the LX-200 v2 records the
// patents and marks searched in the US and Germany and the decision; its record names the
// version's product, so the screen offers that product's other versions, and the launch
// checklist says what is still missing.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore } from '../helpers'

describe('a clearance record for a product version', () => {
  it("names the version's product and lists what is missing before launch", async () => {
    const core = openTestCore()
    const product = ok(
      await core.dispatch('catalogue.create', {
        name: 'Folding camping lantern LX-200',
        sku: 'LX-200',
        firstVersion: { name: 'v1', launchDate: '2026-03-01' }
      })
    )
    const { id: v2 } = ok(
      await core.dispatch('versions.add', {
        productId: product.id,
        name: 'v2',
        launchDate: '2026-12-15',
        changes: 'Fixed diffuser'
      })
    )
    const matter = ok(
      await core.dispatch('matters.create', { title: 'LX-200 v2 clearance before launch', kind: 'clearance' })
    )
    const record = ok(
      await core.dispatch('clearance.set', {
        matterId: matter.matter.id,
        versionId: v2,
        searched: [
          { kind: 'patent', countries: ['US', 'DE'] },
          { kind: 'trademark', countries: ['US'] }
        ]
      })
    )
    expect(record.productId).toBe(product.id)
    expect(record.versionId).toBe(v2)
    expect(ok(await core.dispatch('clearance.get', { matterId: matter.matter.id }))?.productId).toBe(
      product.id
    )
    // Searched, but no search report, no opinion and no decision yet: not ready to launch.
    expect(record.checklist.ready).toBe(false)
    expect(record.checklist.items.filter((i) => !i.done).map((i) => i.code)).toEqual([
      'search_report',
      'clearance_opinion',
      'decision'
    ])
  })
})
