// The browser preview: the built renderer and the same contract over HTTP, on 127.0.0.1
// only, behind a random token. A person without Electron, or a test, uses the whole app.
// Cookies do not tell ports apart, so a page served from another port on 127.0.0.1 sends the
// user's cookie too: every call and upload must also carry the token header (and come from our
// own origin, when the browser says where it comes from).
import { randomBytes, timingSafeEqual } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Dispatch } from '../core/kernel/dispatch'
import { toCallError } from '../core/kernel/dispatch'
import { importUpload } from '../core/documents/uploads'
import { stageArchive } from '../core/backup/incoming'
import type { Workspace } from '../core/workspace/workspace'
import { CONTENT_SECURITY_POLICY } from '../csp'
import { TOKEN_HEADER, TOKEN_META } from '../../shared/preview-token'
import { handleDocumentRoutes } from './document-routes'

export interface PreviewServerOptions {
  workspace: Workspace
  dispatch: Dispatch
  rendererDir: string
  port?: number
  token?: string
}

export interface PreviewServer {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

const COOKIE = 'ipdesk_token'
export { TOKEN_HEADER, TOKEN_META }
const MAX_JSON_BYTES = 5 * 1024 * 1024
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon'
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function cookieToken(req: http.IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === COOKIE) return v.join('=')
  }
  return null
}

function headerToken(req: http.IncomingMessage): string | null {
  const header = req.headers[TOKEN_HEADER]
  if (typeof header === 'string' && header) return header
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')
  return bearer ? (bearer[1] as string) : null
}

function mediaType(req: http.IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
}

/** decodeURIComponent, or null for malformed %-encoding (answered 400, never 500). */
function decoded(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}

function refuse(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
  res.end(text)
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(data)
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_JSON_BYTES) throw new Error('request body too large')
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? JSON.parse(text) : {}
}

