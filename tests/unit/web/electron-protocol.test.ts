// Specification: the Electron shell serves a document's bytes and bundles through its own
// scheme exactly as the preview does over HTTP, and nothing else.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { importUpload } from '../../../src/main/core/documents/uploads'
import { serveIpdeskUrl } from '../../../src/main/protocol'
import { fixture, openTestCore, patentLetterInput } from '../helpers'

describe('the ipdesk: scheme', () => {
  it('serves a document byte for byte, as data with a sandbox policy', async () => {
    const core = openTestCore()
    const file = await importUpload(core.workspace, fixture('warning-letter-patent-en.pdf'), 'letter.pdf')
    const result = await core.dispatch(
      'matters.logWarningLetter',
      patentLetterInput({ letterFile: { sha256: file.sha256, originalName: 'letter.pdf' } })
    )
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const doc = result.value.documents[0]!
    const response = await serveIpdeskUrl(core.workspace, `ipdesk://document/${doc.id}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-security-policy')).toContain('sandbox')
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256)
  })

  it('answers 404 for unknown documents, paths and hosts', async () => {
    const core = openTestCore()
    for (const url of [
      'ipdesk://document/999',
      'ipdesk://document/..%2F..%2Fworkspace.db',
      'ipdesk://export/..%2Fworkspace.db',
      'ipdesk://vault/sha256'
    ]) {
      expect((await serveIpdeskUrl(core.workspace, url)).status, url).toBe(404)
    }
  })

  it('answers malformed %-encoding with 400 instead of throwing', async () => {
    const core = openTestCore()
    expect((await serveIpdeskUrl(core.workspace, 'ipdesk://document/%E0%A4%A')).status).toBe(400)
    expect((await serveIpdeskUrl(core.workspace, 'ipdesk://export/%ZZ')).status).toBe(400)
  })
})
