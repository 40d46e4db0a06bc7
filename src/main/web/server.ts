// The browser preview: the built renderer and the same contract over HTTP, on 127.0.0.1
// only, behind a random token. A person without Electron, or a test, uses the whole app.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Dispatch } from '../core/kernel/dispatch'
import { toCallError } from '../core/kernel/dispatch'
import { importUpload } from '../core/documents/uploads'
import type { Workspace } from '../core/workspace/workspace'
import { CONTENT_SECURITY_POLICY } from '../csp'
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

function serveStatic(rendererDir: string, urlPath: string, res: http.ServerResponse): void {
  const root = path.resolve(rendererDir)
  let relative = decodeURIComponent(urlPath).replace(/^\/+/, '') || 'index.html'
  let file = path.resolve(root, relative)
  // Never serve anything outside the built renderer.
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.writeHead(404).end()
    return
  }
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    relative = 'index.html'
    file = path.join(root, relative)
  }
  const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
  res.writeHead(200, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache'
  })
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
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    // A page on another origin cannot reach us through a rebinding DNS name.
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden host')
      return
    }
    const fromQuery = url.searchParams.get('token')
    const bearer = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '')
    const presented = fromQuery ?? (bearer || cookieToken(req) || '')
    if (!sameToken(presented, token)) {
      res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('401: this IP Desk preview needs the token printed when it started.')
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
      const name = decodeURIComponent(url.pathname.slice('/api/call/'.length))
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
      let name: string
      try {
        name = decodeURIComponent(rawName)
      } catch {
        name = rawName
      }
      try {
        const value = await importUpload(workspace, req, name)
        sendJson(res, 200, { ok: true, value })
      } catch (error) {
        req.resume()
        sendJson(res, 200, { ok: false, error: toCallError(error) })
      }
      return
    }
    // Document bytes for the viewer and bundle downloads (token already checked above).
    if (await handleDocumentRoutes(workspace, req, res, url.pathname)) return
    if (req.method === 'GET' || req.method === 'HEAD') {
      serveStatic(options.rendererDir, url.pathname, res)
      return
    }
    res.writeHead(405).end()
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
