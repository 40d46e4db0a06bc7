import { open, stat } from 'node:fs/promises'
import { IngestError } from './errors'
import { normalizePageText } from './page-text'
import { killHard, pdfChildSpawner, type PdfChildExit, type PdfChildHandle } from './pdf-process'
import { resolvePdfjsAssets, resolvePdfWorkerPath } from './pdf-worker-path'
import {
  PDF_EXTRACTION_MEMORY_MB,
  PDF_MAX_INDEXED_PAGES,
  PDF_MAX_READ_BYTES,
  PDF_MAX_TEXT_CHARS,
  PDF_SAFETY_OPTIONS
} from '../../../shared/pdf-safety'

export const DEFAULT_PDF_TIMEOUT_MS = 120_000
export const DEFAULT_PDF_MAX_BYTES = PDF_MAX_READ_BYTES
/** The child's V8 heap flag (--max-old-space-size); its whole resident memory is capped as well. */
export const DEFAULT_PDF_WORKER_HEAP_MB = PDF_EXTRACTION_MEMORY_MB
// The heap cap does not cover ArrayBuffers (where pdf.js inflates streams), so the child's
// resident memory is read this often and the child killed above the cap.
const MEMORY_SAMPLE_MS = 20
// Killed this far short of the cap (a sixteenth: 64 MB of 1 GB), about what pdf.js can add between
// two samples, so the child's resident memory stays under the cap rather than just over it.
const MEMORY_HEADROOM = 1 / 16
// The PDF header may sit anywhere in the first 1024 bytes (what Acrobat and pdf.js tolerate).
const HEADER_WINDOW = 1024
const PDF_HEADER = /%PDF-\d\.\d/
// pdf-text-worker.mjs's memory guard writes this to stderr before it kills its own process.
const MEMORY_MARKER = 'IPDESK_PDF_MEMORY_CAP'
// V8's own words when the heap flag stops a process (Node's stderr).
const HEAP_LIMIT = /heap out of memory|Reached heap limit|allocation failed/i

export interface ExtractPdfTextOptions {
  /** Whole-call budget; the child process is killed when it runs out. Default 120 s. */
  timeoutMs?: number
  /** Files larger than this are refused with 'too_large' (pdf.js loads the file into memory). */
  maxBytes?: number
  /** The child's V8 heap cap (--max-old-space-size). Default DEFAULT_PDF_WORKER_HEAP_MB. */
  maxHeapMb?: number
  /**
   * Resident memory the child process may reach (heap and ArrayBuffers alike) before it is
   * killed with 'out_of_memory'. Default PDF_EXTRACTION_MEMORY_MB (1 GB).
   */
  maxMemoryMb?: number
  /** Pages read at most; a longer PDF returns these with `truncated`. Default PDF_MAX_INDEXED_PAGES. */
  maxPages?: number
  /** Characters of text read at most, over all pages. Default PDF_MAX_TEXT_CHARS. */
  maxTextChars?: number
  /**
   * When the time runs out after some pages were read, resolve with those pages and
   * `truncated` (reason 'time') instead of rejecting with 'timeout'. For the search index, where
   * the first pages of a long exhibit are worth more than none; not for intake, which needs all.
   */
  partialOnTimeout?: boolean
  /** Absolute path of pdf-text-worker.mjs; overrides IPDESK_PDF_WORKER and the default lookup. */
  workerPath?: string
  signal?: AbortSignal
  /** After each page: pages read so far, and the PDF's page count (all of them, not only those read). */
  onProgress?: (pagesDone: number, totalPages: number) => void
  /** When the call settles: the child's process id and the most resident memory it was seen using. */
  onStats?: (stats: PdfExtractionStats) => void
}

export interface PdfExtractionStats {
  pid: number | undefined
  /** Highest resident memory of the child seen by the watchdog (0 where it cannot be read). */
  peakResidentBytes: number
}

/** What was left unread of a PDF too long for the caps; the pages returned are the first `pagesRead`. */
export interface PdfTruncation {
  pagesRead: number
  totalPages: number
  /**
   * pages: more pages than maxPages; text: the text budget ran out (the last page read may be
   * cut); time: the time ran out (only with partialOnTimeout).
   */
  reason: 'pages' | 'text' | 'time'
}

export interface PdfText {
  /** One entry per page read, in order; '' for a page with no text layer (scans). */
  pages: string[]
  /** The PDF's own page count (more than pages.length when truncated). */
  totalPages: number
  /** Set when not every page was read. */
  truncated?: PdfTruncation
}

interface WorkerMessage {
  type: 'ready' | 'start' | 'page' | 'done' | 'error'
  numPages?: number
  index?: number
  text?: string
  pagesRead?: number
  totalPages?: number
  cutBy?: 'pages' | 'text' | null
  phase?: 'load' | 'read' | 'parse' | 'memory'
  name?: string
  message?: string
}

