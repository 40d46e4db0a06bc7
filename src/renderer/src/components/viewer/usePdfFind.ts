import { useEffect, useMemo, useState } from 'react'
import { countHits, normalizeTerm } from './highlight'
import type { PDFDocumentProxy } from './pdfjs'

export interface FindState {
  term: string
  /** Hits per page (index 0 = page 1); null while counting. */
  perPage: number[] | null
  total: number
  /** The current hit, counted over the whole document. */
  current: number
  setCurrent: (index: number) => void
  /** The page and the index on that page of the current hit. */
  located: { page: number; hit: number } | null
}

/** Counts hits page by page from pdf.js text content; pages are read only when a term is set. */
export function usePdfFind(
  pdf: PDFDocumentProxy | null,
  rawTerm: string,
  startPage: number | undefined
): FindState {
  const term = normalizeTerm(rawTerm)
  const [perPage, setPerPage] = useState<number[] | null>(null)
  const [current, setCurrent] = useState(0)

  useEffect(() => {
    setPerPage(null)
    if (!pdf || !term) return
    let cancelled = false
    void (async () => {
      const counts: number[] = []
      for (let n = 1; n <= pdf.numPages; n += 1) {
        const page = await pdf.getPage(n)
        const content = await page.getTextContent()
        if (cancelled) return
        counts.push(
          countHits(
            content.items.map((item) => ('str' in item ? item.str : '')),
            term
          )
        )
      }
      setPerPage(counts)
      // Opened from a search hit: start at the first hit on or after that page.
      const from = Math.max(0, (startPage ?? 1) - 1)
      const before = counts.slice(0, from).reduce((a, b) => a + b, 0)
      const total = counts.reduce((a, b) => a + b, 0)
      setCurrent(before < total ? before : 0)
    })()
    return () => {
      cancelled = true
    }
  }, [pdf, term, startPage])

  const total = perPage?.reduce((a, b) => a + b, 0) ?? 0
  const located = useMemo(() => {
    if (!perPage || total === 0) return null
    let left = current
    for (const [index, count] of perPage.entries()) {
      if (left < count) return { page: index + 1, hit: left }
      left -= count
    }
    return null
  }, [perPage, current, total])

  return { term, perPage, total, current, setCurrent, located }
}
