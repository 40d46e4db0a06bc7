// Specification: a search within the register's filters ("lantern" among open lawsuits in the
// US on Amazon) is answered by the trigram index, which holds each matter's status, kind,
// jurisdiction and marketplace beside its text (issue 13: at 100,000 matters every register query
// under 20 ms; the filters had been checked row by row against every hit, 27-50 ms). The index
// must give exactly what checking each matter's own row gives: these compare the register with
// the matters picked here, in plain code, for every kind of filter, a term found in many matters
// and one found in few, both sort directions; then after the filter columns are written.
import { describe, expect, it } from 'vitest'
import type { MatterKind, MatterStatus } from '../../../src/shared/model'
import { ok, openTestCore, workspaceBefore } from '../helpers'

const MATTERS = 2600
const STATUSES = ['open', 'responding', 'settled', 'closed'] as const
const KINDS = ['warning_letter', 'lawsuit', 'marketplace_complaint'] as const
// "us" beside "US", "Amazon EU" beside "Amazon": a filter takes the exact value and no other.
const JURISDICTIONS = ['US', 'us', 'DE', null] as const
const MARKETPLACES = ['Amazon', 'Amazon EU', 'Temu', null] as const

interface Row {
  id: number
  title: string
  status: MatterStatus
  kind: MatterKind
  jurisdiction: string | null
  marketplace: string | null
  text: string
}

function seeded() {
  const core = openTestCore()
  const rows: Row[] = []
  for (let id = 1; id <= MATTERS; id++) {
    rows.push({
      id,
      title: `Matter ${String(id % 89).padStart(2, '0')}`,
      status: STATUSES[(id + Math.floor(id / 100)) % 4]!,
      kind: KINDS[id % 3]!,
      jurisdiction: JURISDICTIONS[Math.floor(id / 4) % 4]!,
      marketplace: MARKETPLACES[Math.floor(id / 16) % 4]!,
      // Nine in ten mention the lantern; one in a hundred the rare Harwell letter. The text also
      // says "open" and "us", which no filter may read as a status or a jurisdiction.
      text: `${id % 10 === 0 ? 'solar garden light' : 'folding camping lantern'} open us${id % 100 === 7 ? ' harwell & pike' : ''}`
    })
  }
  const insert = core.workspace.ctx.sqlite.prepare(
    `insert into matters (id, reference, title, kind, status, jurisdiction, marketplace, search_text,
       created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z')`
  )
  core.workspace.ctx.sqlite.transaction(() => {
    for (const r of rows)
      insert.run(
        r.id,
        `2026-PAT-${r.id}`,
        r.title,
        r.kind,
        r.status,
        r.jurisdiction,
        r.marketplace,
        `${r.text}\n`
      )
  })()
  return { core, rows }
}

/** By title (ties by id, the same way). */
function byTitle(rows: Row[], direction: 'asc' | 'desc'): number[] {
  const sign = direction === 'asc' ? 1 : -1
  return [...rows]
    .sort((a, b) => sign * (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id - b.id))
    .map((r) => r.id)
}

interface Filters {
  statuses?: MatterStatus[]
  kinds?: MatterKind[]
  jurisdictions?: string[]
  marketplaces?: string[]
}

const keeps = (f: Filters) => (r: Row) =>
  (!f.statuses || f.statuses.includes(r.status)) &&
  (!f.kinds || f.kinds.includes(r.kind)) &&
  (!f.jurisdictions || (r.jurisdiction !== null && f.jurisdictions.includes(r.jurisdiction))) &&
  (!f.marketplaces || (r.marketplace !== null && f.marketplaces.includes(r.marketplace)))

const FILTERS: Filters[] = [
  { statuses: ['open'] },
  { statuses: ['open', 'settled'] },
  // every status: more than 2,000 hits within the filter, read off the sort index
  { statuses: ['open', 'responding', 'settled', 'closed'] },
  { kinds: ['lawsuit'] },
  { jurisdictions: ['US'] },
  { jurisdictions: ['us'] },
  { marketplaces: ['Amazon'] },
  { marketplaces: ['Amazon EU', 'Temu'] },
  { statuses: ['open'], kinds: ['lawsuit'], jurisdictions: ['US'], marketplaces: ['Amazon'] },
  { statuses: ['closed'], jurisdictions: ['nowhere'] }
]

