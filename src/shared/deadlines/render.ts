import { monthName, parseIsoDate, weekdayOfDay } from './calendar'

/**
 * Interpolation of the deadline message templates: i18next syntax, `{{name}}` for a value and
 * `{{name, format}}` for a formatted value (i18next's formatting syntax). Pure and allocation-light,
 * because computeDeadline renders the English text of every step on every call.
 */

export type DeadlineLang = 'en' | 'zh-CN'
export const DEADLINE_LANGS: readonly DeadlineLang[] = ['en', 'zh-CN']

/** Language-neutral values of a message: numbers, booleans, codes, YYYY-MM-DD dates, and names from data. */
export type DeadlineParams = Readonly<Record<string, string | number | boolean>>

/** The formats a template may apply to a value: `{{date, weekday}}`, `{{month, month}}`, `{{n, ordinal}}`. */
export const DEADLINE_FORMATS = ['weekday', 'month', 'ordinal'] as const
export type DeadlineFormat = (typeof DEADLINE_FORMATS)[number]

const WEEKDAYS: Record<DeadlineLang, readonly string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  'zh-CN': ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
}

function ordinalEn(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13
  const suffix = teen ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'
  return `${n}${suffix}`
}

/**
 * Applies one named format to a parameter value (register it with i18next as a custom formatter
 * if the templates are loaded there). Unknown formats and unusable values return the value as is.
 */
export function formatDeadlineParam(value: unknown, format: string, lang: DeadlineLang): string {
  const raw = String(value)
  switch (format) {
    case 'weekday': {
      const weekday = weekdayOf(raw)
      return weekday === undefined ? raw : (WEEKDAYS[lang][weekday] ?? raw)
    }
    case 'month': {
      // 'YYYY-MM' -> 'February 2027' / '2027年2月'
      const m = /^(\d{4})-(\d{2})$/.exec(raw)
      if (!m) return raw
      const month = Number(m[2])
      return lang === 'en' ? `${monthName(month)} ${m[1]}` : `${m[1]}年${month}月`
    }
    case 'ordinal': {
      const n = Number(value)
      if (!Number.isInteger(n)) return raw
      return lang === 'en' ? ordinalEn(n) : `第${n}`
    }
    default:
      return raw
  }
}

// Weekday per date string: every step formats one or two dates, mostly the same few hundred.
const weekdays = new Map<string, number | undefined>()

function weekdayOf(iso: string): number | undefined {
  let weekday = weekdays.get(iso)
  if (weekday === undefined && !weekdays.has(iso)) {
    const day = parseIsoDate(iso)
    weekday = day === undefined ? undefined : weekdayOfDay(day)
    if (weekdays.size > 100_000) weekdays.clear()
    weekdays.set(iso, weekday)
  }
  return weekday
}

/**
 * Counted units, nested into a template the i18next way with a plural count:
 * `$t(unit.days, {"count": {{days}}})` is "1 day" / "2 days" in English; Chinese has one form
 * (i18next's `_other`), so its templates write "{{days}} 天" directly.
 */
export const PLURAL_UNITS: Readonly<Record<DeadlineLang, Readonly<Record<string, string>>>> = {
  en: {
    'unit.days_one': '{{count}} day',
    'unit.days_other': '{{count}} days',
    'unit.calendarDays_one': '{{count}} calendar day',
    'unit.calendarDays_other': '{{count}} calendar days'
  },
  'zh-CN': {
    'unit.days_other': '{{count}} 天',
    'unit.calendarDays_other': '{{count}} 个自然日'
  }
}

const PLURALS: Record<DeadlineLang, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  'zh-CN': new Intl.PluralRules('zh-CN')
}

