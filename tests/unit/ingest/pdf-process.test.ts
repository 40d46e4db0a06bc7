// Specification: a PDF's text is read in a child process of its own whose memory is capped hard
// (1 GB: heap and ArrayBuffers alike), so a Flate bomb kills that process and never the app; at
// most PDF_MAX_INDEXED_PAGES pages are read, and a longer PDF says how many of how many; the
// child is gone whenever a call settles (done, failed, timed out or cancelled).
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  activePdfWorkerCount,
  extractPdfText,
  IngestError,
  nodeForkSpawner,
  setPdfChildSpawner,
  type PdfChildSpawner,
  type PdfExtractionStats
} from '../../../src/main/core/ingest'
import { errorFromExit } from '../../../src/main/core/ingest/pdf-text'
import { textPdf } from '../../../src/main/core/workspace/sample-pdf'
import { PDF_EXTRACTION_MEMORY_MB, PDF_MAX_INDEXED_PAGES } from '../../../src/shared/pdf-safety'
import { zeroFlateBombPdf } from '../reliability/hostile-pdf'
import { fixture, flat } from './helpers'

const MB = 1024 * 1024
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ipdesk-pdf-process-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})
afterEach(async () => {
  setPdfChildSpawner(null)
  // every test leaves no child process behind
  await vi.waitFor(() => expect(activePdfWorkerCount()).toBe(0), { timeout: 5000 })
})

async function rejection(promise: Promise<unknown>): Promise<IngestError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(IngestError)
  return err as IngestError
}

/** True while a process with this id exists (signal 0 checks without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function expectGone(pid: number | undefined): Promise<void> {
  expect(pid).toBeTypeOf('number')
  await vi.waitFor(() => expect(alive(pid as number)).toBe(false), { timeout: 5000 })
  if (process.platform === 'linux') expect(existsSync(`/proc/${pid}`)).toBe(false)
}

async function writePdf(name: string, bytes: Buffer): Promise<string> {
  const file = path.join(dir, name)
  await writeFile(file, bytes)
  return file
}

/** A PDF of `count` one-line pages: "Exhibit page N of count". */
function numberedPdf(count: number, lastPage?: string[]): Buffer {
  return textPdf(
    Array.from({ length: count }, (_, i) => {
      const runs = [{ x: 72, y: 720, text: `Exhibit page ${i + 1} of ${count}` }]
      if (i === count - 1 && lastPage) {
        lastPage.forEach((text, k) => runs.push({ x: 72, y: 690 - 14 * k, text }))
      }
      return runs
    }),
    'numbered'
  )
}

/**
 * A time limit that runs out halfway through reading the 400-page exhibit on this machine: the
 * child's start-up (timed on a one-page PDF) plus half the reading. A fixed figure ran out after
 * the last page on a faster machine.
 */
async function halfwayThroughTheExhibit(): Promise<number> {
  const started = performance.now()
  await extractPdfText(await writePdf('one.pdf', numberedPdf(1)))
  const startup = performance.now() - started
  const before = performance.now()
  await extractPdfText(fixture('exhibit-long.pdf'))
  const whole = performance.now() - before
  return Math.round(startup + (whole - startup) / 2)
}

