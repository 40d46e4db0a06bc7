/** Machine-readable reasons so a UI can translate the failure instead of showing the English message. */
export type DeadlineErrorCode =
  | 'unknown_rule'
  | 'invalid_date'
  | 'date_out_of_range'
  | 'invalid_option'
  | 'invalid_input'
  | 'no_working_day'

export class DeadlineError extends Error {
  readonly code: DeadlineErrorCode
  /** Which input was wrong, e.g. 'trigger', 'options.abroad', 'closures[2]' (lets a form highlight the field). */
  readonly field: string | undefined

  constructor(code: DeadlineErrorCode, message: string, field?: string) {
    super(message)
    this.name = 'DeadlineError'
    this.code = code
    this.field = field
    // Keeps instanceof working if this is ever down-compiled below ES2015.
    Object.setPrototypeOf(this, new.target.prototype)
  }
}

export function isDeadlineError(e: unknown): e is DeadlineError {
  return e instanceof DeadlineError
}
