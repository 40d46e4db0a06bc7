// Deterministic synthetic documents for the Schedule A tests and the intake benchmark: defendant
// lists in three text layouts (pdftotext -layout, pdf.js, pdftotext's one cell per line), columns in
// any order, over many pages with page furniture, and a long complaint that ends in its Schedule A.
// Every name and number is made up. Fictional document for software testing.

export type SynthColumn = 'doe' | 'store' | 'platform' | 'sellerId' | 'url'
export type SynthLayout = 'layout' | 'pdfjs' | 'cells'

export interface SynthRow {
  doe: number
  store: string
  platform: string
  sellerId: string
  url: string
}

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = [
  'Bright',
  'Glow',
  'Trail',
  'Camp',
  'Lumen',
  'North',
  'Star',
  'Halo',
  'Ever',
  'Sun',
  'Moon',
  'River',
  'Peak',
  'Nova',
  'Blue',
  'Red',
  'Jade',
  'Zen',
  'Golden',
  'Happy'
]
const SECOND = [
  'Nest',
  'Gear',
  'Home',
  'Light',
  'Beam',
  'Works',
  'Supply',
  'Mart',
  'Goods',
  'Trek',
  'Deals',
  'Living',
  'Outdoor',
  'Tech',
  'Craft',
  'World',
  'Zone',
  'Hub',
  'Life',
  'Lane'
]
const THIRD = [
  '',
  '',
  '',
  ' Store',
  ' Shop',
  ' Direct',
  ' Official Store',
  ' Co',
  ' US',
  ' Express',
  ' Trading Co., Ltd.'
]
const CITY = ['Shenzhen', 'Yiwu', 'Guangzhou', 'Ningbo', 'Hangzhou', 'Dongguan', 'Xiamen']
const CJK = [
  '深圳市光耀科技有限公司',
  '义乌市星河日用品商行',
  '广州市明月照明有限公司',
  '宁波海纳家居专营店',
  '杭州云杉户外旗舰店'
]
const PLATFORMS = ['Amazon.com', 'Walmart.com', 'Temu.com', 'eBay.com', 'AliExpress.com', 'TikTok Shop']
const ALNUM = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'

export function syntheticRows(n: number, seed = 7): SynthRow[] {
  const r = rng(seed)
  const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)] as T
  const digits = (k: number): string => Array.from({ length: k }, () => String(Math.floor(r() * 10))).join('')
  const names = new Set<string>()
  const rows: SynthRow[] = []
  for (let doe = 1; doe <= n; doe++) {
    let store = ''
    do {
      const kind = r()
      if (kind < 0.05)
        store = `${pick(CJK).slice(0, 3)}${pick(['光耀', '星河', '明月', '海纳', '云杉'])}${digits(2)}${pick(['旗舰店', '专营店', '商行'])}`
      else if (kind < 0.15) store = `${pick(FIRST).toLowerCase()}${pick(SECOND).toLowerCase()}${digits(2)}`
      else if (kind < 0.3) store = `${pick(CITY)} ${pick(FIRST)}${pick(SECOND)} Technology Co., Ltd.`
      else store = `${pick(FIRST)}${r() < 0.5 ? '' : ' '}${pick(SECOND)}${pick(THIRD)}`
    } while (names.has(store))
    names.add(store)
    const platform = pick(PLATFORMS)
    let sellerId: string
    let url: string
    switch (platform) {
      case 'Amazon.com':
        sellerId = `A${Array.from({ length: 13 }, () => pick([...ALNUM])).join('')}`
        url = `https://www.amazon.com/sp?seller=${sellerId}`
        break
      case 'Walmart.com':
        sellerId = `10${digits(7)}`
        url = `https://www.walmart.com/seller/${sellerId}`
        break
      case 'Temu.com':
        sellerId = `6344${digits(11)}`
        url = `https://www.temu.com/store.html?mall_id=${sellerId}`
        break
      case 'eBay.com':
        sellerId = `${
          store
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '_')
            .replace(/^_|_$/g, '')
            .slice(0, 16) || 'seller'
        }${digits(2)}`
        url = `https://www.ebay.com/usr/${sellerId}`
        break
      case 'AliExpress.com':
        sellerId = `110${digits(7)}`
        url = `https://www.aliexpress.com/store/${sellerId}`
        break
      default:
        sellerId = `749${digits(16)}`
        url = `https://shop.tiktok.com/store/${sellerId}`
    }
    rows.push({ doe, store, platform, sellerId, url })
  }
  return rows
}

