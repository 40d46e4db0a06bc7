// Specification: a hostile PDF costs one document its text, never the app. A Flate bomb is
// stopped at the memory cap with 'out_of_memory' (the heap cap alone misses it: pdf.js inflates
// into ArrayBuffers), and an image declared at 144 megapixels is never decoded.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { extractPdfText, IngestError } from '../../../src/main/core/ingest'
import * as pdfSafety from '../../../src/shared/pdf-safety'
import { openTestCore, tempDir } from '../helpers'
import { attach, getDoc, newMatter, ok, settle } from '../documents/helpers'
import { flateBombPdf, hugeImagePdf } from './hostile-pdf'

// The core's cap is 1 GB; these specs hold it to 160 MB so a bomb of 400 MB proves the point fast.
vi.mock('../../../src/shared/pdf-safety', async (importOriginal) => ({
  ...(await importOriginal<typeof pdfSafety>()),
  PDF_EXTRACTION_MEMORY_MB: 160
}))

const BOMB_MB = 400

async function pdfjs() {
  return import('pdfjs-dist/legacy/build/pdf.mjs')
}

describe('memory caps on PDF handling', () => {
  it('a Flate bomb stops at the memory cap with out_of_memory, and the next PDF still reads', async () => {
    const dir = tempDir('ipdesk-bomb-')
    const file = path.join(dir, 'bomb.pdf')
    await writeFile(file, await flateBombPdf(BOMB_MB))
    const before = process.memoryUsage.rss()
    const error = await extractPdfText(file, { maxMemoryMb: 160 }).then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(IngestError)
    expect((error as IngestError).code).toBe('out_of_memory')
    // stopped near the cap, not after inflating all 400 MB
    expect(process.memoryUsage.rss() - before).toBeLessThan(BOMB_MB * 1024 * 1024)
    const { pages } = await extractPdfText(
      path.resolve(__dirname, '../../../../shared/fixtures/warning-letter-patent-en.pdf')
    )
    expect(pages.join('\n')).toContain('HARWELL & PIKE LLP')
  }, 30_000)

  it('in a workspace the bomb is one failed document with its reason; the workspace reads and writes on', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const bomb = await flateBombPdf(BOMB_MB)
    const { documents } = await attach(core, matterId, [{ source: bomb, name: 'exhibit-bomb.pdf' }])
    await settle(core)
    const failed = await getDoc(core, documents[0]!.id)
    expect(failed.textStatus).toBe('failed')
    expect(failed.textError).toBe('out_of_memory')
    // the bytes are kept as evidence, byte for byte
    expect(failed.size).toBe(bomb.length)

    const { documents: next } = await attach(core, matterId, ['warning-letter-patent-en.pdf'])
    await settle(core)
    expect((await getDoc(core, next[0]!.id)).textStatus).toBe('done')
    const found = ok(await core.dispatch('search.global', { query: 'Harwell' }))
    expect(JSON.stringify(found)).toContain('warning-letter-patent-en.pdf')
    const check = core.workspace.ctx.sqlite.pragma('quick_check', { simple: true })
    expect(check).toBe('ok')
  }, 30_000)

  it('the text worker and the viewer both open PDFs with the image and canvas caps', () => {
    const { PDF_SAFETY_OPTIONS, PDF_MAX_IMAGE_PIXELS, viewerDocumentOptions } = pdfSafety
    expect(PDF_SAFETY_OPTIONS.maxImageSize).toBe(PDF_MAX_IMAGE_PIXELS)
    expect(PDF_SAFETY_OPTIONS.canvasMaxAreaInBytes).toBeGreaterThan(0)
    expect(viewerDocumentOptions('/api/documents/1/content')).toMatchObject(PDF_SAFETY_OPTIONS)
  })

  it('an image declared at 12000 x 12000 pixels is dropped from the page, never decoded', async () => {
    const { getDocument } = await pdfjs()
    const data = new Uint8Array(await hugeImagePdf(12_000, 12_000))
    const { url: _url, ...options } = pdfSafety.viewerDocumentOptions('unused')
    void _url
    const task = getDocument({ ...options, data, useSystemFonts: false, verbosity: 0 })
    try {
      const doc = await task.promise
      const page = await doc.getPage(1)
      const { OPS } = await pdfjs()
      const ops = await page.getOperatorList()
      expect(ops.fnArray).toContain(OPS.showText) // the page itself is read
      expect(ops.fnArray).not.toContain(OPS.paintImageXObject)
      const text = await page.getTextContent()
      expect(text.items.map((i) => ('str' in i ? i.str : '')).join('')).toContain('Exhibit 12')
    } finally {
      await task.destroy()
    }
  }, 30_000)
})
