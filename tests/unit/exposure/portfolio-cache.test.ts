// Specification: the portfolio is kept between calls and brought up to date by what each write
// touched; it never shows stale data. After every kind of write it reads, the view equals one
// computed afresh from the whole record. The workspace: four patent-letter matters (received
// 2026-10-20, the bench's seed), each accusing two products with two versions and three listings
// each, two opinions per matter; today is 2026-11-29.
import { describe, expect, it } from 'vitest'
import type { PortfolioView } from '../../../src/shared/contract'
import { portfolioUncached } from '../../../src/main/core/exposure/exposure'
import { seed } from '../../../scripts/bench-catalogue'
import { ok, openTestCore } from '../helpers'

type Core = ReturnType<typeof openTestCore>

function seeded(today = () => '2026-11-29'): { core: Core; firstMatter: number; firstProduct: number } {
  const core = openTestCore({ today })
  const ids = seed(core.workspace.ctx.sqlite, {
    matters: 4,
    productsPerMatter: 2,
    versionsPerProduct: 2,
    listingsPerVersion: 3,
    opinionsPerMatter: 2
  })
  return { core, ...ids }
}

async function view(core: Core): Promise<PortfolioView> {
  return ok(await core.dispatch('exposure.portfolio', {}))
}

/** The kept view, checked against the view computed from nothing kept. */
async function fresh(core: Core): Promise<Extract<PortfolioView, { ok: true }>> {
  const kept = await view(core)
  expect(kept).toEqual(portfolioUncached(core.workspace.ctx))
  if (!kept.ok) throw new Error(`portfolio refused: ${JSON.stringify(kept.errors)}`)
  return kept
}

const rowOf = (v: Extract<PortfolioView, { ok: true }>, versionId: number) =>
  v.rows.find((r) => r.versionId === String(versionId))

