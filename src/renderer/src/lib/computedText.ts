// What the app computed (deadline steps, warnings) is stored as a code with parameters and shown
// in the reader's language; rows from before codes existed keep their English text.
// the messages alone: the engine's index brings the holiday data (1.7 MB) onto the first screen
import { renderComputedText } from '../../../shared/deadlines/messages'
import type { ComputedText } from '../../../shared/model'

const engineLang = (lang: string): 'en' | 'zh-CN' => (lang.startsWith('zh') ? 'zh-CN' : 'en')

export function computedText(item: ComputedText | string, lang: string): string {
  if (typeof item === 'string') return item
  return renderComputedText(item, engineLang(lang))
}

/** The language the text is actually in, for the element's lang attribute (fonts, screen readers). */
export function computedTextLang(item: ComputedText | string, lang: string): string {
  return typeof item !== 'string' && item.code ? lang : 'en'
}
