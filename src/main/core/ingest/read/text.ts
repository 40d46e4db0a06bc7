/**
 * Text plumbing for the readers: a normalised view of the input (NFKC, whitespace collapsed, line
 * breaks inside Chinese dropped) that maps every character back to the input, the input's lines and
 * pages, and the sentence or line around a match, which becomes a value's source.
 */
import type { Note, ReadOptions, Source } from './types'

const CJK_CHAR = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u
export const HAN = '\\p{Script=Han}'

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CHAR.test(ch)
}

/** A normalised copy of the input with a map from each of its characters back to the input. */
export interface TextView {
  input: string
  text: string
  /** map[i] = offset in the input of view character i; map[text.length] = input length. */
  map: Int32Array
}

/**
 * NFKC per character (full-width digits, letters and punctuation become ASCII), every whitespace run
 * becomes one space, except that a run holding a single line break next to a Chinese character is
 * dropped (a wrapped Chinese sentence has no space). A blank line stays a space.
 */
export function makeView(input: string): TextView {
  const n = input.length
  const parts: string[] = []
  // NFKC can lengthen a character ("㈱" -> "(株)"): grow the map when needed
  let map = new Int32Array(n + 16)
  let length = 0
  let last = '' // the last view character
  const put = (text: string, from: number, each: boolean): void => {
    if (length + text.length + 1 > map.length) {
      const bigger = new Int32Array((length + text.length + 1) * 2)
      bigger.set(map)
      map = bigger
    }
    for (let u = 0; u < text.length; u++) map[length++] = each ? from + u : from
    parts.push(text)
    last = text.slice(-1)
  }
  let i = 0
  while (i < n) {
    const code = input.charCodeAt(i)
    if (isSpaceCode(code)) {
      let j = i
      let breaks = 0
      while (j < n && isSpaceCode(input.charCodeAt(j))) {
        if (input.charCodeAt(j) === 10) breaks++
        j++
      }
      const atEdge = length === 0 || j >= n
      const dropForCjk = breaks === 1 && (isCjk(last) || isCjk(input[j]))
      if (!atEdge && !dropForCjk) put(' ', i, true)
      i = j
      continue
    }
    if (code < 0x80) {
      // a run of printable ASCII is copied as it is
      let j = i + 1
      while (j < n) {
        const c = input.charCodeAt(j)
        if (c >= 0x80 || isSpaceCode(c)) break
        j++
      }
      put(input.slice(i, j), i, true)
      i = j
      continue
    }
    const cp = input.codePointAt(i) ?? code
    const ch = String.fromCodePoint(cp)
    put(ch.normalize('NFKC'), i, false)
    i += ch.length
  }
  const text = parts.join('')
  const result = map.slice(0, length + 1)
  result[length] = n
  return { input, text, map: result }
}

function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** Input offsets of the view range [start, end). */
export function toInput(view: TextView, start: number, end: number): { start: number; end: number } {
  const s = view.map[start] ?? 0
  if (end <= start) return { start: s, end: s }
  const last = view.map[end - 1] ?? s
  const width = (view.input.codePointAt(last) ?? 0) > 0xffff ? 2 : 1
  return { start: s, end: last + width }
}

/** Whitespace collapsed as in the view (a wrapped Chinese line joins without a space), no NFKC. */
export function flatten(text: string): string {
  return text
    .replace(/\s+/g, (run, at: number) => {
      const before = text[at - 1]
      const after = text[at + run.length]
      const breaks = run.split('\n').length - 1
      return breaks === 1 && (isCjk(before) || isCjk(after)) ? '' : ' '
    })
    .trim()
}

export interface Line {
  /** Offsets of the line in the input, without the line break. */
  start: number
  end: number
  /** The line, trimmed, horizontal whitespace collapsed. */
  text: string
  /** The line as it is in the input (for column positions). */
  raw: string
  page: number
  index: number
}

export interface Doc {
  input: string
  view: TextView
  lines: Line[]
  /** Start offset of each page in the input; pageStarts[0] === 0. */
  pageStarts: number[]
  ocr: boolean
}

