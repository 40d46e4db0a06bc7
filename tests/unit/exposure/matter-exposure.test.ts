// Specification: the exposure of a matter and of the catalogue, read from the record. Counsel
// logs the LX-200 patent letter (received 2026-10-20), the seller keeps listing B0C1234567 (v1)
// until 2026-11-28, designs around claim 1 with v2 and obtains a non-infringement opinion that
// covers v2 only. Days are counted by hand: 2026-10-20 to 2026-11-28 is 11 days to 31 October
// plus 28 in November, 39 days live after notice.
import { describe, expect, it } from 'vitest'
import { renderExposureLine } from '../../../src/shared/exposure'
import { attach } from '../documents/helpers'
import { ok, openTestCore, patentLetterInput } from '../helpers'

type Core = ReturnType<typeof openTestCore>

async function lanternCase(core: Core) {
  const letter = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
  const utility = letter.ipRights[0]!
  ok(await core.dispatch('ipRights.update', { id: utility.id, assertedClaims: ['1'] }))
  const lx = letter.products[0]!
  const { id: v2 } = ok(
    await core.dispatch('versions.add', {
      productId: lx.productId,
      name: 'v2',
      launchDate: '2026-11-15',
      changes: 'Fixed diffuser; no telescoping section'
    })
  )
  ok(
    await core.dispatch('listings.setStatus', {
      listingId: lx.listingId!,
      status: 'live',
      date: '2025-03-05'
    })
  )
  ok(
    await core.dispatch('listings.setStatus', {
      listingId: lx.listingId!,
      status: 'removed',
      date: '2026-11-28',
      reason: 'removed after takedown'
    })
  )
  ok(
    await core.dispatch('designArounds.create', {
      fromVersionId: lx.versionId,
      toVersionId: v2,
      changes: 'Telescoping diffuser replaced by a fixed one',
      avoids: [{ rightId: utility.rightId, claims: ['1'] }],
      newVersionLiveDate: '2026-11-15'
    })
  )
  const { documents } = await attach(core, letter.matter.id, ['opinion-non-infringement.pdf'], {
    kind: 'opinion'
  })
  const documentId = documents[0]!.id
  const opinion = ok(
    await core.dispatch('opinions.create', {
      matterId: letter.matter.id,
      type: 'non_infringement',
      counsel: 'outside',
      firm: 'Keller Rhodes LLP',
      requestedDate: '2026-11-01',
      deliveredDate: '2026-11-20',
      form: 'written',
      conclusion: 'favourable',
      documentId,
      covers: [{ rightId: utility.rightId, claims: ['1'] }],
      versionIds: [v2]
    })
  )
  return { letter, utility, lx, v2, opinion }
}

