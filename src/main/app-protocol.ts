// The desktop window's page comes from app://ipdesk/, a privileged scheme that serves only the
// built renderer folder, with the CSP on every response. file:// pages get no CSP from
// response headers and let a page read any file, so the window never loads one.
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { CONTENT_SECURITY_POLICY } from './csp'

export const APP_SCHEME = 'app'
export const APP_HOST = 'ipdesk'
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

// What the built renderer contains; anything else is served as bytes that nothing executes.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm'
}

const BASE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer'
}

function answer(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8' }
  })
}

/** The response to an app:// request: a file of the renderer folder, or 400/404. Never throws. */
export async function serveAppUrl(rendererDir: string, url: string): Promise<Response> {
  let target: URL
  try {
    target = new URL(url)
  } catch {
    return answer(400, 'bad request')
  }
  if (target.protocol !== `${APP_SCHEME}:` || target.host !== APP_HOST) return answer(404, 'not found')
  let relative: string
  try {
    relative = decodeURIComponent(target.pathname)
  } catch {
    return answer(400, 'bad request')
  }
  if (relative.includes('\0')) return answer(400, 'bad request')
  const root = path.resolve(rendererDir)
  const file = path.resolve(root, `.${relative === '/' ? '/index.html' : relative}`)
  const inside = path.relative(root, file)
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return answer(404, 'not found')
  try {
    const info = await fs.promises.stat(file)
    if (!info.isFile()) return answer(404, 'not found')
  } catch {
    return answer(404, 'not found')
  }
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
  const body = Readable.toWeb(fs.createReadStream(file)) as ReadableStream
  return new Response(body, { headers: { ...BASE_HEADERS, 'content-type': type } })
}
