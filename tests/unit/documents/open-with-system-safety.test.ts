// Specification: "open with the system viewer" never lets a sender choose what the operating
// system runs. The copy is named by the type detected from its bytes, only types that do not
// run are handed over, a name that claims another type is refused, and copies do not linger.
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { ZipFile } from 'yazl'
import { describe, expect, it } from 'vitest'
import { fixture, openTestCore } from '../helpers'
import { attach, newMatter, type TestCore } from './helpers'

function desktop(dir?: string): { core: TestCore; opened: string[] } {
  const opened: string[] = []
  const core = openTestCore({
    ...(dir ? { dir } : {}),
    openWithSystem: async (file) => {
      opened.push(file)
      return ''
    }
  })
  return { core, opened }
}

const openedDir = (core: TestCore): string => path.join(core.dir, 'exports', 'opened')

async function zipPolyglot(): Promise<Buffer> {
  const zip = new ZipFile()
  zip.addBuffer(Buffer.from('exhibit'), 'exhibit.txt')
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  // mshta.exe finds the markup anywhere in the file and runs it
  const hta =
    '<html><head><hta:application/></head><script>new ActiveXObject("WScript.Shell").Run("calc")</script></html>'
  return Buffer.concat([...chunks, Buffer.from(hta)])
}

/** A document as an older version stored it, unchecked: rows written straight into the tables. */
async function legacyDocument(core: TestCore, matterId: number, bytes: Buffer, name: string, mime: string) {
  const stored = await core.workspace.vault.importStream(Readable.from([bytes]))
  const db = core.workspace.ctx.sqlite
  db.prepare(
    "insert or ignore into blobs (sha256, size, mime, detected_kind, stored_at) values (?, ?, ?, 'image', '2026-01-01T00:00:00.000Z')"
  ).run(stored.sha256, stored.size, mime)
  const row = db
    .prepare(
      "insert into documents (matter_id, sha256, original_name, size, mime, text_status) values (?, ?, ?, ?, ?, 'not_applicable') returning id"
    )
    .get(matterId, stored.sha256, name, stored.size, mime) as { id: number }
  return row.id
}

describe('opening a received file with the system viewer', () => {
  it.each([
    ['Exhibit-A.bat', Buffer.from('@echo off\r\nformat C: /q\r\n')],
    ['run.js', Buffer.from('new ActiveXObject("WScript.Shell").Run("cmd /c calc");\n')]
  ])('refuses %s: its name says script, and nothing reaches the shell', async (name, bytes) => {
    const { core, opened } = desktop()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, [{ source: bytes, name }])
    const result = await core.dispatch('documents.openWithSystem', { id: documents[0]!.id })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'refused_type', params: { reason: 'name_mismatch' } }
    })
    expect(opened).toEqual([])
    expect(fs.existsSync(openedDir(core)) ? fs.readdirSync(openedDir(core)) : []).toEqual([])
  })

  it('refuses evidence.hta, a zip with a script inside: archives are never handed to the shell', async () => {
    const { core, opened } = desktop()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, [
      { source: await zipPolyglot(), name: 'evidence.hta' }
    ])
    expect(documents[0]!.mime).toBe('application/zip')
    const result = await core.dispatch('documents.openWithSystem', { id: documents[0]!.id })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'refused_type', params: { reason: 'not_openable' } }
    })
    expect(opened).toEqual([])
  })

  it('refuses an SVG with script named logo.html, even one stored before uploads checked for script', async () => {
    const { core, opened } = desktop()
    const matterId = await newMatter(core)
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
    )
    const id = await legacyDocument(core, matterId, svg, 'logo.html', 'image/svg+xml')
    const result = await core.dispatch('documents.openWithSystem', { id })
    expect(result).toMatchObject({ ok: false, error: { code: 'refused_type' } })
    expect(opened).toEqual([])
  })

  it('refuses bytes that are no longer the type recorded at import', async () => {
    const { core, opened } = desktop()
    const matterId = await newMatter(core)
    const jpeg = fs.readFileSync(fixture('product-photo.jpg'))
    const id = await legacyDocument(core, matterId, jpeg, 'letter.pdf', 'application/pdf')
    const result = await core.dispatch('documents.openWithSystem', { id })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'refused_type', params: { reason: 'content_mismatch' } }
    })
    expect(opened).toEqual([])
  })

  it('names the copy by the detected type: a PDF, a photo without extension, a CSV as text', async () => {
    const { core, opened } = desktop()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, [
      { source: fixture('warning-letter-patent-en.pdf'), name: 'Letter 19.10.2026.PDF' },
      { source: fixture('product-photo.jpg'), name: 'IMG_0001' },
      { source: Buffer.from('sku,price\nLX-200,19.99\n'), name: 'prices.csv' }
    ])
    for (const d of documents)
      expect((await core.dispatch('documents.openWithSystem', { id: d.id })).ok).toBe(true)
    expect(opened.map((f) => path.basename(f))).toEqual([
      `${documents[0]!.id}-Letter 19.10.2026.pdf`,
      `${documents[1]!.id}-IMG_0001.jpg`,
      `${documents[2]!.id}-prices.txt`
    ])
    for (const f of opened) expect(path.dirname(f)).toBe(openedDir(core))
  })

  it('removes the copies when the workspace closes, and on the next start after a crash', async () => {
    const { core, opened } = desktop()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, ['product-photo.jpg'])
    await core.dispatch('documents.openWithSystem', { id: documents[0]!.id })
    expect(fs.existsSync(opened[0]!)).toBe(true)
    core.workspace.close()
    expect(fs.readdirSync(openedDir(core))).toEqual([])

    // a crash leaves a read-only copy behind; the next start removes it
    const left = path.join(openedDir(core), '7-left over.pdf')
    fs.writeFileSync(left, '%PDF-1.4\n')
    fs.chmodSync(left, 0o444)
    const again = desktop(core.dir)
    expect(fs.readdirSync(openedDir(again.core))).toEqual([])
  })
})
