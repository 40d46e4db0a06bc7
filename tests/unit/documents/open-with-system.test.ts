// Specification: "open with the system viewer" hands the operating system a read-only copy
// under the document's own name, logs it in the chain of custody, and is desktop-only.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, openTestCore } from '../helpers'
import { attach, custodyActions, newMatter } from './helpers'

describe('opening a document with the system viewer', () => {
  it('gives the shell a read-only copy named like the original, never the vault file', async () => {
    const opened: string[] = []
    const core = openTestCore({
      openWithSystem: async (file) => {
        opened.push(file)
        return ''
      }
    })
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, [
      { source: fixture('product-photo.jpg'), name: '../产品 photo.jpg' }
    ])
    const doc = documents[0]!
    const result = await core.dispatch('documents.openWithSystem', { id: doc.id })
    expect(result.ok).toBe(true)
    expect(opened).toHaveLength(1)
    const file = opened[0]!
    expect(path.basename(file)).toMatch(/产品 photo\.jpg$/)
    expect(file.startsWith(path.join(core.dir, 'exports'))).toBe(true)
    expect(fs.readFileSync(file).equals(fs.readFileSync(fixture('product-photo.jpg')))).toBe(true)
    expect(fs.statSync(file).mode & 0o222).toBe(0)
    expect(custodyActions(core, doc.id)).toContain('export')
  })

  it('is refused with a clear code in the browser preview, and a shell failure is reported', async () => {
    const preview = openTestCore()
    const matterId = await newMatter(preview)
    const { documents } = await attach(preview, matterId, ['product-photo.jpg'])
    expect(await preview.dispatch('documents.openWithSystem', { id: documents[0]!.id })).toMatchObject({
      ok: false,
      error: { code: 'not_available_in_preview' }
    })
    const desktop = openTestCore({ openWithSystem: async () => 'No application knows this file type' })
    const m = await newMatter(desktop)
    const attached = await attach(desktop, m, ['product-photo.jpg'])
    expect(
      await desktop.dispatch('documents.openWithSystem', { id: attached.documents[0]!.id })
    ).toMatchObject({
      ok: false,
      error: { code: 'open_failed' }
    })
  })
})
