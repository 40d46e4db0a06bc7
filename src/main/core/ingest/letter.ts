/**
 * Finds the response deadline stated in a demand letter: relative phrases ("within fourteen (14)
 * days of the date of this letter", "自本函发出之日起七日内", "binnen einer Frist von 14 Tagen ab
 * Zugang dieses Schreibens") and absolute ones ("no later than November 2, 2026", "bis zum
 * 12.12.2026", "请于2026年11月10日前"). It only reads the phrase; computing the due date is the
 * deadline engine's job.
 */
import {
  CHINESE_NUMBER_RE,
  ENGLISH_NUMBER_RE,
  GERMAN_NUMBER_RE,
  parseChineseNumber,
  parseEnglishNumber,
  parseGermanNumber
} from './numerals'
import { findDates } from './read/dates'
import { makeView, toInput, withoutCjkSpaces, type TextView } from './read/text'

export interface DeadlinePhrase {
  days: number
  basis: 'calendar' | 'business'
  from: 'letter_date' | 'receipt'
  /** False when the letter gives no starting point; `from` is then 'letter_date', the earliest reading. */
  fromStated: boolean
  /** The matched text, whitespace collapsed (full-width characters as ASCII). */
  phrase: string
  /** Offset of the phrase in the text after whitespace is collapsed (and dropped next to CJK). */
  index: number
  /** Offsets of the phrase in the input text. */
  start: number
  end: number
  language: 'en' | 'zh' | 'de'
  /** German "Werktage": Monday to Saturday, not business days; `basis` is then 'business'. */
  werktage?: boolean
  /** The number in words and in figures differ ("fourteen (4) days"); `days` is the smaller. */
  figuresDisagree?: boolean
}

export interface AbsoluteDeadlinePhrase {
  /** YYYY-MM-DD; the first reading when `ambiguous`. */
  date: string
  /** Both readings of a date such as 03/02/2026. */
  alternatives?: string[]
  ambiguous: boolean
  phrase: string
  index: number
  start: number
  end: number
  language: 'en' | 'zh' | 'de'
}

export type AnyDeadlinePhrase =
  ({ kind: 'relative' } & DeadlinePhrase) | ({ kind: 'absolute' } & AbsoluteDeadlinePhrase)

const MAX_DAYS = 366

const DOC = '(?:letter|notice|correspondence|e-?mail|communication|demand)'
const WHICH_DOC = `(?:this|the|our)(?:\\s+(?:attached|enclosed|present))?\\s+${DOC}`
const EN_RECEIPT =
  `(?:the\\s+date\\s+of\\s+)?(?:your\\s+|the\\s+)?(?:receipt|receiving|delivery|service)` +
  `(?:\\s+hereof|\\s+(?:of|by\\s+you\\s+of)\\s+${WHICH_DOC})?`
const EN_LETTER_DATE =
  `(?:the\\s+)?date\\s+(?:of|on)\\s+${WHICH_DOC}|(?:the\\s+)?date\\s+hereof|today|` +
  `the\\s+date\\s+(?:above|first\\s+written\\s+above|set\\s+forth\\s+above)|this\\s+(?:letter|notice)'s\\s+date`

const EN_PATTERN = new RegExp(
  `\\b(?:within|no\\s+later\\s+than|not\\s+later\\s+than|in\\s+the\\s+next)\\s+(?:a\\s+period\\s+of\\s+)?` +
    `(?:(?<words>${ENGLISH_NUMBER_RE})\\s*(?:\\(\\s*(?<paren>\\d{1,3})\\s*\\)\\s*)?|(?<digits>\\d{1,3})\\s*(?:\\(\\s*(?<parenWords>${ENGLISH_NUMBER_RE})\\s*\\)\\s*)?)` +
    `(?:(?<basis>calendar|business|working|court)\\s+)?(?<unit>days?|weeks?)\\b` +
    `(?:\\s+(?:of|from|after|following)\\s+(?:(?<receipt>${EN_RECEIPT})|(?<letterDate>${EN_LETTER_DATE}))\\b)?`,
  'gi'
)

