// Specification: content that can run when rendered (HTML, SVG with script) is refused the same
// way on every path into a matter: upload, drag-and-drop, attach and email attachments.
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { importUpload } from '../../../src/main/core/documents/uploads'
import { openTestCore } from '../helpers'
import { attachmentPart, email, newMatter, ok, upload } from './helpers'

const SCRIPTED_SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>fetch("/api/call/x")</script></svg>'
)
const PLAIN_SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
)

function blobCount(core: ReturnType<typeof openTestCore>): number {
  return (core.workspace.ctx.sqlite.prepare('select count(*) n from blobs').get() as { n: number }).n
}

describe('active content on every path', () => {
  it('an SVG with script is refused on upload (and drag-and-drop) and nothing is kept', async () => {
    const core = openTestCore()
    const refused = await importUpload(core.workspace, Readable.from([SCRIPTED_SVG]), 'logo.svg').catch(
      (e: { code?: string }) => e
    )
    expect(refused).toMatchObject({ code: 'refused_type' })
    // Electron's drop hands the core a path; the same check applies
    const dropped = await upload(core, SCRIPTED_SVG, 'logo.png').catch((e: { code?: string }) => e)
    expect(dropped).toMatchObject({ code: 'refused_type' })
    expect(blobCount(core)).toBe(0)
    // a harmless SVG is still accepted
    expect((await upload(core, PLAIN_SVG, 'logo.svg')).mime).toBe('image/svg+xml')
  })

  it('attach checks the bytes again: a scripted SVG recorded earlier is refused', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    // As an older version stored it: in the vault and in blobs, unchecked for script.
    const stored = await core.workspace.vault.importStream(Readable.from([SCRIPTED_SVG]))
    core.workspace.ctx.sqlite
      .prepare(
        "insert into blobs (sha256, size, mime, detected_kind, stored_at) values (?, ?, ?, 'image', ?)"
      )
      .run(stored.sha256, stored.size, stored.mime, '2026-01-01T00:00:00.000Z')
    const result = await core.dispatch('documents.attach', {
      matterId,
      files: [{ sha256: stored.sha256, originalName: 'logo.svg' }]
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'refused_type', params: { name: 'logo.svg' } } })
    const docs = ok(await core.dispatch('documents.list', { matterId }))
    expect(docs.filter((d) => d.mime === 'image/svg+xml')).toEqual([])
  })

  it('an email attachment with script is refused with the same rule, the email kept', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const message = email({
      subject: 'Logo',
      body: 'See attached.',
      parts: [attachmentPart('logo.svg', 'image/svg+xml', SCRIPTED_SVG)]
    })
    const uploaded = await upload(core, message, 'logo.eml')
    const attached = ok(
      await core.dispatch('documents.attach', {
        matterId,
        files: [{ sha256: uploaded.sha256, originalName: uploaded.originalName }]
      })
    )
    expect(attached.documents[0]!.attachments).toEqual([])
    expect(attached.problems).toContainEqual(
      expect.objectContaining({ name: 'logo.svg', code: 'refused_attachment' })
    )
  })
})
