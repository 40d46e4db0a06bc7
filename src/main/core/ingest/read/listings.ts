/**
 * What a letter says about the listings: ASINs, marketplace item ids, store names and seller ids, and
 * the numbers that only look like them (phone, fax and order numbers), which are reported in notes
 * and never taken.
 */
import { note, sourceOfView, toInput, type Doc } from './text'
import type { Field, ItemIdValue, Note, StoreValue } from './types'

const PLATFORMS: [RegExp, string][] = [
  [/amazon|亚马逊|\bASINs?\b/i, 'amazon'],
  [/aliexpress|速卖通/i, 'aliexpress'],
  [/\bebay|易贝/i, 'ebay'],
  [/walmart|沃尔玛/i, 'walmart'],
  [/\btemu\b/i, 'temu'],
  [/tiktok|抖音/i, 'tiktok'],
  [/tmall|天猫/i, 'tmall'],
  [/taobao|淘宝/i, 'taobao'],
  [/pinduoduo|拼多多/i, 'pinduoduo'],
  [/\bjd\.com|京东/i, 'jd'],
  [/kaufland/i, 'kaufland'],
  [/\botto\.de\b/i, 'otto'],
  [/\betsy\b/i, 'etsy'],
  [/shopee/i, 'shopee'],
  [/shein/i, 'shein'],
  [/\b1688\b|阿里巴巴|alibaba/i, 'alibaba']
]

/** The marketplace named nearest to `at` in `context` (a window of the view text). */
export function platformNear(context: string, at: number): string | undefined {
  let best: { platform: string; distance: number } | undefined
  for (const [re, platform] of PLATFORMS) {
    const global = new RegExp(re.source, 'gi')
    for (const m of context.matchAll(global)) {
      const distance = Math.abs((m.index ?? 0) - at)
      if (!best || distance < best.distance) best = { platform, distance }
    }
  }
  return best?.platform
}

export function platformOf(text: string): string | undefined {
  return PLATFORMS.find(([re]) => re.test(text))?.[1]
}

function windowAround(
  doc: Doc,
  vs: number,
  ve: number,
  before = 160,
  after = 60
): { text: string; at: number } {
  const from = Math.max(0, vs - before)
  return { text: doc.view.text.slice(from, Math.min(doc.view.text.length, ve + after)), at: vs - from }
}

// Amazon ASINs: B0 and eight capitals or digits; a 10-digit ASIN (a book's ISBN) only with its label.
const ASIN = /(?<![A-Z0-9])(?:B0[0-9A-Z]{8})(?![A-Z0-9])/g
const ASIN_LABELLED = /\bASINs?\s*(?:No\.?|Nr\.?|:|#)?\s*(?<first>[0-9]{9}[0-9X])(?![0-9A-Z])/g

export function readAsins(doc: Doc): Field<string>[] {
  const out = new Map<string, Field<string>>()
  const text = doc.view.text
  for (const re of [ASIN, ASIN_LABELLED]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const asin = m.groups?.first ?? m[0]
      const vs = m.groups?.first ? m.index + m[0].length - asin.length : m.index
      if (out.has(asin)) continue
      const around = windowAround(doc, vs, vs + asin.length, 200, 40).text
      // an ASIN has letters besides the B; all-digit B0 codes need the label or Amazon nearby
      const labelled = /\bASINs?\b|amazon|亚马逊/i.test(around)
      const field: Field<string> = {
        value: asin,
        source: sourceOfView(doc, vs, vs + asin.length),
        certain: labelled
      }
      if (!labelled) field.notes = [note('right_type_guessed', 'asins', { value: asin })]
      out.set(asin, field)
    }
  }
  return [...out.values()]
}

