import { execFileSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  extractComplaintFields,
  extractPdfText,
  matchOwnStores,
  normaliseStoreName,
  readScheduleA,
  type ScheduleARow
} from '../../../src/main/core/ingest'
import { fixture } from './helpers'
import {
  renderScheduleA,
  syntheticComplaint,
  syntheticRows,
  type SynthColumn,
  type SynthLayout,
  type SynthRow
} from './synthetic'

// Schedule A of complaint-schedule-a.pdf, as the fixtures README lists it
const FIXTURE_ROWS: [number, string, string, string][] = [
  [1, 'BrightTrail Direct', 'Amazon.com', 'A1X9PQ4RT7LM2C'],
  [2, 'GlowNest Outdoor', 'Amazon.com', 'A3KD82JHQ0ZP5V'],
  [3, 'CampLuxe Store', 'Walmart.com', '101456782'],
  [4, 'YiwuHaoguang Store', 'Temu.com', '634418209915432'],
  [5, 'NightPeak Gear', 'eBay.com', 'nightpeak_gear'],
  [6, 'Shenzhen Qiyue Tech', 'Amazon.com', 'A2F7RM1KD9QW3X'],
  [7, 'lanternworld88', 'eBay.com', 'lanternworld88'],
  [8, 'Halo Trek Official Store', 'AliExpress.com', '1103987654'],
  [9, 'LumoraGear', 'Amazon.com', 'A2LMRA7QX3K9Z1'],
  [10, 'Fenghuo Outdoor Co', 'Temu.com', '634418207731209'],
  [11, 'StarCamp Supplies', 'Walmart.com', '101879345'],
  [12, 'QuickLume Home', 'Amazon.com', 'A39ZKW0PLT5N8E'],
  [13, 'TentLight Express', 'AliExpress.com', '1104456123'],
  [14, 'Boreal Beam Shop', 'eBay.com', 'borealbeamshop'],
  [15, 'Guangzhou Yaoxing E-commerce', 'Walmart.com', '101332908']
]

const texts: Record<string, { text: string; pages?: string[] }> = {}
beforeAll(async () => {
  const pdf = fixture('complaint-schedule-a.pdf')
  texts.raw = { text: execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }) }
  texts.layout = { text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }) }
  const { pages } = await extractPdfText(pdf)
  texts.pdfjs = { text: pages.join('\n\n'), pages }
}, 60_000)

const plain = (rows: ScheduleARow[]): [number, string, string | undefined, string | undefined][] =>
  rows.map((r) => [r.doe, r.store, r.platform, r.sellerId])

function expectRows(got: ScheduleARow[], want: SynthRow[], columns: SynthColumn[]): void {
  expect(got).toHaveLength(want.length)
  got.forEach((row, i) => {
    const w = want[i] as SynthRow
    expect({ doe: row.doe, store: row.store, sellerId: row.sellerId }).toEqual({
      doe: w.doe,
      store: w.store,
      sellerId: w.sellerId
    })
    if (columns.includes('platform')) expect(row.platform).toBe(w.platform)
    if (columns.includes('url')) expect(row.url).toBe(w.url)
  })
}

describe('readScheduleA on the fixture complaint', () => {
  it.each(['raw', 'layout', 'pdfjs'])('%s text: the 15 rows of page 6, LumoraGear is Doe No. 9', (mode) => {
    const { text, pages } = texts[mode] as { text: string; pages?: string[] }
    const { rows, notes } = readScheduleA(text, pages ? { pages } : {})
    expect(plain(rows)).toEqual(FIXTURE_ROWS)
    expect(rows.every((r) => r.page === 6)).toBe(true)
    expect(notes).toEqual([])
    const lumora = rows.find((r) => r.store === 'LumoraGear')
    expect(lumora).toMatchObject({ doe: 9, page: 6 })
    expect(lumora?.source?.text).toContain('LumoraGear')
    expect(text.slice(lumora?.source?.start, lumora?.source?.end)).toContain('LumoraGear')
  })
})

