// A whole workspace exported as one archive and imported into an empty folder elsewhere: the
// same matters and the same documents, byte for byte. An archive that was changed, holds names it
// should not, or misses a file is refused with nothing left in the folder.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { describe, expect, it } from 'vitest'
import { ZipFile } from 'yazl'
import yauzl from 'yauzl'
import { openCore } from '../../../src/main/core'
import { importWorkspaceArchive } from '../../../src/main/core/backup/archive'
import { importUpload } from '../../../src/main/core/documents/uploads'
import { fixture, ok, openTestCore, patentLetterInput, tempDir } from '../helpers'

const quiet = { log: { error: () => {}, warn: () => {}, info: () => {} } }
const sha = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex')

async function exported() {
  const core = openTestCore({ now: () => '2026-11-30T10:00:00.000Z' })
  const file = await importUpload(core.workspace, fixture('warning-letter-patent-en.pdf'), 'letter.pdf')
  ok(
    await core.dispatch(
      'matters.logWarningLetter',
      patentLetterInput({ letterFile: { sha256: file.sha256, originalName: 'letter.pdf' } })
    )
  )
  const archive = ok(await core.dispatch('backups.exportArchive', {}))
  return { core, file, archive, zip: path.join(core.dir, 'exports', archive.fileName) }
}

/** The archive's entries as name -> bytes. */
async function entries(zipFile: string): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipFile, { lazyEntries: true }, (e, z) => (e || !z ? reject(e) : resolve(z)))
  )
  const out = new Map<string, Buffer>()
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error)
        const chunks: Buffer[] = []
        stream.on('data', (c: Buffer) => chunks.push(c))
        stream.on('end', () => {
          out.set(entry.fileName, Buffer.concat(chunks))
          zip.readEntry()
        })
      })
    })
    zip.on('end', resolve)
    zip.readEntry()
  })
  return out
}

/** The same archive with some entries replaced (or added). */
async function rewritten(
  source: string,
  change: (name: string, bytes: Buffer) => Buffer | null,
  extra: [string, Buffer][] = []
) {
  const target = path.join(tempDir(), 'changed.zip')
  const zip = new ZipFile()
  for (const [name, bytes] of await entries(source)) {
    const next = change(name, bytes)
    if (next) zip.addBuffer(next, name)
  }
  for (const [name, bytes] of extra) zip.addBuffer(bytes, name)
  zip.end()
  await pipeline(zip.outputStream, fs.createWriteStream(target))
  return target
}

describe('the whole workspace as one archive', () => {
  it('exports the database and every document file with their hashes, and imports them elsewhere byte for byte', async () => {
    const { core, file, archive, zip } = await exported()
    expect(archive).toMatchObject({ fileName: 'ipdesk-workspace-20261130T100000.zip', matters: 1, blobs: 1 })
    const inside = await entries(zip)
    expect([...inside.keys()].sort()).toEqual(['manifest.json', `vault/${file.sha256}`, 'workspace.db'])
    const manifest = JSON.parse(inside.get('manifest.json')!.toString('utf8'))
    expect(manifest).toMatchObject({
      format: 1,
      kind: 'ipdesk-workspace',
      matters: 1,
      blobs: [{ sha256: file.sha256 }]
    })
    expect(manifest.database.sha256).toBe(sha(inside.get('workspace.db')!))

    const dir = path.join(tempDir(), 'imported')
    const result = await importWorkspaceArchive(zip, dir)
    expect(result).toMatchObject({ matters: 1, blobs: 1 })
    const copy = openCore({ dir, ...quiet })
    const list = ok(await copy.dispatch('matters.list', {}))
    expect(list.rows.map((m) => m.rightsHolder)).toEqual(['Brightline Outdoor Inc.'])
    expect(sha(fs.readFileSync(copy.workspace.vault.pathFor(file.sha256)))).toBe(file.sha256)
    expect(ok(await copy.dispatch('vault.verify', {}))).toMatchObject({ ok: 1, mismatched: [], missing: [] })
    copy.workspace.close()
    core.workspace.close()
  })

  it('refuses an archive whose document file was changed, and leaves the folder empty', async () => {
    const { zip, file } = await exported()
    const changed = await rewritten(zip, (name, bytes) =>
      name === `vault/${file.sha256}` ? Buffer.concat([bytes, Buffer.from('x')]) : bytes
    )
    const dir = path.join(tempDir(), 'imported')
    await expect(importWorkspaceArchive(changed, dir)).rejects.toMatchObject({
      code: 'archive_invalid',
      params: { reason: 'file_changed' }
    })
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('refuses an archive missing a document file the database needs', async () => {
    const { zip, file } = await exported()
    const missing = await rewritten(zip, (name, bytes) => (name === `vault/${file.sha256}` ? null : bytes))
    await expect(importWorkspaceArchive(missing, path.join(tempDir(), 'w'))).rejects.toMatchObject({
      params: { reason: 'file_missing' }
    })
  })

  it('refuses names a workspace archive does not hold (a path out of the folder), and a changed database', async () => {
    const { zip } = await exported()
    const extra = await rewritten(zip, (_n, b) => b, [['scripts/run.sh', Buffer.from('#!/bin/sh')]])
    await expect(importWorkspaceArchive(extra, path.join(tempDir(), 'w0'))).rejects.toMatchObject({
      params: { reason: 'unexpected_entry' }
    })
    // zip writers refuse "../" in a name, so the name is patched into the bytes (same length)
    const planted = await rewritten(zip, (_n, b) => b, [['vault/xx/evil.sh', Buffer.from('#!/bin/sh')]])
    const bytes = fs.readFileSync(planted)
    const from = Buffer.from('vault/xx/evil.sh')
    const to = Buffer.from('vault/../evil.sh')
    for (let at = bytes.indexOf(from); at >= 0; at = bytes.indexOf(from, at + 1)) to.copy(bytes, at)
    fs.writeFileSync(planted, bytes)
    const dir = path.join(tempDir(), 'w')
    await expect(importWorkspaceArchive(planted, dir)).rejects.toMatchObject({ code: 'archive_invalid' })
    expect(fs.existsSync(path.join(dir, 'evil.sh'))).toBe(false)
    expect(fs.existsSync(path.join(dir, '..', 'evil.sh'))).toBe(false)

    const db = await rewritten(zip, (name, bytes) => {
      if (name !== 'workspace.db') return bytes
      const copy = Buffer.from(bytes)
      copy[copy.length - 10] = copy[copy.length - 10]! ^ 0xff
      return copy
    })
    await expect(importWorkspaceArchive(db, path.join(tempDir(), 'w2'))).rejects.toMatchObject({
      params: { reason: 'database_changed' }
    })
  })

  it('imports only into an empty folder, and refuses a file that is not a zip', async () => {
    const { zip } = await exported()
    const busy = tempDir()
    fs.writeFileSync(path.join(busy, 'workspace.db'), 'mine')
    await expect(importWorkspaceArchive(zip, busy)).rejects.toMatchObject({ code: 'import_folder_not_empty' })
    expect(fs.readFileSync(path.join(busy, 'workspace.db'), 'utf8')).toBe('mine')
    await expect(
      importWorkspaceArchive(fixture('malformed.pdf'), path.join(tempDir(), 'w'))
    ).rejects.toMatchObject({
      params: { reason: 'not_a_zip' }
    })
  })
})
