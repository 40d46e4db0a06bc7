// Specification: the browser preview serves a document's bytes to the viewer and a bundle
// for download, only with the token, as data that can never run as a page, and logs each view.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startPreviewServer, type PreviewServer } from '../../../src/main/web/server'
import { fixture, openTestCore, tempDir } from '../helpers'
import { custodyActions, newMatter, ok, settle } from './helpers'

const servers: PreviewServer[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close()
})

async function start() {
  const core = openTestCore()
  const rendererDir = tempDir('ipdesk-renderer-')
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>IP Desk</title>')
  const server = await startPreviewServer({ workspace: core.workspace, dispatch: core.dispatch, rendererDir })
  servers.push(server)
  const base = `http://127.0.0.1:${server.port}`
  const auth = { authorization: `Bearer ${server.token}` }
  const call = async (name: string, input: unknown) => {
    const res = await fetch(`${base}/api/call/${name}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(input)
    })
    return ok((await res.json()) as never) as never
  }
  const uploadFile = async (file: string, name: string) => {
    const res = await fetch(`${base}/api/upload`, {
      method: 'POST',
      headers: { ...auth, 'x-file-name': encodeURIComponent(name) },
      body: fs.readFileSync(file)
    })
    return ok((await res.json()) as never) as { sha256: string; originalName: string }
  }
  return { core, server, base, auth, call, uploadFile }
}

describe('document bytes in the browser preview', () => {
  it('serves a PDF inline for the viewer, with nosniff and a sandbox, and logs the view', async () => {
    const { core, base, auth, call, uploadFile } = await start()
    const matterId = await newMatter(core)
    const uploaded = await uploadFile(
      fixture('warning-letter-patent-en.pdf'),
      '../../Brightline letter 律师函.pdf'
    )
    const { documents } = (await call('documents.attach', { matterId, files: [uploaded] })) as {
      documents: { id: number }[]
    }
    const id = documents[0]!.id
    const res = await fetch(`${base}/api/documents/${id}/content`, { headers: auth })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toMatch(/^sandbox;/)
    expect(res.headers.get('content-disposition')).toBe(
      `inline; filename="Brightline letter ___.pdf"; filename*=UTF-8''Brightline%20letter%20%E5%BE%8B%E5%B8%88%E5%87%BD.pdf`
    )
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      'c7d8d067f47cf5a05f3ef541b1a74c6b9364c57d9aea6e0f3f22f8a7a9777073'
    )
    expect(custodyActions(core, id)).toEqual(['import', 'view'])
    await settle(core)
  })

  it('offers an email as a download, never inline; answers 404 for an unknown document and 401 without the token', async () => {
    const { core, base, auth, call, uploadFile } = await start()
    const matterId = await newMatter(core)
    const uploaded = await uploadFile(fixture('warning-letter.eml'), 'warning-letter.eml')
    const { documents } = (await call('documents.attach', { matterId, files: [uploaded] })) as {
      documents: { id: number }[]
    }
    const res = await fetch(`${base}/api/documents/${documents[0]!.id}/content`, { headers: auth })
    expect(res.headers.get('content-type')).toBe('message/rfc822')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/)
    await res.arrayBuffer()
    expect((await fetch(`${base}/api/documents/9999/content`, { headers: auth })).status).toBe(404)
    expect((await fetch(`${base}/api/documents/${documents[0]!.id}/content`)).status).toBe(401)
    await settle(core)
  })

  it('downloads an evidence bundle by name, and nothing else from the workspace folder', async () => {
    const { core, base, auth, call, uploadFile } = await start()
    const matterId = await newMatter(core)
    const uploaded = await uploadFile(fixture('product-photo.jpg'), 'photo.jpg')
    await call('documents.attach', { matterId, files: [uploaded] })
    const bundle = (await call('documents.exportBundle', { matterId, includePrivileged: false })) as {
      fileName: string
      path: string
    }
    const res = await fetch(`${base}/api/exports/${encodeURIComponent(bundle.fileName)}`, { headers: auth })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/zip')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/)
    expect(Buffer.from(await res.arrayBuffer()).equals(fs.readFileSync(bundle.path))).toBe(true)

    fs.writeFileSync(path.join(core.dir, 'secret.zip'), 'not an export')
    for (const probe of [
      '..%2Fworkspace.db',
      '..%2Fsecret.zip',
      '%2E%2E%2Fsecret.zip',
      'nope.zip',
      '.hidden.zip',
      'x.db'
    ]) {
      const r = await fetch(`${base}/api/exports/${probe}`, { headers: auth })
      expect(r.status, probe).toBe(404)
    }
    expect((await fetch(`${base}/api/exports/${encodeURIComponent(bundle.fileName)}`)).status).toBe(401)
  })
})
