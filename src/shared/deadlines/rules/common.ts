import { type DayNumber, addMonthsClamped, civilFromDays, formatDay } from '../calendar'
import { type RollPolicy, dayStep } from '../engine'
import { type WorkCalendar, usFederalCalendar, usItcCalendar, usPtoCalendar } from '../holidays'
import type {
  BooleanOptionSpec,
  DeadlineStep,
  EnumOptionSpec,
  LocalizedText,
  NumberOptionSpec
} from '../types'

/** Option-spec builders, counting steps and roll-over policies shared by several rules. */

export function text(en: string, zh: string): LocalizedText {
  return { en, 'zh-CN': zh }
}

export function booleanOption(name: string, label: LocalizedText, defaultValue = false): BooleanOptionSpec {
  return { name, type: 'boolean', default: defaultValue, label }
}

export function integerOption(
  name: string,
  label: LocalizedText,
  min: number,
  max: number,
  defaultValue: number
): NumberOptionSpec {
  return { name, type: 'number', integer: true, min, max, default: defaultValue, label }
}

export function enumOption(
  name: string,
  label: LocalizedText,
  valueLabels: Readonly<Record<string, LocalizedText>>,
  defaultValue: string
): EnumOptionSpec {
  return { name, type: 'enum', values: Object.keys(valueLabels), valueLabels, default: defaultValue, label }
}

/** 'YYYY-MM' of a day, for the `month` format. */
export function yearMonth(day: DayNumber): string {
  return formatDay(day).slice(0, 7)
}

/** "+N days = <day>" (`count.days` or another `withDay` code taking days and trigger). */
export function daysStep(
  calendar: WorkCalendar,
  closures: ReadonlySet<DayNumber>,
  trigger: DayNumber,
  days: number,
  citation: string,
  code = 'count.days'
): { day: DayNumber; step: DeadlineStep } {
  const day = trigger + days
  return {
    day,
    step: dayStep(code, calendar, closures, day, { days, trigger: formatDay(trigger) }, citation)
  }
}

/**
 * N months from `from`, the day of the month kept, or the month's last day when it has no such day
 * (BGB 188(2), (3); RoP 300(c); MPEP 710.01(a)), explained with `count.months` / `count.months-clamped`.
 */
export function monthsStep(
  calendar: WorkCalendar,
  closures: ReadonlySet<DayNumber>,
  from: DayNumber,
  months: number,
  citation: string,
  clampCitation = citation
): { day: DayNumber; clamped: boolean; step: DeadlineStep } {
  const { day, clamped } = addMonthsClamped(from, months)
  const params = { months, trigger: formatDay(from) }
  const step = clamped
    ? dayStep(
        'count.months-clamped',
        calendar,
        closures,
        day,
        { ...params, month: yearMonth(day), dayOfMonth: civilFromDays(from).day },
        clampCitation
      )
    : dayStep('count.months', calendar, closures, day, params, citation)
  return { day, clamped, step }
}

// Built lazily: date-holidays is only touched when a rule actually runs.
export function frcpPolicy(): RollPolicy {
  return { id: 'frcp', calendar: usFederalCalendar(), citation: 'FRCP 6(a)(1)(C)' }
}

/** USPTO (PTAB) and ITC roll-overs: federal holidays within DC plus the office's closures by order. */
export function dcBusinessPolicy(id: string, citation: string, office: 'PTO' | 'ITC' = 'PTO'): RollPolicy {
  return { id, calendar: office === 'PTO' ? usPtoCalendar() : usItcCalendar(), citation }
}
