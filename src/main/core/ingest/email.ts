import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser'
import { stripUnsafeText } from '../../../shared/unsafe-text'
import { IngestError } from './errors'
import { findMimeProblems } from './mime-check'

export const DEFAULT_EMAIL_MAX_BYTES = 100 * 1024 * 1024

export interface EmailAddress {
  name: string
  address: string
}

export interface EmailAttachment {
  /** As sent (metadata only; sanitise before writing it to disk). 'attachment-N' when the part had none. */
  fileName: string
  contentType: string
  size: number
  content: Buffer
  sha256: string
  inline: boolean
  contentId: string | null
}

export interface ParsedEmail {
  from: EmailAddress | null
  to: EmailAddress[]
  cc: EmailAddress[]
  /** ISO 8601 (UTC) from the Date header, or null when it is missing or unparseable. */
  date: string | null
  subject: string
  messageId: string | null
  /** Plain-text body (HTML converted to text when the message has no text part). */
  text: string
  /** Raw HTML body, untouched: never render it outside a sandbox. */
  html: string | null
  /** `text` without control or bidi-override characters: safe to show as plain text. */
  safeText: string
  attachments: EmailAttachment[]
  /** Parse problems found; the message is still returned with whatever could be read. */
  problems: string[]
}

export interface ParseEmailOptions {
  maxBytes?: number
}

function toSafeText(text: string): string {
  return stripUnsafeText(text.replace(/\r\n?/g, '\n'))
}

function addresses(header: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  const objects = header === undefined ? [] : Array.isArray(header) ? header : [header]
  const out: EmailAddress[] = []
  const walk = (list: { name: string; address?: string; group?: typeof list }[]): void => {
    for (const entry of list) {
      if (entry.group) walk(entry.group)
      else if (entry.address) out.push({ name: entry.name, address: entry.address })
    }
  }
  for (const object of objects) walk(object.value)
  return out
}

function rawHeader(mail: ParsedMail, key: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === key)?.line
  return line === undefined ? undefined : line.slice(line.indexOf(':') + 1).trim()
}

// mailparser silently replaces an unparseable Date with "now", which would corrupt evidence dates.
function messageDate(mail: ParsedMail, problems: string[]): string | null {
  const raw = rawHeader(mail, 'date')
  if (raw === undefined) {
    problems.push('missing_date')
    return null
  }
  const parsed = new Date(raw.replace(/\s+/g, ' '))
  if (Number.isNaN(parsed.getTime())) {
    problems.push(`invalid_date: ${raw.slice(0, 80)}`)
    return null
  }
  return parsed.toISOString()
}

async function loadSource(source: string | Buffer, maxBytes: number): Promise<Buffer> {
  if (Buffer.isBuffer(source)) {
    if (source.length > maxBytes)
      throw new IngestError('too_large', `The e-mail is larger than ${maxBytes} bytes`)
    return source
  }
  let info
  try {
    info = await stat(source)
  } catch (err) {
    throw new IngestError('not_found', 'The e-mail file does not exist', { cause: err })
  }
  if (!info.isFile()) throw new IngestError('not_a_file', 'Not a regular file')
  if (info.size > maxBytes) throw new IngestError('too_large', `The e-mail is larger than ${maxBytes} bytes`)
  return readFile(source)
}

function emptyResult(problems: string[]): ParsedEmail {
  return {
    from: null,
    to: [],
    cc: [],
    date: null,
    subject: '',
    messageId: null,
    text: '',
    html: null,
    safeText: '',
    attachments: [],
    problems
  }
}

/**
 * Parses an RFC 5322 message (.eml) from a path or a Buffer. Only file-level failures throw
 * (IngestError 'not_found' / 'too_large'); damaged content is reported in `problems`.
 */
export async function parseEmail(
  source: string | Buffer,
  options: ParseEmailOptions = {}
): Promise<ParsedEmail> {
  const raw = await loadSource(source, options.maxBytes ?? DEFAULT_EMAIL_MAX_BYTES)
  const problems = findMimeProblems(raw)
  let mail: ParsedMail
  try {
    // keepCidLinks: return the HTML as sent instead of inlining every cid: image as a data: URL
    mail = await simpleParser(raw, { keepCidLinks: true, skipTextToHtml: true, skipImageLinks: true })
  } catch (err) {
    return emptyResult([...problems, `parse_failed: ${err instanceof Error ? err.message : String(err)}`])
  }

  if (mail.headerLines.length === 0) problems.push('no_headers')
  const from = addresses(mail.from)[0] ?? null
  if (!from) problems.push('missing_from')
  if (mail.textConversionError) problems.push(`html_to_text_failed: ${mail.textConversionError.message}`)

  const attachments = mail.attachments.map((attachment, index): EmailAttachment => {
    const content = Buffer.isBuffer(attachment.content) ? attachment.content : Buffer.alloc(0)
    const fileName = attachment.filename?.trim() || `attachment-${index + 1}`
    if (content.length === 0) problems.push(`empty_attachment: ${fileName}`)
    return {
      fileName,
      contentType: attachment.contentType || 'application/octet-stream',
      size: content.length,
      content,
      sha256: createHash('sha256').update(content).digest('hex'),
      inline: attachment.contentDisposition === 'inline' || attachment.related === true,
      contentId: attachment.cid ?? null
    }
  })

  const text = mail.text ?? ''
  return {
    from,
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    date: messageDate(mail, problems),
    subject: mail.subject ?? '',
    messageId: mail.messageId ?? null,
    text,
    html: typeof mail.html === 'string' ? mail.html : null,
    safeText: toSafeText(text),
    attachments,
    problems
  }
}
