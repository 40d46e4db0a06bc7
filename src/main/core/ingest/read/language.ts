/**
 * Which language a letter is in: line by line, Chinese characters count as words (two characters to a
 * word), Latin lines are assigned by their share of function words. A letter is 'mixed' when two
 * supported languages each hold a large share (a bilingual 律师函, a German Abmahnung with an English
 * courtesy translation).
 */
import type { LanguageReading } from './types'

const STOPWORDS: Record<string, Set<string>> = {
  en: new Set(
    'the and of to in that is for you your with this our we by on are be any which have not from as or it its has will shall such all'.split(
      ' '
    )
  ),
  de: new Set(
    'der die das und nicht sie ihr ihre ihnen wir uns unsere unserer mit von zu ist den dem des ein eine einer auf für sich im bei auch werden wird haben hiermit sowie dass diese dieses oder nach über unter vom zur zum'.split(
      ' '
    )
  ),
  fr: new Set(
    'le la les des est vous nous et du une pour dans que qui avec sur au aux par votre nos vos'.split(' ')
  ),
  es: new Set('el los las que usted por para con una del es su sus nuestro nuestra este esta'.split(' ')),
  it: new Set('il lo gli della che per con una sono del di nel alla delle questo questa vostra'.split(' ')),
  nl: new Set('het een en van dat niet met voor zijn wij uw deze dit ons onze'.split(' ')),
  pt: new Set('os que não uma para com do da em dos das seu sua nosso nossa este esta'.split(' '))
}
const SUPPORTED = new Set(['en', 'zh', 'de'])

export function detectLanguage(text: string): LanguageReading {
  const units: Record<string, number> = {}
  const add = (lang: string, n: number): void => {
    units[lang] = (units[lang] ?? 0) + n
  }
  for (const line of text.split(/\n+/)) {
    const han = line.match(/\p{Script=Han}/gu)?.length ?? 0
    const kana = line.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0
    const hangul = line.match(/\p{Script=Hangul}/gu)?.length ?? 0
    const cyrillic = line.match(/\p{Script=Cyrillic}/gu)?.length ?? 0
    const arabic = line.match(/\p{Script=Arabic}/gu)?.length ?? 0
    if (kana > 0) add('ja', (han + kana) / 2)
    else if (han > 0) add('zh', han / 2)
    if (hangul > 0) add('ko', hangul / 2)
    if (cyrillic > 0) add('ru', cyrillic / 5)
    if (arabic > 0) add('ar', arabic / 5)
    const words = line.toLowerCase().match(/[a-zäöüßàâçéèêëîïôûùœáíóúñ]+/gu) ?? []
    if (words.length === 0) continue
    let best = ''
    let bestHits = 0
    for (const [lang, set] of Object.entries(STOPWORDS)) {
      const hits = words.filter((w) => set.has(w)).length
      if (hits > bestHits) {
        best = lang
        bestHits = hits
      }
    }
    // a line without function words (names, addresses, headings) says nothing about the language
    if (best && bestHits >= 1 && (bestHits / words.length >= 0.08 || bestHits >= 3)) {
      // umlauts and ß decide between German and English on short lines
      if (best === 'en' && /[äöüß]/.test(line) && (STOPWORDS.de as Set<string>).size > 0) {
        const deHits = words.filter((w) => STOPWORDS.de?.has(w)).length
        if (deHits >= bestHits) best = 'de'
      }
      add(best, words.length)
    }
  }
  const total = Object.values(units).reduce((a, b) => a + b, 0)
  const shares = Object.entries(units)
    .map(([language, n]) => ({ language, share: Math.round((n / Math.max(total, 1)) * 1000) / 1000 }))
    .sort((a, b) => b.share - a.share)
  if (total < 8) return { value: 'unknown', shares }
  const [top, second] = shares
  if (!top) return { value: 'unknown', shares }
  if (second && second.share >= 0.2 && SUPPORTED.has(top.language) && SUPPORTED.has(second.language)) {
    return { value: 'mixed', shares }
  }
  if (!SUPPORTED.has(top.language)) return { value: 'other', shares, detected: top.language }
  return { value: top.language as 'en' | 'zh' | 'de', shares }
}
