// The exposure engine's lines and errors in the reader's language, with dates and money in
// their locale; shared by the matter's exposure tab and the portfolio view.
import { renderExposureError, renderExposureLine, type ExposureLang } from '../../../../shared/exposure'
import type { ExposureMessage, ExposureValidationError } from '../../../../shared/exposure'
import { formatDate } from '../../lib/dates'

export const exposureLang = (lang: string): ExposureLang => (lang.startsWith('zh') ? 'zh-CN' : 'en')

const dateOptions = { formatDate: (iso: string, lang: ExposureLang) => formatDate(iso, lang, 'medium') }

export function lineText(line: ExposureMessage, lang: string): string {
  return renderExposureLine(line, exposureLang(lang), dateOptions)
}

export function errorLineText(error: ExposureValidationError, lang: string): string {
  return renderExposureError(error, exposureLang(lang))
}

const moneyFormatters = new Map<string, Intl.NumberFormat>()

/** "$12,340.00" / "US$12,340.00"; a code Intl does not know is printed beside the number. */
export function formatMoney(amount: number, currency: string, lang: string): string {
  const key = `${lang}|${currency}`
  let formatter = moneyFormatters.get(key)
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(lang, { style: 'currency', currency })
    } catch {
      return `${new Intl.NumberFormat(lang).format(amount)} ${currency}`
    }
    moneyFormatters.set(key, formatter)
  }
  return formatter.format(amount)
}