type Part =
  | string
  | { readonly name: string; readonly format: string | undefined }
  | { readonly nest: string; readonly count: string }

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*(?:,\s*([A-Za-z]+)\s*)?\}\}/g
const PART =
  /\$t\(\s*([A-Za-z0-9_.]+)\s*,\s*\{\s*"count"\s*:\s*\{\{\s*([A-Za-z0-9_]+)\s*\}\}\s*\}\s*\)|\{\{\s*([A-Za-z0-9_]+)\s*(?:,\s*([A-Za-z]+)\s*)?\}\}/g

function compile(template: string): Part[] {
  const parts: Part[] = []
  let last = 0
  for (const m of template.matchAll(PART)) {
    if (m.index > last) parts.push(template.slice(last, m.index))
    parts.push(m[1] !== undefined ? { nest: m[1], count: m[2] ?? '' } : { name: m[3] ?? '', format: m[4] })
    last = m.index + m[0].length
  }
  if (last < template.length) parts.push(template.slice(last))
  return parts
}

// Rendered units per language, unit and count ("21 days"): counts repeat across every call.
const unitTexts: Record<DeadlineLang, Map<string, Map<unknown, string>>> = {
  en: new Map(),
  'zh-CN': new Map()
}

/** The plural form of a nested unit for this count: `unit.days_one`, else `unit.days_other`. */
function pluralUnit(nest: string, value: unknown, lang: DeadlineLang): string {
  const byLang = unitTexts[lang] ?? unitTexts.en
  let byCount = byLang.get(nest)
  if (byCount === undefined) {
    byCount = new Map()
    byLang.set(nest, byCount)
  }
  let rendered = byCount.get(value)
  if (rendered === undefined) {
    const units = PLURAL_UNITS[lang] ?? PLURAL_UNITS.en
    const n = Number(value)
    const form = Number.isFinite(n) ? PLURALS[lang].select(n) : 'other'
    const template = units[`${nest}_${form}`] ?? units[`${nest}_other`]
    rendered =
      template === undefined ? String(value) : template.replace(/\{\{\s*count\s*\}\}/g, String(value))
    if (byCount.size > 10_000) byCount.clear()
    byCount.set(value, rendered)
  }
  return rendered
}

/** Parameter names a template uses (`{{a}} {{b, weekday}}` -> ['a', 'b']). */
export function templateParams(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '')
}

export interface RenderOptions {
  /** Formats a plain `{{x}}` whose value is a YYYY-MM-DD date (e.g. '2026年12月28日'); default: as is. */
  readonly formatDate?: (iso: string, lang: DeadlineLang) => string
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export class TemplateRenderer {
  private readonly compiled: Record<DeadlineLang, Map<string, Part[]>> = { en: new Map(), 'zh-CN': new Map() }

  constructor(private readonly tables: Readonly<Record<DeadlineLang, Readonly<Record<string, string>>>>) {}

  private parts(code: string, lang: DeadlineLang): Part[] | undefined {
    const cache = this.compiled[lang] ?? this.compiled.en
    let parts = cache.get(code)
    if (parts === undefined) {
      const template = this.tables[lang]?.[code] ?? this.tables.en[code]
      if (template === undefined) return undefined
      parts = compile(template)
      cache.set(code, parts)
    }
    return parts
  }

  render(code: string, params: DeadlineParams, lang: DeadlineLang, options?: RenderOptions): string {
    const parts = this.parts(code, lang)
    // A code this version does not know (e.g. stored by a newer one): show the code, never throw.
    if (parts === undefined) return code
    let out = ''
    for (const p of parts) {
      if (typeof p === 'string') {
        out += p
        continue
      }
      if ('nest' in p) {
        const count = params[p.count]
        out += count === undefined ? `{{${p.count}}}` : pluralUnit(p.nest, count, lang)
        continue
      }
      const value = params[p.name]
      if (value === undefined) out += `{{${p.name}}}`
      else if (p.format !== undefined) out += formatDeadlineParam(value, p.format, lang)
      else if (options?.formatDate && typeof value === 'string' && ISO_DATE.test(value))
        out += options.formatDate(value, lang)
      else out += String(value)
    }
    return out
  }
}
