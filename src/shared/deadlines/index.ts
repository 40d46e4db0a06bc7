/** Deadline rules engine: public API. Pure TypeScript, safe for both the main and renderer processes. */
export { computeDeadline, getRule, isDeadlineRuleId, RULES, ruleTimeZone } from './compute'
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
export { deadlineMessages, renderComputedText, renderDeadlineMessage } from './messages'
export { withEnglishText } from './engine'
export { deadlineEndInZone, endOfDayInstant, momentInZone, type ZonedMoment } from './timezone'
export { FEDERAL_CLOSURES, type ClosureForum, type FederalClosure } from './us-closures'
export { CN_HOLIDAY_NOTICES, type ChinaHolidayNotice } from './cn-notices'
export { UPC_DIVISIONS, US_DISTRICTS } from './forums'
export {
  DEADLINE_FORMATS,
  DEADLINE_LANGS,
  formatDeadlineParam,
  templateParams,
  type DeadlineLang,
  type RenderOptions
} from './render'
export type {
  BooleanOptionSpec,
  DateOptionSpec,
  DeadlineAlternative,
  DeadlineAlternativeKind,
  ComputeDeadlineInput,
  DeadlineJurisdiction,
  DeadlineMessage,
  DeadlineMessageParams,
  DeadlineOptionSpec,
  DeadlineOptionValue,
  DeadlineOptions,
  DeadlineResult,
  DeadlineRule,
  DeadlineRuleId,
  DeadlineStep,
  DeadlineWarning,
  EnumOptionSpec,
  LocalizedText,
  NumberOptionSpec
} from './types'
