// Bulk, deterministic seed data for benchmarks: realistic shapes, raw inserts for speed.
import type Database from 'better-sqlite3'
import { MATTER_KINDS, MATTER_STATUSES } from '../src/shared/model'

const HOLDERS = [
  'Brightline Outdoor Inc.',
  'Arcwell Home Inc.',
  'Quarry Outdoor Brands LLC',
  'Acme Lighting GmbH',
  '杭州暖岚照明科技有限公司',
  'Northgate Tools Co.',
  'Vela Kitchenware Ltd.'
]
const FIRMS = ['Harwell & Pike LLP', 'Brandt Castillo LLP', 'Quarry & Vance LLP', '广州澄砚律师事务所']
const PRODUCTS = [
  'folding camping lantern',
  'magnetic cable clip set',
  'LED tent light',
  'silicone kettle',
  'phone stand',
  'solar garden light'
]
const MARKETPLACES = ['Amazon.com', 'Walmart.com', 'eBay.com', 'Temu.com', 'AliExpress.com', 'Amazon.de']
const JURISDICTIONS = ['US', 'US', 'US', 'CN', 'DE', 'EU']

/** A tiny deterministic generator so every run seeds the same workspace. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function isoDay(offset: number): string {
  return new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10)
}

export function seedLargeWorkspace(
  db: Database.Database,
  size: { matters: number; deadlinesPerMatter: number; eventsPerMatter: number }
): void {
  const random = rng(42)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const insertMatter =
    db.prepare(`insert into matters (id, reference, title, kind, status, rights_holder, jurisdiction,
    marketplace, letter_date, received_date, last_activity_at, search_text, created_at, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  // Rights are one registry across matters (the same number in two matters is one right);
  // each matter accuses its own catalogue product, version v1, listed under its ASIN.
  const insertRight = db.prepare(
    "insert into rights (type, number, number_key, jurisdiction) values ('utility_patent', ?, ?, 'US')"
  )
  const insertAssertion = db.prepare('insert into matter_rights (matter_id, right_id) values (?, ?)')
  const insertProduct = db.prepare('insert into products (name, sku) values (?, ?)')
  const insertVersion = db.prepare("insert into product_versions (product_id, name) values (?, 'v1')")
  const insertListing = db.prepare('insert into listings (version_id, marketplace, item_id) values (?, ?, ?)')
  const insertLink = db.prepare(
    'insert into matter_products (matter_id, version_id, listing_id) values (?, ?, ?)'
  )
  const rightIds = new Map<string, number>()
  const insertParty = db.prepare('insert into parties (matter_id, role, name) values (?, ?, ?)')
  const insertDeadline = db.prepare(
    'insert into deadlines (matter_id, title, due, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?)'
  )
  const insertEvent = db.prepare(
    'insert into timeline_events (matter_id, type, date, title, created_at) values (?, ?, ?, ?, ?)'
  )

  db.transaction(() => {
    for (let id = 1; id <= size.matters; id++) {
      const holder = pick(HOLDERS)
      const product = pick(PRODUCTS)
      const marketplace = pick(MARKETPLACES)
      const asin = `B0C${String(id * 7919)
        .padStart(7, '0')
        .slice(-7)}`
      const patent = `${10 + Math.floor(random() * 2)},${String(Math.floor(random() * 1000)).padStart(3, '0')},${String(Math.floor(random() * 1000)).padStart(3, '0')}`
      const start = Math.floor(random() * 330)
      const at = `${isoDay(start)}T09:00:00.000Z`
      const reference = `2026-PAT-${String(id).padStart(5, '0')}`
      const title = `${holder} — ${product} (${asin})`
      const firm = pick(FIRMS)
      const search = [
        reference,
        title,
        holder,
        marketplace,
        firm,
        patent,
        patent.replace(/,/g, ''),
        product,
        asin,
        // ended by a newline, as the app writes it (short terms are found by trigram prefix)
        ''
      ]
        .join('\n')
        .toLowerCase()
      insertMatter.run(
        id,
        reference,
        title,
        pick(MATTER_KINDS),
        pick(MATTER_STATUSES),
        holder,
        pick(JURISDICTIONS),
        marketplace,
        isoDay(start),
        isoDay(start + 2),
        at,
        search,
        at,
        at
      )
      const number = `US ${patent} B2`
      const key = number.replace(/[ ,]/g, '')
      let rightId = rightIds.get(key)
      if (rightId === undefined)
        rightIds.set(key, (rightId = Number(insertRight.run(number, key).lastInsertRowid)))
      insertAssertion.run(id, rightId)
      const productId = Number(insertProduct.run(product, `SKU-${id}`).lastInsertRowid)
      const versionId = Number(insertVersion.run(productId).lastInsertRowid)
      const listingId = Number(insertListing.run(versionId, marketplace, asin).lastInsertRowid)
      insertLink.run(id, versionId, listingId)
      insertParty.run(id, 'rights_holder', holder)
      insertParty.run(id, 'sender_firm', firm)
      for (let d = 0; d < size.deadlinesPerMatter; d++) {
        insertDeadline.run(
          id,
          `Deadline ${d + 1}`,
          isoDay(start + 7 + d * 11),
          random() < 0.7 ? 'open' : 'done',
          at,
          at
        )
      }
      for (let e = 0; e < size.eventsPerMatter; e++) {
        insertEvent.run(id, 'note', isoDay(start + e * 3), `Event ${e + 1}`, at)
      }
    }
    db.exec(`update matters set next_deadline =
      (select min(due) from deadlines where deadlines.matter_id = matters.id and deadlines.status = 'open')`)
  })()
  db.exec('analyze')
}
