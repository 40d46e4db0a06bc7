// Specification: a search term most matters hold ("lantern" in a lighting seller's workspace)
// is answered off the sort column's index rather than by fetching every hit (issue 13: at
// 100,000 matters, 41 ms -> 10 ms). Whichever way the page is read, it is the same page: these
// compare the register and the global search against the order worked out here, in plain code,
// from every matter's row, for a term found in more than 2,000 matters and one found in few.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore } from '../helpers'

const MATTERS = 2600
const STATUSES = ['open', 'responded', 'settled', 'closed'] as const

interface Row {
  id: number
  title: string
  status: string
  nextDeadline: string | null
  lastActivityAt: string
  text: string
}

function seeded() {
  const core = openTestCore()
  const rows: Row[] = []
  for (let id = 1; id <= MATTERS; id++) {
    rows.push({
      id,
      // Titles and dates repeat, so ties are broken by id.
      title: `Matter ${String(id % 97).padStart(2, '0')}`,
      status: STATUSES[id % STATUSES.length]!,
      nextDeadline:
        id % 5 === 0
          ? null
          : `2027-${String(1 + (id % 12)).padStart(2, '0')}-${String(1 + (id % 28)).padStart(2, '0')}`,
      lastActivityAt: `2026-11-${String(1 + (id % 28)).padStart(2, '0')}T09:00:00.000Z`,
      // Nine in ten mention the lantern; one in a hundred the rare Harwell letter.
      text: `${id % 10 === 0 ? 'solar garden light' : 'folding camping lantern'}${id % 100 === 7 ? ' harwell & pike' : ''}`
    })
  }
  const insert = core.workspace.ctx.sqlite.prepare(
    `insert into matters (id, reference, title, kind, status, jurisdiction, next_deadline, last_activity_at,
       search_text, created_at, updated_at)
     values (?, ?, ?, 'warning_letter', ?, 'US', ?, ?, ?, '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z')`
  )
  core.workspace.ctx.sqlite.transaction(() => {
    for (const r of rows)
      insert.run(r.id, `2026-PAT-${r.id}`, r.title, r.status, r.nextDeadline, r.lastActivityAt, r.text)
  })()
  return { core, rows }
}

/** The register's order: rows with a value by it (ties by id, the same way), then empty ones by id. */
function expected(rows: Row[], key: 'title' | 'nextDeadline', direction: 'asc' | 'desc'): number[] {
  const sign = direction === 'asc' ? 1 : -1
  const valued = rows.filter((r) => r[key] !== null)
  valued.sort((a, b) => sign * (a[key]! < b[key]! ? -1 : a[key]! > b[key]! ? 1 : a.id - b.id))
  const empty = rows.filter((r) => r[key] === null).sort((a, b) => a.id - b.id)
  return [...valued, ...empty].map((r) => r.id)
}

describe('a search term most matters hold', () => {
  it('gives the register the same pages, totals and order as a term few matters hold would', async () => {
    const { core, rows } = seeded()
    const lantern = rows.filter((r) => r.text.includes('lantern'))
    const harwell = rows.filter((r) => r.text.includes('harwell'))
    expect(lantern.length).toBeGreaterThan(2000)
    expect(harwell.length).toBeLessThan(100)
    for (const [term, found] of [
      ['lantern', lantern],
      ['harwell', harwell]
    ] as const) {
      for (const sort of ['nextDeadline', 'title'] as const) {
        for (const direction of ['asc', 'desc'] as const) {
          const order = expected(found, sort, direction)
          // The first page, one in the middle, and the one across the last dated matters.
          for (const offset of [0, 1000, order.length - 30]) {
            const page = ok(
              await core.dispatch('matters.list', {
                search: term,
                sort,
                direction,
                offset: Math.max(0, offset),
                limit: 50
              })
            )
            expect(page.total).toBe(found.length)
            expect(page.rows.map((r) => r.id)).toEqual(
              order.slice(Math.max(0, offset), Math.max(0, offset) + 50)
            )
          }
        }
      }
    }
  })

  it('is counted and listed with another filter beside it, and by the global search', async () => {
    const { core, rows } = seeded()
    const open = rows.filter((r) => r.text.includes('lantern') && r.status === 'open')
    const page = ok(
      await core.dispatch('matters.list', { search: 'lantern', statuses: ['open'], limit: 100 })
    )
    expect(page.total).toBe(open.length)
    expect(page.rows.map((r) => r.id)).toEqual(expected(open, 'nextDeadline', 'asc').slice(0, 100))

    const found = ok(await core.dispatch('search.global', { query: 'lantern' }))
    const byActivity = rows
      .filter((r) => r.text.includes('lantern'))
      .sort((a, b) =>
        a.lastActivityAt < b.lastActivityAt ? 1 : a.lastActivityAt > b.lastActivityAt ? -1 : b.id - a.id
      )
    expect(found.matterTotal).toBe(byActivity.length)
    expect(found.matters.map((m) => m.id)).toEqual(byActivity.slice(0, found.matters.length).map((r) => r.id))
  })
})
