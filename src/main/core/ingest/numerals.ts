/** Number words as they appear in letters: "twenty-one", "one hundred twenty", "十五", "二十一", "７". */

export const ENGLISH_ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen'
]
export const ENGLISH_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

const ONES_RE = ENGLISH_ONES.join('|')
const TENS_RE = ENGLISH_TENS.join('|')
const BELOW_HUNDRED = `(?:(?:${TENS_RE})(?:[\\s-]+(?:${ENGLISH_ONES.slice(1, 10).join('|')}))?|${ONES_RE})`
/** Regex source (no groups) matching an English cardinal from zero to 999. */
export const ENGLISH_NUMBER_RE = `(?:(?:a|${ENGLISH_ONES.slice(1, 10).join('|')})\\s+hundred(?:\\s+(?:and\\s+)?${BELOW_HUNDRED})?|${BELOW_HUNDRED})`

export function parseEnglishNumber(words: string): number | null {
  let total = 0
  let seen = false
  for (const token of words.toLowerCase().split(/[\s-]+/)) {
    if (token === '' || token === 'and') continue
    const one = ENGLISH_ONES.indexOf(token)
    const ten = ENGLISH_TENS.indexOf(token)
    if (token === 'a') total += 1
    else if (one >= 0) total += one
    else if (ten >= 0) total += (ten + 2) * 10
    else if (token === 'hundred') total = (total === 0 ? 1 : total) * 100
    else return null
    seen = true
  }
  return seen ? total : null
}

const ZH_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
}
/** Regex source matching ASCII/full-width digits or Chinese numerals up to the thousands. */
export const CHINESE_NUMBER_RE = '(?:[0-9０-９]+|[零〇一二两三四五六七八九十百千]+)'

export function parseChineseNumber(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  if (/^[0-9]+$/.test(ascii)) return Number(ascii)
  // digit by digit, as years are written: 二〇二六
  if (ascii.length > 1 && /^[零〇一二两三四五六七八九]+$/.test(ascii)) {
    return Number([...ascii].map((ch) => ZH_DIGITS[ch]).join(''))
  }
  let total = 0
  let current = 0
  for (const ch of ascii) {
    const digit = ZH_DIGITS[ch]
    if (digit !== undefined) current = digit
    else if (ch === '十') {
      total += (current || 1) * 10 // "十五" has no leading 一
      current = 0
    } else if (ch === '百') {
      total += (current || 1) * 100
      current = 0
    } else if (ch === '千') {
      total += (current || 1) * 1000
      current = 0
    } else return null
  }
  const value = total + current
  return ascii.length > 0 ? value : null
}

const GERMAN_ONES: Record<string, number> = {
  ein: 1,
  eins: 1,
  eine: 1,
  einer: 1,
  einem: 1,
  einen: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  zwoelf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  fuenfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19
}
const GERMAN_TENS: Record<string, number> = {
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  fuenfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90
}
const byLength = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).join('|')
const GERMAN_UNIT_WORDS = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'fuenf', 'sechs', 'sieben', 'acht', 'neun']
/** Regex source (no groups; use with the 'iu' flags) matching a German cardinal from one to 99. */
export const GERMAN_NUMBER_RE = `(?:(?:(?:${byLength(GERMAN_UNIT_WORDS)})und)?(?:${byLength(Object.keys(GERMAN_TENS))})|${byLength(Object.keys(GERMAN_ONES))})`

export function parseGermanNumber(words: string): number | null {
  const word = words.toLowerCase().trim()
  const one = GERMAN_ONES[word]
  if (one !== undefined) return one
  const ten = GERMAN_TENS[word]
  if (ten !== undefined) return ten
  const compound = /^(.+?)und(.+)$/.exec(word)
  if (compound) {
    const unit = GERMAN_ONES[compound[1] ?? '']
    const tens = GERMAN_TENS[compound[2] ?? '']
    if (unit !== undefined && unit < 10 && tens !== undefined) return tens + unit
  }
  return null
}
