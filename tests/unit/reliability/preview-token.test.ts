// Specification: the renderer's own transport proves itself to the browser preview. It reads the
// token from the page's <meta name="ipdesk-token"> and sends it as x-ipdesk-token on every call
// and upload, so the app works while a forged cookie-only request changes nothing.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { startPreviewServer, type PreviewServer } from '../../../src/main/web/server'
import type { CallResult, UploadedFile } from '../../../src/shared/contract'
import { TOKEN_HEADER } from '../../../src/shared/preview-token'
import { fixture, openTestCore, repoRoot, tempDir } from '../helpers'

interface RendererApi {
  call(name: string, input: unknown): Promise<CallResult<unknown>>
  uploadFile(file: File): Promise<CallResult<UploadedFile>>
}

// node's own fetch: the renderer's is stubbed below to behave like a same-origin browser fetch
const nodeFetch = globalThis.fetch
const servers: PreviewServer[] = []
afterEach(async () => {
  vi.unstubAllGlobals()
  vi.resetModules()
  for (const s of servers.splice(0)) await s.close()
})

/** The renderer's api.ts as the browser runs it: the served page's meta tag, fetch on that origin. */
async function rendererAgainstPreview() {
  const core = openTestCore()
  const rendererDir = tempDir('ipdesk-renderer-')
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head></head><body></body></html>'
  )
  const server = await startPreviewServer({ workspace: core.workspace, dispatch: core.dispatch, rendererDir })
  servers.push(server)
  const origin = `http://127.0.0.1:${server.port}`
  const cookie = `ipdesk_token=${server.token}`
  const html = await (await nodeFetch(`${origin}/`, { headers: { cookie } })).text()
  const token = /<meta name="ipdesk-token" content="([0-9a-f]+)">/.exec(html)?.[1]
  expect(token).toBe(server.token)
  const sent: Record<string, string>[] = []
  // a same-origin browser fetch: relative URL, the cookie and Origin the browser would add
  vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
    const headers = { ...(init.headers as Record<string, string>), cookie, origin }
    sent.push(headers)
    return nodeFetch(`${origin}${url}`, { ...init, headers, duplex: 'half' } as RequestInit)
  })
  vi.stubGlobal('window', {})
  vi.stubGlobal('document', {
    querySelector: (selector: string) =>
      selector === 'meta[name="ipdesk-token"]' ? { content: token } : null
  })
  const api = (await import(path.join(repoRoot, 'src/renderer/src/api.ts'))) as RendererApi
  return { core, server, origin, cookie, api, sent }
}

describe('the renderer sends the preview token', () => {
  it('on every call and upload, and the app works through it', async () => {
    const { api, sent, core } = await rendererAgainstPreview()
    const sample = await api.call('workspace.loadSample', {})
    expect(sample).toEqual({ ok: true, value: { created: 5 } })
    const bytes = fs.readFileSync(fixture('warning-letter-patent-en.pdf'))
    const uploaded = await api.uploadFile(new File([bytes], 'letter.pdf', { type: 'application/pdf' }))
    expect(uploaded).toMatchObject({
      ok: true,
      value: { mime: 'application/pdf', originalName: 'letter.pdf' }
    })
    expect(sent).toHaveLength(2)
    for (const headers of sent) expect(headers[TOKEN_HEADER]).toMatch(/^[0-9a-f]{48}$/)
    const matters = core.workspace.ctx.sqlite.prepare('select count(*) n from matters').get() as { n: number }
    expect(matters.n).toBe(5)
  })

  it('while a cross-origin POST with only the cookie is refused and changes nothing', async () => {
    const { server, cookie, core } = await rendererAgainstPreview()
    const forged = await nodeFetch(`http://127.0.0.1:${server.port}/api/call/workspace.loadSample`, {
      method: 'POST',
      headers: { cookie, origin: `http://127.0.0.1:${server.port + 1}`, 'content-type': 'application/json' },
      body: '{}'
    })
    expect(forged.status).toBe(403)
    const ownOriginNoToken = await nodeFetch(`http://127.0.0.1:${server.port}/api/upload`, {
      method: 'POST',
      headers: { cookie, origin: `http://127.0.0.1:${server.port}` },
      body: 'evidence'
    })
    expect(ownOriginNoToken.status).toBe(403)
    const counts = core.workspace.ctx.sqlite
      .prepare('select (select count(*) from matters) m, (select count(*) from blobs) b')
      .get() as { m: number; b: number }
    expect(counts).toEqual({ m: 0, b: 0 })
  })
})
