// Errors the user can be told about carry a code the UI translates; never a raw stack.
import type { CallError } from '../../../shared/contract'

export class AppError extends Error {
  readonly code: string
  readonly fields?: Record<string, string>
  readonly params?: Record<string, string | number>

  constructor(
    code: string,
    extra: {
      fields?: Record<string, string>
      params?: Record<string, string | number>
      detail?: string
    } = {}
  ) {
    super(extra.detail ?? code)
    this.name = 'AppError'
    this.code = code
    this.fields = extra.fields
    this.params = extra.params
  }

  toCallError(): CallError {
    return { code: this.code, fields: this.fields, params: this.params, detail: this.message }
  }
}

export const notFound = (entity: string, id: number): AppError =>
  new AppError('not_found', { params: { entity, id }, detail: `${entity} ${id} does not exist` })

/** A refusal shown next to one field of the form, e.g. fieldError('deliveredDate', 'date_in_future'). */
export function fieldError(field: string, code: string): AppError {
  return new AppError('validation', { fields: { [field]: code } })
}
