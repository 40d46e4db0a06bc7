import { type DayNumber, formatDay, isWeekendDay, yearOfDay } from './calendar'
import { DeadlineError } from './errors'
import { type NonWorkingReason, type WorkCalendar, nonWorkingReason } from './holidays'
import { renderDeadlineMessage } from './messages'
import type {
  DeadlineAlternative,
  DeadlineMessage,
  DeadlineMessageParams,
  DeadlineOptionValue,
  DeadlineRule,
  DeadlineStep,
  DeadlineWarning
} from './types'

/** Shared building blocks for the rules: roll-over, business-day counting and the explanation steps. */

export interface RuleContext {
  readonly trigger: DayNumber
  /** Validated options with defaults filled in. */
  readonly options: Readonly<Record<string, DeadlineOptionValue>>
  readonly closures: ReadonlySet<DayNumber>
}

export interface RuleOutcome {
  readonly due: DayNumber
  readonly earliest?: DayNumber
  readonly steps: DeadlineStep[]
  readonly warnings: DeadlineWarning[]
  readonly timeZone?: string
  readonly alternatives?: DeadlineAlternative[]
}

export interface RuleDefinition {
  readonly meta: DeadlineRule
  compute(ctx: RuleContext): RuleOutcome
}

/**
 * A law's roll-over: its holiday calendar, its wording (`roll.<id>.*` in messages.ts: what it calls
 * its holidays and where the period moves) and the provision that says so.
 */
export interface RollPolicy {
  readonly id: string
  readonly calendar: WorkCalendar
  readonly citation: string
}

const ALSO_VARIANTS = { holiday: 'holiday-also', weekend: 'weekend-also', closure: 'closure-also' } as const

// A run of closures longer than this is surely a data-entry mistake, not a real office closure.
const MAX_SCAN_DAYS = 4000

export function optionBool(ctx: RuleContext, name: string): boolean {
  return ctx.options[name] === true
}

export function optionNumber(ctx: RuleContext, name: string): number {
  const v = ctx.options[name]
  return typeof v === 'number' ? v : 0
}

export function optionString(ctx: RuleContext, name: string): string {
  const v = ctx.options[name]
  return typeof v === 'string' ? v : ''
}

// English text of the parameterless messages (notes, holiday descriptions): the same every call.
const staticTexts = new Map<string, string>()

function isEmpty(params: DeadlineMessageParams): boolean {
  for (const key in params) if (Object.prototype.hasOwnProperty.call(params, key)) return false
  return true
}

function englishText(code: string, params: DeadlineMessageParams): string {
  if (!isEmpty(params)) return renderDeadlineMessage(code, params, 'en')
  let text = staticTexts.get(code)
  if (text === undefined) {
    text = renderDeadlineMessage(code, params, 'en')
    staticTexts.set(code, text)
  }
  return text
}

/**
 * One explanation step: its code and parameters. Its sentence is rendered where it is read, in
 * the reader's language; rendering English for every step of every computation (most are
 * previews nobody reads in English) halved the engine's throughput. withEnglishText adds it
 * where a step is stored.
 */
export function step(code: string, params: DeadlineMessageParams, citation?: string): DeadlineStep {
  return citation === undefined ? { code, params } : { code, params, citation }
}

/**
 * Steps (or warnings) with their English sentence added as `text`, the way the workspace stores
 * them (model.ts ComputedText): a row read without the templates still says what it meant.
 * Added where a computation is kept, not in the engine, which renders nothing it is not asked to.
 */
export function withEnglishText<T extends DeadlineMessage>(items: readonly T[]): Array<T & { text: string }> {
  return items.map((item) => ({ ...item, text: englishText(item.code, item.params) }))
}

export function messageStep(message: DeadlineMessage, citation?: string): DeadlineStep {
  return step(message.code, message.params, citation)
}

export function warning(code: string, params: DeadlineMessageParams): DeadlineWarning {
  return { code, params, text: englishText(code, params) }
}