const LABELS: Record<SynthColumn, string[]> = {
  doe: ['Doe No.', 'Def. No.', 'No.', 'Defendant Number'],
  store: ['Defendant Seller Alias (Store Name)', 'Store Name', 'Seller Alias', 'Defendant / Online Store'],
  platform: ['Marketplace', 'Platform', 'Online Marketplace'],
  sellerId: ['Seller / Merchant ID', 'Seller ID', 'Merchant ID', 'Store ID'],
  url: ['Store URL', 'URL', 'Storefront URL']
}
const WIDTH: Record<SynthColumn, number> = { doe: 8, store: 34, platform: 16, sellerId: 24, url: 60 }

export interface RenderOptions {
  layout: SynthLayout
  columns: SynthColumn[]
  rowsPerPage?: number
  header?: boolean
  /** Header on every page (true) or only the first. */
  repeatHeader?: boolean
  /** Which label variant of each column to print. */
  labelVariant?: number
  caseNo?: string
  /** Page number of the first Schedule A page, and the document's page count (for stamps). */
  firstPage?: number
  totalPages?: number
  heading?: boolean
}

function stamp(caseNo: string, page: number, total: number): string {
  return `Case: ${caseNo} Document #: 1-2 Filed: 10/01/26 Page ${page} of ${total} PageID #:${page + 40}`
}

/** Renders rows as Schedule A pages; pages are also returned one by one (as pdf.js gives them). */
export function renderScheduleA(rows: SynthRow[], o: RenderOptions): { text: string; pages: string[] } {
  const per = o.rowsPerPage ?? 40
  const caseNo = o.caseNo ?? '1:26-cv-05555'
  const first = o.firstPage ?? 1
  const pagesNeeded = Math.ceil(rows.length / per)
  const total = o.totalPages ?? first + pagesNeeded - 1
  const variant = o.labelVariant ?? 0
  const pages: string[] = []
  const label = (c: SynthColumn): string => LABELS[c][variant % LABELS[c].length] as string
  for (let p = 0; p < pagesNeeded; p++) {
    const lines: string[] = []
    const pageNo = first + p
    lines.push(stamp(caseNo, pageNo, total), '')
    if (p === 0 && o.heading !== false)
      lines.push('SCHEDULE A', '', `Defendants by Doe number, No. ${caseNo} (N.D. Ill.)`, '')
    const withHeader = o.header !== false && (p === 0 || o.repeatHeader !== false)
    const cellOf = (row: SynthRow, c: SynthColumn): string => (c === 'doe' ? String(row.doe) : row[c])
    const chunk = rows.slice(p * per, (p + 1) * per)
    if (o.layout === 'layout') {
      // a column is at least as wide as its label, as in a PDF table
      const width = (c: SynthColumn): number => Math.max(WIDTH[c], label(c).length)
      const pad = (text: string, c: SynthColumn): string => text.padEnd(width(c))
      if (withHeader)
        lines.push(
          o.columns
            .map((c) => pad(label(c), c))
            .join('  ')
            .trimEnd()
        )
      for (const row of chunk) {
        // a store name wider than its column wraps onto a second line, under its column
        const store = row.store
        const storeWidth = width('store')
        const cut = store.length > storeWidth ? store.lastIndexOf(' ', storeWidth) : -1
        const firstPart = cut > 0 ? store.slice(0, cut) : store
        lines.push(
          o.columns
            .map((c) => pad(c === 'store' ? firstPart : cellOf(row, c), c))
            .join('  ')
            .trimEnd()
        )
        if (cut > 0) {
          const offset = o.columns.slice(0, o.columns.indexOf('store')).reduce((n, c) => n + width(c) + 2, 0)
          lines.push(`${' '.repeat(offset)}${store.slice(cut + 1)}`)
        }
      }
    } else if (o.layout === 'pdfjs') {
      if (withHeader) lines.push(o.columns.map(label).join(' '))
      for (const row of chunk) lines.push(o.columns.map((c) => cellOf(row, c)).join(' '))
    } else {
      if (withHeader) for (const c of o.columns) lines.push(label(c), '')
      for (const row of chunk) for (const c of o.columns) lines.push(cellOf(row, c), '')
    }
    lines.push('', String(pageNo), 'Fictional document for software testing.')
    pages.push(lines.join('\n'))
  }
  const sep = o.layout === 'pdfjs' ? '\n\n' : '\f'
  return { text: pages.join(sep) + (sep === '\f' ? '\f' : ''), pages }
}

