// Specification: bad input gets a clear answer and never costs stored evidence. Hostile file
// names are only metadata; nothing is ever written outside the vault and the exports folder.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../src/main/core/kernel/errors'
import { MAX_FILE_NAME_BYTES } from '../../../src/main/core/vault'
import { openTestCore, tempDir } from '../helpers'
import { attach, filesUnder, newMatter, ok, pdfWithJavaScript, readZip, settle, upload } from './helpers'

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

const HOSTILE_NAMES = [
  'letter\u0000\u0007\u001b.pdf',
  '../../../../etc/passwd',
  '..\\..\\Windows\\System32\\drivers\\etc\\hosts',
  'CON.txt',
  'aux',
  `${'长'.repeat(80)}${'x'.repeat(160)}.txt`,
  '🏮 lantern evidence 🔦.txt',
  '律师函（2026）澄砚律函字第1103号.txt',
  'invoice\u202Efdp.exe',
  '   .hidden   ',
  'report.txt',
  'REPORT.TXT'
]

describe('hostile input', () => {
  it('hostile file names are kept as metadata only, and come out of a bundle sanitised and unique', async () => {
    const parent = tempDir('ipdesk-hostile-')
    const dir = path.join(parent, 'workspace')
    const tmpBefore = new Set(fs.readdirSync(os.tmpdir()))
    const core = openTestCore({ dir })
    const matterId = await newMatter(core)
    const sources = HOSTILE_NAMES.map((name, i) => ({ source: Buffer.from(`exhibit ${i}: ${name}\n`), name }))
    const { documents } = await attach(core, matterId, sources)
    await settle(core)
    expect(documents).toHaveLength(HOSTILE_NAMES.length)
    // control characters and bidi overrides are dropped from the record (a right-to-left override
    // would show "invoice\u202Efdp.exe" on screen as "invoiceexe.pdf"); everything else is kept as typed
    expect(documents.map((d) => d.originalName)).toEqual([
      'letter.pdf',
      ...HOSTILE_NAMES.slice(1, 8),
      'invoicefdp.exe',
      '.hidden',
      'report.txt',
      'REPORT.TXT'
    ])

    const bundle = ok(await core.dispatch('documents.exportBundle', { matterId, includePrivileged: false }))
    const entries = [...(await readZip(bundle.path)).keys()]
      .filter((k) => k.startsWith('files/'))
      .map((k) => k.slice(6))
    expect(entries).toHaveLength(HOSTILE_NAMES.length)
    expect(new Set(entries.map((e) => e.toLowerCase())).size).toBe(entries.length)
    for (const name of entries) {
      // eslint-disable-next-line no-control-regex
      expect(name).not.toMatch(/[/\\<>:"|?*\u0000-\u001f\u202e]/)
      expect(name).not.toMatch(/^\.|\.$|^(con|aux|nul|prn)(\.|$)/i)
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
    }
    expect(entries).toContain('etc_passwd.txt') // a name without extension gets the detected one
    expect(entries).toContain('_CON.txt')
    expect(entries).toContain('🏮 lantern evidence 🔦.txt')
    expect(entries).toContain('律师函（2026）澄砚律函字第1103号.txt')
    expect(entries).toContain('report.txt')
    expect(entries).toContain('REPORT (2).TXT')

    // nothing outside the workspace's vault and exports folder, and nothing new in the temp folder
    expect(fs.readdirSync(parent)).toEqual(['workspace'])
    const outside = filesUnder(dir).filter(
      (f) => !/^(vault|exports)[/\\]/.test(f) && !/^workspace\.db(-wal|-shm)?$/.test(f)
    )
    expect(outside).toEqual([])
    const tmpNew = fs.readdirSync(os.tmpdir()).filter((f) => !tmpBefore.has(f) && !f.startsWith('ipdesk-'))
    expect(tmpNew.filter((f) => /passwd|hosts|CON|lantern|律师函/.test(f))).toEqual([])
    fs.rmSync(parent, { recursive: true, force: true })
  })

  it('a zero-byte file is refused with "empty" and nothing is stored', async () => {
    const core = openTestCore()
    const error = await rejection(upload(core, Buffer.alloc(0), 'empty.pdf'))
    expect(error.code).toBe('empty')
    expect(filesUnder(path.join(core.dir, 'vault', 'sha256'))).toEqual([])
  })

  it('a file above the import limit is refused with "too_large" and the limit, streamed, never stored', async () => {
    const core = openTestCore({ maxImportBytes: 256 * 1024 })
    const error = await rejection(upload(core, 'exhibit-long.pdf'))
    expect(error.code).toBe('too_large')
    expect(error.params).toMatchObject({ limit: 256 * 1024, name: 'exhibit-long.pdf' })
    expect(filesUnder(path.join(core.dir, 'vault'))).toEqual([])
  })

  it('an email attachment above the import limit is skipped and reported; the email itself is kept', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const mail = await upload(core, 'warning-letter.eml')
    // the limit was lowered (in settings) after the email was uploaded
    core.workspace.maxImportBytes = 60 * 1024
    const { documents, problems } = ok(await core.dispatch('documents.attach', { matterId, files: [mail] }))
    expect(documents[0]!.attachments).toEqual([])
    expect(problems).toEqual([
      { name: 'warning-letter-patent-en.pdf', code: 'attachment_too_large', params: { limit: 60 * 1024 } }
    ])
  })

  it('an HTML page named .pdf is refused by its content, never stored', async () => {
    const core = openTestCore()
    const error = await rejection(upload(core, 'not-really.pdf'))
    expect(error.code).toBe('refused_type')
    expect(error.params).toMatchObject({ mime: 'text/html', name: 'not-really.pdf' })
    expect(
      await core.workspace.vault.has('6c3b262be8b921238c4c21b03723d980c2125c8150dc03f3f443e3dad6e22a4d')
    ).toBe(false)
  })

  it('a malformed PDF and a PDF asking to run JavaScript are both kept and exported byte for byte', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, [
      'malformed.pdf',
      { source: pdfWithJavaScript(), name: 'invoice.pdf' }
    ])
    await settle(core)
    const listed = ok(await core.dispatch('documents.list', { matterId }))
    expect(listed.map((d) => [d.originalName, d.textStatus, d.textError])).toEqual([
      ['malformed.pdf', 'failed', 'malformed_pdf'],
      ['invoice.pdf', 'done', null]
    ])
    const bundle = ok(await core.dispatch('documents.exportBundle', { matterId, includePrivileged: false }))
    const zip = await readZip(bundle.path)
    expect(zip.get('files/malformed.pdf')!.length).toBe(29_983)
    expect(zip.get('files/invoice.pdf')!.equals(pdfWithJavaScript())).toBe(true)
    expect(documents).toHaveLength(2)
  })
})
