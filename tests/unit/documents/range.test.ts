// Specification: the viewer can read a long exhibit in byte ranges (its first page shows
// before the whole file arrives), and many range reads are one view in the custody log.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseRange } from '../../../src/main/web/document-routes'
import { startPreviewServer, type PreviewServer } from '../../../src/main/web/server'
import { fixture, openTestCore, tempDir } from '../helpers'
import { attach, custodyActions, newMatter, settle } from './helpers'

const servers: PreviewServer[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close()
})

describe('byte ranges of a document', () => {
  it.each([
    ['bytes=0-99', { start: 0, end: 99 }],
    ['bytes=100-', { start: 100, end: 999 }],
    ['bytes=-10', { start: 990, end: 999 }],
    ['bytes=900-5000', { start: 900, end: 999 }],
    ['bytes=1000-1001', 'unsatisfiable'],
    ['bytes=5-2', 'unsatisfiable'],
    ['items=0-1', null],
    [undefined, null]
  ] as const)('%s of a 1,000-byte file', (header, expected) => {
    expect(parseRange(header, 1000)).toEqual(expected)
  })

  it('serves 206 partial content with the right bytes, and logs one view', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, ['exhibit-long.pdf'])
    await settle(core)
    const doc = documents[0]!
    const rendererDir = tempDir('ipdesk-renderer-')
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>')
    const server = await startPreviewServer({
      workspace: core.workspace,
      dispatch: core.dispatch,
      rendererDir
    })
    servers.push(server)
    const url = `http://127.0.0.1:${server.port}/api/documents/${doc.id}/content`
    const auth = { authorization: `Bearer ${server.token}` }
    const whole = fs.readFileSync(fixture('exhibit-long.pdf'))

    const first = await fetch(url, { headers: { ...auth, range: 'bytes=0-65535' } })
    expect(first.status).toBe(206)
    expect(first.headers.get('content-range')).toBe(`bytes 0-65535/${whole.length}`)
    expect(Buffer.from(await first.arrayBuffer()).equals(whole.subarray(0, 65536))).toBe(true)
    const tail = await fetch(url, { headers: { ...auth, range: `bytes=${whole.length - 100}-` } })
    expect(Buffer.from(await tail.arrayBuffer()).equals(whole.subarray(whole.length - 100))).toBe(true)
    expect((await fetch(url, { headers: { ...auth, range: `bytes=${whole.length}-` } })).status).toBe(416)

    expect(custodyActions(core, doc.id).filter((a) => a === 'view')).toHaveLength(1)
  })
})