export function messageWarning(message: DeadlineMessage): DeadlineWarning {
  return warning(message.code, message.params)
}

// Variant codes ('count.days' + 'holiday' -> 'count.days.holiday') are built once: a fresh string
// per call would be hashed again on every template look-up.
const variantCodes = new Map<string, Map<string, string>>()

/** `${base}${separator}${variant}`, the same string object every time. */
export function variantCode(base: string, variant: string, separator = '.'): string {
  let byVariant = variantCodes.get(base)
  if (byVariant === undefined) {
    byVariant = new Map()
    variantCodes.set(base, byVariant)
  }
  const key = separator === '.' ? variant : separator + variant
  let code = byVariant.get(key)
  if (code === undefined) {
    code = `${base}${separator}${variant}`
    byVariant.set(key, code)
  }
  return code
}

const NO_NAMES: { holiday?: string; holidayZh?: string } = Object.freeze({})

/** Parameters naming a holiday in both languages (none for a weekend or a declared closure). */
export function holidayParams(reason: NonWorkingReason): { holiday?: string; holidayZh?: string } {
  return reason.kind === 'holiday' ? { holiday: reason.holiday.en, holidayZh: reason.holiday.zh } : NO_NAMES
}

/** 'holiday' | 'weekend' | 'closure': the variant of a message that names why a day is off. */
export function reasonVariant(reason: NonWorkingReason): 'holiday' | 'weekend' | 'closure' {
  return reason.kind
}

/**
 * A step whose template labels one day (`withDay` in messages.ts): picks the variant saying
 * whether the day is a holiday, a declared closure or a make-up working day, and adds `date`.
 * Takes `params` over: pass a fresh object, not one shared with anything else.
 */
export function dayStep(
  code: string,
  calendar: WorkCalendar,
  closures: ReadonlySet<DayNumber>,
  day: DayNumber,
  params: Record<string, string | number | boolean>,
  citation?: string
): DeadlineStep {
  // The caller's fresh parameter object becomes the step's (a copy here cost a tenth of a call).
  const all = params
  all.date = formatDay(day)
  const reason = nonWorkingReason(calendar, closures, day)
  if (reason?.kind === 'holiday') {
    all.holiday = reason.holiday.en
    all.holidayZh = reason.holiday.zh
    return step(variantCode(code, 'holiday'), all, citation)
  }
  if (reason?.kind === 'closure') return step(variantCode(code, 'closure'), all, citation)
  const makeUp = reason ? undefined : calendar.makeUpWorkday(day)
  if (makeUp !== undefined) {
    all.holiday = makeUp.en
    all.holidayZh = makeUp.zh
    return step(variantCode(code, 'makeup'), all, citation)
  }
  return step(variantCode(code, 'plain'), all, citation)
}

export interface SkippedDay {
  readonly day: DayNumber
  readonly reason: NonWorkingReason
}

/** First working day on or after `day`, with the non-working days passed over. */
export function rollForward(
  calendar: WorkCalendar,
  closures: ReadonlySet<DayNumber>,
  day: DayNumber
): { day: DayNumber; skipped: SkippedDay[] } {
  const skipped: SkippedDay[] = []
  let current = day
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    const reason = nonWorkingReason(calendar, closures, current)
    if (!reason) return { day: current, skipped }
    skipped.push({ day: current, reason })
    current++
  }
  throw new DeadlineError(
    'no_working_day',
    `No working day found within ${MAX_SCAN_DAYS} days after ${formatDay(day)}; check the closure days`,
    'closures'
  )
}

/** Last working day on or before `day` (for "act by the previous working day" advice). */
export function rollBackward(
  calendar: WorkCalendar,
  closures: ReadonlySet<DayNumber>,
  day: DayNumber
): DayNumber {
  let current = day
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    if (!nonWorkingReason(calendar, closures, current)) return current
    current--
  }
  throw new DeadlineError(
    'no_working_day',
    `No working day found within ${MAX_SCAN_DAYS} days before ${formatDay(day)}; check the closure days`,
    'closures'
  )
}