const livePids = new Set<number>()
let activeChildren = 0

/** Number of PDF extraction child processes still alive (tests use it to prove one was killed). */
export function activePdfWorkerCount(): number {
  return activeChildren
}

/** Process ids of the PDF extraction children still alive. */
export function activePdfProcessIds(): number[] {
  return [...livePids]
}

async function checkPdfFile(filePath: string, maxBytes: number): Promise<void> {
  let info
  try {
    info = await stat(filePath)
  } catch (err) {
    throw new IngestError('not_found', 'The PDF file does not exist', { cause: err })
  }
  if (!info.isFile()) throw new IngestError('not_a_file', 'Not a regular file')
  if (info.size > maxBytes) throw new IngestError('too_large', `The PDF is larger than ${maxBytes} bytes`)
  const handle = await open(filePath, 'r')
  try {
    const head = Buffer.alloc(HEADER_WINDOW)
    const { bytesRead } = await handle.read(head, 0, HEADER_WINDOW, 0)
    const text = head.subarray(0, bytesRead).toString('latin1')
    // markup first means HTML/XML even if it quotes a PDF header (not-really.pdf does, in a comment)
    if (!PDF_HEADER.test(text) || /^[\s\ufeff\u00ef\u00bb\u00bf]*</.test(text)) {
      throw new IngestError('not_pdf', 'The file is not a PDF (no %PDF- header)')
    }
  } finally {
    await handle.close()
  }
}

const outOfMemory = (detail: string): IngestError =>
  new IngestError('out_of_memory', `The PDF needs more memory than allowed (${detail})`)

function errorFromWorker(msg: WorkerMessage): IngestError {
  const detail = `${msg.name ?? 'Error'}: ${msg.message ?? ''}`
  if (msg.phase === 'memory') return outOfMemory(detail)
  if (msg.phase === 'load') return new IngestError('worker_failed', `pdf.js could not be loaded (${detail})`)
  if (msg.phase === 'read') return new IngestError('unreadable', `The PDF could not be read (${detail})`)
  if (msg.name === 'PasswordException') return new IngestError('encrypted', 'The PDF is password-protected')
  return new IngestError('malformed_pdf', `The PDF is damaged or invalid (${detail})`)
}

