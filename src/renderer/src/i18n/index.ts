import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { LANGUAGES, type Language } from '../../../shared/model'
import { translations } from './resources'

const STORAGE_KEY = 'ipdesk.language'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** The cached choice gives an instant start; the workspace setting confirms it later. */
function initialLanguage(): Language {
  try {
    const cached = window.localStorage.getItem(STORAGE_KEY)
    if (isLanguage(cached)) return cached
  } catch {
    // Storage can be unavailable (private mode); the system language still works.
  }
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

/** dayjs (and so Mantine's date pickers) use their own locale names. */
export function dayjsLocale(language: string): string {
  return language === 'zh-CN' ? 'zh-cn' : 'en'
}

export function applyLanguage(language: Language): Promise<unknown> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Not fatal: the workspace setting is the source of truth.
  }
  document.documentElement.lang = language
  dayjs.locale(dayjsLocale(language))
  return i18n.changeLanguage(language)
}

const language = initialLanguage()
document.documentElement.lang = language
dayjs.locale(dayjsLocale(language))

void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: translations.en },
    'zh-CN': { translation: translations['zh-CN'] }
  },
  lng: language,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false
})

export default i18n
