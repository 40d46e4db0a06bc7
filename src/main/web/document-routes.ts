// Byte routes of the browser preview (behind the server's token check): a document's content
// for the viewer, and evidence bundles for download. Content is served as data, never as a page.
import { createReadStream, existsSync, statSync } from 'node:fs'
import type http from 'node:http'
import { exportMime, exportPath } from '../core/documents/bundle'
import { toCallError } from '../core/kernel/dispatch'
import { openDocumentContent, type ByteRange } from '../core/documents/content'
import { documentSize } from '../core/documents/documents'
import { sanitizeFileName } from '../core/vault'
import type { Workspace } from '../core/workspace/workspace'

// Even a document opened directly in a tab runs no script, loads nothing, and has no origin.
const SANDBOX_CSP = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'"

/** RFC 6266: a safe file name (never a path), as ASCII fallback plus UTF-8. */
export function contentDisposition(type: 'inline' | 'attachment', originalName: string): string {
  const name = sanitizeFileName(originalName, { fallback: 'document' })
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`
}

/** A single "bytes=a-b" range (what pdf.js sends); null means the whole file. */
export function parseRange(header: string | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  if (!header) return null
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match || (match[1] === '' && match[2] === '')) return null
  let start: number
  let end: number
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]))
    end = size - 1
  } else {
    start = Number(match[1])
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  }
  if (start > end || start >= size) return 'unsatisfiable'
  return { start, end }
}

const DOCUMENT_CONTENT = /^\/api\/documents\/(\d{1,12})\/content$/
const EXPORT_FILE = /^\/api\/exports\/([^/]+)$/

/** Handles GET/HEAD on the byte routes; returns false when the path is not one of them. */
export async function handleDocumentRoutes(
  workspace: Workspace,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const doc = DOCUMENT_CONTENT.exec(pathname)
  if (doc) {
    try {
      const id = Number(doc[1])
      const size = documentSize(workspace.ctx, id)
      // pdf.js asks for ranges, so the first page shows before a long exhibit has arrived.
      const range = parseRange(req.headers.range, size)
      if (range === 'unsatisfiable') {
        res.writeHead(416, { 'content-range': `bytes */${size}` }).end()
        return true
      }
      const content = await openDocumentContent(workspace, id, { range: range ?? undefined })
      const type = content.mime === 'text/plain' ? 'text/plain; charset=utf-8' : content.mime
      const headers: http.OutgoingHttpHeaders = {
        'content-type': type,
        'content-length': String(range ? range.end - range.start + 1 : content.size),
        'accept-ranges': 'bytes',
        'content-disposition': contentDisposition(content.disposition, content.originalName),
        'x-content-type-options': 'nosniff',
        'content-security-policy': SANDBOX_CSP,
        'cross-origin-resource-policy': 'same-origin',
        'referrer-policy': 'no-referrer',
        'cache-control': 'private, no-store'
      }
      if (range) headers['content-range'] = `bytes ${range.start}-${range.end}/${content.size}`
      res.writeHead(range ? 206 : 200, headers)
      if (req.method === 'HEAD') {
        content.stream.destroy()
        res.end()
      } else {
        content.stream.on('error', () => res.destroy())
        content.stream.pipe(res)
      }
    } catch (error) {
      const callError = toCallError(error)
      res.writeHead(callError.code === 'not_found' ? 404 : 500, {
        'content-type': 'application/json; charset=utf-8'
      })
      res.end(JSON.stringify({ ok: false, error: callError }))
    }
    return true
  }
  const bundle = EXPORT_FILE.exec(pathname)
  if (bundle) {
    let name: string
    try {
      name = decodeURIComponent(bundle[1] as string)
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad request')
      return true
    }
    const file = exportPath(workspace, name)
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found')
      return true
    }
    res.writeHead(200, {
      'content-type': exportMime(name),
      'content-length': String(statSync(file).size),
      'content-disposition': contentDisposition('attachment', name),
      'x-content-type-options': 'nosniff',
      'content-security-policy': SANDBOX_CSP,
      'cache-control': 'private, no-store'
    })
    if (req.method === 'HEAD') res.end()
    else
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res)
    return true
  }
  return false
}