const DE_DOC =
  '(?:dieses|des|unseres|unseren|diesen|dieser|der|unserer)\\s+(?:Schreibens|Briefes|Anwaltsschreibens|Abmahnschreibens|Abmahnung|E-Mail|Schreiben)'
const DE_RECEIPT = `(?:dem\\s+|den\\s+)?(?:Zugang|Erhalt|Zustellung|Eingang)(?:\\s+${DE_DOC})?|Zugang|Erhalt`
const DE_LETTER_DATE = `(?:dem\\s+)?Datum\\s+${DE_DOC}|heute|dato|(?:dem\\s+)?Briefdatum|(?:dem\\s+)?Datum\\s+dieses\\s+Schreibens`
const DE_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:(?:binnen|innerhalb|innert)\\s+(?:(?:einer|der)\\s+Frist\\s+von\\s+|von\\s+)?|(?:eine|einer|die)\\s+Frist\\s+von\\s+)` +
    `(?:(?<words>${GERMAN_NUMBER_RE})\\s*(?:\\(\\s*(?<paren>\\d{1,3})\\s*\\)\\s*)?|(?<digits>\\d{1,3})\\s*(?:\\(\\s*(?<parenWords>${GERMAN_NUMBER_RE})\\s*\\)\\s*)?)` +
    `(?<unit>(?:Kalender|Werk|Arbeits|Geschäfts)?tag(?:e|en)?|Wochen?)(?![\\p{L}])` +
    `(?:\\s+(?:ab|nach|seit|von)\\s+(?:(?<receipt>${DE_RECEIPT})|(?<letterDate>${DE_LETTER_DATE}))(?![\\p{L}]))?`,
  'giu'
)

const ZH_DOC = '(?:本|此|该)?(?:律师)?(?:函件|函|通知书|通知)'
const ZH_RECEIPT = `(?:收到|接到|签收|收悉|接获)${ZH_DOC}|${ZH_DOC}(?:送达|到达)|收函|接函`
const ZH_SENT = `${ZH_DOC}(?:发出|出具|签发|发送|寄出)|发函|${ZH_DOC}(?:落款|出具)?(?:日期|之日)`
const ZH_UNIT = '(?<unit>工作日|自然日|日历日|日|天)'
const ZH_ANCHORED = new RegExp(
  `(?:自|从|于|在)?(?:(?<receipt>${ZH_RECEIPT})|(?<sent>${ZH_SENT}))(?:之日|当日)?(?:之后|以后|后|起)?(?:算起|计)?的?` +
    `(?<num>${CHINESE_NUMBER_RE})个?${ZH_UNIT}(?:之内|以内|内)`,
  'gu'
)
// "请于七日内…" without a starting point
const ZH_BARE = new RegExp(
  `(?:请|须|应|务必|限)(?:贵司|贵方|你方|您|你司)?(?:于|在)(?<num>${CHINESE_NUMBER_RE})个?${ZH_UNIT}(?:之内|以内|内)`,
  'gu'
)

// Absolute deadlines: a cue right before (or, in German, right after) a date.
const WEEKDAY_EN = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s*)?'
const EN_ABS_BEFORE = new RegExp(
  `(?:\\b(?:no|not)\\s+later\\s+than|\\bon\\s+or\\s+before|\\bby|\\bdeadline(?:\\s+of|:)?|\\bdue(?:\\s+date)?:?)` +
    `(?:\\s+(?:the\\s+)?(?:close\\s+of\\s+business|COB|end\\s+of\\s+(?:the\\s+)?(?:business\\s+)?day|\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?\\s?m\\.?(?:\\s*\\(?[A-Z]{2,5}\\)?)?)(?:\\s*,)?)?` +
    `(?:\\s+on)?\\s*${WEEKDAY_EN}$`,
  'i'
)
const WEEKDAY_DE = '(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\\s*(?:den\\s+)?)?'
const DE_ABS_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])bis\\s+(?:spätestens\\s+)?(?:zum\\s+|am\\s+)?|(?<![\\p{L}])spätestens\\s+(?:bis\\s+)?(?:zum\\s+|am\\s+)?|(?<![\\p{L}])Frist(?:ablauf)?\\s*:\\s*)` +
    `(?:(?:\\d{1,2}[.:]\\d{2}\\s*Uhr|24:00\\s*Uhr)\\s*(?:des|am)?\\s*)?${WEEKDAY_DE}(?:Ablauf\\s+des\\s+)?(?:den\\s+)?$`,
  'iu'
)
// "... haben wir uns den 12.12.2026 (hier eingehend) notiert"
const DE_ABS_AFTER = /^\s*(?:\([^)]{0,40}\)\s*)?(?:notiert|vorgemerkt)/iu
const DE_ABS_NOTED_BEFORE = /(?<![\p{L}])den\s*$/iu
const ZH_ABS_BEFORE = /(?:截至|截止|不晚于|最迟于|最晚于|最迟在)\s*$/u
const ZH_ABS_AFTER = /^\s*(?:\((?:含|包括)当日\)\s*)?(?:之前|以前|前)/u
// Dates that end a validity period, not a deadline.
const NOT_A_DEADLINE =
  /(?:valid|expir|renew|term\s+of|gültig|Schutzdauer|Laufzeit|verlängert|Schutz\s+bis|有效期|续展|至$)/iu

