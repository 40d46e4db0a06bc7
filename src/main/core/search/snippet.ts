// Snippets as pieces of plain text with hit flags: the UI renders them as text, so no
// document content ever reaches the screen as HTML.
import type { SnippetPart } from '../../../shared/contract/search'

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One case-insensitive pattern for all terms, longest first so "d987,654" wins over "d98". */
export function termPattern(terms: string[]): RegExp | null {
  const unique = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length)
  if (unique.length === 0) return null
  return new RegExp(unique.map(escapeRegExp).join('|'), 'giu')
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ')

/**
 * The text around the first hit, about `width` characters, with every hit in it marked.
 * Without a hit (a match the pattern cannot see), the start of the text.
 */
export function buildSnippet(text: string, pattern: RegExp | null, width = 160): SnippetPart[] {
  pattern = pattern ? new RegExp(pattern.source, pattern.flags) : null
  const first = pattern?.exec(text)
  const hitAt = first ? first.index : 0
  let start = Math.max(0, hitAt - Math.floor(width / 3))
  let end = Math.min(text.length, start + width)
  // Cut at spaces where there are any near the edges, so words stay whole.
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space !== -1 && space < hitAt) start = space + 1
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > hitAt + (first?.[0].length ?? 0)) end = space
  }
  const window = text.slice(start, end)
  const parts: SnippetPart[] = []
  const push = (piece: string, hit: boolean): void => {
    if (piece === '') return
    const last = parts[parts.length - 1]
    if (last && last.hit === hit) last.text += piece
    else parts.push({ text: piece, hit })
  }
  if (start > 0) push('…', false)
  let cursor = 0
  if (pattern) {
    pattern.lastIndex = 0
    for (const m of window.matchAll(pattern)) {
      push(collapse(window.slice(cursor, m.index)), false)
      push(collapse(m[0]), true)
      cursor = m.index + m[0].length
    }
  }
  push(collapse(window.slice(cursor)), false)
  if (end < text.length) push('…', false)
  return parts
}