describe('exposure from the record', () => {
  it("names v1's gap (39 days live after notice, no opinion) and v2's coverage by the opinion", async () => {
    const core = openTestCore()
    const { letter, lx, v2, opinion, utility } = await lanternCase(core)
    const exposure = ok(await core.dispatch('exposure.matter', { matterId: letter.matter.id }))
    if (!exposure.ok) throw new Error(JSON.stringify(exposure.errors))
    expect(exposure.result.privileged).toBe(true)
    expect(exposure.result.firstNotice).toMatchObject({ kind: 'letter', date: '2026-10-20' })

    const v1 = exposure.result.versions.find((v) => v.versionId === String(lx.versionId))!
    expect(v1.listings.find((l) => l.itemId === 'B0C1234567')).toMatchObject({
      status: 'removed',
      liveOnAsOf: false,
      daysLiveAfterNotice: 39
    })
    expect(v1.coverage.find((c) => c.rightId === String(utility.rightId))).toMatchObject({
      claim: '1',
      status: 'none'
    })
    expect(v1.liveAfterNoticeUncovered).toBe(true)
    const gap = v1.gaps.find((g) => g.rightId === String(utility.rightId))!
    expect(renderExposureLine(gap, 'en')).toContain('39 days')
    expect(renderExposureLine(gap, 'en')).toContain('US 11,234,567 B2')

    const second = exposure.result.versions.find((v) => v.versionId === String(v2))!
    expect(second.versionName).toBe('v2')
    expect(second.coverage.find((c) => c.rightId === String(utility.rightId))).toMatchObject({
      claim: '1',
      status: 'covered',
      opinionIds: [String(opinion.id)]
    })
    // The design patent is asserted against v2 too and nothing covers it; v2 has no listing yet,
    // so that is not a gap of days live after notice, only an open coverage.
    expect(second.coverage.find((c) => c.rightId === String(letter.ipRights[1]!.rightId))).toMatchObject({
      status: 'none'
    })
    expect(second.listings).toEqual([])
  })

  it('the portfolio puts the version live after notice without an opinion first, and links its product and matter', async () => {
    const core = openTestCore()
    const { letter, lx } = await lanternCase(core)
    // A product no matter names yet is on the list too, below.
    ok(await core.dispatch('catalogue.create', { name: 'Solar string lights SL-10', sku: 'SL-10' }))
    const view = ok(await core.dispatch('exposure.portfolio', {}))
    if (!view.ok) throw new Error(JSON.stringify(view.errors))
    expect(view.privileged).toBe(true)
    expect(view.rows[0]).toMatchObject({
      versionId: String(lx.versionId),
      productName: 'Folding camping lantern LX-200',
      versionName: 'v1',
      daysLiveAfterNotice: 39,
      liveAfterNoticeUncovered: true,
      coverage: 'none'
    })
    expect(view.links[String(lx.versionId)]).toEqual({
      versionId: lx.versionId,
      productId: lx.productId,
      matters: [{ id: letter.matter.id, reference: letter.matter.reference }]
    })
    const lights = view.rows.find((r) => r.productName === 'Solar string lights SL-10')!
    expect(lights).toMatchObject({ matterIds: [], openAssertions: 0, clearance: false })
    expect(view.skipped).toEqual([])
  })

  it('renders every line in Chinese as well', async () => {
    const core = openTestCore()
    const { letter } = await lanternCase(core)
    const exposure = ok(await core.dispatch('exposure.matter', { matterId: letter.matter.id }))
    if (!exposure.ok) throw new Error('refused')
    for (const line of [...exposure.result.lines, ...exposure.result.versions.flatMap((v) => v.lines)]) {
      const zh = renderExposureLine(line, 'zh-CN')
      expect(zh).toMatch(/[\u4e00-\u9fff]/)
      expect(zh).not.toMatch(/\{\{/)
    }
  })
})

describe('the portfolio when the record is inconsistent or changes', () => {
  it('a matter the engine refuses is listed apart with its errors; the rest are still ranked', async () => {
    const core = openTestCore()
    const { letter, lx } = await lanternCase(core)
    ok(
      await core.dispatch('sales.set', {
        versionId: lx.versionId,
        rows: [{ month: '2026-10', units: 40, revenue: 1599.6, currency: 'USD', listingId: lx.listingId! }]
      })
    )
    // The listing is later said to pay out in euros: its US-dollar sales no longer fit it.
    ok(await core.dispatch('listings.update', { id: lx.listingId!, currency: 'EUR' }))
    const other = ok(
      await core.dispatch('matters.create', {
        title: 'Glowmark takedown',
        kind: 'marketplace_complaint',
        receivedDate: '2026-11-02',
        products: [
          { name: 'Glow stick GS-1', sku: 'GS-1', marketplaceItemId: 'W12345', marketplace: 'Walmart' }
        ]
      })
    )
    const exposure = ok(await core.dispatch('exposure.matter', { matterId: letter.matter.id }))
    expect(exposure.ok).toBe(false)
    if (!exposure.ok) expect(exposure.errors.map((e) => e.code)).toContain('currency_mismatch')
    const view = ok(await core.dispatch('exposure.portfolio', {}))
    expect(view.skipped.map((s) => s.matterId)).toEqual([letter.matter.id])
    expect(view.skipped[0]!.errors[0]!.path).toMatch(/^versions\[\d+\]/)
    if (!view.ok) throw new Error('portfolio refused')
    expect(view.rows.some((r) => r.matterIds.includes(String(other.matter.id)))).toBe(true)
  })

  it('is computed again after any change: a listing taken down later shows more days', async () => {
    const core = openTestCore()
    const { lx } = await lanternCase(core)
    const before = ok(await core.dispatch('exposure.portfolio', {}))
    ok(
      await core.dispatch('listings.setStatus', {
        listingId: lx.listingId!,
        status: 'reinstated',
        date: '2026-11-28'
      })
    )
    const after = ok(await core.dispatch('exposure.portfolio', {}))
    if (!before.ok || !after.ok) throw new Error('portfolio refused')
    const row = (v: typeof before) =>
      v.ok ? v.rows.find((r) => r.versionId === String(lx.versionId)) : undefined
    expect(row(before)?.liveListings).toBe(0)
    // Reinstated on 2026-11-28 and live on the test's today (2026-11-29).
    expect(row(after)?.liveListings).toBe(1)
  })

  it('a product renamed shows at once; a setting or a deadline saved meanwhile changes nothing it shows', async () => {
    const core = openTestCore()
    const { letter, lx } = await lanternCase(core)
    const before = ok(await core.dispatch('exposure.portfolio', {}))
    ok(await core.dispatch('settings.update', { language: 'zh-CN' }))
    ok(
      await core.dispatch('deadlines.add', {
        matterId: letter.matter.id,
        title: 'Reply to Keller Rhodes',
        due: '2026-12-10'
      })
    )
    // Nothing the portfolio reads was written: the same view, not computed again.
    expect(ok(await core.dispatch('exposure.portfolio', {}))).toBe(before)
    ok(await core.dispatch('catalogue.update', { id: lx.productId, name: 'Trailblazer Lantern' }))
    const renamed = ok(await core.dispatch('exposure.portfolio', {}))
    if (!renamed.ok) throw new Error('portfolio refused')
    expect(renamed.rows.find((r) => r.versionId === String(lx.versionId))?.productName).toBe(
      'Trailblazer Lantern'
    )
  })
})

describe('opinions that cannot be true are refused, nothing half-saved', () => {
  it('an opinion delivered before it was requested, or concluded without a delivery date', async () => {
    const core = openTestCore()
    const letter = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
    const base = {
      matterId: letter.matter.id,
      type: 'non_infringement',
      counsel: 'outside',
      form: 'written',
      covers: [{ rightId: letter.ipRights[0]!.rightId, claims: [] }],
      versionIds: [letter.products[0]!.versionId]
    } as const
    const early = await core.dispatch('opinions.create', {
      ...base,
      requestedDate: '2026-11-10',
      deliveredDate: '2026-11-01',
      conclusion: 'favourable'
    })
    expect(early).toMatchObject({
      ok: false,
      error: { fields: { deliveredDate: 'delivered_before_requested' } }
    })
    const undelivered = await core.dispatch('opinions.create', { ...base, conclusion: 'favourable' })
    expect(undelivered).toMatchObject({
      ok: false,
      error: { fields: { deliveredDate: 'delivered_date_missing' } }
    })
    const future = await core.dispatch('opinions.create', {
      ...base,
      deliveredDate: '2026-12-01',
      conclusion: 'favourable'
    })
    expect(future).toMatchObject({ ok: false, error: { fields: { deliveredDate: 'date_in_future' } } })
    expect(ok(await core.dispatch('opinions.list', { matterId: letter.matter.id }))).toEqual([])
  })

  it('a claim the registry does not know, or a document of another matter', async () => {
    const core = openTestCore()
    const letter = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
    const other = ok(await core.dispatch('matters.create', { title: 'Other', kind: 'lawsuit' }))
    const rightId = letter.ipRights[0]!.rightId
    ok(await core.dispatch('rights.setClaims', { rightId, claims: [{ number: '1', independent: true }] }))
    const base = {
      matterId: letter.matter.id,
      type: 'invalidity',
      counsel: 'outside',
      form: 'written',
      conclusion: 'pending',
      versionIds: []
    } as const
    expect(
      await core.dispatch('opinions.create', { ...base, covers: [{ rightId, claims: ['9'] }] })
    ).toMatchObject({
      ok: false,
      error: { fields: { 'covers.0.claims': 'unknown_claim' } }
    })
    const { documents } = await attach(core, other.matter.id, ['opinion-non-infringement.pdf'])
    expect(
      await core.dispatch('opinions.create', {
        ...base,
        covers: [{ rightId, claims: ['1'] }],
        documentId: documents[0]!.id
      })
    ).toMatchObject({ ok: false, error: { fields: { documentId: 'unknown_document' } } })
    expect(ok(await core.dispatch('opinions.list', { matterId: letter.matter.id }))).toEqual([])
  })
})
