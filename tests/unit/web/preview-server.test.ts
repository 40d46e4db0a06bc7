// Specification: the browser preview answers only on 127.0.0.1, only with its token,
// and serves nothing outside the built renderer.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startPreviewServer, type PreviewServer } from '../../../src/main/web/server'
import { fixture, openTestCore, tempDir } from '../helpers'

const servers: PreviewServer[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close()
})

async function start() {
  const core = openTestCore()
  const rendererDir = tempDir('ipdesk-renderer-')
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>IP Desk</title>')
  fs.writeFileSync(path.join(path.dirname(rendererDir), 'secret.txt'), 'outside')
  const server = await startPreviewServer({ workspace: core.workspace, dispatch: core.dispatch, rendererDir })
  servers.push(server)
  const base = `http://127.0.0.1:${server.port}`
  const auth = { authorization: `Bearer ${server.token}` }
  const json = { ...auth, 'content-type': 'application/json' }
  return { core, server, base, auth, json }
}

describe('the browser preview server', () => {
  it('listens on the loopback address only, on a random port, with a long random token', async () => {
    const { server } = await start()
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/)
    expect(server.port).toBeGreaterThan(0)
  })

  it('answers 401 to every request without the token', async () => {
    const { base } = await start()
    expect((await fetch(`${base}/`)).status).toBe(401)
    expect((await fetch(`${base}/api/call/workspace.info`, { method: 'POST', body: '{}' })).status).toBe(401)
    expect((await fetch(`${base}/?token=wrong`)).status).toBe(401)
    expect((await fetch(`${base}/api/upload`, { method: 'POST', body: 'x' })).status).toBe(401)
  })

  it('trades the token in the address for a same-site cookie and drops it from the address', async () => {
    const { base, server } = await start()
    const res = await fetch(`${base}/?token=${server.token}`, { redirect: 'manual' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/')
    expect(res.headers.get('set-cookie')).toMatch(/ipdesk_token=[0-9a-f]+; HttpOnly; SameSite=Strict/)
    const page = await fetch(`${base}/`, { headers: { cookie: `ipdesk_token=${server.token}` } })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
  })

  it('serves the contract: the same calls and results as Electron IPC', async () => {
    const { base, json } = await start()
    const res = await fetch(`${base}/api/call/workspace.loadSample`, {
      method: 'POST',
      headers: json,
      body: '{}'
    })
    expect(await res.json()).toEqual({ ok: true, value: { created: 5 } })
    const list = await fetch(`${base}/api/call/matters.list`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ search: 'TRAILGLOW' })
    })
    expect(((await list.json()) as { value: { total: number } }).value.total).toBe(1)
    const unknown = await fetch(`${base}/api/call/fs.readFile`, { method: 'POST', headers: json, body: '{}' })
    expect(unknown.status).toBe(404)
  })

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const { server } = await start()
    const http = await import('node:http')
    const status = await new Promise<number>((resolve) => {
      http
        .request(
          {
            host: '127.0.0.1',
            port: server.port,
            path: '/',
            headers: { host: 'evil.example', authorization: `Bearer ${server.token}` }
          },
          (res) => resolve(res.statusCode ?? 0)
        )
        .end()
    })
    expect(status).toBe(403)
  })

  it('never serves a file outside the built renderer', async () => {
    const { base, auth } = await start()
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await fetch(`${base}${p}`, { headers: auth })
      expect(await res.text()).not.toContain('outside')
    }
  })

  it('stores an uploaded file in the vault and refuses an HTML file named .pdf', async () => {
    const { base, auth, core } = await start()
    const pdf = fs.readFileSync(fixture('warning-letter-patent-en.pdf'))
    const res = await fetch(`${base}/api/upload`, {
      method: 'POST',
      headers: { ...auth, 'x-file-name': encodeURIComponent('警告函 letter.pdf') },
      body: pdf
    })
    expect(await res.json()).toMatchObject({
      ok: true,
      value: { size: 79697, mime: 'application/pdf', originalName: '警告函 letter.pdf' }
    })
    const html = fs.readFileSync(fixture('not-really.pdf'))
    const refused = await fetch(`${base}/api/upload`, {
      method: 'POST',
      headers: { ...auth, 'x-file-name': 'not-really.pdf' },
      body: html
    })
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'refused_type' } })
    const blobs = core.workspace.ctx.sqlite.prepare('select count(*) n from blobs').get() as { n: number }
    expect(blobs.n).toBe(1)
  })
})
