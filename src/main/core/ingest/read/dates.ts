/**
 * Calendar dates as letters write them, read to YYYY-MM-DD: "October 19, 2026", "19 Oct. 2026",
 * "19.10.2026", "19. Oktober 2026", "2026年10月19日", "二〇二六年十月十九日", "2026-10-19". A
 * slash or hyphen date whose day and month can both be read either way ("03/02/2026") is returned
 * with both readings and `ambiguous: true`; it is never resolved silently.
 */
import { parseChineseNumber } from '../numerals'

export interface DateHit {
  /** Offsets in the searched string. */
  start: number
  end: number
  /** The first reading (month first for US text, day first otherwise) when ambiguous. */
  date: string
  /** Both readings, when day and month could be swapped. */
  alternatives?: string[]
  ambiguous: boolean
  style: 'words' | 'iso' | 'dot' | 'slash' | 'cjk'
}

const EN_MONTHS: [RegExp, number][] = [
  [/^jan(?:uary)?$/i, 1],
  [/^feb(?:ruary)?$/i, 2],
  [/^mar(?:ch)?$/i, 3],
  [/^apr(?:il)?$/i, 4],
  [/^may$/i, 5],
  [/^june?$/i, 6],
  [/^july?$/i, 7],
  [/^aug(?:ust)?$/i, 8],
  [/^sep(?:t|tember)?$/i, 9],
  [/^oct(?:ober)?$/i, 10],
  [/^nov(?:ember)?$/i, 11],
  [/^dec(?:ember)?$/i, 12]
]
const DE_MONTHS: [RegExp, number][] = [
  [/^(?:jan(?:uar)?|jänner|jaenner)$/i, 1],
  [/^(?:feb(?:ruar)?|feber)$/i, 2],
  [/^(?:märz|maerz|mär|mrz)$/i, 3],
  [/^apr(?:il)?$/i, 4],
  [/^mai$/i, 5],
  [/^jun[i]?$/i, 6],
  [/^jul[i]?$/i, 7],
  [/^aug(?:ust)?$/i, 8],
  [/^sep(?:t|tember)?$/i, 9],
  [/^okt(?:ober)?$/i, 10],
  [/^nov(?:ember)?$/i, 11],
  [/^dez(?:ember)?$/i, 12]
]

const EN_MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)'
const DE_MONTH_RE =
  '(?:Januar|Jänner|Februar|Feber|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\\.|Feb\\.|Mär\\.|Mrz\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Okt\\.|Nov\\.|Dez\\.)'
const ORD = '(?:st|nd|rd|th)?'
const YEAR = '(?<year>(?:19|20)\\d{2})'
const ZH_NUM = '[0-9零〇一二两三四五六七八九十]'

const PATTERNS: { re: RegExp; style: DateHit['style']; months?: [RegExp, number][] }[] = [
  // October 19, 2026 / Oct. 19th 2026
  {
    re: new RegExp(
      `(?<![\\p{L}\\d])(?<month>${EN_MONTH_RE})\\s?(?<day>\\d{1,2})${ORD},?\\s?${YEAR}(?!\\d)`,
      'giu'
    ),
    style: 'words',
    months: EN_MONTHS
  },
  // 19 October 2026 / 19th of October, 2026
  {
    re: new RegExp(
      `(?<![\\p{L}\\d.])(?<day>\\d{1,2})${ORD}\\s?(?:of\\s)?(?<month>${EN_MONTH_RE}),?\\s?${YEAR}(?!\\d)`,
      'giu'
    ),
    style: 'words',
    months: EN_MONTHS
  },
  // 19. Oktober 2026 / 19 Okt. 2026
  {
    re: new RegExp(
      `(?<![\\p{L}\\d.])(?<day>\\d{1,2})\\.?\\s?(?<month>${DE_MONTH_RE})\\s?${YEAR}(?!\\d)`,
      'giu'
    ),
    style: 'words',
    months: DE_MONTHS
  },
  // 2026-10-19, 2026/10/19, 2026.10.19
  {
    re: /(?<![\d.\-/])(?<year>(?:19|20)\d{2})(?<sep>[-/.])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})(?![\d])(?!\.\d)/g,
    style: 'iso'
  },
  // 19.10.2026, 19.10.26
  {
    re: /(?<![\d.])(?<day>\d{1,2})\.\s?(?<month>\d{1,2})\.\s?(?<year>(?:19|20)?\d{2})(?!\d)(?!\.\d)/g,
    style: 'dot'
  },
  // 10/19/2026, 03/02/2026, 09/08/26, 19-10-2026
  {
    re: /(?<![\d/.-])(?<a>\d{1,2})(?<sep>[/-])(?<b>\d{1,2})\k<sep>(?<year>(?:19|20)?\d{2})(?![\d/])(?!-\d)/g,
    style: 'slash'
  },
  // 2026年10月19日, 二〇二六年十月十九日
  {
    re: new RegExp(
      `(?<year>${ZH_NUM}{4})\\s?年\\s?(?<month>${ZH_NUM}{1,3})\\s?月\\s?(?<day>${ZH_NUM}{1,3})\\s?[日号]`,
      'gu'
    ),
    style: 'cjk'
  }
]

function monthOf(word: string, months: [RegExp, number][]): number | null {
  const bare = word.replace(/\.$/, '')
  for (const [re, n] of months) if (re.test(bare)) return n
  return null
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > last) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function fullYear(text: string): number {
  const y = Number(text)
  return text.length === 2 ? 2000 + y : y
}

export interface FindDatesOptions {
  /** Read an ambiguous slash date month-first in the first reading (US documents). */
  monthFirst?: boolean
}

/** Every date in `text`, in order; overlapping readings keep the first pattern's. */
export function findDates(text: string, options: FindDatesOptions = {}): DateHit[] {
  const hits: DateHit[] = []
  for (const { re, style, months } of PATTERNS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m.groups ?? {}
      const start = m.index
      const end = m.index + m[0].length
      if (hits.some((h) => start < h.end && h.start < end)) continue
      let hit: DateHit | null = null
      if (style === 'words' && months) {
        const month = monthOf(g.month ?? '', months)
        const date = month ? isoDate(Number(g.year), month, Number(g.day)) : null
        if (date) hit = { start, end, date, ambiguous: false, style }
      } else if (style === 'iso' || style === 'dot') {
        const date = isoDate(fullYear(g.year ?? ''), Number(g.month), Number(g.day))
        if (date) hit = { start, end, date, ambiguous: false, style }
      } else if (style === 'cjk') {
        const year = parseChineseNumber(g.year ?? '')
        const month = parseChineseNumber(g.month ?? '')
        const day = parseChineseNumber(g.day ?? '')
        const date = year && month && day ? isoDate(year, month, day) : null
        if (date) hit = { start, end, date, ambiguous: false, style }
      } else if (style === 'slash') {
        const year = fullYear(g.year ?? '')
        const a = Number(g.a)
        const b = Number(g.b)
        const monthFirst = isoDate(year, a, b)
        const dayFirst = isoDate(year, b, a)
        if (monthFirst && dayFirst && monthFirst !== dayFirst) {
          const [first, second] = options.monthFirst ? [monthFirst, dayFirst] : [dayFirst, monthFirst]
          hit = { start, end, date: first, alternatives: [first, second], ambiguous: true, style }
        } else if (monthFirst ?? dayFirst) {
          hit = { start, end, date: (monthFirst ?? dayFirst) as string, ambiguous: false, style }
        }
      }
      if (hit) hits.push(hit)
    }
  }
  return hits.sort((x, y) => x.start - y.start)
}

/** Adds calendar days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const t = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + days * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}
