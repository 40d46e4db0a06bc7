// Text extraction off the request path: one document at a time, PDFs in a child process whose
// memory is capped, results written per page into document_pages (which the FTS5 triggers index).
// A PDF longer than the caps keeps its first pages, and the document says how many were read.
import { open } from 'node:fs/promises'
import type { DocumentRecord, EmailHeaders, TextStatus } from '../../../shared/contract/documents'
import { inTransaction, writeAudit } from '../kernel/context'
import { getDocuments } from './documents'
import { proposeKind } from './kind-proposal'
import { getDocumentRow, pendingTextIds, replacePages, setDocumentText, textSource } from './repo'
import { extractPdfText, isIngestError, parseEmail, type ParsedEmail, type PdfTruncation } from '../ingest'
import type { Workspace } from '../workspace/workspace'

export const TEXT_TIMEOUT_MS = 60_000
// A text file is one page; beyond this it is cut (search still finds the first 10 MB).
const MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024
// C0 controls other than tab/newline and bidi overrides: never stored as searchable text.
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g

export interface ExtractedText {
  status: TextStatus
  /** Page texts, page 1 first; '' for a page without text. */
  pages: string[]
  error: string | null
  email?: EmailHeaders
  /** A PDF read only in part: the first `pagesRead` of `totalPages` are in `pages`. */
  truncated?: PdfTruncation
}

const CAPPED_REASON: Record<PdfTruncation['reason'], string> = {
  pages: 'pages_capped',
  time: 'time_capped',
  text: 'text_capped'
}

/**
 * Page text as stored for search: it ends with a newline, so every occurrence of a 1-2 character
 * term starts an indexed trigram (search looks short terms up by trigram prefix).
 */
