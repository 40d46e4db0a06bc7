// Importing a workspace archive from Settings > Backups: the archive the user picked is staged,
// then imported through the contract into an empty folder of their choosing, with the same
// checks as the command line (archive.ts). A changed archive or a folder in use is refused and
// nothing is written to the folder.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../../src/main/core'
import { stageArchive } from '../../../src/main/core/backup/incoming'
import { importUpload } from '../../../src/main/core/documents/uploads'
import { fixture, ok, openTestCore, patentLetterInput, tempDir } from '../helpers'

const quiet = { log: { error: () => {}, warn: () => {}, info: () => {} } }

/** A workspace with one matter and its letter, exported as an archive; a second workspace to import from. */
async function archiveOfOneMatter() {
  const source = openTestCore({ now: () => '2026-11-30T10:00:00.000Z' })
  const file = await importUpload(source.workspace, fixture('warning-letter-patent-en.pdf'), 'letter.pdf')
  ok(
    await source.dispatch(
      'matters.logWarningLetter',
      patentLetterInput({ letterFile: { sha256: file.sha256, originalName: 'letter.pdf' } })
    )
  )
  const archive = ok(await source.dispatch('backups.exportArchive', {}))
  source.workspace.close()
  const here = openTestCore({ now: () => '2026-12-01T09:00:00.000Z' })
  return { here, zip: path.join(source.dir, 'exports', archive.fileName), sha256: file.sha256 }
}

const stagedFiles = (dir: string) =>
  fs.readdirSync(path.join(dir, 'exports')).filter((n) => n.startsWith('.incoming-'))

describe('importing a workspace archive from the app', () => {
  it('imports the archive the user picked into an empty folder, with its matters and documents', async () => {
    const { here, zip, sha256 } = await archiveOfOneMatter()
    const staged = await stageArchive(here.workspace, zip, 'office-workspace.zip')
    expect(staged).toMatchObject({ name: 'office-workspace.zip', bytes: fs.statSync(zip).size })
    const folder = path.join(tempDir(), 'imported')
    const done = ok(await here.dispatch('backups.importArchive', { archive: staged.id, folder }))
    expect(done).toEqual({ folder, matters: 1, documents: 1, blobs: 1 })
    expect(stagedFiles(here.dir)).toEqual([])

    const opened = openCore({ dir: folder, ...quiet })
    const list = ok(await opened.dispatch('matters.list', {}))
    expect(list.rows.map((m) => m.rightsHolder)).toEqual(['Brightline Outdoor Inc.'])
    expect(ok(await opened.dispatch('vault.verify', {}))).toMatchObject({ ok: 1, missing: [] })
    expect(fs.existsSync(opened.workspace.vault.pathFor(sha256))).toBe(true)
    opened.workspace.close()
    // the workspace it was imported from is unchanged: still empty
    expect(ok(await here.dispatch('matters.list', {})).total).toBe(0)
    here.workspace.close()
  })

  it('refuses an archive changed after export (one byte of its letter), and the folder stays empty', async () => {
    const { here, zip } = await archiveOfOneMatter()
    const bytes = fs.readFileSync(zip)
    // the letter is stored uncompressed: flip a byte in the middle of its bytes
    const pdf = fs.readFileSync(fixture('warning-letter-patent-en.pdf'))
    const at = bytes.indexOf(pdf.subarray(200, 264))
    expect(at).toBeGreaterThan(0)
    bytes[at] = bytes[at]! ^ 0x01
    const changed = path.join(tempDir(), 'changed.zip')
    fs.writeFileSync(changed, bytes)

    const staged = await stageArchive(here.workspace, changed, 'changed.zip')
    const folder = tempDir()
    const result = await here.dispatch('backups.importArchive', { archive: staged.id, folder })
    expect(result).toMatchObject({ ok: false, error: { code: 'archive_invalid' } })
    expect(fs.readdirSync(folder)).toEqual([])
    expect(stagedFiles(here.dir)).toEqual([])
    here.workspace.close()
  })

  it('refuses a file that is not a workspace archive (a PDF renamed .zip), and the folder stays empty', async () => {
    const { here } = await archiveOfOneMatter()
    const planted = path.join(tempDir(), 'planted.zip')
    fs.writeFileSync(planted, fs.readFileSync(fixture('malformed.pdf')))
    const staged = await stageArchive(here.workspace, planted, 'planted.zip')
    const folder = tempDir()
    const result = await here.dispatch('backups.importArchive', { archive: staged.id, folder })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'archive_invalid', params: { reason: 'not_a_zip' } }
    })
    expect(fs.readdirSync(folder)).toEqual([])
    here.workspace.close()
  })

  it('refuses a folder that holds files, leaves them alone, and keeps the archive for another folder', async () => {
    const { here, zip } = await archiveOfOneMatter()
    const staged = await stageArchive(here.workspace, zip, 'office.zip')
    const busy = tempDir()
    fs.writeFileSync(path.join(busy, 'notes.txt'), 'mine')
    const refused = await here.dispatch('backups.importArchive', { archive: staged.id, folder: busy })
    expect(refused).toMatchObject({ ok: false, error: { code: 'import_folder_not_empty' } })
    expect(fs.readdirSync(busy)).toEqual(['notes.txt'])
    expect(fs.readFileSync(path.join(busy, 'notes.txt'), 'utf8')).toBe('mine')

    const folder = path.join(tempDir(), 'second-try')
    expect(ok(await here.dispatch('backups.importArchive', { archive: staged.id, folder }))).toMatchObject({
      matters: 1
    })
    here.workspace.close()
  })

  it('asks for a full folder path, and never imports into the open workspace’s own folder', async () => {
    const { here, zip } = await archiveOfOneMatter()
    const staged = await stageArchive(here.workspace, zip, 'office.zip')
    expect(
      await here.dispatch('backups.importArchive', { archive: staged.id, folder: 'relative/folder' })
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { folder: 'absolute_path_required' } }
    })
    expect(
      await here.dispatch('backups.importArchive', {
        archive: staged.id,
        folder: path.join(here.dir, 'nested')
      })
    ).toMatchObject({ ok: false, error: { code: 'validation', fields: { folder: 'inside_this_workspace' } } })
    expect(fs.existsSync(path.join(here.dir, 'nested'))).toBe(false)
    // an id the shell never staged is not a file anywhere
    expect(
      await here.dispatch('backups.importArchive', {
        archive: '00000000-0000-4000-8000-000000000000',
        folder: path.join(tempDir(), 'x')
      })
    ).toMatchObject({ ok: false, error: { code: 'not_found' } })
    here.workspace.close()
  })
})