const ITEM_LABEL =
  '(?:(?:eBay|Walmart|Kaufland|TikTok(?:\\s+Shop)?|Temu|AliExpress|Etsy)[-\\s]?)?' +
  '(?:item\\s*(?:numbers?|nos?\\.?|IDs?|#)|listing\\s*(?:IDs?|numbers?)|product\\s*IDs?|goods\\s*IDs?|offer\\s*IDs?|' +
  'Artikelnummern?|Artikel-Nr\\.?|Angebotsnummern?|Produkt-ID|' +
  '商品(?:链接)?(?:ID|id|编号|号)|链接(?:ID|id|编号)|商品链接|宝贝ID|产品ID)'
const ITEM_RE = new RegExp(
  `${ITEM_LABEL}(?:\\s*(?:为|是|包括|:|#))*\\s*(?<first>\\d{8,19})(?<rest>(?:\\s*(?:,|;|/|、|及|和|以及|and|und|&|or)\\s*\\d{8,19})*)`,
  'giu'
)
// AliExpress item ids have a fixed shape even without a label
const ALI_ITEM = /(?<!\d)1005\d{12}(?!\d)/g

function itemPlatform(id: string, label: string, context: string, at: number): string | undefined {
  if (/^1005\d{12}$/.test(id)) return 'aliexpress'
  return platformOf(label) ?? platformNear(context, at)
}

export function readItemIds(doc: Doc): Field<ItemIdValue>[] {
  const text = doc.view.text
  const out = new Map<string, Field<ItemIdValue>>()
  const add = (id: string, vs: number, label: string, certain: boolean): void => {
    if (out.has(id)) return
    const { text: around, at } = windowAround(doc, vs, vs + id.length, 300, 80)
    const value: ItemIdValue = { id }
    const platform = itemPlatform(id, label, around, at)
    if (platform) value.platform = platform
    out.set(id, { value, source: sourceOfView(doc, vs, vs + id.length), certain })
  }
  ITEM_RE.lastIndex = 0
  for (let m = ITEM_RE.exec(text); m; m = ITEM_RE.exec(text)) {
    const label = m[0].slice(0, m[0].indexOf(m.groups?.first ?? ''))
    if (/order|订单|Bestell/i.test(label)) continue
    const firstAt = m.index + label.length
    add(m.groups?.first ?? '', firstAt, label, true)
    const rest = m.groups?.rest ?? ''
    const restAt = firstAt + (m.groups?.first ?? '').length
    for (const r of rest.matchAll(/\d{8,19}/g)) add(r[0], restAt + (r.index ?? 0), label, true)
  }
  ALI_ITEM.lastIndex = 0
  for (let m = ALI_ITEM.exec(text); m; m = ALI_ITEM.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index)
    if (/order|订单|Bestell|transaction|tracking/i.test(before)) continue
    add(
      m[0],
      m.index,
      '',
      /aliexpress|速卖通|商品|item|listing|product/i.test(text.slice(Math.max(0, m.index - 200), m.index))
    )
  }
  return [...out.values()].sort((a, b) => a.source.start - b.source.start)
}

const QUOTED = '[“"„«‚‹「『](?<name>[^“”"„«»「」『』\\n]{2,60}?)[”"“»’‹›」』]'
const STORE_WORD_BEFORE =
  '(?:store(?:front)?|shop|seller(?:\\s+(?:account|alias|name))?|storefront|Verkäuferkonto|Verkäufer|Shopnamen?|Shop-Namen?|' +
  'Händler(?:name)?|Marktplatz-Shop|店铺名称|店铺名|店铺|网店|商铺|卖家)'
