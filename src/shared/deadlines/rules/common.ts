import { type DayNumber, monthName, civilFromDays } from '../calendar'
import type { RollPolicy } from '../engine'
import { usFederalCalendar, usFederalDcCalendar } from '../holidays'
import type { BooleanOptionSpec, EnumOptionSpec, LocalizedText, NumberOptionSpec } from '../types'

/** Option-spec builders and roll-over policies shared by several rules. */

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

/** 1st, 2nd, 3rd, 4th, 11th, 21st ... */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13
  const suffix = teen ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'
  return `${n}${suffix}`
}

/** "April has no 31st, so the period ends on the last day of April" — the month-end clamp, explained. */
export function clampNote(from: DayNumber, to: DayNumber): string {
  const source = civilFromDays(from)
  const target = civilFromDays(to)
  return `${monthName(target.month)} ${target.year} has no ${ordinal(source.day)}, so the period ends on the last day of that month`
}

// Built lazily: date-holidays is only touched when a rule actually runs.
export function frcpPolicy(): RollPolicy {
  return {
    calendar: usFederalCalendar(),
    holidayTerm: 'legal holiday',
    nextPhrase: 'next day that is not a weekend or legal holiday',
    citation: 'FRCP 6(a)(1)(C)'
  }
}

export const FRCP_HOLIDAY_NOTE =
  'Legal holidays applied: US federal holidays and the days set aside for observing them. Days declared a ' +
  'holiday by the President or Congress, state holidays where the district court sits, and days the ' +
  "clerk's office is inaccessible also extend the period but are not in the data: enter them as closure days"

export function dcBusinessPolicy(holidayTerm: string, nextPhrase: string, citation: string): RollPolicy {
  return { calendar: usFederalDcCalendar(), holidayTerm, nextPhrase, citation }
}
