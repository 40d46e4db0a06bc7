// Specification: the matter register filters, searches, sorts by any column and pages.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore } from '../helpers'

async function sampleCore() {
  const core = openTestCore()
  ok(await core.dispatch('workspace.loadSample', {}))
  return core
}

describe('the matter register', () => {
  it('the sample workspace holds a patent letter, a trademark takedown, a Schedule A lawsuit and a clearance', async () => {
    const core = await sampleCore()
    const page = ok(await core.dispatch('matters.list', {}))
    expect(page.total).toBe(5)
    expect(new Set(page.rows.map((r) => r.kind))).toEqual(
      new Set(['warning_letter', 'marketplace_complaint', 'lawsuit', 'clearance'])
    )
    expect(await core.dispatch('workspace.loadSample', {})).toMatchObject({
      ok: false,
      error: { code: 'workspace_not_empty' }
    })
  })

  it('sorts by next deadline with matters that have none last, in either direction', async () => {
    const core = await sampleCore()
    const asc = ok(await core.dispatch('matters.list', { sort: 'nextDeadline', direction: 'asc' })).rows
    const desc = ok(await core.dispatch('matters.list', { sort: 'nextDeadline', direction: 'desc' })).rows
    const dated = asc.filter((r) => r.nextDeadline).map((r) => r.nextDeadline!)
    expect(dated).toEqual([...dated].sort())
    expect(asc.at(-1)?.nextDeadline).toBeNull()
    expect(desc.at(-1)?.nextDeadline).toBeNull()
    expect(desc[0]?.nextDeadline).toBe('2027-01-15')
  })

  it.each([
    'reference',
    'title',
    'kind',
    'status',
    'rightsHolder',
    'jurisdiction',
    'marketplace',
    'lastActivityAt'
  ] as const)('sorts by %s', async (sort) => {
    const core = await sampleCore()
    const rows = ok(await core.dispatch('matters.list', { sort, direction: 'asc' })).rows
    const values = rows.map((r) => r[sort]).filter((v): v is string => v !== null)
    expect(values).toEqual([...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  })

  it('filters by status, kind, jurisdiction and marketplace, and offers the values in use', async () => {
    const core = await sampleCore()
    expect(ok(await core.dispatch('matters.list', { kinds: ['lawsuit'] })).rows.map((r) => r.status)).toEqual(
      ['litigating']
    )
    expect(ok(await core.dispatch('matters.list', { jurisdictions: ['CN'] })).total).toBe(1)
    expect(
      ok(await core.dispatch('matters.list', { marketplaces: ['AliExpress.com'], statuses: ['negotiating'] }))
        .total
    ).toBe(1)
    expect(ok(await core.dispatch('matters.list', { statuses: ['closed'] })).total).toBe(0)
    expect(ok(await core.dispatch('matters.facets', {}))).toEqual({
      jurisdictions: ['CN', 'US'],
      marketplaces: ['AliExpress.com', 'Amazon.com']
    })
  })

  it('pages through the rows with a stable order', async () => {
    const core = await sampleCore()
    const all = ok(await core.dispatch('matters.list', { sort: 'reference' })).rows.map((r) => r.id)
    const first = ok(await core.dispatch('matters.list', { sort: 'reference', limit: 2 }))
    const second = ok(await core.dispatch('matters.list', { sort: 'reference', limit: 2, offset: 2 }))
    expect(first.total).toBe(5)
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(all.slice(0, 4))
  })
})

describe('register order and pages', () => {
  it('matters without a deadline come last in both directions, and pages of two add up to the whole list', async () => {
    const core = await sampleCore()
    for (const title of ['No deadline A', 'No deadline B', 'No deadline C']) {
      ok(await core.dispatch('matters.create', { title, kind: 'warning_letter' }))
    }
    for (const direction of ['asc', 'desc'] as const) {
      const all = ok(await core.dispatch('matters.list', { sort: 'nextDeadline', direction, limit: 100 }))
      expect(all.total).toBe(8)
      const dates = all.rows.map((r) => r.nextDeadline)
      const withDate = dates.filter((d) => d !== null) as string[]
      // Dated first, in order; then those without a date (the three above and any of the sample's).
      expect(dates.slice(0, withDate.length)).toEqual(withDate)
      expect(dates.slice(withDate.length).every((d) => d === null)).toBe(true)
      expect(dates.length - withDate.length).toBeGreaterThanOrEqual(3)
      const sorted = [...withDate].sort()
      expect(withDate).toEqual(direction === 'asc' ? sorted : sorted.reverse())
      const paged = []
      for (let offset = 0; offset < all.total; offset += 2) {
        const page = ok(
          await core.dispatch('matters.list', { sort: 'nextDeadline', direction, limit: 2, offset })
        )
        expect(page.total).toBe(8)
        paged.push(...page.rows.map((r) => r.id))
      }
      expect(paged).toEqual(all.rows.map((r) => r.id))
    }
  })
})

describe('the register filter menus (facets)', () => {
  it('offer a jurisdiction or marketplace as soon as a matter is given it, and drop one no matter has any more', async () => {
    const core = await sampleCore()
    const before = ok(await core.dispatch('matters.facets', {}))
    expect(before.jurisdictions).not.toContain('DE')
    const created = ok(
      await core.dispatch('matters.create', {
        title: 'Amazon.de takedown',
        kind: 'marketplace_complaint',
        jurisdiction: 'DE',
        marketplace: 'Amazon.de'
      })
    )
    const after = ok(await core.dispatch('matters.facets', {}))
    expect(after.jurisdictions).toEqual([...before.jurisdictions, 'DE'].sort())
    expect(after.marketplaces).toContain('Amazon.de')

    ok(
      await core.dispatch('matters.update', {
        id: created.matter.id,
        jurisdiction: 'FR',
        marketplace: 'Amazon.fr'
      })
    )
    const edited = ok(await core.dispatch('matters.facets', {}))
    expect(edited.jurisdictions).toContain('FR')
    expect(edited.jurisdictions).not.toContain('DE')
    expect(edited.marketplaces).not.toContain('Amazon.de')
    // Writes that change neither column leave the menus as they were.
    ok(await core.dispatch('matters.update', { id: created.matter.id, title: 'Amazon.fr takedown' }))
    expect(ok(await core.dispatch('matters.facets', {}))).toEqual(edited)
  })
})

describe('register search with hostile terms', () => {
  it('a NUL or other control character in the search box separates terms instead of failing', async () => {
    const core = openTestCore()
    ok(await core.dispatch('workspace.loadSample', {}))
    const plain = ok(await core.dispatch('matters.list', { search: 'Arcwell' }))
    const withNul = await core.dispatch('matters.list', { search: 'Arcwell\u0000' })
    expect(withNul.ok).toBe(true)
    if (withNul.ok) expect(withNul.value.total).toBe(plain.total)
    const onlyControls = await core.dispatch('matters.list', { search: '\u0000\u0007' })
    expect(onlyControls.ok).toBe(true)
  })
})
