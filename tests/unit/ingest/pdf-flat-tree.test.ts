// Specification (issue 11, memory bombs): "at least the first 2,000 pages are indexed (a
// Schedule A at the end of a 300-page complaint must be read)", also of a 200,000-page PDF whose
// page tree is flat: one Pages dictionary listing every page. pdf.js walked every kid before page
// N to find it, so such a file read about a hundred pages before the time limit; with the fast
// path patched into pdf.js (patches/pdfjs-dist+5.5.207.patch) it reads as fast as any other.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEXT_TIMEOUT_MS } from '../../../src/main/core/documents/text-index'
import { extractPdfText } from '../../../src/main/core/ingest'
import { PDF_MAX_INDEXED_PAGES } from '../../../src/shared/pdf-safety'
import { flatPageTreePdf } from '../reliability/hostile-pdf'
import { flat } from './helpers'

const PAGES = 200_000
let dir: string
let file: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ipdesk-flat-tree-'))
  file = path.join(dir, 'schedule-a-200000-pages.pdf')
  await writeFile(file, flatPageTreePdf(PAGES, [1, 300, 2000, PDF_MAX_INDEXED_PAGES]))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('a 200,000-page PDF with a flat page tree', () => {
  it('has its first 5,000 pages indexed, each page its own, within the time the import allows', async () => {
    const started = Date.now()
    // half the budget the import gives a document's text (TEXT_TIMEOUT_MS, 60 s)
    const result = await extractPdfText(file, { timeoutMs: TEXT_TIMEOUT_MS / 2 })
    expect(result.totalPages).toBe(PAGES)
    expect(result.truncated).toEqual({ pagesRead: PDF_MAX_INDEXED_PAGES, totalPages: PAGES, reason: 'pages' })
    expect(result.pages).toHaveLength(PDF_MAX_INDEXED_PAGES)
    // Page N is the N-th kid: the numbered pages are where they were put, the others in between.
    for (const n of [1, 300, 2000, PDF_MAX_INDEXED_PAGES]) {
      expect(flat(result.pages[n - 1] ?? '')).toBe(`Schedule A page ${n}`)
    }
    expect(flat(result.pages[1] ?? '')).toBe('Exhibit page')
    expect(flat(result.pages[2998] ?? '')).toBe('Exhibit page')
    expect(Date.now() - started).toBeLessThan(TEXT_TIMEOUT_MS / 2)
  }, 60_000)
})
