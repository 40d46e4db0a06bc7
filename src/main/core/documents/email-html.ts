// An email's HTML body for the viewer. The core hands it over as received; the renderer shows it
// only through DOMPurify, inside a sandboxed frame, with remote content removed.
import type { EmailHtml } from '../../../shared/contract/documents'
import { isIngestError, parseEmail } from '../ingest'
import type { Workspace } from '../workspace/workspace'
import { documentRow } from './documents'
import { textSource } from './repo'

/** Longer HTML bodies are cut: a newsletter is not evidence, and the frame must stay responsive. */
export const EMAIL_HTML_LIMIT = 2 * 1024 * 1024

export async function emailHtml(ws: Workspace, id: number): Promise<EmailHtml> {
  documentRow(ws.ctx, id) // not_found for an unknown id
  const source = textSource(ws.ctx.db, id)
  if (!source || source.detectedKind !== 'email') return { documentId: id, html: null, truncated: false }
  try {
    const { html } = await parseEmail(ws.vault.pathFor(source.sha256))
    if (html === null) return { documentId: id, html: null, truncated: false }
    const truncated = html.length > EMAIL_HTML_LIMIT
    return { documentId: id, html: truncated ? html.slice(0, EMAIL_HTML_LIMIT) : html, truncated }
  } catch (error) {
    // bytes deleted or unreadable: the plain-text view already says why
    if (isIngestError(error)) return { documentId: id, html: null, truncated: false }
    throw error
  }
}
