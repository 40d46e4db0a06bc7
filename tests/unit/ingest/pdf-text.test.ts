import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  activePdfWorkerCount,
  extractPdfText,
  IngestError,
  normalizePageText,
  PDF_WORKER_ENV,
  resolvePdfWorkerPath
} from '../../../src/main/core/ingest'
import { fixture, flat, WORKER_SOURCE } from './helpers'

async function rejection(promise: Promise<unknown>): Promise<IngestError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(IngestError)
  return err as IngestError
}

/** A one-page PDF behind the standard security handler whose user password is not empty. */
function encryptedPdf(): Buffer {
  const key = 'ab'.repeat(32)
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${key}> /U <${key}> /P -4 >>`
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  const id = '01'.repeat(16)
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id}> <${id}>] >>\n`
  out += `startxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

afterEach(async () => {
  // every test must leave no worker thread behind
  await vi.waitFor(() => expect(activePdfWorkerCount()).toBe(0), { timeout: 5000 })
})

describe('extractPdfText', () => {
  it('reads the English patent letter: 2 pages with the key facts', async () => {
    const { pages } = await extractPdfText(fixture('warning-letter-patent-en.pdf'))
    expect(pages).toHaveLength(2)
    const text = flat(pages.join('\n'))
    expect(text).toContain('B0C1234567')
    expect(text).toContain('D987,654')
    expect(text).toContain('within fourteen (14) days of the date of this letter')
    expect(text).toContain('HARWELL & PIKE LLP')
    expect(text).toContain('35 U.S.C. § 284')
    // line structure survives: the letterhead is its own line
    expect(pages[0]?.split('\n')[0]).toBe('HARWELL & PIKE LLP')
  })

  it('reads the Chinese letter (CJK fonts via cMaps)', async () => {
    const { pages } = await extractPdfText(fixture('warning-letter-trademark-zh.pdf'))
    expect(pages).toHaveLength(2)
    const text = flat(pages.join('\n'))
    expect(text).toContain('律师函')
    expect(text).toContain('12345678')
    expect(text).toContain('杭州暖岚照明科技有限公司')
    expect(text).toContain('自本函发出之日起七日内')
    expect(pages[1]).toContain('2026年11月3日')
  })

  it('returns one empty string per page for a scan without a text layer', async () => {
    expect(await extractPdfText(fixture('scanned-only.pdf'))).toEqual({ pages: ['', ''], totalPages: 2 })
  })

  it('rejects a truncated PDF with malformed_pdf', async () => {
    const err = await rejection(extractPdfText(fixture('malformed.pdf')))
    expect(err.code).toBe('malformed_pdf')
  })

  it('rejects HTML named .pdf with not_pdf, without starting a worker', async () => {
    const err = await rejection(extractPdfText(fixture('not-really.pdf')))
    expect(err.code).toBe('not_pdf')
    expect(activePdfWorkerCount()).toBe(0)
  })

  it('rejects a password-protected PDF with encrypted', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ipdesk-pdf-'))
    try {
      const file = path.join(dir, 'locked.pdf')
      await writeFile(file, encryptedPdf())
      expect((await rejection(extractPdfText(file))).code).toBe('encrypted')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('rejects other files it cannot read with a code', async () => {
    expect((await rejection(extractPdfText(fixture('product-photo.jpg')))).code).toBe('not_pdf')
    expect((await rejection(extractPdfText(fixture('nope.pdf')))).code).toBe('not_found')
    expect((await rejection(extractPdfText(path.dirname(fixture('x'))))).code).toBe('not_a_file')
    const tooBig = extractPdfText(fixture('exhibit-long.pdf'), { maxBytes: 1000 })
    expect((await rejection(tooBig)).code).toBe('too_large')
  })

  it('times out after 1 ms and the worker is terminated', async () => {
    const started = Date.now()
    const err = await rejection(extractPdfText(fixture('exhibit-long.pdf'), { timeoutMs: 1 }))
    expect(err.code).toBe('timeout')
    expect(Date.now() - started).toBeLessThan(2000)
    await vi.waitFor(() => expect(activePdfWorkerCount()).toBe(0), { timeout: 5000 })
  })

  it('terminates a worker that is busy extracting pages when cancelled', async () => {
    const controller = new AbortController()
    let seen = 0
    const run = extractPdfText(fixture('exhibit-long.pdf'), {
      signal: controller.signal,
      onProgress: (done) => {
        seen = done
        if (done === 3) controller.abort()
      }
    })
    const err = await rejection(run)
    expect(err.code).toBe('aborted')
    expect(seen).toBeGreaterThanOrEqual(3)
    expect(seen).toBeLessThan(400)
    await vi.waitFor(() => expect(activePdfWorkerCount()).toBe(0), { timeout: 5000 })
  })

  it('extracts all 400 pages of the long exhibit in order', async () => {
    const started = performance.now()
    const progress: number[] = []
    const { pages } = await extractPdfText(fixture('exhibit-long.pdf'), {
      onProgress: (done, total) => {
        expect(total).toBe(400)
        progress.push(done)
      }
    })
    const seconds = (performance.now() - started) / 1000
    console.log(
      `[ingest] exhibit-long.pdf: 400 pages in ${seconds.toFixed(2)} s = ${(400 / seconds).toFixed(0)} pages/s`
    )
    expect(pages).toHaveLength(400)
    expect(progress.at(-1)).toBe(400)
    for (const n of [1, 2, 7, 123, 200, 399, 400]) {
      const page = flat(pages[n - 1] ?? '')
      expect(page).toContain(`Exhibit 7 - Page ${n}`)
      expect(page).toContain(`Page ${n} of 400`)
      expect(page).toContain(`BRIGHTLINE_E7_${String(n).padStart(6, '0')}`)
    }
    const total = pages.reduce((sum, p) => sum + p.length, 0)
    expect(total).toBeGreaterThan(500_000)
  }, 90_000)
})

describe('worker location', () => {
  const saved = process.env[PDF_WORKER_ENV]
  afterEach(() => {
    if (saved === undefined) delete process.env[PDF_WORKER_ENV]
    else process.env[PDF_WORKER_ENV] = saved
  })

  it('finds the worker beside the module by default', () => {
    delete process.env[PDF_WORKER_ENV]
    expect(resolvePdfWorkerPath()).toBe(WORKER_SOURCE)
  })

  it('honours the env override, e.g. a copy placed next to a bundle', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ipdesk-worker-'))
    try {
      const copy = path.join(dir, 'pdf-text-worker.mjs')
      await copyFile(WORKER_SOURCE, copy)
      process.env[PDF_WORKER_ENV] = copy
      expect(resolvePdfWorkerPath()).toBe(copy)
      const { pages } = await extractPdfText(fixture('warning-letter-patent-en.pdf'))
      expect(pages).toHaveLength(2)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('reports a missing worker file clearly', async () => {
    const err = await rejection(
      extractPdfText(fixture('warning-letter-patent-en.pdf'), {
        workerPath: path.join(os.tmpdir(), 'missing.mjs')
      })
    )
    expect(err.code).toBe('worker_missing')
  })
})

describe('normalizePageText', () => {
  it('collapses spaces, keeps line breaks and joins letter-spaced CJK', () => {
    expect(normalizePageText('  A \t  B\u00a0 C \n\n\n\nD  \r\nE\u0000')).toBe('A B C\n\nD\nE')
    expect(normalizePageText('律 师 函\n广 州 澄 砚 律 师 事 务 所')).toBe('律师函\n广州澄砚律师事务所')
    expect(normalizePageText('26楼 邮编：510623')).toBe('26楼 邮编：510623')
    expect(normalizePageText('暖岚 NUANLAN')).toBe('暖岚 NUANLAN')
    expect(normalizePageText('   \n  ')).toBe('')
  })
})