function pageStartsFrom(input: string, pages: ReadOptions['pages']): number[] {
  if (pages && pages.length > 0) {
    if (typeof pages[0] === 'number') {
      const starts = (pages as number[]).filter((p) => p >= 0 && p <= input.length)
      return starts[0] === 0 ? starts : [0, ...starts]
    }
    const starts: number[] = []
    let cursor = 0
    for (const page of pages as string[]) {
      const probe = page.trim().slice(0, 200)
      const at = probe === '' ? -1 : input.indexOf(probe, cursor)
      const start = at < 0 ? cursor : at
      starts.push(starts.length === 0 ? 0 : start)
      cursor = Math.max(cursor, start + Math.max(0, page.trim().length - 1))
    }
    return starts
  }
  const starts = [0]
  for (let i = input.indexOf('\f'); i >= 0; i = input.indexOf('\f', i + 1)) starts.push(i + 1)
  // pdftotext ends the last page with a form feed: no empty trailing page
  if (starts.length > 1 && input.slice(starts[starts.length - 1]).trim() === '') starts.pop()
  return starts
}

export function pageAt(doc: Pick<Doc, 'pageStarts'>, offset: number): number {
  const starts = doc.pageStarts
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

export function makeDoc(input: string, options: ReadOptions = {}): Doc {
  const pageStarts = pageStartsFrom(input, options.pages)
  const lines: Line[] = []
  let start = 0
  let page = 0
  const docStub = { pageStarts }
  while (start <= input.length) {
    let end = input.indexOf('\n', start)
    if (end < 0) end = input.length
    const whole = input.slice(start, end).replace(/\r$/, '')
    // a form feed starts a new page in the middle of a line: each part is a line of its own page
    let segmentStart = start
    for (const raw of whole.split('\f')) {
      page = pageAt(docStub, segmentStart)
      lines.push({
        start: segmentStart,
        end: segmentStart + raw.length,
        raw,
        text: raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim(),
        page,
        index: lines.length
      })
      segmentStart += raw.length + 1
    }
    if (end >= input.length) break
    start = end + 1
  }
  return { input, view: makeView(input), lines, pageStarts, ocr: options.ocr === true }
}

export function lineAt(doc: Doc, offset: number): Line {
  const lines = doc.lines
  let lo = 0
  let hi = lines.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((lines[mid]?.start ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return lines[lo] as Line
}

function displayWidth(text: string): number {
  let w = 0
  for (const ch of text) w += isCjk(ch) ? 2 : 1
  return w
}

// A line this wide is body text that wraps into the next line; a shorter one ends its unit
// (letterhead lines, address blocks, signature blocks, table cells).
const WRAP_WIDTH = 55

function ends(text: string): boolean {
  return /[.!?。！？;；:：]["'”’»)]?$/.test(text)
}

function continues(line: Line | undefined, next: Line | undefined): boolean {
  if (!line || !next || line.text === '' || next.text === '') return false
  if (line.page !== next.page && !line.text) return false
  if (ends(line.text)) return false
  if (
    /^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[•·\-–]|（[0-9一二三四五六七八九十]+）|[一二三四五六七八九十]+、)\s*/u.test(
      next.text
    )
  )
    return false
  return displayWidth(line.text) >= WRAP_WIDTH || /[,，、\-–(（]$/.test(line.text)
}

// Abbreviations after which a period does not end a sentence.
const ABBREV =
  /(?:\b(?:No|Nos|U\.S|Pat|Reg|Ref|Inc|Ltd|Co|Corp|Mr|Mrs|Ms|Dr|Prof|St|Ste|Jr|Sr|Esq|Hon|Sec|Art|Abs|Nr|Az|Str|bzw|ca|vgl|gem|ggf|z\.B|d\.h|u\.a|i\.e|e\.g|v|vs|cf|al|Fed|Cir|Dist|Ct|Cal|Ill|App|Supp|Ser|Des|Vol|Dept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Okt|Dez)|\b[A-Z]|\d)$/

function sentenceBreakBefore(text: string, i: number): boolean {
  // true when a sentence ends at text[i - 1]
  const ch = text[i - 1]
  if (ch === undefined) return true
  if ('。！？；'.includes(ch)) return true
  if (!'.!?;'.includes(ch)) return false
  const next = text[i]
  if (next !== undefined && !/\s/.test(next)) return false
  if (ch === '.' && ABBREV.test(text.slice(Math.max(0, i - 8), i - 1))) return false
  return true
}

const MAX_SOURCE = 480

/** The sentence (or, in letterheads, tables and lists, the line) around input[start, end). */
export function sourceOf(doc: Doc, start: number, end: number): Source {
  const first = lineAt(doc, start)
  const last = lineAt(doc, Math.max(start, end - 1))
  let top = first.index
  let bottom = last.index
  while (top > 0 && continues(doc.lines[top - 1], doc.lines[top]) && first.index - top < 12) top--
  while (
    bottom < doc.lines.length - 1 &&
    continues(doc.lines[bottom], doc.lines[bottom + 1]) &&
    bottom - last.index < 12
  )
    bottom++
  const blockStart = doc.lines[top]?.start ?? start
  const blockEnd = doc.lines[bottom]?.end ?? end
  const block = doc.input.slice(blockStart, blockEnd)
  let s = start - blockStart
  while (s > 0 && !sentenceBreakBefore(block, s)) s--
  let e = Math.max(end - blockStart, s)
  while (e < block.length && !sentenceBreakBefore(block, e)) e++
  let from = blockStart + s
  let to = blockStart + e
  if (to - from > MAX_SOURCE) {
    from = Math.max(from, first.start)
    to = Math.min(to, Math.max(last.end, end))
    if (to - from > MAX_SOURCE) {
      from = Math.max(from, start - 120)
      to = Math.min(to, end + 120)
    }
  }
  // trim
  while (from < to && /\s/.test(doc.input[from] ?? '')) from++
  while (to > from && /\s/.test(doc.input[to - 1] ?? '')) to--
  return { page: pageAt(doc, from), start: from, end: to, text: flatten(doc.input.slice(from, to)) }
}

/** A Source for a view match [vs, ve). */
export function sourceOfView(doc: Doc, vs: number, ve: number): Source {
  const { start, end } = toInput(doc.view, vs, ve)
  return sourceOf(doc, start, end)
}

/** The input text of a view match, whitespace collapsed. */
export function inputText(doc: Doc, vs: number, ve: number): string {
  const { start, end } = toInput(doc.view, vs, ve)
  return flatten(doc.input.slice(start, end))
}

export function note(code: Note['code'], field?: string, params?: Note['params']): Note {
  const n: Note = { code }
  if (field) n.field = field
  if (params) n.params = params
  return n
}

/** Runs a global regex over the view and yields matches with input offsets. */
export function* viewMatches(
  doc: Doc,
  re: RegExp
): Generator<{ m: RegExpExecArray; start: number; end: number; vs: number; ve: number }> {
  if (!re.global) throw new Error('viewMatches needs a global regex')
  re.lastIndex = 0
  for (let m = re.exec(doc.view.text); m; m = re.exec(doc.view.text)) {
    if (m[0] === '') {
      re.lastIndex++
      continue
    }
    const { start, end } = toInput(doc.view, m.index, m.index + m[0].length)
    yield { m, start, end, vs: m.index, ve: m.index + m[0].length }
  }
}

/** Offsets in the view of a named group of a match made with the 'd' flag. */
export function groupSpan(m: RegExpExecArray, name: string): [number, number] | undefined {
  return m.indices?.groups?.[name]
}

/** The view without spaces next to Chinese characters (for phrase patterns written without spaces). */
export function withoutCjkSpaces(view: TextView): TextView {
  // nothing to drop in a text without Chinese
  if (!/[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u.test(view.text)) return view
  const chars: string[] = []
  const map: number[] = []
  const t = view.text
  for (let i = 0; i < t.length; i++) {
    const ch = t[i] as string
    if (ch === ' ' && (isCjk(t[i - 1]) || isCjk(t[i + 1]))) continue
    chars.push(ch)
    map.push(view.map[i] ?? 0)
  }
  map.push(view.map[t.length] ?? view.input.length)
  return { input: view.input, text: chars.join(''), map: Int32Array.from(map) }
}
