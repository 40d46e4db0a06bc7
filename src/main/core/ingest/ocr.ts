/**
 * OCR for scanned letters, offline: tesseract.js (its wasm core ships in the npm package) in a worker
 * thread that a timeout or an AbortSignal terminates, with the language data installed on the
 * machine (Debian's tesseract-ocr-eng, -chi-sim, -deu put .traineddata files under
 * /usr/share/tesseract-ocr/<version>/tessdata; IPDESK_TESSDATA overrides). Nothing is downloaded:
 * without the data it refuses with 'worker_missing'. The text it returns is OCR text: pass
 * `{ ocr: true }` to the readers, which then mark every value uncertain.
 */
import { existsSync, readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { createWorker } from 'tesseract.js'
import { IngestError } from './errors'

export const OCR_LANGUAGES = ['eng', 'chi_sim', 'deu'] as const
export type OcrLanguage = (typeof OCR_LANGUAGES)[number]
export const TESSDATA_ENV = 'IPDESK_TESSDATA'
export const DEFAULT_OCR_TIMEOUT_MS = 300_000

export interface OcrOptions {
  languages?: OcrLanguage[]
  /** Folder holding <lang>.traineddata; default: IPDESK_TESSDATA, then the system's tessdata. */
  tessdataDir?: string
  /** Whole-call budget; the worker is terminated when it runs out. */
  timeoutMs?: number
  signal?: AbortSignal
  onProgress?: (pagesDone: number, totalPages: number) => void
}

export interface OcrPage {
  text: string
  /** Tesseract's mean word confidence, 0-100. */
  confidence: number
}

export interface OcrResult {
  /** Marks the text as OCR output: readers must be called with { ocr: true }. */
  ocr: true
  pages: OcrPage[]
}

/** The folder with every requested language's .traineddata, or null when none has them all. */
export function findTessdata(
  languages: readonly OcrLanguage[] = OCR_LANGUAGES,
  override?: string
): string | null {
  const has = (dir: string): boolean => languages.every((l) => existsSync(path.join(dir, `${l}.traineddata`)))
  // a folder the caller names is the only one looked at
  if (override !== undefined) return has(override) ? override : null
  const candidates: string[] = []
  const fromEnv = process.env[TESSDATA_ENV]
  if (fromEnv) candidates.push(fromEnv)
  for (const root of ['/usr/share/tesseract-ocr', '/usr/local/share/tesseract-ocr']) {
    if (!existsSync(root)) continue
    for (const version of readdirSync(root).sort().reverse())
      candidates.push(path.join(root, version, 'tessdata'))
  }
  candidates.push('/usr/share/tessdata', '/usr/local/share/tessdata', '/opt/homebrew/share/tessdata')
  return candidates.find(has) ?? null
}

/**
 * The JPEG images embedded in a PDF (DCTDecode streams), in file order: what a scanner writes, one
 * image a page. Other encodings (JBIG2, CCITT) are not read.
 */
export function pdfJpegImages(pdf: Buffer): Buffer[] {
  const images: Buffer[] = []
  const text = pdf.toString('latin1')
  const filter = /\/Filter\s*\[?\s*\/DCTDecode/g
  for (let m = filter.exec(text); m; m = filter.exec(text)) {
    const stream = /stream\r?\n/g
    stream.lastIndex = m.index
    const s = stream.exec(text)
    if (!s) break
    const start = s.index + s[0].length
    const end = text.indexOf('endstream', start)
    if (end < 0) break
    let stop = end
    // the stream ends at the JPEG end-of-image marker
    const eoi = text.lastIndexOf('\xff\xd9', end)
    if (eoi > start) stop = eoi + 2
    if (text.charCodeAt(start) === 0xff && text.charCodeAt(start + 1) === 0xd8)
      images.push(pdf.subarray(start, stop))
    filter.lastIndex = end
  }
  return images
}

/** Recognises each image (one page each) with the installed language data. */
export async function ocrImages(images: Buffer[], options: OcrOptions = {}): Promise<OcrResult> {
  const languages = options.languages ?? ['eng']
  const dir = findTessdata(languages, options.tessdataDir)
  if (!dir) {
    throw new IngestError('worker_missing', `No tessdata with ${languages.join('+')} (set ${TESSDATA_ENV})`)
  }
  if (options.signal?.aborted) throw new IngestError('aborted', 'OCR was cancelled')
  const timeoutMs = options.timeoutMs ?? DEFAULT_OCR_TIMEOUT_MS
  let worker: Awaited<ReturnType<typeof createWorker>> | null = null
  let starting: ReturnType<typeof createWorker> | null = null
  let timer: NodeJS.Timeout | undefined
  let onAbort: (() => void) | undefined
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new IngestError('timeout', `OCR took longer than ${timeoutMs} ms`)),
      timeoutMs
    )
    onAbort = () => reject(new IngestError('aborted', 'OCR was cancelled'))
    options.signal?.addEventListener('abort', onAbort, { once: true })
  })
  const work = async (): Promise<OcrResult> => {
    // LSTM engine (oem 1), data read from the local folder, nothing cached or fetched
    starting = createWorker(languages.join('+'), 1, { langPath: dir, gzip: false, cacheMethod: 'none' })
    worker = await starting
    const pages: OcrPage[] = []
    for (const [i, image] of images.entries()) {
      const { data } = await worker.recognize(image)
      pages.push({ text: data.text, confidence: data.confidence })
      options.onProgress?.(i + 1, images.length)
    }
    return { ocr: true, pages }
  }
  try {
    return await Promise.race([work(), stop])
  } catch (err) {
    if (err instanceof IngestError) throw err
    throw new IngestError(
      'worker_failed',
      `OCR failed: ${err instanceof Error ? err.message : String(err)}`,
      {
        cause: err
      }
    )
  } finally {
    clearTimeout(timer)
    if (onAbort) options.signal?.removeEventListener('abort', onAbort)
    const w = worker as { terminate: () => Promise<unknown> } | null
    if (w) await w.terminate().catch(() => undefined)
    // stopped while the worker was still starting: end it once it is up
    else if (starting)
      void (starting as Promise<{ terminate: () => Promise<unknown> }>)
        .then((late) => late.terminate())
        .catch(() => undefined)
  }
}

/** OCR of a scanned PDF (its page images) from a path or the file's bytes. */
export async function ocrPdfScan(source: string | Buffer, options: OcrOptions = {}): Promise<OcrResult> {
  let bytes: Buffer
  try {
    bytes = Buffer.isBuffer(source) ? source : await readFile(source)
  } catch (err) {
    throw new IngestError('not_found', 'The PDF file does not exist', { cause: err })
  }
  const images = pdfJpegImages(bytes)
  if (images.length === 0) throw new IngestError('unreadable', 'The PDF holds no JPEG page images to read')
  return ocrImages(images, options)
}
