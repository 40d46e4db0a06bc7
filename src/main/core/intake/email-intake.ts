// An .eml dropped on a matter: its headers and body become the email document, each
// attachment goes into the vault and becomes a child document. Damage is reported, not fatal.
import { Readable } from 'node:stream'
import type { AttachProblem, EmailHeaders } from '../../../shared/contract/documents'
import { isIngestError, parseEmail, type ParsedEmail } from '../ingest'
import { emailHeaders, emailPageText } from '../documents/text-index'
import { cleanOriginalName } from '../documents/uploads'
import { isRefusedType, isVaultError } from '../vault'
import type { Workspace } from '../kernel/workspace-context'
import { knownBlob } from '../documents/documents'

export interface StoredAttachment {
  sha256: string
  size: number
  mime: string
  detectedKind: string
  originalName: string
}

export interface EmailIntake {
  /** null when the file could not be parsed at all (it is still kept as a document). */
  headers: EmailHeaders | null
  pageText: string | null
  /** Why it could not be parsed (an IngestError code), when headers is null. */
  error: string | null
  attachments: StoredAttachment[]
}

// parseEmail reports these per attachment; we report them per attachment too, so drop its copy.
const ATTACHMENT_PROBLEM = /^empty_attachment:/

async function storeAttachment(
  ws: Workspace,
  attachment: ParsedEmail['attachments'][number],
  problems: AttachProblem[],
  headers: EmailHeaders
): Promise<StoredAttachment | null> {
  const name = cleanOriginalName(attachment.fileName)
  if (attachment.size === 0) {
    problems.push({ name, code: 'empty_attachment' })
    return null
  }
  let stored
  try {
    stored = await ws.vault.importStream(Readable.from([attachment.content]), { maxBytes: ws.maxImportBytes })
  } catch (error) {
    if (isVaultError(error, 'too_large')) {
      problems.push({ name, code: 'attachment_too_large', params: { limit: ws.maxImportBytes } })
      return null
    }
    throw error
  }
  if (isRefusedType(stored.mime, { activeContent: stored.activeContent })) {
    // Keep nothing we refuse, unless the same bytes were accepted earlier as a blob.
    const known = knownBlob(ws.ctx.db, stored.sha256)
    if (!known) await ws.vault.remove(stored.sha256)
    problems.push({ name, code: 'refused_attachment', params: { mime: stored.mime } })
    headers.problems.push(`refused_attachment: ${name}`)
    return null
  }
  return {
    sha256: stored.sha256,
    size: stored.size,
    mime: stored.mime,
    detectedKind: stored.detectedKind,
    originalName: name
  }
}

/** Parses a stored email and stores its attachments in the vault (no database rows yet). */
export async function readEmailForIntake(
  ws: Workspace,
  sha256: string,
  name: string,
  problems: AttachProblem[]
): Promise<EmailIntake> {
  let email: ParsedEmail
  try {
    email = await parseEmail(ws.vault.pathFor(sha256))
  } catch (error) {
    const code = isIngestError(error) ? error.code : 'unreadable'
    problems.push({ name, code: 'email_unreadable', params: { detail: code } })
    return { headers: null, pageText: null, error: code, attachments: [] }
  }
  const headers = emailHeaders(email)
  headers.problems = headers.problems.filter((p) => !ATTACHMENT_PROBLEM.test(p))
  for (const detail of headers.problems) problems.push({ name, code: 'email_damaged', params: { detail } })
  const attachments: StoredAttachment[] = []
  for (const attachment of email.attachments) {
    const stored = await storeAttachment(ws, attachment, problems, headers)
    if (stored) attachments.push(stored)
  }
  return { headers, pageText: emailPageText(email), error: null, attachments }
}