interface SkipRun {
  first: DayNumber
  last: DayNumber
  reason: NonWorkingReason
}

function renderRuns(runs: readonly SkipRun[], lang: 'en' | 'zh-CN'): string {
  const items: string[] = []
  for (const r of runs) {
    const closure = r.reason.kind === 'closure'
    const names = holidayParams(r.reason)
    items.push(
      r.first === r.last
        ? renderDeadlineMessage(
            closure ? 'list.skip.closure' : 'list.skip.day',
            { date: formatDay(r.first), ...names },
            lang
          )
        : renderDeadlineMessage(
            closure ? 'list.skip.closure-run' : 'list.skip.run',
            { first: formatDay(r.first), last: formatDay(r.last), ...names },
            lang
          )
    )
  }
  const separator = lang === 'en' ? ', ' : '、'
  if (items.length <= 4) return items.join(separator)
  return renderDeadlineMessage(
    'list.more',
    { list: items.slice(0, 3).join(separator), n: items.length - 3 },
    lang
  )
}

// The same holiday runs recur across triggers (every count across Thanksgiving skips the same day).
const skipLists = new Map<string, { skipped: string; skippedZh: string }>()

/**
 * Holidays and closures inside a skipped run, consecutive days of one holiday merged
 * ("2026-10-04 to 2026-10-07 National Day"), rendered in both languages; weekends are left implicit.
 * Undefined when nothing but weekends was skipped.
 */
export function skippedParams(
  skipped: readonly SkippedDay[]
): { skipped: string; skippedZh: string } | undefined {
  const runs: SkipRun[] = []
  let key = ''
  for (const s of skipped) {
    if (s.reason.kind === 'weekend') continue
    const run = runs[runs.length - 1]
    if (run && run.reason === s.reason && run.last === s.day - 1) run.last = s.day
    else runs.push({ first: s.day, last: s.day, reason: s.reason })
    key += `${s.day}:${s.reason.name};`
  }
  if (runs.length === 0) return undefined
  let list = skipLists.get(key)
  if (list === undefined) {
    list = { skipped: renderRuns(runs, 'en'), skippedZh: renderRuns(runs, 'zh-CN') }
    if (skipLists.size > 50_000) skipLists.clear()
    skipLists.set(key, list)
  }
  return list
}

/** A `withSkips` step: `.skipped` with the list when holidays or closures were passed over, else `.plain`. */
export function skipsStep(
  code: string,
  skipped: readonly SkippedDay[],
  params: DeadlineMessageParams,
  citation?: string
): DeadlineStep {
  const list = skippedParams(skipped)
  return list
    ? step(variantCode(code, 'skipped'), { ...params, ...list }, citation)
    : step(variantCode(code, 'plain'), params, citation)
}

/**
 * Applies a "last day on a weekend or holiday moves to the next working day" rule and explains it.
 * Used by every rule whose law has such a roll-over.
 */
export function applyRollover(
  policy: RollPolicy,
  closures: ReadonlySet<DayNumber>,
  lastDay: DayNumber
): { due: DayNumber; step: DeadlineStep; skipped: SkippedDay[] } {
  const { day: due, skipped } = rollForward(policy.calendar, closures, lastDay)
  const base = variantCode('roll', policy.id)
  const date = formatDay(lastDay)
  const first = skipped[0]
  if (!first) {
    const makeUp = policy.calendar.makeUpWorkday(lastDay)
    if (makeUp !== undefined && isWeekendDay(lastDay)) {
      const params = { date, due: formatDay(due), holiday: makeUp.en, holidayZh: makeUp.zh }
      return { due, skipped, step: step(variantCode(base, 'makeup'), params, policy.citation) }
    }
    return {
      due,
      skipped,
      step: step(variantCode(base, 'ends'), { date, due: formatDay(due) }, policy.citation)
    }
  }
  const params: Record<string, string> = { date, due: formatDay(due) }
  if (first.reason.kind === 'holiday') {
    params.holiday = first.reason.holiday.en
    params.holidayZh = first.reason.holiday.zh
  }
  const others = skipped.length > 1 ? skippedParams(skipped.slice(1)) : undefined
  if (others) {
    params.skipped = others.skipped
    params.skippedZh = others.skippedZh
  }
  const variant = others ? ALSO_VARIANTS[first.reason.kind] : first.reason.kind
  return { due, skipped, step: step(variantCode(base, variant), params, policy.citation) }
}

