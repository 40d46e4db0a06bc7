import type { TFunction } from 'i18next'
import type { ZodError } from 'zod'
import i18n from '../i18n'
import type { CallError } from '../../../shared/contract'
import { formatBytes } from './format'

/** Field path (dot-joined) -> message code, as the server and the zod schemas report them. */
export type FieldErrors = Record<string, string>

function knownCode(code: string): boolean {
  return i18n.exists(`errors.${code}`)
}

/** Sizes arrive as bytes; show them as the user reads them. */
function displayParams(params: CallError['params'], lang: string): Record<string, string | number> {
  const out: Record<string, string | number> = { ...(params ?? {}) }
  if (typeof out.limit === 'number') out.limit = formatBytes(out.limit, lang)
  return out
}

/** The translated message for an error code; unknown codes read as an internal error. */
export function errorText(t: TFunction, code: string, params?: CallError['params']): string {
  const key = knownCode(code) ? code : 'internal'
  return t(`errors.${key}`, displayParams(params, i18n.language))
}

/** The main message for a failed call. A validation error with fields says so. */
export function callErrorText(t: TFunction, error: CallError): string {
  if (error.code === 'validation' && error.fields && Object.keys(error.fields).length > 0) {
    return t('errors.validation')
  }
  return errorText(t, error.code, error.params)
}

/** zod issues -> field errors. Our schemas carry message codes; anything else is 'validation'. */
export function zodFieldErrors(error: ZodError): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.')
    if (fields[path]) continue
    let code = issue.message
    if (!knownCode(code)) code = issue.code === 'invalid_type' ? 'required' : 'validation'
    fields[path] = code
  }
  return fields
}

/** Server field errors, with the top-level code used for the single field it names. */
export function serverFieldErrors(error: CallError): FieldErrors {
  return { ...(error.fields ?? {}) }
}

/** Errors under a prefix ("ipRights.0.") with the prefix removed. */
export function scopedErrors(errors: FieldErrors, prefix: string): FieldErrors {
  const out: FieldErrors = {}
  for (const [path, code] of Object.entries(errors)) {
    if (path.startsWith(prefix)) out[path.slice(prefix.length)] = code
  }
  return out
}

/** A lookup from field path to its translated message, for `error={fieldError('title')}`. */
export function fieldErrorGetter(t: TFunction, errors: FieldErrors): (path: string) => string | undefined {
  return (path) => {
    const code = errors[path]
    return code ? errorText(t, code) : undefined
  }
}
