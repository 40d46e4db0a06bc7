import type { TFunction } from 'i18next'
import type { CallError } from '../../../../shared/contract'
import i18n from '../../i18n'
import { callErrorText } from '../../lib/errors'
import { formatBytes } from '../../lib/format'

// Document calls have their own error codes (still_referenced, refused_type, ...); their
// messages live under docErrors so the documents area owns its wording.
export function docErrorText(t: TFunction, error: { code: string; params?: CallError['params'] }): string {
  const key = `docErrors.${error.code}`
  if (!i18n.exists(key)) return callErrorText(t, error as CallError)
  const params: Record<string, string | number> = { ...(error.params ?? {}) }
  for (const name of ['limit', 'limitBytes']) {
    if (typeof params[name] === 'number') params.limit = formatBytes(params[name], i18n.language)
  }
  return t(key, params)
}
