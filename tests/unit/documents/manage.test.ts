// Specification: counsel renames and re-classifies documents and takes them off a matter;
// every step is in the chain of custody, and bytes are only deleted on purpose, when unused.
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { attach, custodyActions, getDoc, newMatter, ok, settle } from './helpers'

const PHOTO_SHA = '8b7e495b88e893fbc55608979bbe69ac5dcfc044ca3c18a3932b7ad662c35a19'

describe('managing documents', () => {
  it('renaming and re-classifying are custody events with what changed', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, ['product-photo.jpg'])
    const id = documents[0]!.id
    const updated = ok(
      await core.dispatch('documents.update', {
        id,
        originalName: 'LX-200 sample photo 2026-08-21.jpg',
        kind: 'product_photo',
        documentDate: '2026-08-21',
        privileged: false
      })
    )
    expect(updated).toMatchObject({
      originalName: 'LX-200 sample photo 2026-08-21.jpg',
      kind: 'product_photo',
      documentDate: '2026-08-21'
    })
    const custody = ok(await core.dispatch('documents.custody', { documentId: id }))
    expect(custody.map((e) => e.action)).toEqual(['import', 'rename', 'reclassify'])
    // each entry names its document (issue 13: the log said which bytes, not which document)
    expect(new Set(custody.map((e) => e.documentName))).toEqual(
      new Set(['LX-200 sample photo 2026-08-21.jpg'])
    )
    expect(custody[1]!.details).toEqual({
      from: 'product-photo.jpg',
      to: 'LX-200 sample photo 2026-08-21.jpg'
    })
    expect(custody[2]!.details).toEqual({
      before: { kind: 'other', documentDate: null },
      after: { kind: 'product_photo', documentDate: '2026-08-21' }
    })
    // saving again with nothing changed logs nothing
    ok(await core.dispatch('documents.update', { id, kind: 'product_photo' }))
    expect(custodyActions(core, id)).toHaveLength(3)
  })

  it('a rename cannot smuggle control characters into the name, and an empty name is refused', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, ['product-photo.jpg'])
    const renamed = ok(
      await core.dispatch('documents.update', {
        id: documents[0]!.id,
        originalName: 'photo\u0000\u001b[31m.jpg'
      })
    )
    expect(renamed.originalName).toBe('photo[31m.jpg')
    const empty = await core.dispatch('documents.update', { id: documents[0]!.id, originalName: '   ' })
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { originalName: 'required' } }
    })
  })

  it('removing an email takes its attachments off the matter too, and keeps every byte', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, ['warning-letter.eml'])
    await settle(core)
    const mail = documents[0]!
    const letter = mail.attachments[0]!
    const { removed } = ok(await core.dispatch('documents.remove', { id: mail.id }))
    expect(removed.sort()).toEqual([mail.id, letter.id].sort())
    expect(ok(await core.dispatch('documents.list', { matterId }))).toEqual([])
    expect(await core.workspace.vault.has(letter.sha256)).toBe(true)
    expect(await core.workspace.vault.has(mail.sha256)).toBe(true)
    expect(custodyActions(core, letter.id)).toEqual(['import', 'remove'])
    // the matter's log still tells the whole story after the documents are gone
    const log = ok(await core.dispatch('documents.custody', { matterId }))
    expect(log.map((e) => `${e.documentId}:${e.action}`)).toEqual([
      `${mail.id}:import`,
      `${letter.id}:import`,
      `${letter.id}:remove`,
      `${mail.id}:remove`
    ])
    // removed documents are named as the log recorded them
    expect(log.map((e) => e.documentName)).toEqual([
      mail.originalName,
      letter.originalName,
      letter.originalName,
      mail.originalName
    ])
    const gone = await core.dispatch('documents.get', { id: mail.id })
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('bytes another matter still uses cannot be deleted; once unused, deleting them needs confirmation', async () => {
    const core = openTestCore()
    const first = await newMatter(core)
    const second = await newMatter(core, 'Second matter')
    const a = await attach(core, first, ['product-photo.jpg'])
    const b = await attach(core, second, ['product-photo.jpg'])

    ok(await core.dispatch('documents.remove', { id: a.documents[0]!.id }))
    const stillUsed = await core.dispatch('documents.deleteBytes', { sha256: PHOTO_SHA, confirm: true })
    expect(stillUsed).toMatchObject({ ok: false, error: { code: 'still_referenced', params: { count: 1 } } })
    expect(await core.workspace.vault.has(PHOTO_SHA)).toBe(true)

    ok(await core.dispatch('documents.remove', { id: b.documents[0]!.id }))
    const unconfirmed = await core.dispatch('documents.deleteBytes', { sha256: PHOTO_SHA } as never)
    expect(unconfirmed).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { confirm: 'confirm_required' } }
    })
    expect(ok(await core.dispatch('documents.deleteBytes', { sha256: PHOTO_SHA, confirm: true }))).toEqual({
      sha256: PHOTO_SHA,
      size: 74_256
    })
    expect(await core.workspace.vault.has(PHOTO_SHA)).toBe(false)
    const rows = core.workspace.ctx.sqlite
      .prepare('select action from custody_events where sha256 = ? order by id')
      .all(PHOTO_SHA)
    expect(rows.map((r) => (r as { action: string }).action)).toEqual([
      'import',
      'import',
      'remove',
      'remove',
      'delete_bytes'
    ])
    const again = await core.dispatch('documents.deleteBytes', { sha256: PHOTO_SHA, confirm: true })
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('verify re-hashes the vault, names the documents whose bytes changed or vanished, and logs it', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, [
      'product-photo.jpg',
      'listing-screenshot.png',
      'warning-letter-patent-en.pdf'
    ])
    await settle(core)
    expect(ok(await core.dispatch('vault.verify', {}))).toEqual({
      checked: 3,
      ok: 3,
      mismatched: [],
      missing: [],
      unreadable: []
    })

    const [photo, screenshot] = documents
    const photoPath = core.workspace.vault.pathFor(photo!.sha256)
    fs.chmodSync(photoPath, 0o600)
    fs.appendFileSync(photoPath, 'tampered')
    fs.chmodSync(core.workspace.vault.pathFor(screenshot!.sha256), 0o600)
    fs.rmSync(core.workspace.vault.pathFor(screenshot!.sha256))

    const report = ok(await core.dispatch('vault.verify', {}))
    expect(report).toMatchObject({ checked: 2, ok: 1 })
    expect(report.mismatched).toMatchObject([
      { sha256: photo!.sha256, documents: [{ id: photo!.id, matterId, originalName: 'product-photo.jpg' }] }
    ])
    expect(report.mismatched[0]!.actual).not.toBe(photo!.sha256)
    expect(report.missing).toMatchObject([
      { sha256: screenshot!.sha256, documents: [{ id: screenshot!.id }] }
    ])
    const custody = ok(await core.dispatch('documents.custody', { documentId: photo!.id }))
    expect(custody.at(-1)).toMatchObject({ action: 'verify', details: { result: 'mismatch' } })
    expect((await getDoc(core, screenshot!.id)).id).toBe(screenshot!.id) // the record stays
  })
})