function prepare(text: string): TextView {
  return withoutCjkSpaces(makeView(text))
}

function numberFrom(
  groups: Record<string, string | undefined>,
  parse: (w: string) => number | null
): { days: number; disagree: boolean } | null {
  const fromWords = groups.words ? parse(groups.words) : null
  const fromParenWords = groups.parenWords ? parse(groups.parenWords) : null
  const fromDigits = groups.paren ?? groups.digits
  const numeric = fromDigits === undefined ? null : Number(fromDigits)
  const values = [fromWords, fromParenWords, numeric].filter((v): v is number => v !== null)
  if (values.length === 0) return null
  // "fourteen (4) days": words and figures disagree; the shorter period is the safe one to diarise
  const days = Math.min(...values)
  const weeks = /^wochen?$|^weeks?$/i.test(groups.unit ?? '')
  return { days: weeks ? days * 7 : days, disagree: new Set(values).size > 1 }
}

function overlaps(found: { index: number; phrase: string }[], index: number, length: number): boolean {
  return found.some((f) => index < f.index + f.phrase.length && f.index < index + length)
}

function relativePhrases(view: TextView): DeadlinePhrase[] {
  const prepared = view.text
  const found: DeadlinePhrase[] = []
  const push = (entry: Omit<DeadlinePhrase, 'phrase' | 'start' | 'end'>, raw: string): void => {
    if (entry.days < 1 || entry.days > MAX_DAYS) return
    if (overlaps(found, entry.index, raw.length)) return
    const { start, end } = toInput(view, entry.index, entry.index + raw.trimEnd().length)
    found.push({ ...entry, phrase: raw.trim(), start, end })
  }

  for (const [pattern, language, parse] of [
    [EN_PATTERN, 'en', parseEnglishNumber],
    [DE_PATTERN, 'de', parseGermanNumber]
  ] as const) {
    for (const match of prepared.matchAll(pattern)) {
      const groups = match.groups ?? {}
      const number = numberFrom(groups, parse)
      if (number === null) continue
      const stated = groups.receipt !== undefined || groups.letterDate !== undefined
      const basisWord = groups.basis ?? /^(Werk|Arbeits|Geschäfts)/i.exec(groups.unit ?? '')?.[1]
      const basis = basisWord && !/^calendar$/i.test(basisWord) ? 'business' : 'calendar'
      const entry: Omit<DeadlinePhrase, 'phrase' | 'start' | 'end'> = {
        days: number.days,
        basis,
        from: groups.receipt ? 'receipt' : 'letter_date',
        fromStated: stated,
        index: match.index,
        language
      }
      if (/^Werk/i.test(groups.unit ?? '')) entry.werktage = true
      if (number.disagree) entry.figuresDisagree = true
      push(entry, match[0])
    }
  }
  for (const pattern of [ZH_ANCHORED, ZH_BARE]) {
    for (const match of prepared.matchAll(pattern)) {
      const groups = match.groups ?? {}
      const days = parseChineseNumber(groups.num ?? '')
      if (days === null) continue
      const basis = groups.unit === '工作日' ? 'business' : 'calendar'
      const stated = groups.receipt !== undefined || groups.sent !== undefined
      push(
        {
          days,
          basis,
          from: groups.receipt ? 'receipt' : 'letter_date',
          fromStated: stated,
          index: match.index,
          language: 'zh'
        },
        match[0]
      )
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

function absolutePhrases(view: TextView, monthFirst: boolean): AbsoluteDeadlinePhrase[] {
  const text = view.text
  const found: AbsoluteDeadlinePhrase[] = []
  for (const hit of findDates(text, { monthFirst })) {
    const before = text.slice(Math.max(0, hit.start - 70), hit.start)
    const after = text.slice(hit.end, hit.end + 40)
    let cue: RegExpExecArray | null = null
    let language: AbsoluteDeadlinePhrase['language'] = 'en'
    let tail = ''
    if (hit.style === 'cjk' || /[\p{Script=Han}]\s*$/u.test(before)) {
      language = 'zh'
      const afterCue = ZH_ABS_AFTER.exec(after)
      cue = ZH_ABS_BEFORE.exec(before) ?? (afterCue ? /(?:于|在)?\s*$/u.exec(before) : null)
      if (afterCue) tail = afterCue[0]
      if (!afterCue && !ZH_ABS_BEFORE.test(before)) cue = null
    } else {
      cue = EN_ABS_BEFORE.exec(before)
      if (!cue) {
        cue = DE_ABS_BEFORE.exec(before)
        if (cue) language = 'de'
      }
      if (!cue) {
        const noted = DE_ABS_AFTER.exec(after)
        if (noted) {
          cue = DE_ABS_NOTED_BEFORE.exec(before)
          tail = noted[0]
          language = 'de'
        }
      }
    }
    if (!cue) continue
    const index = hit.start - cue[0].length
    const context = text.slice(Math.max(0, index - 40), index)
    if (NOT_A_DEADLINE.test(context)) continue
    const end = hit.end + tail.length
    if (overlaps(found, index, end - index)) continue
    const span = toInput(view, index, end)
    const entry: AbsoluteDeadlinePhrase = {
      date: hit.date,
      ambiguous: hit.ambiguous,
      phrase: text.slice(index, end).trim(),
      index,
      start: span.start,
      end: span.end,
      language
    }
    if (hit.alternatives) entry.alternatives = hit.alternatives
    found.push(entry)
  }
  return found
}

/** Every relative deadline phrase in the text, in order of appearance. */
export function findDeadlinePhrases(text: string): DeadlinePhrase[] {
  return relativePhrases(prepare(text))
}

/** The first relative deadline phrase in the text, or null when the letter states none. */
export function detectDeadlinePhrase(text: string): DeadlinePhrase | null {
  return findDeadlinePhrases(text)[0] ?? null
}

export interface FindAllDeadlinesOptions {
  /** Read an ambiguous numeric date month first (US letters) in the first reading. */
  monthFirst?: boolean
}

/** Every relative and absolute deadline phrase in the text, in order of appearance. */
export function findAllDeadlinePhrases(
  text: string,
  options: FindAllDeadlinesOptions = {}
): AnyDeadlinePhrase[] {
  const view = prepare(text)
  const relative = relativePhrases(view).map((p) => ({ kind: 'relative' as const, ...p }))
  const absolute = absolutePhrases(view, options.monthFirst === true)
    .filter((a) => !overlaps(relative, a.index, a.phrase.length))
    .map((p) => ({ kind: 'absolute' as const, ...p }))
  return [...relative, ...absolute].sort((a, b) => a.index - b.index)
}
