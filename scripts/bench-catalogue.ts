// Speed of the catalogue, exposure and product page through the contract, on a real workspace
// seeded with raw SQL in one transaction (issue 8's sizes): a matter with 20 product versions,
// 200 listings and 30 opinions; a portfolio of 5,000 versions and 50,000 listings.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { openCore } from '../src/main/core'

export interface CatalogueFigure {
  name: string
  p50: number
  p95: number
  runs: number
  target_p95_ms: number
}

const iso = (y: number, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

interface SeedSize {
  matters: number
  productsPerMatter: number
  versionsPerProduct: number
  listingsPerVersion: number
  opinionsPerMatter: number
}

/** Matters (patent letters received 2026-10-20) accusing products with versions, listings, history, sales and opinions. */
export function seed(db: Database.Database, size: SeedSize): { firstMatter: number; firstProduct: number } {
  const q = {
    matter: db.prepare(
      "insert into matters (reference, title, kind, rights_holder, letter_date, received_date) values (?, ?, 'warning_letter', 'Brightline Outdoor Inc.', '2026-10-19', '2026-10-20')"
    ),
    event: db.prepare(
      "insert into timeline_events (matter_id, type, date, title) values (?, 'letter_received', '2026-10-20', 'Letter received')"
    ),
    right: db.prepare(
      "insert into rights (type, number, number_key, jurisdiction, status, grant_date, expiry_date, marking_status) values (?, ?, ?, 'US', 'in_force', '2023-04-11', '2041-05-03', 'not_marked')"
    ),
    assert: db.prepare('insert into matter_rights (matter_id, right_id, claims_json) values (?, ?, ?)'),
    product: db.prepare("insert into products (name, sku, launch_date) values (?, ?, '2024-01-01')"),
    version: db.prepare('insert into product_versions (product_id, name, launch_date) values (?, ?, ?)'),
    listing: db.prepare(
      'insert into listings (version_id, marketplace, item_id, currency) values (?, ?, ?, ?)'
    ),
    status: db.prepare(
      'insert into listing_status_changes (listing_id, date, status, reason) values (?, ?, ?, ?)'
    ),
    sales: db.prepare(
      'insert into sales_months (version_id, month, units, revenue_cents, currency) values (?, ?, ?, ?, ?)'
    ),
    link: db.prepare('insert into matter_products (matter_id, version_id) values (?, ?)'),
    opinion: db.prepare(
      "insert into opinions (matter_id, type, counsel, firm, requested_date, delivered_date, form, conclusion) values (?, 'non_infringement', 'outside', 'Keller Rhodes LLP', '2026-10-25', ?, 'written', 'favourable')"
    ),
    opinionRight: db.prepare(
      'insert into opinion_rights (opinion_id, right_id, claims_json) values (?, ?, ?)'
    ),
    opinionVersion: db.prepare('insert into opinion_versions (opinion_id, version_id) values (?, ?)')
  }
  let firstMatter = 0
  let firstProduct = 0
  let item = 0
  db.transaction(() => {
    for (let m = 0; m < size.matters; m++) {
      const matterId = Number(
        q.matter.run(`2026-PAT-${String(m + 1).padStart(5, '0')}`, `Lantern patents ${m}`).lastInsertRowid
      )
      if (!firstMatter) firstMatter = matterId
      q.event.run(matterId)
      const rights = [0, 1].map((r) => {
        const number = `US ${11_000_000 + m * 2 + r}`
        const id = Number(
          q.right.run(r ? 'design_patent' : 'utility_patent', number, number.replace(/ /g, ''))
            .lastInsertRowid
        )
        q.assert.run(matterId, id, r ? '[]' : '["1","7"]')
        return id
      })
      const versionIds: number[] = []
      for (let p = 0; p < size.productsPerMatter; p++) {
        const productId = Number(q.product.run(`Lantern ${m}-${p}`, `LX-${m}-${p}`).lastInsertRowid)
        if (!firstProduct) firstProduct = productId
        for (let v = 0; v < size.versionsPerProduct; v++) {
          const versionId = Number(
            q.version.run(productId, `v${v + 1}`, iso(2024, 1 + (v % 12), 1)).lastInsertRowid
          )
          versionIds.push(versionId)
          q.link.run(matterId, versionId)
          for (let l = 0; l < size.listingsPerVersion; l++) {
            const euro = l % 5 === 1
            const listingId = Number(
              q.listing.run(
                versionId,
                euro ? 'Amazon EU' : 'Amazon US',
                `B0${String(item++).padStart(8, '0')}`,
                euro ? 'EUR' : 'USD'
              ).lastInsertRowid
            )
            q.status.run(listingId, iso(2025, 1 + (l % 12), 1 + (v % 28)), 'live', null)
            if (l % 3 === 0)
              q.status.run(listingId, iso(2026, 11, 1 + (l % 20)), 'removed', 'removed after takedown')
          }
          for (let mo = 0; mo < 12; mo++)
            q.sales.run(versionId, iso(2026, 1 + mo, 1).slice(0, 7), 10 + mo, (10 + mo) * 3999, 'USD')
        }
      }
      for (let o = 0; o < size.opinionsPerMatter; o++) {
        const opinionId = Number(q.opinion.run(matterId, iso(2026, 11, 1 + (o % 20))).lastInsertRowid)
        q.opinionRight.run(opinionId, rights[o % 2]!, o % 2 ? '[]' : '["1"]')
        q.opinionVersion.run(opinionId, versionIds[o % versionIds.length]!)
      }
    }
  })()
  return { firstMatter, firstProduct }
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < Math.min(3, runs); i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    await fn()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  times.sort((a, b) => a - b)
  const at = (p: number): number =>
    times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!
  return { p50: at(50), p95: at(95) }
}

export async function benchCatalogue(): Promise<CatalogueFigure[]> {
  const figures: CatalogueFigure[] = []
  const open = (dir: string) =>
    openCore({ dir, today: () => '2026-11-29', log: { error: () => {}, warn: () => {}, info: () => {} } })

  // One matter: 20 versions (2 products x 10), 200 listings, 30 opinions.
  const small = fs.mkdtempSync(path.join(os.tmpdir(), 'ipdesk-bench-exposure-'))
  try {
    const core = open(small)
    const { firstMatter, firstProduct } = seed(core.workspace.ctx.sqlite, {
      matters: 1,
      productsPerMatter: 2,
      versionsPerProduct: 10,
      listingsPerVersion: 10,
      opinionsPerMatter: 30
    })
    const check = await core.dispatch('exposure.matter', { matterId: firstMatter })
    if (!check.ok || !check.value.ok) throw new Error(`exposure.matter failed: ${JSON.stringify(check)}`)
    figures.push({
      name: 'matter_20v_200l_30o',
      ...(await time(100, () => core.dispatch('exposure.matter', { matterId: firstMatter }))),
      runs: 100,
      target_p95_ms: 20
    })
    figures.push({
      name: 'product_page_10v_100l',
      ...(await time(100, () => core.dispatch('catalogue.get', { id: firstProduct }))),
      runs: 100,
      target_p95_ms: 20
    })
    core.workspace.close()
  } finally {
    fs.rmSync(small, { recursive: true, force: true })
  }

  // The catalogue: 500 matters x 10 versions = 5,000 versions, 50,000 listings.
  const large = fs.mkdtempSync(path.join(os.tmpdir(), 'ipdesk-bench-portfolio-'))
  try {
    const core = open(large)
    const { firstProduct: productId } = seed(core.workspace.ctx.sqlite, {
      matters: 500,
      productsPerMatter: 2,
      versionsPerProduct: 5,
      listingsPerVersion: 10,
      opinionsPerMatter: 2
    })
    const check = await core.dispatch('exposure.portfolio', {})
    if (!check.ok || !check.value.ok || check.value.rows.length !== 5000)
      throw new Error(`exposure.portfolio failed: ${JSON.stringify(check).slice(0, 500)}`)
    // Cold: a product renamed just before each call (a table the portfolio reads), so the whole
    // catalogue is read and computed again.
    let renames = 0
    figures.push({
      name: 'portfolio_5000v_50000l_cold',
      ...(await time(10, async () => {
        await core.dispatch('catalogue.update', { id: productId, name: `Lantern renamed ${renames++}` })
        return core.dispatch('exposure.portfolio', {})
      })),
      runs: 10,
      target_p95_ms: 200
    })
    // A setting saved just before (a write to nothing the portfolio reads): the view is kept.
    figures.push({
      name: 'portfolio_5000v_50000l_after_other_write',
      ...(await time(10, async () => {
        await core.dispatch('settings.update', { language: 'en' })
        return core.dispatch('exposure.portfolio', {})
      })),
      runs: 10,
      target_p95_ms: 200
    })
    // Warm: nothing written since the last look (another window, coming back to the view).
    figures.push({
      name: 'portfolio_5000v_50000l_warm',
      ...(await time(10, () => core.dispatch('exposure.portfolio', {}))),
      runs: 10,
      target_p95_ms: 200
    })
    core.workspace.close()
  } finally {
    fs.rmSync(large, { recursive: true, force: true })
  }
  return figures
}

if (process.argv[1] && /bench-catalogue/.test(process.argv[1])) {
  void benchCatalogue().then((f) => {
    for (const x of f)
      process.stdout.write(
        `${x.name}: p50 ${x.p50.toFixed(2)} ms, p95 ${x.p95.toFixed(2)} ms (target p95 < ${x.target_p95_ms} ms)\n`
      )
  })
}