/**
 * The n-th working day after `from` (the day of `from` itself is not counted), with the
 * holidays and closures passed over along the way.
 */
export function countWorkingDays(
  calendar: WorkCalendar,
  closures: ReadonlySet<DayNumber>,
  from: DayNumber,
  n: number
): { day: DayNumber; skipped: SkippedDay[] } {
  const skipped: SkippedDay[] = []
  let current = from
  let counted = 0
  const limit = n * 3 + MAX_SCAN_DAYS
  for (let i = 0; i < limit; i++) {
    current++
    const reason = nonWorkingReason(calendar, closures, current)
    if (reason) {
      skipped.push({ day: current, reason })
      continue
    }
    counted++
    if (counted === n) return { day: current, skipped }
  }
  throw new DeadlineError(
    'no_working_day',
    `Could not count ${n} working days after ${formatDay(from)}; check the closure days`,
    'closures'
  )
}

/** Warnings for any year between `from` and `to` whose holiday data is missing or provisional. */
export function coverageWarnings(calendar: WorkCalendar, from: DayNumber, to: DayNumber): DeadlineWarning[] {
  const warnings: DeadlineWarning[] = []
  for (let year = yearOfDay(Math.min(from, to)); year <= yearOfDay(Math.max(from, to)); year++) {
    const gap = calendar.coverageGap(year)
    if (gap) warnings.push(messageWarning(gap))
  }
  return warnings
}

/** Step for the trigger day, which every rule here excludes from the count (`trigger.<event>`). */
export function triggerStep(event: string, trigger: DayNumber, citation: string): DeadlineStep {
  return step(variantCode('trigger', event), { date: formatDay(trigger) }, citation)
}

/**
 * A "counted backward" period (FRCP 6(a)(5)): a last day that is a weekend or holiday moves to
 * the previous working day, explained with the policy's `roll.<id>.*` wording.
 */
export function applyRollBackward(
  policy: RollPolicy,
  closures: ReadonlySet<DayNumber>,
  lastDay: DayNumber
): { due: DayNumber; step: DeadlineStep; skipped: SkippedDay[] } {
  const skipped: SkippedDay[] = []
  let day = lastDay
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    const reason = nonWorkingReason(policy.calendar, closures, day)
    if (!reason) break
    skipped.push({ day, reason })
    day--
  }
  const due = rollBackward(policy.calendar, closures, lastDay)
  const base = variantCode('roll', policy.id)
  const params: Record<string, string> = { date: formatDay(lastDay), due: formatDay(due) }
  const first = skipped[0]
  if (!first) return { due, skipped, step: step(variantCode(base, 'ends'), params, policy.citation) }
  if (first.reason.kind === 'holiday') {
    params.holiday = first.reason.holiday.en
    params.holidayZh = first.reason.holiday.zh
  }
  const others = skipped.length > 1 ? skippedParams(skipped.slice(1)) : undefined
  if (others) {
    params.skipped = others.skipped
    params.skippedZh = others.skippedZh
  }
  const variant = others ? ALSO_VARIANTS[first.reason.kind] : first.reason.kind
  return { due, skipped, step: step(variantCode(base, variant), params, policy.citation) }
}