describe('readScheduleA on synthetic schedules (300 rows, 8 pages, header repeated on each)', () => {
  const rows = syntheticRows(300)
  const orders: SynthColumn[][] = [
    ['doe', 'store', 'platform', 'sellerId'],
    ['sellerId', 'store', 'doe', 'platform'],
    ['store', 'platform', 'sellerId', 'doe'],
    ['doe', 'platform', 'store', 'sellerId', 'url']
  ]
  const layouts: SynthLayout[] = ['layout', 'pdfjs', 'cells']
  for (const layout of layouts) {
    for (const [n, columns] of orders.entries()) {
      it(`${layout}: ${columns.join(', ')}`, () => {
        const s = renderScheduleA(rows, { layout, columns, labelVariant: n })
        const got = readScheduleA(s.text, layout === 'pdfjs' ? { pages: s.pages } : {})
        expectRows(got.rows, rows, columns)
        expect(got.notes).toEqual([])
        // 40 rows a page
        expect(got.rows[40]?.page).toBe(2)
        expect(got.rows[299]?.page).toBe(8)
      })
    }
    it(`${layout}: no header row`, () => {
      const s = renderScheduleA(rows, { layout, columns: orders[0] as SynthColumn[], header: false })
      const got = readScheduleA(s.text, layout === 'pdfjs' ? { pages: s.pages } : {})
      expectRows(got.rows, rows, ['platform'])
      expect(got.notes.map((n) => n.code)).toEqual(['schedule_a_no_header'])
    })
    it(`${layout}: at the end of a 120-page complaint, no page cap`, () => {
      const c = syntheticComplaint(120, rows, layout)
      const got = readScheduleA(c.text, layout === 'pdfjs' ? { pages: c.pages } : {})
      expectRows(got.rows, rows, ['platform'])
      expect(got.rows[0]?.page).toBe(113)
      expect(got.rows[299]?.page).toBe(120)
    })
  }

  it('a URL column gives the platform and the seller ID', () => {
    const s = renderScheduleA(rows.slice(0, 30), { layout: 'layout', columns: ['doe', 'store', 'url'] })
    const got = readScheduleA(s.text)
    expect(got.rows).toHaveLength(30)
    const amazon = got.rows.find((r) => r.url?.includes('amazon.com'))
    const want = rows.find((r) => r.doe === amazon?.doe) as SynthRow
    expect(amazon).toMatchObject({ sellerId: want.sellerId, platform: 'amazon.com' })
  })

  it('cells printed column by column', () => {
    const few = rows.slice(0, 5)
    const text = [
      'SCHEDULE A',
      'Doe No.',
      'Store Name',
      'Seller ID',
      ...few.map((r) => String(r.doe)),
      ...few.map((r) => r.store),
      ...few.map((r) => r.sellerId)
    ].join('\n\n')
    expect(readScheduleA(text).rows.map((r) => [r.doe, r.store, r.sellerId])).toEqual(
      few.map((r) => [r.doe, r.store, r.sellerId])
    )
  })

  it('reports gaps in the Doe numbers, and a text without a Schedule A', () => {
    const s = renderScheduleA(
      rows.slice(0, 20).filter((r) => r.doe !== 7),
      { layout: 'pdfjs', columns: ['doe', 'store', 'platform', 'sellerId'] }
    )
    const got = readScheduleA(s.text)
    expect(got.rows).toHaveLength(19)
    expect(got.notes).toContainEqual({
      code: 'schedule_a_doe_gap',
      field: 'rows',
      params: { after: 6, next: 8 }
    })
    expect(
      readScheduleA('Dear Sir or Madam, we write regarding 12 listings.').notes.map((n) => n.code)
    ).toEqual(['no_schedule_a'])
  })
})

