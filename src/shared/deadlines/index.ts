/** Deadline rules engine: public API. Pure TypeScript, safe for both the main and renderer processes. */
export { computeDeadline, getRule, isDeadlineRuleId, RULES } from './compute'
export { DeadlineError, isDeadlineError, type DeadlineErrorCode } from './errors'
export {
  addCalendarDays,
  compareIsoDates,
  daysBetween,
  isValidIsoDate,
  todayIso,
  weekdayName,
  type IsoDate
} from './calendar'
export { chinaHolidayCoverage } from './holidays-cn'
export type {
  BooleanOptionSpec,
  ComputeDeadlineInput,
  DeadlineJurisdiction,
  DeadlineOptionSpec,
  DeadlineOptionValue,
  DeadlineOptions,
  DeadlineResult,
  DeadlineRule,
  DeadlineRuleId,
  DeadlineStep,
  EnumOptionSpec,
  LocalizedText,
  NumberOptionSpec
} from './types'