function serveStatic(rendererDir: string, urlPath: string, res: http.ServerResponse, token: string): void {
  const root = path.resolve(rendererDir)
  const name = decoded(urlPath)
  if (name === null) {
    refuse(res, 400, 'bad request')
    return
  }
  // Never serve anything outside the built renderer: no parent segments, no other separators.
  if (/(^|[/\\])\.\.([/\\]|$)|\\|\0/.test(name)) {
    refuse(res, 404, 'not found')
    return
  }
  let file = path.resolve(root, name.replace(/^\/+/, '') || 'index.html')
  if (file !== root && !file.startsWith(root + path.sep)) {
    refuse(res, 404, 'not found')
    return
  }
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) file = path.join(root, 'index.html')
  const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
  const headers = {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache'
  }
  if (file === path.join(root, 'index.html')) {
    // The page that already holds the cookie learns the token, to send it in TOKEN_HEADER.
    const html = fs.readFileSync(file, 'utf8')
    const meta = `<meta name="${TOKEN_META}" content="${token}">`
    const page = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + meta) : meta + html
    res.writeHead(200, headers)
    res.end(page)
    return
  }
  res.writeHead(200, headers)
  // A file can vanish under us (a rebuild of out/renderer): end this response, keep serving.
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res)
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const token = options.token ?? randomBytes(24).toString('hex')
  const { workspace, dispatch } = options
  let port = 0

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      workspace.log.error('preview request failed', error)
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: toCallError(error) })
      else res.end()
    })
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // A page on another origin cannot reach us through a rebinding DNS name.
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      refuse(res, 403, 'forbidden host')
      return
    }
    let url: URL
    try {
      url = new URL(req.url ?? '/', `http://${host}`)
    } catch {
      refuse(res, 400, 'bad request')
      return
    }
    const isRead = req.method === 'GET' || req.method === 'HEAD'
    if (!isRead && req.method !== 'POST') {
      refuse(res, 405, 'method not allowed')
      return
    }
    // Another origin (another port on 127.0.0.1 included) never gets past here, cookie or not.
    const origin = req.headers.origin
    const fetchSite = req.headers['sec-fetch-site']
    const api = url.pathname.startsWith('/api/')
    const crossOrigin =
      (origin !== undefined && origin !== `http://${host}`) ||
      ((api || !isRead) && fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none')
    if (crossOrigin) {
      req.resume()
      refuse(res, 403, 'forbidden origin')
      return
    }
    const fromQuery = isRead ? url.searchParams.get('token') : null
    const fromHeader = headerToken(req)
    const presented = fromQuery ?? fromHeader ?? cookieToken(req) ?? ''
    if (!sameToken(presented, token)) {
      req.resume()
      res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('401: this IP Desk preview needs the token printed when it started.')
      return
    }
    // A cookie alone never makes a change, whatever Origin claims: every call and upload must
    // carry the token in a header, which only our own page (it read the meta tag) can send.
    if (!isRead && fromHeader === null) {
      req.resume()
      refuse(res, 403, 'forbidden: send the x-ipdesk-token header')
      return
    }
    if (fromQuery !== null) {
      // Trade the token in the address for a cookie, and drop it from the address bar.
      url.searchParams.delete('token')
      res.writeHead(303, {
        'set-cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        location: url.pathname + url.search + url.hash
      })
      res.end()
      return
    }

    if (req.method === 'POST' && url.pathname.startsWith('/api/call/')) {
      const name = decoded(url.pathname.slice('/api/call/'.length))
      if (name === null) {
        req.resume()
        sendJson(res, 400, { ok: false, error: { code: 'bad_request', detail: 'malformed call name' } })
        return
      }
      // A form or a no-cors fetch can only send text/plain and form bodies; calls are JSON.
      if (mediaType(req) !== 'application/json') {
        req.resume()
        sendJson(res, 415, {
          ok: false,
          error: { code: 'bad_request', detail: 'content-type must be application/json' }
        })
        return
      }
      let input: unknown
      try {
        input = await readJson(req)
      } catch (error) {
        sendJson(res, 400, { ok: false, error: { code: 'bad_request', detail: String(error) } })
        return
      }
      const result = await dispatch(name, input)
      const status = !result.ok && result.error.code === 'unknown_call' ? 404 : 200
      sendJson(res, status, result)
      return
    }
    if (req.method === 'POST' && url.pathname === '/api/upload') {
      const declared = Number(req.headers['content-length'] ?? NaN)
      if (Number.isFinite(declared) && declared > workspace.maxImportBytes) {
        sendJson(res, 413, {
          ok: false,
          error: { code: 'too_large', params: { limit: workspace.maxImportBytes } }
        })
        req.resume()
        return
      }
      const rawName = String(req.headers['x-file-name'] ?? 'unnamed')
      const name = decoded(rawName) ?? rawName
      try {
        const value = await importUpload(workspace, req, name)
        sendJson(res, 200, { ok: true, value })
      } catch (error) {
        req.resume()
        sendJson(res, 200, { ok: false, error: toCallError(error) })
      }
      return
    }
    // A workspace archive to import (Settings > Backups): kept under exports/ until imported.
    if (req.method === 'POST' && url.pathname === '/api/stage-archive') {
      const rawName = String(req.headers['x-file-name'] ?? 'archive.zip')
      try {
        const value = await stageArchive(workspace, req, decoded(rawName) ?? rawName)
        sendJson(res, 200, { ok: true, value })
      } catch (error) {
        req.resume()
        sendJson(res, 200, { ok: false, error: toCallError(error) })
      }
      return
    }
    // Document bytes for the viewer and bundle downloads (token already checked above).
    if (await handleDocumentRoutes(workspace, req, res, url.pathname)) return
    if (isRead && !api) {
      serveStatic(options.rendererDir, url.pathname, res, token)
      return
    }
    refuse(res, isRead ? 404 : 405, isRead ? 'not found' : 'method not allowed')
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
