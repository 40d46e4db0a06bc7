/** Public types of the deadline rules engine. */

export type DeadlineRuleId =
  | 'us.frcp.answer'
  | 'us.frcp.answer-waiver'
  | 'us.frcp.tro-expiry'
  | 'us.ptab.ipr-bar'
  | 'us.itc.response'
  | 'us.dmca.restore-window'
  | 'cn.cpl.answer'
  | 'de.zpo.defence-notice'
  | 'upc.rop.defence'
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

export type DeadlineOptionSpec = BooleanOptionSpec | NumberOptionSpec | EnumOptionSpec

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
  /** The same sentence rendered in English (from the 'en' template of `code`). */
  readonly text: string
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
}
