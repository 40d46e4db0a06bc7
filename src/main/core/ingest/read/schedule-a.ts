/**
 * Schedule A: the list of defendant stores attached to a US "Schedule A" complaint. It is read
 * whatever its layout: a table printed with runs of spaces between columns (pdftotext -layout),
 * one row per line with single spaces (pdf.js), or one cell per line (pdftotext's default order);
 * columns in any order, with or without a header row, over any number of pages, with the header
 * repeated on each. Rows are anchored on the Doe numbers; the other columns are told apart by the
 * header when there is one and by their shape (a marketplace name, an ID, a URL) when not.
 */
import { flatten, makeDoc, note, pageAt, sourceOf, type Doc, type Line } from './text'
import type { Note, ReadOptions, Source } from './types'

export interface ScheduleARow {
  doe: number
  store: string
  sellerId?: string
  platform?: string
  url?: string
  page?: number
  source?: Source
}

export interface ScheduleA {
  rows: ScheduleARow[]
  notes: Note[]
}

type Column = 'doe' | 'store' | 'platform' | 'sellerId' | 'url'

// Header labels, most specific first (a "Seller ID" column is not the "Seller" column).
const HEADER_LABELS: [Column, RegExp][] = [
  [
    'sellerId',
    /(?:Seller|Merchant|Store|Shop|Account|User)\s*(?:\/\s*(?:Merchant|Seller)\s*)?(?:ID|No\.|Number|Token)|Merchant\s+ID|Seller\s+ID/i
  ],
  ['url', /(?:Store(?:front)?\s+)?(?:URL|Link|Web\s*address|Website\s+Address)s?/i],
  ['platform', /(?:Online\s+)?(?:Marketplace|Platform|E-?commerce\s+Platform|Channel)s?/i],
  ['doe', /(?:Doe|Def(?:endant)?\.?)\s*(?:No\.?|Number|#)|(?<![\p{L}])No\.(?=\s|$)|(?<!\S)#(?!\S)|\bDoe\b/iu],
  [
    'store',
    /(?:Defendant\s*\/?\s*)?(?:Seller\s+Alias(?:es)?|Store\s+Names?|Seller\s+Names?|Merchant\s+Names?|Shop\s+Names?|Online\s+Store|Aliases?|Defendants?|Stores?|Sellers?)(?:\s*\([^)]*\))?/i
  ]
]

const PLATFORMS =
  /^(?:amazon(?:\.(?:com|de|co\.uk|ca|fr|it|es|co\.jp|com\.au|com\.mx))?|walmart(?:\.com)?|ebay(?:\.(?:com|de|co\.uk))?|temu(?:\.com)?|aliexpress(?:\.com)?|alibaba(?:\.com)?|dhgate(?:\.com)?|wish(?:\.com)?|etsy(?:\.com)?|shein(?:\.com)?|shopee|lazada|joom|tiktok(?:\s+shop)?|tiktok\.com|newegg(?:\.com)?|shopify|wayfair(?:\.com)?|target(?:\.com)?|joybuy(?:\.com)?)$/i
const PLATFORM_TOKENS =
  /^(?:amazon|walmart|ebay|temu|aliexpress|alibaba|dhgate|wish|etsy|shein|shopee|lazada|joom|tiktok|newegg|shopify|wayfair|target|joybuy)(?:\.[a-z.]+)?$/i
const URL_TOKEN = /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*$/i
const STRONG_ID = /^(?:A[0-9A-Z]{11,15}|\d{6,20}|(?=.*[_\d])[a-z0-9][a-z0-9_.-]{3,40})$/
const HEADING = /^(?:SCHEDULE|Schedule)\s*["“]?\s*A\s*["”]?(?:\s*(?:[-–—:]|to\b|TO\b).*)?$/u
const ECF_STAMP = /^Case:?\s*\d+:\d{2}-[a-z]{2}-\d+.*(?:Page|PageID|Filed)/i

function isPlatform(text: string): boolean {
  return PLATFORMS.test(text.trim())
}

// ---------------------------------------------------------------------------------------------
// lines that belong to the page, not the table

function furniture(doc: Doc, lines: Line[]): Set<number> {
  const out = new Set<number>()
  const pages = doc.pageStarts.length
  const key = (l: Line): string => l.text.replace(/\d+/g, '#')
  const byPage = new Map<number, Line[]>()
  for (const l of lines) {
    if (l.text === '') continue
    const list = byPage.get(l.page) ?? []
    list.push(l)
    byPage.set(l.page, list)
  }
  // how many pages have this line (numbers aside) at the same place from their top or bottom
  const counts = new Map<string, Set<number>>()
  const edgeKeys = new Map<number, string[]>()
  for (const [page, list] of byPage) {
    const at = (l: Line, k: string): void => {
      const set = counts.get(k) ?? new Set<number>()
      set.add(page)
      counts.set(k, set)
      edgeKeys.set(l.index, [...(edgeKeys.get(l.index) ?? []), k])
    }
    list.slice(0, 3).forEach((l, i) => at(l, `${key(l)}@top${i}`))
    list.slice(-4).forEach((l, i, tail) => at(l, `${key(l)}@bottom${tail.length - i}`))
  }
  for (const l of lines) {
    if (l.text === '') continue
    if (ECF_STAMP.test(l.text)) out.add(l.index)
    // the same line (numbers aside) at the same edge of half the pages or more: a running header or footer
    const onPages = Math.max(0, ...(edgeKeys.get(l.index) ?? []).map((k) => counts.get(k)?.size ?? 0))
    if (
      pages >= 3 &&
      onPages >= Math.max(3, pages / 2) &&
      !/^\d/.test(l.text) &&
      !headerOf(l.raw) &&
      !headerCell(l.text)
    )
      out.add(l.index)
  }
  if (pages > 1) {
    // a lone number at the top or bottom of a page that runs with the page: the page number
    const offsets = new Map<number, number>()
    const edgeNumbers: [Line, number][] = []
    for (const [page, list] of byPage) {
      for (const l of [...list.slice(0, 2), ...list.slice(-3)]) {
        const m = /^(?:Page\s+)?(\d{1,4})(?:\s+of\s+\d+)?$/i.exec(l.text)
        if (!m) continue
        const offset = Number(m[1]) - page
        edgeNumbers.push([l, offset])
        offsets.set(offset, (offsets.get(offset) ?? 0) + 1)
      }
    }
    const [offset, count] = [...offsets.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0]
    if (count >= Math.max(2, byPage.size / 2))
      for (const [l, o] of edgeNumbers) if (o === offset) out.add(l.index)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// headers

interface HeaderColumn {
  column: Column
  /** Position in the raw line (layout mode), or order in the row. */
  at: number
}

/** The column a header cell names: a label that covers most of the cell. */
function labelOf(text: string): Column | null {
  const t = text.trim()
  const letters = t.replace(/[\s/()|]/g, '').length
  if (letters === 0 || t.length > 60) return null
  for (const [column, re] of HEADER_LABELS) {
    const m = new RegExp(re.source, 'iu').exec(t)
    if (m && m[0].replace(/[\s/()|]/g, '').length >= letters * 0.6) return column
  }
  return null
}

/** The columns named in a line, in order, or null when it names fewer than two. */
function headerOf(line: string): HeaderColumn[] | null {
  // cells apart by runs of spaces: each must be a label
  const cells = [...line.matchAll(/\S+(?: \S+)*/g)]
  if (cells.length >= 2 && /\S {2,}\S|\t/.test(line.trim())) {
    const columns = cells.map((c) => ({ column: labelOf(c[0]), at: c.index ?? 0 }))
    const known = columns.filter((c): c is HeaderColumn => c.column !== null)
    const distinct = new Set(known.map((c) => c.column))
    if (known.length === cells.length && distinct.size === known.length && distinct.size >= 2) return known
  }
  const taken: [number, number][] = []
  const found: HeaderColumn[] = []
  for (const [column, re] of HEADER_LABELS) {
    const g = new RegExp(re.source, 'giu')
    for (const m of line.matchAll(g)) {
      const s = m.index ?? 0
      const e = s + m[0].length
      if (m[0].trim() === '' || taken.some(([a, b]) => s < b && a < e)) continue
      if (found.some((f) => f.column === column)) continue
      taken.push([s, e])
      found.push({ column, at: s + (m[0].length - m[0].trimStart().length) })
    }
  }
  if (found.length < 2) return null
  // a header is labels only: what the labels do not cover must be little
  const covered = taken.reduce((n, [a, b]) => n + (b - a), 0)
  const letters = line.replace(/[\s/()|]/g, '').length
  if (covered < letters * 0.6) return null
  return found.sort((a, b) => a.at - b.at)
}

function headerCell(text: string): Column | null {
  return labelOf(text)
}

// ---------------------------------------------------------------------------------------------
// rows

interface RawRow {
  cells: Partial<Record<Column, string>>
  line: Line
  lastLine: Line
}

function finishRow(doc: Doc, raw: RawRow): ScheduleARow | null {
  const doe = Number(raw.cells.doe)
  const store = raw.cells.store?.trim()
  if (!Number.isInteger(doe) || doe < 1 || !store) return null
  const row: ScheduleARow = { doe, store }
  const sellerId = raw.cells.sellerId?.trim()
  if (sellerId) row.sellerId = sellerId
  const platform = raw.cells.platform?.trim()
  if (platform) row.platform = platform
  const url = raw.cells.url?.trim()
  if (url) {
    row.url = url
    if (!row.platform) {
      const host = /^(?:https?:\/\/)?(?:www\.)?([^/]+)/i.exec(url)?.[1]
      if (host) row.platform = host.replace(/^(?:m|smile|sellercentral)\./, '')
    }
    if (!row.sellerId) {
      const id =
        /[?&](?:seller|me|merchant|store_id|shop_id|sellerId)=([A-Za-z0-9_-]+)/i.exec(url)?.[1] ??
        /\/(?:store|shop|str|usr)\/([A-Za-z0-9_.-]+)/i.exec(url)?.[1]
      if (id) row.sellerId = id
    }
  }
  const start = raw.line.start + (raw.line.raw.length - raw.line.raw.trimStart().length)
  row.page = raw.line.page
  row.source = sourceOfRow(doc, start, raw.lastLine.end)
  return row
}

function sourceOfRow(doc: Doc, start: number, end: number): Source {
  const text = flatten(doc.input.slice(start, end))
  return text.length <= 300 ? { page: pageAt(doc, start), start, end, text } : sourceOf(doc, start, start + 1)
}

/** Splits the tokens of one row between the columns, in header order, anchored on the shaped cells. */
function assignTokens(
  tokens: string[],
  order: Column[],
  expectedDoe: number | null
): Partial<Record<Column, string>> | null {
  const n = tokens.length
  const anchors = new Map<Column, [number, number]>()
  // the Doe number: the integer at the column's place (first or last), else the integer that
  // continues the sequence (an eBay seller may be called "9537"), else the first small integer
  const doeIdx = order.indexOf('doe')
  const integers = tokens.map((t, i) => (/^\d{1,5}$/.test(t) ? i : -1)).filter((i) => i >= 0)
  const doeAt =
    doeIdx === 0
      ? 0
      : doeIdx === order.length - 1
        ? n - 1
        : (integers.find((i) => expectedDoe !== null && Number(tokens[i]) === expectedDoe) ??
          integers.find((i) => i > 0 && i < n - 1) ??
          -1)
  if (doeAt < 0 || !/^\d{1,5}$/.test(tokens[doeAt] ?? '')) return null
  anchors.set('doe', [doeAt, doeAt + 1])
  if (order.includes('url')) {
    const i = tokens.findIndex((t, k) => k !== doeAt && URL_TOKEN.test(t))
    if (i >= 0) anchors.set('url', [i, i + 1])
  }
  if (order.includes('platform')) {
    for (let i = 0; i < n; i++) {
      if (i === doeAt) continue
      const two = `${tokens[i]} ${tokens[i + 1] ?? ''}`
      if (tokens[i + 1] && isPlatform(two)) {
        anchors.set('platform', [i, i + 2])
        break
      }
      if (PLATFORM_TOKENS.test(tokens[i] ?? '') && isPlatform(tokens[i] ?? '')) {
        // a store may be called "Amazon Deals": take the platform token at the column's side
        anchors.set('platform', [i, i + 1])
        if (order.indexOf('platform') > order.indexOf('store')) continue
        break
      }
    }
  }
  const cells: Partial<Record<Column, string>> = {}
  for (const [column, [s, e]] of anchors) cells[column] = tokens.slice(s, e).join(' ')
  // gaps between anchored columns, in header order
  const anchored = order.filter((c) => anchors.has(c))
  const bounds = anchored.map((c) => anchors.get(c) as [number, number])
  for (let g = 0; g <= anchored.length; g++) {
    const from = g === 0 ? 0 : (bounds[g - 1] as [number, number])[1]
    const to = g === anchored.length ? n : (bounds[g] as [number, number])[0]
    const lo = g === 0 ? -1 : order.indexOf(anchored[g - 1] as Column)
    const hi = g === anchored.length ? order.length : order.indexOf(anchored[g] as Column)
    const columns = order.slice(lo + 1, hi).filter((c) => !anchors.has(c))
    const gap = tokens.slice(from, to)
    if (columns.length === 0) continue
    if (columns.length === 1) {
      if (gap.length > 0) cells[columns[0] as Column] = gap.join(' ')
      continue
    }
    // single-token columns (IDs, URLs) take a token from their side; the store takes the rest
    let left = 0
    let right = gap.length
    const storeAt = columns.indexOf('store')
    columns.forEach((c, k) => {
      if (c === 'store') return
      if (storeAt < 0 || k < storeAt) {
        if (left < right) cells[c] = gap[left++]
      } else if (left < right) cells[c] = gap[--right]
    })
    if (storeAt >= 0 && left < right) cells.store = gap.slice(left, right).join(' ')
  }
  return cells
}

/** Without a header: the Doe number first or last, a marketplace by name, an ID by its shape. */
function guessTokens(tokens: string[]): Partial<Record<Column, string>> | null {
  const first = /^\d{1,5}$/.test(tokens[0] ?? '')
  const last = /^\d{1,5}$/.test(tokens[tokens.length - 1] ?? '')
  if (!first && !last) return null
  const rest = first ? tokens.slice(1) : tokens.slice(0, -1)
  const cells: Partial<Record<Column, string>> = { doe: first ? tokens[0] : tokens[tokens.length - 1] }
  const words = [...rest]
  const url = words.findIndex((t) => URL_TOKEN.test(t))
  if (url >= 0) cells.url = words.splice(url, 1)[0]
  const platformAt = words.findIndex(
    (t, i) => isPlatform(t) || (i + 1 < words.length && isPlatform(`${t} ${words[i + 1]}`))
  )
  if (platformAt >= 0) {
    const two = platformAt + 1 < words.length && isPlatform(`${words[platformAt]} ${words[platformAt + 1]}`)
    cells.platform = words.splice(platformAt, two ? 2 : 1).join(' ')
  }
  if (words.length >= 2) {
    const tail = words[words.length - 1] ?? ''
    const head = words[0] ?? ''
    if (STRONG_ID.test(tail)) cells.sellerId = words.pop()
    else if (STRONG_ID.test(head)) cells.sellerId = words.shift()
  }
  if (words.length === 0) return null
  cells.store = words.join(' ')
  return cells
}

// ---------------------------------------------------------------------------------------------

function regionStart(lines: Line[]): number {
  // the last "SCHEDULE A" heading that a table follows; none: the whole text
  let start = -1
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line
    if (!HEADING.test(l.text) || l.text.length > 90) continue
    const after = lines.slice(i + 1, i + 40)
    if (after.some((a) => headerOf(a.text) || /^\d{1,5}(?:\s|$)/.test(a.text))) start = i + 1
  }
  return start < 0 ? 0 : start
}

export function readScheduleA(text: string, options: ReadOptions = {}): ScheduleA {
  const doc = makeDoc(text, options)
  const notes: Note[] = []
  const all = doc.lines
  const start = regionStart(all)
  const skip = furniture(doc, all)
  const lines = all.slice(start).filter((l) => l.text !== '' && !skip.has(l.index))
  const integerLines = lines.filter((l) => /^\d{1,5}$/.test(l.text)).length
  const spaced = lines.filter((l) => /\S {2,}\S|\t/.test(l.raw.trim())).length
  let rows: ScheduleARow[]
  if (integerLines >= 3 && integerLines >= lines.length * 0.12 && spaced < integerLines) {
    rows = cellRows(doc, lines, notes)
  } else {
    rows = lineRows(doc, lines, spaced >= lines.length * 0.3, notes)
  }
  if (rows.length === 0) notes.push(note('no_schedule_a'))
  // Doe numbers run 1, 2, 3 ...: report gaps and repeats
  for (let i = 1; i < rows.length; i++) {
    const prev = rows[i - 1] as ScheduleARow
    const row = rows[i] as ScheduleARow
    if (row.doe === prev.doe) notes.push(note('schedule_a_doe_repeated', 'rows', { doe: row.doe }))
    else if (row.doe > prev.doe + 1)
      notes.push(note('schedule_a_doe_gap', 'rows', { after: prev.doe, next: row.doe }))
  }
  return { rows, notes }
}

/** One row per line: cells split by runs of spaces (layout) or single spaces (pdf.js). */
function lineRows(doc: Doc, lines: Line[], layout: boolean, notes: Note[]): ScheduleARow[] {
  let header: HeaderColumn[] | null = null
  // a layout table without a header row: the columns of its fullest row stand in for one
  const inferred = layout && !lines.some((l) => headerOf(l.raw)) ? inferLayoutHeader(lines) : null
  const rows: ScheduleARow[] = []
  let current: RawRow | null = null
  let headerSeen = false
  const flush = (): void => {
    if (!current) return
    const row = finishRow(doc, current)
    if (row) rows.push(row)
    current = null
  }
  for (const line of lines) {
    const h = headerOf(line.raw)
    if (h) {
      // the first header decides; repeats on later pages are skipped
      header ??= h
      headerSeen = true
      flush()
      continue
    }
    let cells: Partial<Record<Column, string>> | null = null
    header ??= inferred
    if (layout && header) {
      cells = layoutCells(line, header)
    } else {
      const tokens = layout ? line.raw.trim().split(/\s{2,}|\t+/) : line.text.split(' ')
      const expectedDoe =
        rows.length > 0 ? (rows[rows.length - 1] as ScheduleARow).doe + 1 : current ? null : 1
      if (header)
        cells = assignTokens(
          layout ? tokens.flatMap((t) => t.split(' ')) : tokens,
          header.map((c) => c.column),
          current ? Number((current as RawRow).cells.doe) + 1 : expectedDoe
        )
      else cells = guessTokens(layout ? tokens.flatMap((t) => t.split(' ')) : tokens)
      if (layout && cells && header === null) {
        // with runs of spaces the cells are known: keep multi-word cells whole
        const whole = guessCells(tokens)
        if (whole) cells = whole
      }
    }
    if (cells && cells.doe !== undefined && /^\d{1,5}$/.test(cells.doe) && cells.store) {
      flush()
      current = { cells, line, lastLine: line }
    } else if (current && layout && header) {
      // a wrapped cell: text under the store (or id) column continues the row above
      const more = layoutCells(line, header)
      if (more && !more.doe) {
        const c: RawRow = current
        for (const [k, v] of Object.entries(more) as [Column, string][]) {
          c.cells[k] = c.cells[k] ? `${c.cells[k]} ${v}` : v
        }
        c.lastLine = line
      }
    } else if (
      current &&
      !layout &&
      /^[\p{L}][\p{L}\d&'’., -]{0,40}$/u.test(line.text) &&
      !/^\d/.test(line.text)
    ) {
      // pdf.js: a wrapped store name is a short line without a Doe number
      if (
        line.index - current.lastLine.index <= 1 &&
        line.text.split(' ').length <= 4 &&
        !isPlatform(line.text)
      ) {
        const c: RawRow = current
        c.cells.store = `${c.cells.store ?? ''} ${line.text}`.trim()
        c.lastLine = line
      }
    } else if (/^\d{1,5}\s/.test(line.text)) {
      notes.push(note('schedule_a_row_unparsed', 'rows', { text: line.text.slice(0, 120) }))
    }
  }
  flush()
  if (!headerSeen && rows.length > 0) notes.push(note('schedule_a_no_header', 'rows'))
  return rows
}

function inferLayoutHeader(lines: Line[]): HeaderColumn[] | null {
  let best: HeaderColumn[] | null = null
  for (const line of lines.slice(0, 60)) {
    const cells = [...line.raw.matchAll(/\S+(?: \S+)*/g)]
    if (cells.length < 2) continue
    const guessed = guessCells(cells.map((c) => c[0]))
    if (!guessed) continue
    const columns: HeaderColumn[] = []
    for (const c of cells) {
      const column = (Object.keys(guessed) as Column[]).find(
        (k) => guessed[k] === c[0] && !columns.some((h) => h.column === k)
      )
      if (column) columns.push({ column, at: c.index ?? 0 })
    }
    if (columns.some((c) => c.column === 'doe') && (!best || columns.length > best.length)) best = columns
  }
  return best
}

function guessCells(cells: string[]): Partial<Record<Column, string>> | null {
  if (cells.length < 2) return null
  const out: Partial<Record<Column, string>> = {}
  const rest: string[] = []
  cells.forEach((c, i) => {
    if (out.doe === undefined && /^\d{1,5}$/.test(c) && (i === 0 || i === cells.length - 1)) out.doe = c
    else if (!out.url && URL_TOKEN.test(c)) out.url = c
    else if (!out.platform && isPlatform(c)) out.platform = c
    else rest.push(c)
  })
  if (out.doe === undefined) return null
  if (rest.length >= 2) {
    // the ID column usually follows the name: take the last ID-shaped cell
    const idAt = rest.map((c) => !/\s/.test(c) && STRONG_ID.test(c)).lastIndexOf(true)
    if (idAt >= 0) out.sellerId = rest.splice(idAt, 1)[0]
  }
  if (rest.length === 0) return null
  out.store = rest.join(' ')
  return out
}

/** Cells of a layout line, each under the header column it starts nearest to. */
function layoutCells(line: Line, header: HeaderColumn[]): Partial<Record<Column, string>> | null {
  const out: Partial<Record<Column, string>> = {}
  const re = /\S+(?: \S+)*/g
  for (const m of line.raw.matchAll(re)) {
    const at = m.index ?? 0
    const end = at + m[0].length
    // the column whose label starts at or before the cell, nearest; a cell that starts left of
    // its label (right-aligned numbers) goes to the label it overlaps
    let best: HeaderColumn | undefined
    for (const h of header) {
      const next = header[header.indexOf(h) + 1]
      const from = h.at - 6
      const to = next ? next.at - 1 : Infinity
      if (at >= from && at <= to) best = h
    }
    best ??= header.find((h, k) => end >= h.at && (header[k + 1]?.at ?? Infinity) > at)
    if (!best) continue
    out[best.column] = out[best.column] ? `${out[best.column]} ${m[0]}` : m[0]
  }
  return Object.keys(out).length > 0 ? out : null
}

/** One cell per line (pdftotext's reading order): rows start at the Doe numbers. */
function cellRows(doc: Doc, lines: Line[], notes: Note[]): ScheduleARow[] {
  // header: consecutive lines that are each one header label
  let order: Column[] = []
  const cells: Line[] = []
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line
    const run: Column[] = []
    let j = i
    while (j < lines.length) {
      const c = headerCell((lines[j] as Line).text)
      if (!c || run.includes(c)) break
      run.push(c)
      j++
    }
    if (run.length >= 2 && run.includes('doe')) {
      if (order.length === 0) order = run
      i = j - 1
      continue
    }
    const inline = headerOf(l.text)
    if (inline) {
      if (order.length === 0) order = inline.map((h) => h.column)
      continue
    }
    cells.push(l)
  }
  if (order.length === 0) {
    notes.push(note('schedule_a_no_header', 'rows'))
    order = ['doe', 'store', 'platform', 'sellerId']
  }
  const k = order.length
  const doeIdx = order.indexOf('doe')
  // column-major: the cells start with the Doe numbers one after another (1, 2, 3, ...)
  const firstInt = cells.findIndex((c) => /^\d{1,5}$/.test(c.text))
  if (firstInt >= 0) {
    let run = 0
    while (cells[firstInt + run]?.text === String(Number((cells[firstInt] as Line).text) + run)) run++
    if (run >= 3) {
      return columnMajor(
        doc,
        cells,
        Array.from({ length: run }, (_, i) => firstInt + i),
        order
      )
    }
  }
  // Doe cells: integers in sequence (a gap is allowed where the cells around look like a row)
  const storeIdx = order.indexOf('store')
  const doeCells: number[] = []
  let expected: number | null = null
  for (let i = 0; i < cells.length; i++) {
    const t = (cells[i] as Line).text
    if (!/^\d{1,5}$/.test(t)) continue
    const n = Number(t)
    const plausible = plausibleRowAt(cells, i, doeIdx, storeIdx)
    const inSequence = expected === null ? n >= 1 : n === expected || (n > expected && n - expected < 50)
    if (!inSequence || !plausible) continue
    doeCells.push(i)
    expected = n + 1
  }
  const rows: ScheduleARow[] = []
  doeCells.forEach((d, r) => {
    const from = d - doeIdx
    const nextDoe = doeCells[r + 1]
    const to = nextDoe === undefined ? Math.min(cells.length, from + k) : nextDoe - doeIdx
    const own = cells.slice(Math.max(0, from), Math.max(from, to))
    if (own.length < k) {
      notes.push(
        note('schedule_a_row_unparsed', 'rows', {
          text: own
            .map((c) => c.text)
            .join(' | ')
            .slice(0, 120)
        })
      )
      return
    }
    // a wrapped cell makes the row longer: the extra lines belong to the store name
    const values = own.map((c) => c.text)
    const extra = values.length - k
    const raw: RawRow = { cells: {}, line: own[0] as Line, lastLine: own[own.length - 1] as Line }
    let at = 0
    order.forEach((column, i) => {
      const take = i === storeIdx && nextDoe !== undefined ? 1 + extra : 1
      raw.cells[column] = values.slice(at, at + take).join(' ')
      at += take
    })
    raw.cells.doe = (cells[d] as Line).text
    if (nextDoe === undefined) raw.lastLine = own[Math.min(own.length, k) - 1] as Line
    const row = finishRow(doc, raw)
    if (row) rows.push(row)
  })
  return rows
}

function plausibleRowAt(cells: Line[], i: number, doeIdx: number, storeIdx: number): boolean {
  // the cells of a row around a Doe number: a name where the store goes, not another number
  const storeCell = cells[i - doeIdx + storeIdx]
  return storeCell !== undefined && !/^\d{1,5}$/.test(storeCell.text)
}

function columnMajor(doc: Doc, cells: Line[], doeCells: number[], order: Column[]): ScheduleARow[] {
  const n = doeCells.length
  const first = doeCells[0] as number
  const others = order.filter((c) => c !== 'doe')
  const rows: ScheduleARow[] = []
  for (let r = 0; r < n; r++) {
    const doeLine = cells[first + r] as Line
    const raw: RawRow = { cells: { doe: doeLine.text }, line: doeLine, lastLine: doeLine }
    others.forEach((column, c) => {
      const cell = cells[first + n * (c + 1) + r]
      if (cell) {
        raw.cells[column] = cell.text
        if (column === 'store') raw.line = cell
      }
    })
    raw.lastLine = raw.line
    const row = finishRow(doc, raw)
    if (row) rows.push(row)
  }
  return rows
}

// ---------------------------------------------------------------------------------------------
// our stores among the defendants

export interface OwnStore {
  name: string
  sellerId?: string
}

export interface StoreMatch {
  doe: number
  store: string
  page?: number
  sellerId?: string
  platform?: string
  /** 'seller_id': the seller IDs are equal (certain); 'name': only the normalised names are (possible). */
  reason: 'seller_id' | 'name'
  certain: boolean
  /** The own store it matched. */
  ownStore: OwnStore
  notes?: Note[]
}

const STORE_SUFFIXES =
  /(?:official\s*(?:flagship\s*)?(?:store|shop)|flagship\s*(?:store|shop)|online\s*(?:store|shop)|(?:store|shop|direct|official)|官方旗舰店|旗舰店|专营店|专卖店|官方店|店铺|店)$/iu

/** Store name as compared: NFKC, lower case, no spaces or punctuation, no "Store"/"Official Store"/"旗舰店". */
export function normaliseStoreName(name: string): string {
  let s = name.normalize('NFKC').toLowerCase().trim()
  for (let i = 0; i < 3; i++) {
    const cut = s.replace(/[\s\p{P}\p{S}]+$/u, '').replace(STORE_SUFFIXES, '')
    if (cut === s || cut.replace(/[\s\p{P}\p{S}]/gu, '') === '') break
    s = cut
  }
  return s.replace(/[\s\p{P}\p{S}]+/gu, '')
}

export function matchOwnStores(rows: ScheduleARow[], stores: OwnStore[]): StoreMatch[] {
  const byId = new Map<string, OwnStore>()
  const byName = new Map<string, OwnStore>()
  for (const s of stores) {
    if (s.sellerId) byId.set(s.sellerId.trim().toUpperCase(), s)
    const key = normaliseStoreName(s.name)
    if (key) byName.set(key, s)
  }
  const out: StoreMatch[] = []
  for (const row of rows) {
    const base = { doe: row.doe, store: row.store } as StoreMatch
    if (row.page !== undefined) base.page = row.page
    if (row.sellerId) base.sellerId = row.sellerId
    if (row.platform) base.platform = row.platform
    const idOwner = row.sellerId ? byId.get(row.sellerId.trim().toUpperCase()) : undefined
    if (idOwner) {
      out.push({ ...base, reason: 'seller_id', certain: true, ownStore: idOwner })
      continue
    }
    const nameOwner = byName.get(normaliseStoreName(row.store))
    if (nameOwner) {
      const m: StoreMatch = { ...base, reason: 'name', certain: false, ownStore: nameOwner }
      // same name, another seller: perhaps a copycat store
      if (nameOwner.sellerId && row.sellerId)
        m.notes = [note('seller_id_differs', 'sellerId', { ours: nameOwner.sellerId, theirs: row.sellerId })]
      out.push(m)
    }
  }
  return out
}
