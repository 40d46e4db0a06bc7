import { stripUnsafeText } from '../../../shared/unsafe-text'

// Horizontal whitespace of every kind, including NBSP and the ideographic space U+3000.
const HSPACE = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3001-\\u303f\\uff01-\\uff60'
// Letter-spaced CJK headings ("律 师 函"): single characters each followed by one space. Spaces between
// multi-character words ("26楼 邮编") are deliberate separators and stay.
const LETTER_SPACED = new RegExp(`(?<![${CJK}])[${CJK}](?: [${CJK}])+(?![${CJK}])`, 'gu')

/**
 * Cleans one page of pdf.js text: line breaks are kept where pdf.js reported them, runs of spaces
 * become one, lines are trimmed, letter-spaced CJK runs are joined and at most one blank line separates
 * blocks.
 */
export function normalizePageText(raw: string): string {
  return stripUnsafeText(raw.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line) =>
      line
        .replace(HSPACE, ' ')
        .trim()
        .replace(LETTER_SPACED, (run) => run.replace(/ /g, ''))
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Collapses every whitespace run (line breaks included) to one space, for phrase matching. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
