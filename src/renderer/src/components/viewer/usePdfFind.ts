import { useEffect, useMemo, useState } from 'react'
import { countHits, normalizeTerm } from './highlight'
import type { PDFDocumentProxy } from './pdfjs'

export interface FindState {
  term: string
  /** Hits per page read so far (index 0 = page 1); null until the first pages are read. */
  perPage: number[] | null
  /** Every page has been read: total is the document's. */
  complete: boolean
  /** Pages read so far, of the document's. */
  pagesRead: number
  total: number
  /** The current hit, counted over the whole document. */
  current: number
  setCurrent: (index: number) => void
  /** The page and the index on that page of the current hit. */
  located: { page: number; hit: number } | null
}

// How often the counts so far reach the screen while a long document is read.
const FLUSH_MS = 200

/**
 * Counts hits page by page from pdf.js text content; pages are read only when a term is set.
 * The counts so far show while a long document is read (200,000 pages take minutes), so the
 * first hits can be visited before the last page is read.
 */
export function usePdfFind(
  pdf: PDFDocumentProxy | null,
  rawTerm: string,
  startPage: number | undefined
): FindState {
  const term = normalizeTerm(rawTerm)
  const [perPage, setPerPage] = useState<number[] | null>(null)
  const [complete, setComplete] = useState(false)
  const [current, setCurrent] = useState(0)

  useEffect(() => {
    setPerPage(null)
    setComplete(false)
    if (!pdf || !term) return
    let cancelled = false
    void (async () => {
      const counts: number[] = []
      // Opened from a search hit: start at the first hit on or after that page, as soon as the
      // pages read show one (or at the first hit once all are read).
      const from = Math.max(0, (startPage ?? 1) - 1)
      let placed = false
      const place = (done: boolean): void => {
        if (placed || (!done && counts.length <= from)) return
        const before = counts.slice(0, from).reduce((a, b) => a + b, 0)
        const total = counts.reduce((a, b) => a + b, 0)
        if (before < total) setCurrent(before)
        else if (done) setCurrent(0)
        else return
        placed = true
      }
      let flushed = performance.now()
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
        if (n < pdf.numPages && performance.now() - flushed > FLUSH_MS) {
          flushed = performance.now()
          setPerPage([...counts])
          place(false)
        }
      }
      setPerPage(counts)
      setComplete(true)
      place(true)
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

  return { term, perPage, complete, pagesRead: perPage?.length ?? 0, total, current, setCurrent, located }
}
