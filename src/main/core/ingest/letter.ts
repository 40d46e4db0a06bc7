/**
 * Finds the response deadline stated in a demand letter ("within fourteen (14) days of the date of
 * this letter", "自本函发出之日起七日内"). It only reads the phrase; computing the due date is the
 * deadline engine's job.
 */
import { CHINESE_NUMBER_RE, ENGLISH_NUMBER_RE, parseChineseNumber, parseEnglishNumber } from './numerals'

export interface DeadlinePhrase {
  days: number
  basis: 'calendar' | 'business'
  from: 'letter_date' | 'receipt'
  /** False when the letter gives no starting point; `from` is then 'letter_date', the earliest reading. */
  fromStated: boolean
  /** The matched text, whitespace collapsed. */
  phrase: string
  /** Offset of the phrase in the text after whitespace is collapsed (and dropped next to CJK). */
  index: number
}

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

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef'
// A line break in the middle of a Chinese sentence becomes a space after collapsing; Chinese has none.
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}]) | (?=[${CJK}])`, 'gu')

function prepare(text: string): string {
  return text.replace(/\s+/g, ' ').replace(SPACE_NEAR_CJK, '').trim()
}

function englishDays(groups: Record<string, string | undefined>): number | null {
  const fromWords = groups.words ? parseEnglishNumber(groups.words) : null
  const fromParenWords = groups.parenWords ? parseEnglishNumber(groups.parenWords) : null
  const fromDigits = groups.paren ?? groups.digits
  const numeric = fromDigits === undefined ? null : Number(fromDigits)
  const values = [fromWords, fromParenWords, numeric].filter((v): v is number => v !== null)
  if (values.length === 0) return null
  // "fourteen (4) days": words and figures disagree; the shorter period is the safe one to diarise
  const days = Math.min(...values)
  return /^weeks?$/i.test(groups.unit ?? '') ? days * 7 : days
}

/** Every deadline phrase in the text, in order of appearance. */
export function findDeadlinePhrases(text: string): DeadlinePhrase[] {
  const prepared = prepare(text)
  const found: DeadlinePhrase[] = []
  const push = (entry: Omit<DeadlinePhrase, 'phrase'>, raw: string): void => {
    if (entry.days < 1 || entry.days > MAX_DAYS) return
    if (found.some((f) => entry.index < f.index + f.phrase.length && f.index < entry.index + raw.length))
      return
    found.push({ ...entry, phrase: raw.trim() })
  }

  for (const match of prepared.matchAll(EN_PATTERN)) {
    const groups = match.groups ?? {}
    const days = englishDays(groups)
    if (days === null) continue
    const stated = groups.receipt !== undefined || groups.letterDate !== undefined
    const basis = groups.basis && !/^calendar$/i.test(groups.basis) ? 'business' : 'calendar'
    push(
      {
        days,
        basis,
        from: groups.receipt ? 'receipt' : 'letter_date',
        fromStated: stated,
        index: match.index
      },
      match[0]
    )
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
          index: match.index
        },
        match[0]
      )
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

/** The first deadline phrase in the text, or null when the letter states none. */
export function detectDeadlinePhrase(text: string): DeadlinePhrase | null {
  return findDeadlinePhrases(text)[0] ?? null
}