describe('the child process and its memory cap', () => {
  it('a Flate bomb inflating to 2.2 GB: the child is killed under 1 GB, the app stays flat', async () => {
    const file = await writePdf('bomb.pdf', zeroFlateBombPdf(2200))
    const before = process.memoryUsage.rss()
    let mainPeak = before
    const sampler = setInterval(() => {
      mainPeak = Math.max(mainPeak, process.memoryUsage.rss())
    }, 10)
    let stats: PdfExtractionStats | undefined
    const started = Date.now()
    const err = await rejection(extractPdfText(file, { onStats: (s) => (stats = s) }))
    const seconds = (Date.now() - started) / 1000
    clearInterval(sampler)
    mainPeak = Math.max(mainPeak, process.memoryUsage.rss())
    expect(err.code).toBe('out_of_memory')
    const childPeakMb = Math.round((stats?.peakResidentBytes ?? 0) / MB)
    const mainGrewMb = Math.round((mainPeak - before) / MB)
    console.log(
      `pdf bomb: child peak ${childPeakMb} MB, main grew ${mainGrewMb} MB (${seconds.toFixed(1)} s)`
    )
    if (process.platform === 'linux') {
      // the watchdog saw the child grow to near the cap, and stopped it before the cap
      expect(childPeakMb).toBeGreaterThan(PDF_EXTRACTION_MEMORY_MB / 2)
      expect(childPeakMb).toBeLessThan(PDF_EXTRACTION_MEMORY_MB)
    }
    expect(mainGrewMb).toBeLessThan(200)
    expect(seconds).toBeLessThan(30)
    await expectGone(stats?.pid)
    // and the next PDF reads as ever
    const { pages } = await extractPdfText(fixture('warning-letter-patent-en.pdf'))
    expect(pages.join('\n')).toContain('HARWELL & PIKE LLP')
  }, 60_000)

  it("where the parent cannot read the child's memory, the child's own guard stops it at the cap", async () => {
    // the shape of macOS and Windows under plain Node: no /proc to read
    const blind: PdfChildSpawner = (script, options, events) => {
      const handle = nodeForkSpawner(script, options, events)
      return {
        get pid() {
          return handle.pid
        },
        send: (m) => handle.send(m),
        kill: () => handle.kill(),
        residentBytes: () => null
      }
    }
    setPdfChildSpawner(blind)
    const file = await writePdf('bomb-blind.pdf', zeroFlateBombPdf(1200))
    let stats: PdfExtractionStats | undefined
    const err = await rejection(extractPdfText(file, { maxMemoryMb: 320, onStats: (s) => (stats = s) }))
    expect(err.code).toBe('out_of_memory')
    expect(err.message).toContain('memory guard')
    await expectGone(stats?.pid)
  }, 60_000)

  it('maps how a child ended to an error code', () => {
    const exit = { code: null, signal: null, stderr: '' }
    expect(errorFromExit({ ...exit, signal: 'SIGKILL' }).code).toBe('out_of_memory')
    expect(errorFromExit({ ...exit, code: 1, stderr: 'x\nIPDESK_PDF_MEMORY_CAP\n' }).code).toBe(
      'out_of_memory'
    )
    const v8 = 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'
    expect(errorFromExit({ ...exit, code: 134, signal: 'SIGABRT', stderr: v8 }).code).toBe('out_of_memory')
    expect(errorFromExit({ ...exit, code: 5, fatal: 'FatalError heap out of memory' }).code).toBe(
      'out_of_memory'
    )
    const crash = errorFromExit({ ...exit, code: 1, stderr: 'Error: something broke\n' })
    expect(crash.code).toBe('worker_failed')
    expect(crash.message).toContain('something broke')
  })

  it('the child is gone after a timeout', async () => {
    let stats: PdfExtractionStats | undefined
    const timeoutMs = await halfwayThroughTheExhibit()
    const err = await rejection(
      extractPdfText(fixture('exhibit-long.pdf'), { timeoutMs, onStats: (s) => (stats = s) })
    )
    expect(err.code).toBe('timeout')
    await expectGone(stats?.pid)
  }, 60_000)

  it('the child is gone after a cancel mid-read', async () => {
    const controller = new AbortController()
    let stats: PdfExtractionStats | undefined
    const err = await rejection(
      extractPdfText(fixture('exhibit-long.pdf'), {
        signal: controller.signal,
        onProgress: (done) => done === 3 && controller.abort(),
        onStats: (s) => (stats = s)
      })
    )
    expect(err.code).toBe('aborted')
    await expectGone(stats?.pid)
  })

  it('the child is gone after a PDF read to the end', async () => {
    let stats: PdfExtractionStats | undefined
    await extractPdfText(fixture('complaint-schedule-a.pdf'), { onStats: (s) => (stats = s) })
    await expectGone(stats?.pid)
  })
})