const STORE_BEFORE = new RegExp(`${STORE_WORD_BEFORE}(?:\\s*(?:name|:|为|是))?\\s*${QUOTED}`, 'giu')
const STORE_SELF =
  /[“"„«‚‹「『](?<name>[^“”"„«»「」『』\n]{1,50}?(?:旗舰店|专营店|专卖店|官方店|Official\s+Store|Store|Shop))[”"“»’‹›」』]/gu
const STORE_AFTER = new RegExp(
  `${QUOTED}\\s*(?:的)?(?:店铺|网店|旗舰店|专营店|专卖店|店|store|storefront|shop)(?![\\p{L}])`,
  'giu'
)
// "亚马逊店铺名称：GreenLeaf Home" (a label line without quotes)
const STORE_LABEL_LINE =
  /(?:店铺名称|店铺名|Store\s+name|Shop\s+name|Seller\s+name|Shopname)\s*[:：]\s*(?<name>[^\n,，;；(（]{2,60})/giu

const SELLER_ID = new RegExp(
  '(?:Seller\\s*ID|Merchant\\s*(?:ID|Token)|Store\\s*ID|Shop\\s*ID|Händler-?ID|Verkäufer-?ID|卖家\\s*ID|卖家编号|店铺\\s*(?:ID|id|编号|号)|商家\\s*(?:ID|编号))' +
    '\\s*(?:No\\.?|Nr\\.?)?\\s*(?::|为|是|#)?\\s*(?<id>[A-Za-z0-9][A-Za-z0-9_-]{5,24})(?![A-Za-z0-9_-])',
  'giu'
)

export function readStores(doc: Doc): Field<StoreValue>[] {
  const text = doc.view.text
  type Hit = { vs: number; ve: number; name?: string; sellerId?: string }
  const names: Hit[] = []
  const ids: Hit[] = []
  for (const re of [STORE_BEFORE, STORE_AFTER, STORE_SELF]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = (m.groups?.name ?? '').trim()
      const at = m.index + m[0].indexOf(name)
      if (names.some((n) => n.vs === at) || !/[\p{L}\d]/u.test(name)) continue
      names.push({ vs: at, ve: at + name.length, name })
    }
  }
  for (const line of doc.lines) {
    STORE_LABEL_LINE.lastIndex = 0
    const m = STORE_LABEL_LINE.exec(line.text)
    if (!m) continue
    // find the label in the view through the input offset of the line
    const name = (m.groups?.name ?? '').trim()
    const vs = viewIndexOf(doc, line.start, name)
    if (vs >= 0 && !names.some((n) => n.vs === vs)) names.push({ vs, ve: vs + name.length, name })
  }
  SELLER_ID.lastIndex = 0
  for (let m = SELLER_ID.exec(text); m; m = SELLER_ID.exec(text)) {
    const id = m.groups?.id ?? ''
    if (!/\d/.test(id) && !/^A[0-9A-Z]{12,13}$/.test(id)) continue
    const at = m.index + m[0].length - id.length
    ids.push({ vs: at, ve: at + id.length, sellerId: id })
  }
  names.sort((a, b) => a.vs - b.vs)
  const stores: Field<StoreValue>[] = []
  const usedIds = new Set<Hit>()
  for (const hit of names) {
    // the seller id stated right after (or just before) the name belongs to it
    const id =
      ids.find((i) => !usedIds.has(i) && i.vs >= hit.ve && i.vs - hit.ve < 60) ??
      ids.find((i) => !usedIds.has(i) && i.ve <= hit.vs && hit.vs - i.ve < 40)
    const value: StoreValue = { name: hit.name }
    let end = hit.ve
    if (id) {
      usedIds.add(id)
      value.sellerId = id.sellerId
      end = Math.max(end, id.ve)
    }
    const { text: around, at } = windowAround(doc, hit.vs, hit.ve, 160, 40)
    const platform = platformNear(around, at)
    if (platform) value.platform = platform
    const dup = stores.find((s) => s.value.name === value.name)
    if (dup) {
      if (!dup.value.sellerId && value.sellerId) dup.value.sellerId = value.sellerId
      continue
    }
    stores.push({ value, source: sourceOfView(doc, Math.min(hit.vs, id?.vs ?? hit.vs), end), certain: true })
  }
  for (const id of ids) {
    if (usedIds.has(id)) continue
    if (stores.some((s) => s.value.sellerId === id.sellerId)) continue
    const { text: around, at } = windowAround(doc, id.vs, id.ve, 160, 40)
    const value: StoreValue = { sellerId: id.sellerId }
    const platform = platformNear(around, at)
    if (platform) value.platform = platform
    // a store named on the line before ("亚马逊店铺名称：X" then "卖家ID：Y")
    const named = stores.find(
      (s) => !s.value.sellerId && id.vs - (s.source.end ?? 0) < 200 && s.source.start < id.vs
    )
    if (named) {
      named.value.sellerId = id.sellerId
      continue
    }
    stores.push({ value, source: sourceOfView(doc, id.vs, id.ve), certain: true })
  }
  return stores
}

function viewIndexOf(doc: Doc, inputFrom: number, needle: string): number {
  // first view index whose input offset is >= inputFrom, then search the needle from there
  const map = doc.view.map
  let lo = 0
  let hi = doc.view.text.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((map[mid] ?? 0) < inputFrom) lo = mid + 1
    else hi = mid
  }
  return doc.view.text.indexOf(needle.normalize('NFKC'), lo)
}

