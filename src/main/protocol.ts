// The Electron shell's ipdesk: scheme: the viewer's document bytes and bundle downloads,
// the same data the browser preview serves over HTTP, as data, never as a page.
import { Readable } from 'node:stream'
import type { Protocol } from 'electron'
import { exportMime, exportPath } from './core/documents/bundle'
import { openDocumentContent } from './core/documents/content'
import type { Workspace } from './core/workspace/workspace'
import fs from 'node:fs'

export const SCHEME = 'ipdesk'
const SANDBOX_CSP = "sandbox; default-src 'none'"

export async function serveIpdeskUrl(workspace: Workspace, url: string): Promise<Response> {
  const headers = { 'x-content-type-options': 'nosniff', 'content-security-policy': SANDBOX_CSP }
  let host: string
  let name: string
  try {
    const parsed = new URL(url)
    host = parsed.host
    name = decodeURIComponent(parsed.pathname.replace(/^\//, ''))
  } catch {
    // Malformed %-encoding or a URL that does not parse: a bad request, never an exception.
    return new Response('bad request', { status: 400, headers })
  }
  try {
    if (host === 'document' && /^\d{1,12}$/.test(name)) {
      const content = await openDocumentContent(workspace, Number(name))
      const body = Readable.toWeb(content.stream) as ReadableStream
      return new Response(body, { headers: { ...headers, 'content-type': content.mime } })
    }
    if (host === 'export') {
      const file = exportPath(workspace, name)
      if (file && fs.existsSync(file)) {
        const body = Readable.toWeb(fs.createReadStream(file)) as ReadableStream
        return new Response(body, { headers: { ...headers, 'content-type': exportMime(name) } })
      }
    }
  } catch {
    // Fall through: an unknown or unreadable document is simply not found.
  }
  return new Response('not found', { status: 404, headers })
}

export function registerIpdeskProtocol(protocol: Protocol, workspace: Workspace): void {
  protocol.handle(SCHEME, (request) => serveIpdeskUrl(workspace, request.url))
}
