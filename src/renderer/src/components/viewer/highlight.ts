// Find in a PDF: hits are counted per text item (one pdf.js text run) so that the count,
// next/previous and the marks drawn in the text layer always agree.

export function normalizeTerm(term: string): string {
  return term.replace(/\s+/g, ' ').trim().toLocaleLowerCase()
}

/** Start offsets of each occurrence of `term` (already normalised) in `text`. */
export function occurrences(text: string, term: string): number[] {
  if (!term) return []
  const haystack = text.toLocaleLowerCase()
  const out: number[] = []
  let from = 0
  for (;;) {
    const at = haystack.indexOf(term, from)
    if (at < 0) return out
    out.push(at)
    from = at + term.length
  }
}

/** How many hits a page has, from its text items (pdf.js getTextContent items' str). */
export function countHits(items: string[], term: string): number {
  return items.reduce((sum, item) => sum + occurrences(item, term).length, 0)
}

/**
 * Wraps the hits in the text layer's spans in <mark>, built with DOM nodes (never HTML),
 * and flags the `active`-th hit of the page. Returns the active mark, if any.
 */
export function markHits(
  textDivs: HTMLElement[],
  items: string[],
  term: string,
  active: number | null
): HTMLElement | null {
  let index = 0
  let activeMark: HTMLElement | null = null
  textDivs.forEach((div, i) => {
    const text = items[i] ?? ''
    // Reset first: a previous search may have split this span.
    if (div.childElementCount > 0 || div.textContent !== text) div.textContent = text
    const hits = occurrences(text, term)
    if (hits.length === 0) return
    const fragment = document.createDocumentFragment()
    let last = 0
    for (const at of hits) {
      fragment.append(text.slice(last, at))
      const mark = document.createElement('mark')
      mark.textContent = text.slice(at, at + term.length)
      if (index === active) {
        mark.dataset.active = 'true'
        activeMark = mark
      }
      index += 1
      fragment.append(mark)
      last = at + term.length
    }
    fragment.append(text.slice(last))
    div.replaceChildren(fragment)
  })
  return activeMark
}
