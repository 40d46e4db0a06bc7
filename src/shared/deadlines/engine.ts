import { type DayNumber, describeDay, formatDay, isWeekendDay, weekdayNameOfDay, yearOfDay } from './calendar'
import { DeadlineError } from './errors'
import { type NonWorkingReason, type WorkCalendar, nonWorkingReason } from './holidays'
import type { DeadlineOptionValue, DeadlineRule, DeadlineStep } from './types'

/** Shared building blocks for the rules: roll-over, business-day counting and step wording. */

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
  readonly warnings: string[]
}

export interface RuleDefinition {
  readonly meta: DeadlineRule
  compute(ctx: RuleContext): RuleOutcome
}

/** How a jurisdiction words its roll-over, so every rule explains itself in its own law's terms. */
export interface RollPolicy {
  readonly calendar: WorkCalendar
  /** e.g. 'legal holiday', 'Federal holiday', 'general public holiday'. */
  readonly holidayTerm: string
  /** e.g. 'next day that is not a weekend or legal holiday'. */
  readonly nextPhrase: string
  readonly citation: string
}

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

export function reasonText(reason: NonWorkingReason, holidayTerm: string): string {
  if (reason.kind === 'holiday') return `a ${holidayTerm} (${reason.name})`
  if (reason.kind === 'weekend') return `a ${reason.name}`
  return `a ${reason.name}`
}

/** "2026-12-25 (Friday; Christmas Day, a legal holiday)" — the day plus why it is or is not a working day. */
export function labelDay(
  calendar: WorkCalendar,
  closures: ReadonlySet<DayNumber>,
  day: DayNumber,
  holidayTerm: string
): string {
  const reason = nonWorkingReason(calendar, closures, day)
  const weekday = weekdayNameOfDay(day)
  if (reason?.kind === 'holiday') return `${formatDay(day)} (${weekday}; ${reason.name}, a ${holidayTerm})`
  if (reason?.kind === 'closure') return `${formatDay(day)} (${weekday}; a ${reason.name})`
  const makeUp = calendar.makeUpWorkdayName(day)
  if (makeUp !== undefined && !reason) {
    return `${formatDay(day)} (${weekday}; an official make-up working day for ${makeUp})`
  }
  return describeDay(day)
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

/**
 * Holidays and closures inside a skipped run, consecutive days of one holiday merged:
 * "2026-11-26 Thanksgiving Day", "2026-10-04 to 2026-10-07 National Day". Weekends are left implicit.
 */
export function namedSkips(skipped: readonly SkippedDay[]): string[] {
  const runs: Array<{ first: DayNumber; last: DayNumber; name: string }> = []
  for (const s of skipped) {
    if (s.reason.kind === 'weekend') continue
    const run = runs[runs.length - 1]
    if (run && run.name === s.reason.name && run.last === s.day - 1) run.last = s.day
    else runs.push({ first: s.day, last: s.day, name: s.reason.name })
  }
  return runs.map((r) =>
    r.first === r.last
      ? `${formatDay(r.first)} ${r.name}`
      : `${formatDay(r.first)} to ${formatDay(r.last)} ${r.name}`
  )
}

function summariseSkips(names: readonly string[]): string {
  if (names.length <= 4) return names.join(', ')
  return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`
}

/**
 * Applies a "last day on a weekend or holiday moves to the next working day" rule and explains it.
 * Used by every rule whose law has such a roll-over.
 */
export function applyRollover(
  policy: RollPolicy,
  closures: ReadonlySet<DayNumber>,
  lastDay: DayNumber
): { due: DayNumber; step: DeadlineStep } {
  const { day: due, skipped } = rollForward(policy.calendar, closures, lastDay)
  const first = skipped[0]
  if (!first) {
    const makeUp = policy.calendar.makeUpWorkdayName(lastDay)
    if (makeUp !== undefined && isWeekendDay(lastDay)) {
      return {
        due,
        step: {
          text: `Last day ${describeDay(lastDay)} is an official make-up working day for ${makeUp}, not a rest day, so the period ends that day`,
          citation: policy.citation
        }
      }
    }
    return {
      due,
      step: {
        text: `Last day ${describeDay(lastDay)} is not a Saturday, Sunday, ${policy.holidayTerm} or declared closure day, so the period ends that day`,
        citation: policy.citation
      }
    }
  }
  const others = namedSkips(skipped.slice(1))
  const also = others.length > 0 ? ` (also skipped: ${summariseSkips(others)})` : ''
  return {
    due,
    step: {
      text: `Last day falls on ${reasonText(first.reason, policy.holidayTerm)}; ${policy.nextPhrase}: ${describeDay(due)}${also}`,
      citation: policy.citation
    }
  }
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

export function skippedSummary(skipped: readonly SkippedDay[]): string {
  const names = namedSkips(skipped)
  return names.length > 0 ? `; skipped ${summariseSkips(names)}` : ''
}

/** Warnings for any year between `from` and `to` whose holiday data is missing or provisional. */
export function coverageWarnings(calendar: WorkCalendar, from: DayNumber, to: DayNumber): string[] {
  const warnings: string[] = []
  for (let year = yearOfDay(Math.min(from, to)); year <= yearOfDay(Math.max(from, to)); year++) {
    const gap = calendar.coverageGap(year)
    if (gap) warnings.push(gap)
  }
  return warnings
}

/** Step for the trigger day, which every rule here excludes from the count. */
export function triggerStep(verb: string, trigger: DayNumber, citation: string, note?: string): DeadlineStep {
  const extra = note ? `; ${note}` : ''
  return {
    text: `Trigger: ${verb} ${describeDay(trigger)}; the day of the event is excluded${extra}`,
    citation
  }
}
