import { open, stat } from 'node:fs/promises'
import { Worker } from 'node:worker_threads'
import { IngestError } from './errors'
import { normalizePageText } from './page-text'
import { resolvePdfjsAssets, resolvePdfWorkerPath } from './pdf-worker-path'
import { PDF_EXTRACTION_MEMORY_MB, PDF_SAFETY_OPTIONS } from '../../../shared/pdf-safety'

export const DEFAULT_PDF_TIMEOUT_MS = 120_000
export const DEFAULT_PDF_MAX_BYTES = 512 * 1024 * 1024
// pdf.js holds the whole file plus parsed objects; cap the worker heap so a hostile PDF cannot take the app down.
export const DEFAULT_PDF_WORKER_HEAP_MB = PDF_EXTRACTION_MEMORY_MB
// The heap cap does not cover ArrayBuffers (where pdf.js inflates streams), so the process's
// resident memory is watched too, this often.
const MEMORY_SAMPLE_MS = 20
// The PDF header may sit anywhere in the first 1024 bytes (what Acrobat and pdf.js tolerate).
const HEADER_WINDOW = 1024
const PDF_HEADER = /%PDF-\d\.\d/

export interface ExtractPdfTextOptions {
  /** Whole-call budget; the worker is terminated when it runs out. Default 120 s. */
  timeoutMs?: number
  /** Files larger than this are refused with 'too_large' (pdf.js loads the file into memory). */
  maxBytes?: number
  maxHeapMb?: number
  /**
   * Memory the extraction may add to the process (resident set, ArrayBuffers included) before
   * the worker is stopped with 'out_of_memory'. Default PDF_EXTRACTION_MEMORY_MB (1 GB).
   */
  maxMemoryMb?: number
  /** Absolute path of pdf-text-worker.mjs; overrides IPDESK_PDF_WORKER and the default lookup. */
  workerPath?: string
  signal?: AbortSignal
  onProgress?: (pagesDone: number, totalPages: number) => void
}

export interface PdfText {
  /** One entry per page, in order; '' for a page with no text layer (scans). */
  pages: string[]
}

interface WorkerMessage {
  type: 'start' | 'page' | 'done' | 'error'
  numPages?: number
  index?: number
  text?: string
  phase?: 'load' | 'read' | 'parse'
  name?: string
  message?: string
}

let activeWorkers = 0

/** Number of PDF worker threads still alive (tests use it to prove a timed-out worker was killed). */
export function activePdfWorkerCount(): number {
  return activeWorkers
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

function errorFromWorker(msg: WorkerMessage): IngestError {
  const detail = `${msg.name ?? 'Error'}: ${msg.message ?? ''}`
  if (msg.phase === 'load') return new IngestError('worker_failed', `pdf.js could not be loaded (${detail})`)
  if (msg.phase === 'read') return new IngestError('unreadable', `The PDF could not be read (${detail})`)
  if (msg.name === 'PasswordException') return new IngestError('encrypted', 'The PDF is password-protected')
  return new IngestError('malformed_pdf', `The PDF is damaged or invalid (${detail})`)
}

/**
 * Extracts the text of every page in a worker thread. Rejects with an IngestError
 * ('not_pdf', 'malformed_pdf', 'encrypted', 'timeout', ...) and never outlives `timeoutMs`.
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

  return new Promise<PdfText>((resolve, reject) => {
    const pages: string[] = []
    let numPages = 0
    let settled = false
    const worker = new Worker(workerPath, {
      workerData: { filePath, safety: PDF_SAFETY_OPTIONS, ...assets },
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? DEFAULT_PDF_WORKER_HEAP_MB }
    })
    activeWorkers++
    const memoryLimit = (options.maxMemoryMb ?? PDF_EXTRACTION_MEMORY_MB) * 1024 * 1024
    const baseline = process.memoryUsage.rss()
    const watchdog = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > memoryLimit) {
        finish(new IngestError('out_of_memory', 'The PDF needs more memory than allowed'))
      }
    }, MEMORY_SAMPLE_MS)

    const finish = (err: Error | null): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      clearInterval(watchdog)
      options.signal?.removeEventListener('abort', onAbort)
      // reject/resolve now; termination finishes in the background and 'exit' updates the count
      void worker.terminate().catch(() => undefined)
      if (err) reject(err)
      else resolve({ pages: Array.from({ length: numPages }, (_, i) => normalizePageText(pages[i] ?? '')) })
    }
    const onAbort = (): void => finish(new IngestError('aborted', 'PDF text extraction was cancelled'))
    const remaining = Math.max(0, timeoutMs - (Date.now() - startedAt))
    const timer = setTimeout(
      () => finish(new IngestError('timeout', `PDF text extraction took longer than ${timeoutMs} ms`)),
      remaining
    )
    options.signal?.addEventListener('abort', onAbort, { once: true })

    worker.on('message', (msg: WorkerMessage) => {
      if (settled) return
      switch (msg.type) {
        case 'start':
          numPages = msg.numPages ?? 0
          break
        case 'page':
          pages[msg.index ?? pages.length] = msg.text ?? ''
          try {
            options.onProgress?.(pages.length, numPages)
          } catch (err) {
            // a throwing callback must not become an uncaught exception in the main process
            finish(err instanceof Error ? err : new Error(String(err)))
          }
          break
        case 'done':
          finish(null)
          break
        case 'error':
          finish(errorFromWorker(msg))
          break
      }
    })
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        finish(new IngestError('out_of_memory', 'The PDF needs more memory than allowed', { cause: err }))
      } else {
        finish(new IngestError('worker_failed', `PDF worker crashed: ${err.message}`, { cause: err }))
      }
    })
    worker.on('exit', (code) => {
      activeWorkers--
      finish(new IngestError('worker_failed', `PDF worker exited early (code ${code})`))
    })
  })
}