const TRAP_LABELS: [RegExp, Note['code']][] = [
  [/(?:fax|facsimile|telefax|传真)\W{0,3}$/iu, 'ignored_fax_number'],
  [
    /(?:order(?:\s+(?:no\.?|number|id|#))?|订单(?:编号|号)?|Bestell(?:nummer|-Nr\.?)|transaction(?:\s+id)?|tracking(?:\s+(?:no\.?|number))?|invoice(?:\s+no\.?)?|Rechnungsnummer)\W{0,3}$/iu,
    'ignored_order_number'
  ],
  [
    /(?:tel(?:ephone)?\.?|phone|direct(?:\s+line)?|mobile|call(?:\s+\w+){0,4}\s+at|line|hotline|电话|手机|联系电话|Telefon|Tel\.|(?:^|\s)[TF]|Mobil)\W{0,3}$/iu,
    'ignored_phone_number'
  ]
]
const PHONE_SHAPE =
  /(?:\+\d{1,3}[\s-]?)?(?:\(\d{1,4}\)[\s-]?)?\d{2,8}(?:[\s-]\d{2,8}){1,4}(?:\s?(?:ext\.?|x)\s?\d{1,5})?|\d{7,19}/g

/**
 * Numbers of 7 or more digits labelled as phone, fax or order numbers, or shaped like a phone number,
 * in body sentences: the caller reports them as ignored so the user knows they were seen.
 */
export function numberTraps(doc: Doc): Note[] {
  const notes: Note[] = []
  const seen = new Set<string>()
  const text = doc.view.text
  PHONE_SHAPE.lastIndex = 0
  for (let m = PHONE_SHAPE.exec(text); m; m = PHONE_SHAPE.exec(text)) {
    // a number ends at the end of its line ("0571-5550 3344" then the date on the next line)
    const { start, end } = toInput(doc.view, m.index, m.index + m[0].length)
    const raw = (doc.input.slice(start, end).split('\n')[0] ?? '')
      .normalize('NFKC')
      .replace(/\s+/g, ' ')
      .trim()
    const count = raw.replace(/\D/g, '').length
    if (count < 7) continue
    const before = text.slice(Math.max(0, m.index - 40), m.index)
    const label = TRAP_LABELS.find(([re]) => re.test(before))
    let code = label?.[1]
    if (!code && /^\+\d|^\(\d{3}\)\s?\d{3}-\d{4}$|^\d{3}-\d{3}-\d{4}$|^0\d{2,3}-\d{4}\s?\d{4}$/.test(raw))
      code = 'ignored_phone_number'
    if (!code) continue
    if (seen.has(raw)) continue
    seen.add(raw)
    notes.push(note(code, undefined, { text: raw }))
  }
  return notes
}