describe('the page cap', () => {
  it('keeps at least 2,000 pages', () => {
    expect(PDF_MAX_INDEXED_PAGES).toBeGreaterThanOrEqual(2000)
  })

  it(`a PDF longer than ${PDF_MAX_INDEXED_PAGES} pages returns exactly the first ${PDF_MAX_INDEXED_PAGES} and says so`, async () => {
    const total = PDF_MAX_INDEXED_PAGES + 3
    const file = await writePdf('over-cap.pdf', numberedPdf(total))
    const started = performance.now()
    const result = await extractPdfText(file, { timeoutMs: 240_000 })
    const seconds = (performance.now() - started) / 1000
    console.log(`[ingest] ${total}-page PDF: first ${result.pages.length} pages in ${seconds.toFixed(1)} s`)
    expect(result.pages).toHaveLength(PDF_MAX_INDEXED_PAGES)
    expect(result.totalPages).toBe(total)
    expect(result.truncated).toEqual({ pagesRead: PDF_MAX_INDEXED_PAGES, totalPages: total, reason: 'pages' })
    expect(result.pages[0]).toBe(`Exhibit page 1 of ${total}`)
    expect(result.pages.at(-1)).toBe(`Exhibit page ${PDF_MAX_INDEXED_PAGES} of ${total}`)
  }, 240_000)

  it('a smaller cap given by the caller, and a PDF within the cap is not truncated', async () => {
    const file = await writePdf('forty-five.pdf', numberedPdf(45))
    const capped = await extractPdfText(file, { maxPages: 40 })
    expect(capped.pages).toHaveLength(40)
    expect(capped.truncated).toEqual({ pagesRead: 40, totalPages: 45, reason: 'pages' })
    const whole = await extractPdfText(file)
    expect(whole.pages).toHaveLength(45)
    expect(whole.totalPages).toBe(45)
    expect(whole.truncated).toBeUndefined()
  })

  it('the Schedule A on the last page of a 300-page complaint is read', async () => {
    const file = await writePdf(
      'complaint-300.pdf',
      numberedPdf(300, [
        'SCHEDULE A',
        'Doe No. Seller Alias Marketplace Seller ID',
        '9 LumoraGear Amazon.com A2LMRA7QX3K9Z1'
      ])
    )
    const { pages, truncated } = await extractPdfText(file)
    expect(pages).toHaveLength(300)
    expect(truncated).toBeUndefined()
    const last = flat(pages[299] ?? '')
    expect(last).toContain('SCHEDULE A')
    expect(last).toContain('LumoraGear Amazon.com A2LMRA7QX3K9Z1')
  }, 60_000)

  it('the text budget stops the reading and says how far it got', async () => {
    const file = await writePdf('ten.pdf', numberedPdf(10))
    // each page is "Exhibit page N of 10": 20 or 21 characters
    const result = await extractPdfText(file, { maxTextChars: 50 })
    expect(result.truncated).toEqual({ pagesRead: 3, totalPages: 10, reason: 'text' })
    expect(result.pages.join('').length).toBe(50)
  })

  it('with partialOnTimeout, the pages read before the time ran out are kept', async () => {
    const result = await extractPdfText(fixture('exhibit-long.pdf'), {
      timeoutMs: await halfwayThroughTheExhibit(),
      partialOnTimeout: true
    })
    expect(result.truncated?.reason).toBe('time')
    expect(result.truncated?.totalPages).toBe(400)
    const read = result.truncated?.pagesRead ?? 0
    expect(read).toBeGreaterThan(0)
    expect(read).toBeLessThan(400)
    expect(result.pages).toHaveLength(read)
    expect(flat(result.pages[read - 1] ?? '')).toContain(`Exhibit 7 - Page ${read}`)
  }, 60_000)
})