/** Why a child ended before it said 'done': a memory cap (its own guard, V8's heap, the OS) or a crash. */
export function errorFromExit(exit: PdfChildExit): IngestError {
  const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`
  if (exit.stderr.includes(MEMORY_MARKER)) return outOfMemory('the memory guard stopped it')
  if (HEAP_LIMIT.test(exit.stderr) || (exit.fatal && HEAP_LIMIT.test(exit.fatal))) {
    return outOfMemory('V8 heap limit')
  }
  // a SIGKILL this process did not send: the OS's out-of-memory killer, in practice
  if (exit.signal === 'SIGKILL') return outOfMemory(`killed, ${how}`)
  const last = exit.stderr.trim().split('\n').at(-1) ?? ''
  return new IngestError('worker_failed', `PDF worker exited early (${how})${last ? `: ${last}` : ''}`)
}

/**
 * Extracts the text of the first `maxPages` pages in a child process whose memory is capped.
 * Rejects with an IngestError ('not_pdf', 'malformed_pdf', 'encrypted', 'timeout',
 * 'out_of_memory', ...) and never outlives `timeoutMs`; the child is gone when it settles.
 */
export async function extractPdfText(
  filePath: string,
  options: ExtractPdfTextOptions = {}
): Promise<PdfText> {
  const startedAt = Date.now()
  const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS
  if (options.signal?.aborted) throw new IngestError('aborted', 'PDF text extraction was cancelled')
  // the budget covers the pre-check too: a stat on a dead network share must not hang the caller
  let precheckTimer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      checkPdfFile(filePath, options.maxBytes ?? DEFAULT_PDF_MAX_BYTES),
      new Promise<never>((_, reject) => {
        precheckTimer = setTimeout(
          () => reject(new IngestError('timeout', `PDF text extraction took longer than ${timeoutMs} ms`)),
          timeoutMs
        )
      })
    ])
  } finally {
    clearTimeout(precheckTimer)
  }
  const workerPath = resolvePdfWorkerPath(options.workerPath)
  const assets = resolvePdfjsAssets()
  const memoryCap = (options.maxMemoryMb ?? PDF_EXTRACTION_MEMORY_MB) * 1024 * 1024
  const memoryLimit = Math.floor(memoryCap * (1 - MEMORY_HEADROOM))
  const heapMb = options.maxHeapMb ?? DEFAULT_PDF_WORKER_HEAP_MB
  const input = {
    filePath,
    safety: PDF_SAFETY_OPTIONS,
    ...assets,
    maxPages: Math.max(1, options.maxPages ?? PDF_MAX_INDEXED_PAGES),
    maxTextChars: Math.max(0, options.maxTextChars ?? PDF_MAX_TEXT_CHARS),
    memoryLimitBytes: memoryLimit,
    memorySampleMs: MEMORY_SAMPLE_MS
  }

  return new Promise<PdfText>((resolve, reject) => {
    const pages: string[] = []
    let numPages = 0
    let pagesDone = 0
    let settled = false
    let peak = 0
    let child: PdfChildHandle | undefined
    let childPid: number | undefined
    let counted = false
    // set once the child is started; finish() may run before (a failed start)
    const timers: { timeout?: NodeJS.Timeout; watchdog?: NodeJS.Timeout } = {}

    const kill = (): void => {
      // the handle's own kill, and the pid too: hard, whatever the handle does
      child?.kill()
      killHard(child?.pid)
    }
    const finish = (err: Error | null, result?: PdfText): void => {
      if (settled) return
      settled = true
      clearTimeout(timers.timeout)
      clearInterval(timers.watchdog)
      options.signal?.removeEventListener('abort', onAbort)
      // reject/resolve now; the kill finishes in the background and 'exit' updates the count
      kill()
      try {
        options.onStats?.({ pid: childPid, peakResidentBytes: peak })
      } catch {
        // a statistics callback cannot change the outcome
      }
      if (err) reject(err)
      else resolve(result as PdfText)
    }
    const onAbort = (): void => finish(new IngestError('aborted', 'PDF text extraction was cancelled'))
    const onTimeout = (): void => {
      if (options.partialOnTimeout && pagesDone > 0 && numPages > 0) {
        // pages arrive in order: the first pagesDone are all there
        const text = pages.slice(0, pagesDone).map((p) => normalizePageText(p ?? ''))
        finish(null, {
          pages: text,
          totalPages: numPages,
          truncated: { pagesRead: pagesDone, totalPages: numPages, reason: 'time' }
        })
        return
      }
      finish(new IngestError('timeout', `PDF text extraction took longer than ${timeoutMs} ms`))
    }

    const onMessage = (raw: unknown): void => {
      if (settled) return
      const msg = raw as WorkerMessage
      switch (msg.type) {
        case 'ready':
          child?.send(input)
          break
        case 'start':
          numPages = msg.numPages ?? 0
          break
        case 'page':
          pages[msg.index ?? pages.length] = msg.text ?? ''
          pagesDone++
          try {
            options.onProgress?.(pagesDone, numPages)
          } catch (err) {
            // a throwing callback must not become an uncaught exception in the main process
            finish(err instanceof Error ? err : new Error(String(err)))
          }
          break
        case 'done': {
          const pagesRead = msg.pagesRead ?? pages.length
          const totalPages = msg.totalPages ?? numPages
          const text = Array.from({ length: pagesRead }, (_, i) => normalizePageText(pages[i] ?? ''))
          finish(null, {
            pages: text,
            totalPages,
            ...(msg.cutBy ? { truncated: { pagesRead, totalPages, reason: msg.cutBy } } : {})
          })
          break
        }
        case 'error':
          finish(errorFromWorker(msg))
          break
      }
    }
    const onExit = (exit: PdfChildExit): void => {
      if (counted) {
        counted = false
        activeChildren--
        if (childPid !== undefined) livePids.delete(childPid)
      }
      finish(errorFromExit(exit))
    }

    try {
      child = pdfChildSpawner()(
        workerPath,
        { execArgv: [`--max-old-space-size=${heapMb}`] },
        { onMessage, onExit }
      )
    } catch (err) {
      reject(
        new IngestError('worker_failed', `The PDF worker could not start: ${String(err)}`, { cause: err })
      )
      return
    }
    activeChildren++
    counted = true

    const sample = (): void => {
      if (settled || !child) return
      const pid = child.pid
      if (pid !== undefined && childPid === undefined) {
        childPid = pid
        livePids.add(pid)
      }
      const rss = child.residentBytes()
      if (rss === null) return
      if (rss > peak) peak = rss
      if (rss > memoryLimit) {
        finish(outOfMemory(`${Math.round(rss / 1048576)} MB resident, the cap is ${memoryCap / 1048576} MB`))
      }
    }
    sample()
    timers.watchdog = setInterval(sample, MEMORY_SAMPLE_MS)
    const remaining = Math.max(0, timeoutMs - (Date.now() - startedAt))
    timers.timeout = setTimeout(onTimeout, remaining)
    options.signal?.addEventListener('abort', onAbort, { once: true })
  })
}
