import type { ExposureLine, ExposureParams, ExposureSection, ExposureSeverity } from './types'

export interface LineOptions {
  readonly section: ExposureSection
  readonly severity?: ExposureSeverity
  readonly date?: string
  readonly citation?: string
  readonly rightId?: string
}

/** One explained line: a code with its parameters (rendered by renderExposureMessage) and its date. */
export function line(code: string, params: ExposureParams, opts: LineOptions): ExposureLine {
  const out: { -readonly [K in keyof ExposureLine]: ExposureLine[K] } = {
    code,
    params,
    section: opts.section,
    severity: opts.severity ?? 'info'
  }
  if (opts.date !== undefined) out.date = opts.date
  if (opts.citation !== undefined) out.citation = opts.citation
  if (opts.rightId !== undefined) out.rightId = opts.rightId
  return out
}

/** '$1,000' (the statutory amounts are in dollars in either language). */
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

export function usd(amount: number): string {
  return `$${WHOLE.format(amount)}`
}

/** Revenue with two decimals and thousands separators, without a currency sign. */
export function money(amount: number): string {
  return CENTS.format(amount)
}