describe('the portfolio kept between calls', () => {
  it('shows a product renamed, a listing taken down and an opinion added, as a fresh computation does', async () => {
    const { core, firstMatter, firstProduct } = seeded()
    const before = await fresh(core)
    expect(before.rows).toHaveLength(16)

    ok(await core.dispatch('catalogue.update', { id: firstProduct, name: 'Trailblazer Lantern' }))
    const renamed = await fresh(core)
    const page = ok(await core.dispatch('catalogue.get', { id: firstProduct }))
    const [v1, v2] = page.versions
    expect(rowOf(renamed, v1!.id)?.productName).toBe('Trailblazer Lantern')
    expect(rowOf(renamed, v2!.id)?.productName).toBe('Trailblazer Lantern')

    // Listing 1 of each version went live in 2025 and was never removed.
    const live = v1!.listings[1]!
    expect(rowOf(renamed, v1!.id)?.liveListings).toBe(2)
    ok(
      await core.dispatch('listings.setStatus', {
        listingId: live.id,
        status: 'removed',
        date: '2026-11-27',
        reason: 'removed after takedown'
      })
    )
    const removed = await fresh(core)
    expect(rowOf(removed, v1!.id)?.liveListings).toBe(1)

    // The seed's two opinions cover the first product's versions; the second's are not covered.
    const uncovered = ok(await core.dispatch('catalogue.get', { id: firstProduct + 1 })).versions[0]!
    expect(rowOf(removed, uncovered.id)?.coverage).toBe('none')
    const rights = page.rights.map((a) => a.right.id)
    ok(
      await core.dispatch('opinions.create', {
        matterId: firstMatter,
        type: 'non_infringement',
        counsel: 'outside',
        firm: 'Keller Rhodes LLP',
        requestedDate: '2026-10-21',
        deliveredDate: '2026-10-22',
        form: 'written',
        conclusion: 'favourable',
        covers: rights.map((rightId) => ({ rightId, claims: [] })),
        versionIds: [uncovered.id]
      })
    )
    const covered = await fresh(core)
    expect(rowOf(covered, uncovered.id)?.coverage).toBe('covered')
    // Delivered two days after the letter: covered, late (claims 1 and 7, and the design patent).
    expect(rowOf(covered, uncovered.id)?.gaps.map((g) => [g.code, g.params.days])).toEqual([
      ['gap.late.claim', 2],
      ['gap.late.claim', 2],
      ['gap.late.right', 2]
    ])
    // The other matters' rows are the very rows kept from before.
    const other = before.rows.find((r) => !r.matterIds.includes(String(firstMatter)))!
    expect(covered.rows.find((r) => r.versionId === other.versionId)).toBe(other)
  })

  it('follows versions coming and going, design-arounds, links, rights and matter heads', async () => {
    const { core, firstMatter, firstProduct } = seeded()
    await fresh(core)
    const page = ok(await core.dispatch('catalogue.get', { id: firstProduct }))
    const v1 = page.versions[0]!

    // A version no matter names yet: a catalogue row, then part of a matter by a design-around.
    const beacon = ok(
      await core.dispatch('versions.add', { productId: firstProduct, name: 'v3', launchDate: '2026-01-01' })
    )
    ok(
      await core.dispatch('listings.add', {
        versionId: beacon.id,
        marketplace: 'Amazon US',
        itemId: 'B0BEACON01',
        initialStatus: { status: 'live', date: '2026-02-01' }
      })
    )
    const listed = await fresh(core)
    expect(rowOf(listed, beacon.id)).toMatchObject({ matterIds: [], liveListings: 1, listings: 1 })

    ok(
      await core.dispatch('designArounds.create', {
        fromVersionId: v1.id,
        toVersionId: beacon.id,
        changes: 'Fixed diffuser',
        avoids: [],
        newVersionLiveDate: '2026-02-01'
      })
    )
    const designed = await fresh(core)
    expect(rowOf(designed, beacon.id)?.matterIds).toEqual([String(firstMatter)])

    // The same version named by a second matter: one row, both matters.
    ok(await core.dispatch('products.link', { matterId: firstMatter + 1, versionId: v1.id }))
    const linked = await fresh(core)
    expect(rowOf(linked, v1.id)?.matterIds).toEqual([String(firstMatter), String(firstMatter + 1)])

    ok(await core.dispatch('rights.update', { id: page.rights[0]!.right.id, markingStatus: 'marked' }))
    await fresh(core)
    ok(await core.dispatch('matters.update', { id: firstMatter, reference: '2026-PAT-RENAMED' }))
    const headed = await fresh(core)
    expect(headed.links[String(v1.id)]?.matters.map((m) => m.reference)).toContain('2026-PAT-RENAMED')

    ok(await core.dispatch('listings.remove', { id: v1.listings[0]!.id }))
    expect(rowOf(await fresh(core), v1.id)?.listings).toBe(2)
    ok(await core.dispatch('versions.remove', { id: beacon.id }))
    expect(rowOf(await fresh(core), beacon.id)).toBeUndefined()

    // A product of its own, then removed: its versions and listings go by cascade.
    const { id: other } = ok(await core.dispatch('catalogue.create', { name: 'Glow stick', sku: 'GS-1' }))
    const glow = ok(await core.dispatch('catalogue.get', { id: other })).versions[0]!
    ok(
      await core.dispatch('listings.add', {
        versionId: glow.id,
        marketplace: 'Walmart',
        itemId: 'W12345',
        initialStatus: { status: 'live', date: '2026-03-01' }
      })
    )
    expect(rowOf(await fresh(core), glow.id)?.productName).toBe('Glow stick')
    ok(await core.dispatch('catalogue.remove', { id: other }))
    expect(rowOf(await fresh(core), glow.id)).toBeUndefined()

    // A write to nothing the portfolio reads: the same view object, nothing computed.
    const kept = await view(core)
    ok(await core.dispatch('settings.update', { language: 'zh-CN' }))
    expect(await view(core)).toBe(kept)
  })

  it('is computed again when the day changes: a listing still live counts one more day', async () => {
    let today = '2026-11-29'
    const { core } = seeded(() => today)
    const before = await fresh(core)
    today = '2026-11-30'
    const after = await fresh(core)
    const top = before.rows[0]!
    expect(top.liveAfterNoticeUncovered).toBe(true)
    expect(after.rows.find((r) => r.versionId === top.versionId)?.daysLiveAfterNotice).toBe(
      top.daysLiveAfterNotice + 1
    )
  })
})
