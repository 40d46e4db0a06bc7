// The report's language, whatever the screen's: the app's own translations (the renderer's
// resources, one set for screens and files) through an i18next instance in the core, and the
// engines' renderers for computed text (deadline steps, exposure lines) from their codes.
import i18next, { type TFunction } from 'i18next'
import type { Language } from '../../../shared/model'
import { renderComputedText } from '../../../shared/deadlines'
import type { ExposureMessage } from '../../../shared/exposure'
import { renderExposureLine } from '../../../shared/exposure/messages'
import type { ComputedText } from '../../../shared/model'
import { translations } from '../../../renderer/src/i18n/resources'

const instance = i18next.createInstance()
void instance.init({
  resources: {
    en: { translation: translations.en },
    'zh-CN': { translation: translations['zh-CN'] }
  },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  // The HTML writer escapes every value itself; CSV and XLSX want the text as it is.
  interpolation: { escapeValue: false },
  returnNull: false
})

export interface ReportText {
  lang: Language
  t: TFunction
  /** A label of a code list (matterKinds, eventTypes, ...): the code itself when unknown. */
  label: (list: string, code: string | null | undefined) => string
  /** A deadline step or warning, in the report's language from its code (old rows: their text). */
  computed: (item: ComputedText) => string
  exposure: (line: ExposureMessage) => string
}

export function reportText(lang: Language): ReportText {
  const t = instance.getFixedT(lang)
  // A register of 10,000 rows asks for the same few labels 20,000 times: each is looked up once.
  const labels = new Map<string, string>()
  return {
    lang,
    t,
    label: (list, code) => {
      if (!code) return ''
      const key = `${list}.${code}`
      let value = labels.get(key)
      if (value === undefined) labels.set(key, (value = t(key, { defaultValue: code })))
      return value
    },
    computed: (item) => renderComputedText(item, lang),
    exposure: (line) => renderExposureLine(line, lang)
  }
}

/** "As of" from the core's moment: its UTC date and time to the minute. */
export function asOfLine(text: ReportText, moment: string): string {
  return text.t('reports.doc.asOf', { date: moment.slice(0, 10), time: moment.slice(11, 16) })
}
