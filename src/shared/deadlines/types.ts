/** Public types of the deadline rules engine. */

export type DeadlineRuleId =
  | 'us.frcp.answer'
  | 'us.frcp.answer-waiver'
  | 'us.frcp.answer-after-motion'
  | 'us.frcp.tro-expiry'
  | 'us.frcp.tro-extended'
  | 'us.frcp.pi-opposition'
  | 'us.frap.notice-of-appeal'
  | 'us.ptab.ipr-bar'
  | 'us.ptab.popr'
  | 'us.itc.response'
  | 'us.dmca.restore-window'
  | 'us.dmca.claimant-suit-window'
  | 'amazon.apex.response'
  | 'cn.cpl.answer'
  | 'cn.cpl.appeal'
  | 'de.zpo.defence-notice'
  | 'de.zpo.berufung'
  | 'de.zpo.berufungsbegruendung'
  | 'de.zpo.einspruch'
  | 'upc.rop.defence'
  | 'upc.rop.appeal'
  | 'upc.rop.preliminary-objection'
  | 'letter.asserted'

export type DeadlineJurisdiction = 'US' | 'CN' | 'DE' | 'UPC' | 'ANY'

export interface LocalizedText {
  readonly en: string
  readonly 'zh-CN': string
}

interface OptionSpecBase {
  readonly name: string
  readonly label: LocalizedText
}

export interface BooleanOptionSpec extends OptionSpecBase {
  readonly type: 'boolean'
  readonly default: boolean
}

export interface NumberOptionSpec extends OptionSpecBase {
  readonly type: 'number'
  readonly default: number
  readonly min: number
  readonly max: number
  readonly integer: boolean
}

export interface EnumOptionSpec extends OptionSpecBase {
  readonly type: 'enum'
  readonly default: string
  readonly values: readonly string[]
  /** Display text for each value, for a select box. */
  readonly valueLabels: Readonly<Record<string, LocalizedText>>
}

/**
 * An optional calendar date (YYYY-MM-DD), e.g. the day a judgment was pronounced. '' (the default)
 * or null means "not given". `values` and `valueLabels` are always empty: they only keep pickers
 * written for enum options from failing; a form should show a date input for this type.
 */
export interface DateOptionSpec extends OptionSpecBase {
  readonly type: 'date'
  readonly default: ''
  readonly values: readonly string[]
  readonly valueLabels: Readonly<Record<string, LocalizedText>>
}

export type DeadlineOptionSpec = BooleanOptionSpec | NumberOptionSpec | EnumOptionSpec | DateOptionSpec

export type DeadlineOptionValue = boolean | number | string

export type DeadlineOptions = Readonly<Record<string, unknown>>

export interface DeadlineRule {
  readonly id: DeadlineRuleId
  readonly name: LocalizedText
  readonly jurisdiction: DeadlineJurisdiction
  /** What the trigger date is, e.g. "date of service". */
  readonly triggerLabel: LocalizedText
  readonly citation: string
  readonly options: readonly DeadlineOptionSpec[]
  /**
   * IANA time zone where the forum sits when the rule's options cannot change it (PTAB:
   * America/New_York); undefined for rules whose zone depends on an option, or that have no forum.
   */
  readonly timeZone?: string
}

export interface ComputeDeadlineInput {
  /** A DeadlineRuleId; any string is accepted (e.g. from storage) and checked at run time. */
  readonly rule: DeadlineRuleId | (string & {})
  /** YYYY-MM-DD; the day of the event itself is never counted. */
  readonly trigger: string
  /** Checked at run time against the rule's declared options (name, type, allowed values). */
  readonly options?: DeadlineOptions
  /** User-declared closure days (YYYY-MM-DD), treated as non-working days. */
  readonly closures?: readonly string[]
}

/** Values of a message: numbers, booleans, codes, YYYY-MM-DD dates, names from holiday data. */
export type DeadlineMessageParams = Readonly<Record<string, string | number | boolean>>

/** A computed sentence as a code and its parameters; render it with renderDeadlineMessage(code, params, lang). */
export interface DeadlineMessage {
  readonly code: string
  readonly params: DeadlineMessageParams
}

export interface DeadlineStep extends DeadlineMessage {
  readonly citation?: string
}

export interface DeadlineWarning extends DeadlineMessage {
  /** The same warning rendered in English. */
  readonly text: string
}

export interface DeadlineResult {
  readonly rule: DeadlineRuleId
  /** YYYY-MM-DD: last day to act (or, for an expiry, the day the effect ends). */
  readonly due: string
  /** YYYY-MM-DD: first permitted day, for windows such as the DMCA restoration window. */
  readonly earliest?: string
  readonly steps: DeadlineStep[]
  /** English warnings (kept for existing consumers); the same, as codes, in `warningCodes`. */
  readonly warnings: string[]
  /** The warnings as codes, in the same order as `warnings`. */
  readonly warningCodes: DeadlineWarning[]
  /**
   * IANA time zone of the court or office: the due day ends at midnight there (FRCP 6(a)(4)).
   * Absent for letters and platforms. Convert with deadlineEndInZone(due, timeZone, userZone).
   */
  readonly timeZone?: string
  /**
   * Other dates a lawyer should see beside `due`, each with its reason as a code (TRO expiry:
   * the unrolled expiry, the FRCP 6(a)-rolled date and the last court day to move for an extension).
   */
  readonly alternatives?: DeadlineAlternative[]
}

export type DeadlineAlternativeKind = 'unrolled' | 'rolled' | 'last-court-day'

export interface DeadlineAlternative extends DeadlineMessage {
  readonly kind: DeadlineAlternativeKind
  /** YYYY-MM-DD */
  readonly date: string
  /** True for the date the calendar shows and the user should act on (equal to `due`). */
  readonly actOn: boolean
  /** The reason rendered in English. */
  readonly text: string
}