describe('matchOwnStores', () => {
  it('seller ID is certain, a name alone is possible', () => {
    const { rows } = readScheduleA(texts.layout?.text ?? '')
    const matches = matchOwnStores(rows, [
      { name: 'Lumora Gear Store', sellerId: 'A2LMRA7QX3K9Z1' },
      { name: 'Ｈａｌｏ Ｔｒｅｋ' },
      { name: 'boreal-beam', sellerId: 'A0000000000001' },
      { name: 'Lumora' },
      { name: 'TentLight' }
    ])
    expect(matches.map((m) => [m.doe, m.store, m.page, m.reason, m.certain])).toEqual([
      [8, 'Halo Trek Official Store', 6, 'name', false],
      [9, 'LumoraGear', 6, 'seller_id', true],
      [14, 'Boreal Beam Shop', 6, 'name', false]
    ])
    expect(matches[2]?.notes?.[0]).toMatchObject({ code: 'seller_id_differs' })
  })

  it('normalises case, spaces, punctuation, full-width letters and store suffixes', () => {
    for (const [a, b] of [
      ['LumoraGear', 'ＬｕｍｏｒａＧｅａｒ'],
      ['Lumora Gear Official Store', 'lumora-gear'],
      ['Lumora Gear Shop', 'LUMORA GEAR'],
      ['璐莫拉旗舰店', '璐莫拉'],
      ['Halo Trek Official Flagship Store', 'halo trek']
    ]) {
      expect(normaliseStoreName(a as string), `${a} / ${b}`).toBe(normaliseStoreName(b as string))
    }
    expect(normaliseStoreName('Store')).toBe('store')
    expect(normaliseStoreName('Lumora')).not.toBe(normaliseStoreName('LumoraGear'))
  })

  it('50 own stores against a 300-row Schedule A', () => {
    const rows = syntheticRows(300)
    const s = renderScheduleA(rows, { layout: 'pdfjs', columns: ['doe', 'store', 'platform', 'sellerId'] })
    const read = readScheduleA(s.text, { pages: s.pages }).rows
    const byId = [rows[10], rows[77], rows[150], rows[203], rows[299]] as SynthRow[]
    const byName = [rows[5], rows[120], rows[250]] as SynthRow[]
    const own = [
      ...byId.map((r) => ({ name: `Other name ${r.doe}`, sellerId: r.sellerId.toLowerCase() })),
      ...byName.map((r) => ({ name: `${r.store.toUpperCase()} Official Store` })),
      ...Array.from({ length: 42 }, (_, i) => ({
        name: `Unrelated Shop ${i}`,
        sellerId: `AUNRELATED${String(i).padStart(4, '0')}`
      }))
    ]
    const matches = matchOwnStores(read, own)
    // a name match is every row whose normalised name is one of ours ("HappyHome Store" is "Happy Home Shop")
    const ours = new Set(byName.map((r) => normaliseStoreName(r.store)))
    const idDoes = new Set(byId.map((r) => r.doe))
    const expected = rows
      .filter((r) => idDoes.has(r.doe) || ours.has(normaliseStoreName(r.store)))
      .map((r) => [r.doe, idDoes.has(r.doe) ? 'seller_id' : 'name', idDoes.has(r.doe)])
    expect(expected.length).toBeGreaterThanOrEqual(8)
    expect(matches.map((m) => [m.doe, m.reason, m.certain])).toEqual(expected)
    for (const r of byName) expect(matches.some((m) => m.doe === r.doe && m.reason === 'name')).toBe(true)
  })
})

describe('extractComplaintFields', () => {
  it.each(['raw', 'layout', 'pdfjs'])('fixture complaint (%s)', (mode) => {
    const { text, pages } = texts[mode] as { text: string; pages?: string[] }
    const f = extractComplaintFields(text, pages ? { pages } : {})
    expect(f.court).toMatchObject({
      value: 'United States District Court for the Northern District of Illinois',
      certain: true
    })
    expect(f.division?.value).toBe('Eastern Division')
    expect(f.caseNumber).toMatchObject({ value: '1:26-cv-04321', certain: true })
    expect(f.judge).toMatchObject({ value: 'Harriet M. Vollmer', certain: true })
    expect(f.magistrateJudge).toMatchObject({ value: 'Curtis A. Lindahl', certain: true })
    expect(f.filingDate).toMatchObject({ value: '2026-09-08', certain: true })
    expect(f.plaintiff).toMatchObject({ value: 'Brightline Outdoor Inc.', certain: true })
    expect(f.plaintiffFirm).toMatchObject({ value: 'HARWELL & PIKE LLP', certain: true })
    expect(f.plaintiffAttorneys.map((a) => a.value)).toEqual(['Daniel R. Mercer', 'Olivia K. Brandt'])
    expect(f.rights.map((r) => [r.value.type, r.value.id])).toEqual([
      ['utility_patent', 'US-11234567'],
      ['design_patent', 'US-D987654']
    ])
    expect(f.claims.map((c) => c.value)).toEqual([
      {
        count: 1,
        title: 'INFRINGEMENT OF U.S. PATENT NO. 11,234,567 B2 (35 U.S.C. § 271)',
        statutes: ['35 U.S.C. § 271']
      },
      {
        count: 2,
        title: 'INFRINGEMENT OF U.S. DESIGN PATENT NO. D987,654 (35 U.S.C. §§ 271 and 289)',
        statutes: ['35 U.S.C. §§ 271 and 289']
      }
    ])
  })

  it('a 120-page synthetic complaint', () => {
    const c = syntheticComplaint(120, syntheticRows(300), 'layout')
    const f = extractComplaintFields(c.text)
    expect(f.caseNumber?.value).toBe('1:26-cv-07777')
    expect(f.judge?.value).toBe('Miriam T. Okonjo')
    expect(f.filingDate?.value).toBe('2026-10-01')
    expect(f.plaintiff?.value).toBe('Tallgrass Coolers, LLC')
    expect(f.plaintiffFirm?.value).toBe('STRATTON QUILL & MOORE, P.C.')
    expect(f.claims).toHaveLength(1)
  })

  it('a filing date from "Dated:" alone, ambiguous day and month', () => {
    const f = extractComplaintFields('COMPLAINT\n\nDated: 03/04/2026\nRespectfully submitted,')
    expect(f.filingDate).toMatchObject({ value: '2026-03-04', certain: false, alternatives: ['2026-04-03'] })
  })
})