describe('a search within the register filters', () => {
  it('counts and lists what checking every matter against the filters and the terms finds', async () => {
    const { core, rows } = seeded()
    // '' is the filters alone: one filter is read off its own index or checked on the rows a walk
    // down the sort index meets; two or more are asked of the search index.
    for (const term of ['', 'lantern', 'harwell', 'lantern open']) {
      for (const filters of [{}, ...FILTERS]) {
        const found = rows
          .filter((r) => term.split(' ').every((t) => r.text.includes(t)))
          .filter(keeps(filters))
        for (const direction of ['asc', 'desc'] as const) {
          const orders = {
            title: byTitle(found, direction),
            // no matter here has a deadline: all sort last, by id, either way
            nextDeadline: found.map((r) => r.id)
          }
          for (const sort of ['title', 'nextDeadline'] as const) {
            const order = orders[sort]
            // Pages of 5 near the top: a term in nine matters in ten is then asked of the index
            // matter by matter as the walk meets them, instead of collecting every hit first.
            for (const [offset, limit] of [
              [0, 50],
              [Math.max(0, order.length - 30), 50],
              [0, 5],
              [3, 5]
            ] as const) {
              const page = ok(
                await core.dispatch('matters.list', {
                  search: term,
                  ...filters,
                  sort,
                  direction,
                  offset,
                  limit
                })
              )
              const what = `'${term}' ${JSON.stringify(filters)} ${sort} ${direction} @${offset}+${limit}`
              expect(page.total, what).toBe(found.length)
              expect(
                page.rows.map((r) => r.id),
                what
              ).toEqual(order.slice(offset, offset + limit))
            }
          }
        }
      }
    }
    // Both ways of reading a page were taken: many hits within a filter and few.
    expect(
      rows.filter((r) => r.text.includes('lantern')).filter(keeps({ statuses: ['open'] })).length
    ).toBeGreaterThan(500)
  })

  it('follows a matter whose status, jurisdiction or marketplace is changed', async () => {
    const core = openTestCore()
    const ids: number[] = []
    for (const jurisdiction of ['DE', 'US', 'US']) {
      const created = ok(
        await core.dispatch('matters.create', {
          title: `Harwell & Pike letter to the ${jurisdiction} shop`,
          kind: 'warning_letter',
          jurisdiction,
          marketplace: 'Temu'
        })
      )
      ids.push(created.matter.id)
    }
    const count = async (filters: Filters) =>
      ok(await core.dispatch('matters.list', { search: 'harwell', ...filters, limit: 1 })).total
    expect(await count({ statuses: ['open'] })).toBe(3)
    expect(await count({ statuses: ['closed'] })).toBe(0)
    ok(await core.dispatch('matters.setStatus', { id: ids[0]!, status: 'closed' }))
    expect(await count({ statuses: ['closed'] })).toBe(1)
    expect(await count({ statuses: ['open'] })).toBe(2)
    expect(await count({ statuses: ['closed'], jurisdictions: ['CN'] })).toBe(0)
    ok(await core.dispatch('matters.update', { id: ids[0]!, jurisdiction: 'CN', marketplace: 'TikTok Shop' }))
    expect(await count({ statuses: ['closed'], jurisdictions: ['CN'] })).toBe(1)
    expect(await count({ jurisdictions: ['DE'] })).toBe(0)
    expect(await count({ marketplaces: ['TikTok Shop'] })).toBe(1)
    expect(await count({ marketplaces: ['TikTok'] })).toBe(0)
    expect(await count({ marketplaces: ['Temu'], jurisdictions: ['US'] })).toBe(2)
  })

  it('works on a workspace written before the filters were in the index', async () => {
    const dir = workspaceBefore(
      '0014_register_facets_in_search_index',
      `insert into matters (id, reference, title, kind, status, jurisdiction, marketplace, search_text)
         values (1, '2026-PAT-001', 'Lantern listing takedown', 'marketplace_complaint', 'open', 'US', 'Amazon',
                 '2026-pat-001' || char(10) || 'lantern listing takedown' || char(10)),
                (2, '2026-PAT-002', 'Lantern patent letter', 'warning_letter', 'closed', 'US', null,
                 '2026-pat-002' || char(10) || 'lantern patent letter' || char(10));`
    )
    const core = openTestCore({ dir })
    const list = async (filters: Filters) =>
      ok(await core.dispatch('matters.list', { search: 'lantern', ...filters })).rows.map((r) => r.id)
    expect(await list({})).toEqual([1, 2])
    expect(await list({ statuses: ['closed'] })).toEqual([2])
    expect(await list({ marketplaces: ['Amazon'], jurisdictions: ['US'] })).toEqual([1])
    // the rebuilt index agrees with the rows it was built from (throws if not)
    core.workspace.ctx.sqlite.exec(`insert into matters_fts(matters_fts) values ('integrity-check')`)
  })
})
