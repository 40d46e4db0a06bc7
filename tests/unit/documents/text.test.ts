// Specification: every document's text is read once, off the request path, and the document
// says whether it can be searched: a scan has no text layer, a damaged PDF keeps its bytes.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { activePdfWorkerCount } from '../../../src/main/core/ingest'
import { queuePendingText, textQueue } from '../../../src/main/core/documents/text-index'
import { openTestCore, repoRoot } from '../helpers'
import { attach, getDoc, newMatter, ok, pdfWithJavaScript, settle, upload } from './helpers'

afterEach(async () => {
  // no PDF worker thread may outlive its test
  await vi.waitFor(() => expect(activePdfWorkerCount()).toBe(0), { timeout: 5000 })
})

describe('text extraction', () => {
  it('a scanned letter is kept and marked "no text layer: not searchable"', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, ['scanned-only.pdf'])
    await settle(core)
    const doc = await getDoc(core, documents[0]!.id)
    expect(doc).toMatchObject({ textStatus: 'no_text_layer', pageCount: 2, textError: null, viewer: 'pdf' })
    expect(ok(await core.dispatch('documents.text', { id: doc.id })).pages).toEqual([])
  })

  it('a damaged PDF is kept byte for byte with "failed: malformed_pdf"; nothing hangs', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, ['malformed.pdf'])
    await settle(core)
    const doc = await getDoc(core, documents[0]!.id)
    expect(doc).toMatchObject({ textStatus: 'failed', textError: 'malformed_pdf', size: 29_983 })
    const report = ok(await core.dispatch('vault.verify', {}))
    expect(report).toMatchObject({ checked: 1, ok: 1, mismatched: [], missing: [] })
    expect(
      await core.workspace.vault.has('19b638aeb55a810639c5cbfd2e90a2ab9141df9ed52c8defd68d5258a0ef40cf')
    ).toBe(true)
  })

  it('a photo has no text to read; a plain text file is one page, Chinese included', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const note = Buffer.from(
      '\ufeff会议纪要：暖岚 NUANLAN 商标，回复期限 2026-11-10。\r\nCall with Harwell & Pike.\r\n',
      'utf8'
    )
    const { documents } = await attach(core, matterId, [
      'product-photo.jpg',
      { source: note, name: 'notes.txt' }
    ])
    await settle(core)
    const [photo, text] = await Promise.all(documents.map((d) => getDoc(core, d.id)))
    expect(photo).toMatchObject({ textStatus: 'not_applicable', viewer: 'image' })
    expect(text).toMatchObject({ textStatus: 'done', pageCount: 1, viewer: 'text', mime: 'text/plain' })
    const pages = ok(await core.dispatch('documents.text', { id: text!.id })).pages
    expect(pages).toEqual([
      { page: 1, text: '会议纪要：暖岚 NUANLAN 商标，回复期限 2026-11-10。\nCall with Harwell & Pike.\n' }
    ])
  })

  it('a PDF that asks to run JavaScript is stored and its text read, with scripting and eval off', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, [{ source: pdfWithJavaScript(), name: 'invoice.pdf' }])
    await settle(core)
    const doc = await getDoc(core, documents[0]!.id)
    expect(doc).toMatchObject({ textStatus: 'done', mime: 'application/pdf', pageCount: 1 })
    expect(ok(await core.dispatch('documents.text', { id: doc.id })).pages[0]!.text).toContain(
      'Invoice 2026-10-19'
    )
    // pdf.js runs with eval and XFA off; the scripting build is never loaded in the core
    const worker = fs.readFileSync(path.join(repoRoot, 'src/main/core/ingest/pdf-text-worker.mjs'), 'utf8')
    expect(worker).toContain('isEvalSupported: false')
    expect(worker).toContain('enableXfa: false')
    expect(worker).not.toMatch(/pdf\.scripting|enableScripting:\s*true/)
  })

  it('a letter logged at intake before a restart has its text read when the workspace opens again', async () => {
    const first = openTestCore()
    const letter = await upload(first, 'warning-letter-patent-en.pdf')
    const { patentLetterInput } = await import('../helpers')
    const detail = ok(
      await first.dispatch('matters.logWarningLetter', patentLetterInput({ letterFile: letter }))
    )
    const docId = detail.documents[0]!.id
    // the app is closed before anything read the letter's text
    textQueue(first.workspace).stop()
    await settle(first)
    first.workspace.close()

    const again = openTestCore({ dir: first.dir })
    expect((await getDoc(again, docId)).textStatus).toBe('pending')
    expect(queuePendingText(again.workspace)).toBe(1)
    await settle(again)
    expect((await getDoc(again, docId)).textStatus).toBe('done')
    const hits = ok(await again.dispatch('search.global', { query: 'treble damages' }))
    expect(hits.documents.map((h) => h.documentId)).toContain(docId)
  })

  it('closing the workspace in the middle of a long exhibit stops its worker without an error', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    await attach(core, matterId, ['exhibit-long.pdf'])
    core.workspace.close()
    await settle(core)
    expect(textQueue(core.workspace).size).toBe(0)
  })
})