const PARAGRAPH = [
  'Defendants operate fully interactive e-commerce stores under the Seller Aliases identified on Schedule A',
  'and target sales to consumers in this Judicial District. Plaintiff has identified numerous listings that',
  'offer for sale infringing folding camping lanterns. Upon information and belief, each Defendant uses',
  'payment accounts held by third-party providers and conceals its identity behind the Seller Aliases.',
  'Plaintiff has not licensed or authorized Defendants to use the claimed inventions of the asserted patent.'
]

/** A complaint of `pages` pages whose last pages are the Schedule A table. */
export function syntheticComplaint(
  pageCount: number,
  rows: SynthRow[],
  layout: SynthLayout,
  columns: SynthColumn[] = ['doe', 'store', 'platform', 'sellerId']
): { text: string; pages: string[] } {
  const caseNo = '1:26-cv-07777'
  const per = 40
  const schedulePages = Math.ceil(rows.length / per)
  const bodyPages = pageCount - schedulePages
  const pages: string[] = []
  let paragraph = 1
  for (let p = 1; p <= bodyPages; p++) {
    const lines = [stamp(caseNo, p, pageCount), '']
    if (p === 1) {
      lines.push(
        'IN THE UNITED STATES DISTRICT COURT',
        'FOR THE NORTHERN DISTRICT OF ILLINOIS',
        'EASTERN DIVISION',
        '',
        'TALLGRASS COOLERS, LLC,',
        'Plaintiff,',
        'v.',
        'THE PARTNERSHIPS AND UNINCORPORATED ASSOCIATIONS IDENTIFIED ON SCHEDULE A,',
        'Defendants.',
        '',
        `Case No. ${caseNo}`,
        'Judge Miriam T. Okonjo',
        'Magistrate Judge Peter L. Haas',
        '',
        'COMPLAINT FOR PATENT INFRINGEMENT',
        '',
        'Plaintiff Tallgrass Coolers, LLC ("Plaintiff") brings this action against the defendants identified on',
        'Schedule A for infringement of U.S. Patent No. 10,987,654 B1 and alleges as follows:',
        ''
      )
    }
    if (p === bodyPages) {
      lines.push(
        'COUNT I',
        'INFRINGEMENT OF U.S. PATENT NO. 10,987,654 B1 (35 U.S.C. § 271)',
        '',
        'Dated: October 1, 2026',
        'Respectfully submitted,',
        '/s/ Grace H. Whitfield',
        'Grace H. Whitfield (ARDC No. 6400123)',
        'STRATTON QUILL & MOORE, P.C.',
        'Counsel for Plaintiff Tallgrass Coolers, LLC',
        ''
      )
    } else {
      for (let k = 0; k < 4; k++) {
        lines.push(`${paragraph}. ${PARAGRAPH.join('\n')}`, '')
        paragraph++
      }
    }
    lines.push(String(p), 'Fictional document for software testing.')
    pages.push(lines.join('\n'))
  }
  const schedule = renderScheduleA(rows, {
    layout,
    columns,
    rowsPerPage: per,
    caseNo,
    firstPage: bodyPages + 1,
    totalPages: pageCount
  })
  pages.push(...schedule.pages)
  const sep = layout === 'pdfjs' ? '\n\n' : '\f'
  return { text: pages.join(sep) + (sep === '\f' ? '\f' : ''), pages }
}
