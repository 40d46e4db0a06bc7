// The text of what arrived at intake: a PDF's text layer (pdf.js in its worker, refused past
// READ_MAX_PAGES), an e-mail's headers and body, a text file, or the page images of a scan by OCR.
import { READ_MAX_PAGES } from '../../../shared/contract/intake'
import { CAPPED_TEXT_ERRORS } from '../../../shared/contract/documents'
import { knownBlob } from '../documents/documents'
import { cleanText, emailPageText, extractBlobText } from '../documents/text-index'
import {
  extractPdfText,
  findTessdata,
  isIngestError,
  OCR_LANGUAGES,
  ocrPdfScan,
  parseEmail,
  type EmailAttachment,
  type OcrLanguage
} from '../ingest'
import { AppError } from '../kernel/errors'
import { kindForMime } from '../vault'
import type { Workspace } from '../kernel/workspace-context'

export interface ArrivedText {
  pages: string[]
  /** A PDF whose pages hold no text (a scan). */
  noTextLayer: boolean
  ocr: boolean
  /** An e-mail: its first page starts with the headers. */
  isEmail: boolean
  /** An e-mail's attached PDFs: read after its body (the letter often is the attachment), or why not. */
  attachments?: { name: string; pages: number; error?: string }[]
}

const READ_TIMEOUT_MS = 60_000

const CAPPED: ReadonlySet<string> = new Set(CAPPED_TEXT_ERRORS)

function readFailed(error: unknown): AppError {
  const reason = isIngestError(error) ? error.code : 'unreadable'
  // a cap stopped the reading: say so, the file is not necessarily damaged
  if (CAPPED.has(reason)) return new AppError('read_capped', { params: { reason }, detail: String(error) })
  return new AppError('read_failed', { params: { reason }, detail: String(error) })
}

async function pdfPages(file: string): Promise<string[]> {
  const stop = new AbortController()
  let pageCount = 0
  try {
    const { pages, truncated } = await extractPdfText(file, {
      timeoutMs: READ_TIMEOUT_MS,
      signal: stop.signal,
      // refused at the first page, before the worker reads the rest
      onProgress: (_done, total) => {
        pageCount = total
        if (total > READ_MAX_PAGES) stop.abort()
      }
    })
    // intake reads whole documents (at most READ_MAX_PAGES): text cut short is no reading
    if (truncated) throw new AppError('read_capped', { params: { reason: 'text_capped' } })
    return pages.map(cleanText)
  } catch (error) {
    if (error instanceof AppError) throw error
    if (pageCount > READ_MAX_PAGES) {
      throw new AppError('too_many_pages', { params: { pages: pageCount, limit: READ_MAX_PAGES } })
    }
    throw readFailed(error)
  }
}

/** The languages OCR can read here: all three where their data is installed, else English. */
function ocrLanguages(): OcrLanguage[] | null {
  if (findTessdata(OCR_LANGUAGES)) return [...OCR_LANGUAGES]
  return findTessdata(['eng']) ? ['eng'] : null
}

async function ocrPages(file: string): Promise<string[]> {
  const languages = ocrLanguages()
  if (!languages) throw new AppError('ocr_unavailable')
  try {
    const { pages } = await ocrPdfScan(file, { languages })
    return pages.map((p) => cleanText(p.text))
  } catch (error) {
    if (isIngestError(error, 'worker_missing')) throw new AppError('ocr_unavailable')
    throw readFailed(error)
  }
}

/** Reads a blob of the vault by its hash; `ocr` reads a scanned PDF's images instead of its text layer. */
export async function readStoredText(ws: Workspace, sha256: string, ocr: boolean): Promise<ArrivedText> {
  const blob = knownBlob(ws.ctx.db, sha256)
  if (!blob) throw new AppError('file_missing', { fields: { sha256: 'file_missing' } })
  const file = ws.vault.pathFor(sha256)
  const kind = kindForMime(blob.mime)
  if (kind === 'pdf') {
    const pages = await pdfPages(file)
    const noTextLayer = pages.every((p) => p.trim() === '')
    if (!ocr || !noTextLayer) return { pages, noTextLayer, ocr: false, isEmail: false }
    return { pages: await ocrPages(file), noTextLayer: true, ocr: true, isEmail: false }
  }
  if (kind === 'email') return emailText(ws, file)
  if (kind !== 'text') {
    throw new AppError('read_unsupported_type', { params: { mime: blob.mime } })
  }
  const result = await extractBlobText(file, kind, { timeoutMs: READ_TIMEOUT_MS })
  if (result.status === 'failed') {
    throw new AppError('read_failed', { params: { reason: result.error ?? 'unreadable' } })
  }
  return { pages: result.pages, noTextLayer: false, ocr: false, isEmail: false }
}

const isPdf = (a: EmailAttachment): boolean =>
  a.contentType === 'application/pdf' || a.content.subarray(0, 1024).includes('%PDF-')

/**
 * An e-mail's headers and body, then the text of each attached PDF (a law firm's letter or a
 * complaint often comes as the attachment), within the page limit. An attachment that cannot be
 * read is reported, not fatal: the e-mail's own text is still read.
 */
async function emailText(ws: Workspace, file: string): Promise<ArrivedText> {
  let email
  try {
    email = await parseEmail(file)
  } catch (error) {
    throw readFailed(error)
  }
  const pages = [cleanText(emailPageText(email))]
  const attachments: NonNullable<ArrivedText['attachments']> = []
  for (const attachment of email.attachments.filter(isPdf)) {
    const name = attachment.fileName
    try {
      const read = await ws.vault.withTempFile(attachment.content, (tmp) => pdfPages(tmp))
      if (pages.length + read.length > READ_MAX_PAGES) {
        throw new AppError('too_many_pages', {
          params: { pages: pages.length + read.length, limit: READ_MAX_PAGES }
        })
      }
      pages.push(...read)
      attachments.push({ name, pages: read.length })
    } catch (error) {
      const code = error instanceof AppError ? String(error.params?.reason ?? error.code) : 'unreadable'
      attachments.push({ name, pages: 0, error: code })
    }
  }
  return { pages, noTextLayer: false, ocr: false, isEmail: true, attachments }
}

export function pastedText(text: string): ArrivedText {
  return { pages: [cleanText(text)], noTextLayer: false, ocr: false, isEmail: false }
}