export function indexedPageText(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`
}

export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE_TEXT, '')
}

/** Headers then body: an email is found by its sender and subject as well as its words. */
export function emailPageText(email: ParsedEmail): string {
  const who = (a: { name: string; address: string }): string =>
    a.name ? `${a.name} <${a.address}>` : a.address
  const lines = [
    email.from ? `From: ${who(email.from)}` : null,
    email.to.length ? `To: ${email.to.map(who).join(', ')}` : null,
    email.cc.length ? `Cc: ${email.cc.map(who).join(', ')}` : null,
    email.date ? `Date: ${email.date}` : null,
    `Subject: ${email.subject}`
  ].filter((l): l is string => l !== null)
  return cleanText(`${lines.join('\n')}\n\n${email.safeText}`).trim()
}

export function emailHeaders(email: ParsedEmail): EmailHeaders {
  return {
    from: email.from,
    to: email.to,
    cc: email.cc,
    date: email.date,
    subject: email.subject,
    messageId: email.messageId,
    problems: email.problems
  }
}

async function readTextFile(file: string): Promise<string> {
  const handle = await open(file, 'r')
  try {
    const buf = Buffer.alloc(MAX_TEXT_FILE_BYTES)
    const { bytesRead } = await handle.read(buf, 0, MAX_TEXT_FILE_BYTES, 0)
    const bytes = buf.subarray(0, bytesRead)
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
    return new TextDecoder('utf-8').decode(bytes) // drops a UTF-8 BOM; bad bytes become U+FFFD
  } finally {
    await handle.close()
  }
}

/** Reads the text of one stored blob by its detected kind. Never throws for bad content. */
export async function extractBlobText(
  file: string,
  detectedKind: string,
  options: { timeoutMs?: number; signal?: AbortSignal; onPage?: () => void } = {}
): Promise<ExtractedText> {
  try {
    switch (detectedKind) {
      case 'pdf': {
        const { pages, truncated } = await extractPdfText(file, {
          timeoutMs: options.timeoutMs ?? TEXT_TIMEOUT_MS,
          signal: options.signal,
          onProgress: options.onPage,
          // a long exhibit's first pages are worth indexing when the time runs out
          partialOnTimeout: true
        })
        const cleaned = pages.map(cleanText)
        const status = cleaned.some((p) => p.trim() !== '') ? 'done' : 'no_text_layer'
        if (!truncated) return { status, pages: cleaned, error: null }
        return { status, pages: cleaned, error: CAPPED_REASON[truncated.reason], truncated }
      }
      case 'text':
        return { status: 'done', pages: [cleanText(await readTextFile(file))], error: null }
      case 'email': {
        const email = await parseEmail(file)
        return { status: 'done', pages: [emailPageText(email)], error: null, email: emailHeaders(email) }
      }
      default:
        return { status: 'not_applicable', pages: [], error: null }
    }
  } catch (error) {
    return { status: 'failed', pages: [], error: isIngestError(error) ? error.code : 'unreadable' }
  }
}

/**
 * Replaces a document's pages and text status in one transaction, with its audit row. A document
 * still of kind "other" gets the kind its content reads as, proposed for the user to confirm.
 */
export function writeDocumentText(
  ws: Workspace,
  documentId: number,
  result: ExtractedText,
  detectedKind: string
): boolean {
  const { ctx } = ws
  // read before the write transaction: the readers need not hold the workspace's write lock
  const read = getDocumentRow(ctx.db, documentId)
  const proposed =
    read?.kind === 'other'
      ? proposeKind({ detectedKind, mime: read.mime, textStatus: result.status, pages: result.pages })
      : null
  return inTransaction(ctx, (tx) => {
    const doc = getDocumentRow(tx, documentId)
    if (!doc) return false // removed while its text was being read
    // the user may have chosen a kind meanwhile: theirs stands
    const proposal = doc.kind === 'other' ? proposed : null
    const pages = result.pages
      .map((text, index) => ({ page: index + 1, text }))
      .filter((p) => p.text.trim() !== '')
      .map((p) => ({ page: p.page, text: indexedPageText(p.text) }))
    replacePages(tx, documentId, pages)
    const pageCount = result.truncated?.totalPages ?? (result.pages.length || null)
    const pagesIndexed = result.truncated ? result.truncated.pagesRead : null
    setDocumentText(tx, documentId, {
      textStatus: result.status,
      textError: result.error,
      pageCount,
      pagesIndexed,
      ...(result.email && !doc.emailJson ? { emailJson: JSON.stringify(result.email) } : {}),
      ...(proposal ? { kindProposalJson: JSON.stringify(proposal) } : {})
    })
    writeAudit(ctx, tx, {
      action: 'extract_text',
      entity: 'document',
      entityId: documentId,
      matterId: doc.matterId,
      before: { textStatus: doc.textStatus },
      after: {
        textStatus: result.status,
        textError: result.error,
        pageCount,
        ...(pagesIndexed !== null ? { pagesIndexed } : {}),
        ...(proposal ? { proposedKind: proposal.kind } : {})
      }
    })
    return true
  })
}

export class TextQueue {
  private readonly waiting: number[] = []
  private readonly queued = new Set<number>()
  private busy = false
  private stopped = false
  private current: AbortController | null = null
  private idleWaiters: (() => void)[] = []
  private progressWaiters: (() => void)[] = []

  constructor(
    private readonly ws: Workspace,
    private readonly timeoutMs = TEXT_TIMEOUT_MS
  ) {}

  get size(): number {
    return this.waiting.length + (this.busy ? 1 : 0)
  }

  /** True once the workspace closed: nothing runs or is accepted any more. */
  get isStopped(): boolean {
    return this.stopped
  }

  /** Queues documents for extraction; ignored on a stopped queue (a closed workspace). */
  enqueue(ids: Iterable<number>): void {
    if (this.stopped || !this.open) return
    for (const id of ids) {
      if (this.queued.has(id)) continue
      this.queued.add(id)
      this.waiting.push(id)
    }
    if (!this.busy && this.waiting.length) void this.drain()
  }

  /** Resolves when nothing is queued or running (tests await this instead of sleeping). */
  idle(): Promise<void> {
    if (!this.busy && this.waiting.length === 0) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** Resolves after the next document is finished (or the queue goes idle). */
  progress(): Promise<void> {
    if (!this.busy && this.waiting.length === 0) return Promise.resolve()
    return new Promise((resolve) => this.progressWaiters.push(resolve))
  }

  /** Drops what is queued and stops the running extraction and its worker (the workspace closes). */
  stop(): void {
    this.stopped = true
    this.waiting.length = 0
    this.queued.clear()
    this.current?.abort()
  }

  private get open(): boolean {
    return this.ws.ctx.sqlite.open
  }

  private async drain(): Promise<void> {
    this.busy = true
    try {
      while (this.waiting.length && this.open && !this.stopped) {
        const id = this.waiting.shift() as number
        try {
          await this.process(id)
        } catch (error) {
          if (this.open) this.ws.log.error(`text extraction of document ${id} failed`, error)
        } finally {
          this.queued.delete(id)
          for (const wake of this.progressWaiters.splice(0)) wake()
        }
      }
    } finally {
      this.busy = false
      this.waiting.length = 0
      this.queued.clear()
      for (const wake of [...this.idleWaiters.splice(0), ...this.progressWaiters.splice(0)]) wake()
    }
  }

  private async process(id: number): Promise<void> {
    const row = textSource(this.ws.ctx.db, id)
    if (!row || row.status !== 'pending') return
    const controller = new AbortController()
    this.current = controller
    try {
      const result = await extractBlobText(this.ws.vault.pathFor(row.sha256), row.detectedKind, {
        timeoutMs: this.timeoutMs,
        signal: controller.signal,
        // A closed workspace stops its worker at the next page instead of reading on.
        onPage: () => {
          if (!this.open) controller.abort()
        }
      })
      if (!this.open || controller.signal.aborted) return
      writeDocumentText(this.ws, id, result, row.detectedKind)
    } finally {
      this.current = null
    }
  }
}

const queues = new WeakMap<Workspace, TextQueue>()

/** The workspace's text queue, created on first use. */
export function textQueue(ws: Workspace): TextQueue {
  let queue = queues.get(ws)
  if (!queue) {
    queue = new TextQueue(ws)
    if (!ws.ctx.sqlite.open) queue.stop() // a closed workspace reads nothing
    queues.set(ws, queue)
  }
  return queue
}

/** Queues every document still waiting for its text (call on open and after an intake). */
export function queuePendingText(ws: Workspace): number {
  const ids = pendingTextIds(ws.ctx.db)
  if (ids.length) textQueue(ws).enqueue(ids)
  return ids.length
}

/** Passes a call's result through after queueing pending text (a one-line handler hook). */
export function withTextQueued<T>(ws: Workspace, value: T): T {
  queuePendingText(ws)
  return value
}

/** Waits (bounded) until these documents have left 'pending'; returns them as they are then. */
export async function waitForText(
  ws: Workspace,
  ids: number[],
  timeoutMs: number
): Promise<DocumentRecord[]> {
  const deadline = Date.now() + timeoutMs
  const queue = textQueue(ws)
  for (;;) {
    // The workspace closed while this waited (the app quitting, a test ending): nothing to read.
    if (!ws.ctx.sqlite.open) return []
    const pending = pendingTextIds(ws.ctx.db, ids)
    const remaining = deadline - Date.now()
    if (pending.length === 0 || remaining <= 0) break
    queue.enqueue(pending) // after a restart nothing may have queued them yet
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      queue.progress(),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, remaining)
      })
    ])
    clearTimeout(timer)
  }
  return getDocuments(ws.ctx, ids)
}
