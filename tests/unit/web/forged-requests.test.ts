// Specification: the browser preview only changes data for its own page. A page served from any
// other port on 127.0.0.1 carries the user's cookie (cookies do not tell ports apart), so every
// call and upload must also carry the token header, and come from our own origin when the
// browser says where it comes from.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startPreviewServer, type PreviewServer } from '../../../src/main/web/server'
import { openTestCore, tempDir } from '../helpers'

const servers: PreviewServer[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close()
})

interface Answer {
  status: number
  body: string
}

async function start() {
  const core = openTestCore()
  const rendererDir = tempDir('ipdesk-renderer-')
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>IP Desk</title></head></html>'
  )
  fs.writeFileSync(path.join(path.dirname(rendererDir), 'secret.txt'), 'outside')
  const server = await startPreviewServer({ workspace: core.workspace, dispatch: core.dispatch, rendererDir })
  servers.push(server)
  const own = `http://127.0.0.1:${server.port}`
  const cookie = `ipdesk_token=${server.token}`
  /** A raw request: node's http lets a test set Origin, Host and Sec-Fetch-Site as a browser would. */
  const send = (
    method: string,
    pathname: string,
    headers: Record<string, string>,
    body?: string | Buffer
  ): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: server.port, method, path: pathname, headers },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') })
          )
        }
      )
      req.on('error', reject)
      req.end(body)
    })
  const matterCount = (): number =>
    (core.workspace.ctx.sqlite.prepare('select count(*) n from matters').get() as { n: number }).n
  const createMatter = JSON.stringify({ title: 'Forged matter', kind: 'warning_letter' })
  return { core, server, own, cookie, send, matterCount, createMatter }
}

describe('forged requests to the browser preview', () => {
  it('refuses a cross-origin POST from another port with the user cookie: 403, nothing changes', async () => {
    const { server, cookie, send, matterCount } = await start()
    const evil = `http://127.0.0.1:${server.port + 1}`
    const sample = await send(
      'POST',
      '/api/call/workspace.loadSample',
      { cookie, origin: evil, 'content-type': 'application/json', 'sec-fetch-site': 'same-site' },
      '{}'
    )
    expect(sample.status).toBe(403)
    // the same from a form post (no Origin header sent by an old browser, but Sec-Fetch-Site says so)
    const form = await send(
      'POST',
      '/api/call/workspace.loadSample',
      { cookie, 'content-type': 'text/plain', 'sec-fetch-site': 'same-site' },
      '{}'
    )
    expect(form.status).toBe(403)
    const upload = await send('POST', '/api/upload', { cookie, origin: evil }, 'evidence')
    expect(upload.status).toBe(403)
    expect(matterCount()).toBe(0)
    // the user's own page still loads
    expect((await send('GET', '/', { cookie })).status).toBe(200)
  })

  it('refuses a cookie-only call even when it claims our own origin; the token header makes it work', async () => {
    const { server, own, cookie, send, matterCount } = await start()
    const bare = await send(
      'POST',
      '/api/call/workspace.loadSample',
      { cookie, 'content-type': 'application/json' },
      '{}'
    )
    expect(bare.status).toBe(403)
    // Origin and Sec-Fetch-Site are the browser's word, not proof: without the header, no change
    const claimed = await send(
      'POST',
      '/api/call/workspace.loadSample',
      { cookie, origin: own, 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      '{}'
    )
    expect(claimed.status).toBe(403)
    const upload = await send('POST', '/api/upload', { cookie, origin: own }, 'evidence')
    expect(upload.status).toBe(403)
    const plain = await send(
      'POST',
      '/api/call/workspace.loadSample',
      { cookie, origin: own, 'content-type': 'text/plain', 'x-ipdesk-token': server.token },
      '{}'
    )
    expect(plain.status).toBe(415)
    expect(matterCount()).toBe(0)
    // our own page, as the renderer sends it: same origin, JSON, the token header
    const ok = await send(
      'POST',
      '/api/call/workspace.loadSample',
      {
        cookie,
        origin: own,
        'content-type': 'application/json',
        'sec-fetch-site': 'same-origin',
        'x-ipdesk-token': server.token
      },
      '{}'
    )
    expect(ok.status).toBe(200)
    expect(matterCount()).toBe(5)
  })

  it('refuses a cross-origin call even with the token header: the same-origin check stays', async () => {
    const { server, cookie, send, matterCount } = await start()
    const evil = `http://127.0.0.1:${server.port + 1}`
    const res = await send(
      'POST',
      '/api/call/workspace.loadSample',
      { cookie, origin: evil, 'content-type': 'application/json', 'x-ipdesk-token': server.token },
      '{}'
    )
    expect(res.status).toBe(403)
    const upload = await send(
      'POST',
      '/api/upload',
      { origin: evil, 'x-ipdesk-token': server.token, 'sec-fetch-site': 'cross-site' },
      'evidence'
    )
    expect(upload.status).toBe(403)
    expect(matterCount()).toBe(0)
  })

  it('accepts the token in the x-ipdesk-token header, which the page finds in index.html', async () => {
    const { server, cookie, send, matterCount } = await start()
    const page = await send('GET', '/', { cookie })
    expect(page.body).toContain(`<meta name="ipdesk-token" content="${server.token}">`)
    const res = await send(
      'POST',
      '/api/call/workspace.loadSample',
      { 'x-ipdesk-token': server.token, 'content-type': 'application/json' },
      '{}'
    )
    expect(res.status).toBe(200)
    expect(matterCount()).toBe(5)
    const wrong = await send(
      'POST',
      '/api/call/workspace.loadSample',
      { 'x-ipdesk-token': 'x'.repeat(48) },
      '{}'
    )
    expect(wrong.status).toBe(401)
  })

  it('answers 401 without a token, 403 to a foreign Host', async () => {
    const { server, send, own } = await start()
    const none = await send(
      'POST',
      '/api/call/workspace.loadSample',
      { origin: own, 'content-type': 'application/json' },
      '{}'
    )
    expect(none.status).toBe(401)
    const foreign = await send('GET', '/', {
      host: `attacker.example:${server.port}`,
      'x-ipdesk-token': server.token
    })
    expect(foreign.status).toBe(403)
  })

  it('refuses path traversal and answers malformed %-encoding with 400, never 500', async () => {
    const { server, send } = await start()
    const auth = { 'x-ipdesk-token': server.token }
    for (const p of [
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/a/..%2f..%2fsecret.txt'
    ]) {
      const res = await send('GET', p, auth)
      expect(res.status, p).toBe(404)
      expect(res.body).not.toContain('outside')
    }
    const exportsTraversal = await send('GET', '/api/exports/..%2f..%2fworkspace.db', auth)
    expect(exportsTraversal.status).toBe(404)
    for (const p of ['/%E0%A4%A', '/api/exports/%ZZ.zip']) {
      expect((await send('GET', p, auth)).status, p).toBe(400)
    }
    const call = await send(
      'POST',
      '/api/call/%E0%A4%A',
      { ...auth, 'content-type': 'application/json' },
      '{}'
    )
    expect(call.status).toBe(400)
  })
})
