// A second backup location (another disk, a network share): every backup is also copied there,
// database and document files, each checked by hash, with the same retention. When the drive is
// unplugged or the share is read-only, the backup is still taken here and the problem is shown;
// the next backup copies what is missing once the location is back.
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupIfDue } from '../../../src/main/core/backup/backup'
import { importUpload } from '../../../src/main/core/documents/uploads'
import { fixture, ok, openTestCore, patentLetterInput, tempDir } from '../helpers'

const DAY = 86_400_000
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

async function workspaceWithLetter() {
  let at = Date.parse('2026-11-02T09:00:00Z')
  const clock = {
    now: () => new Date(at).toISOString(),
    today: () => new Date(at).toISOString().slice(0, 10),
    advance: (ms: number) => (at += ms)
  }
  const core = openTestCore({ now: clock.now, today: clock.today })
  const file = await importUpload(core.workspace, fixture('warning-letter-patent-en.pdf'), 'letter.pdf')
  ok(
    await core.dispatch(
      'matters.logWarningLetter',
      patentLetterInput({ letterFile: { sha256: file.sha256, originalName: 'letter.pdf' } })
    )
  )
  return { core, file, clock }
}

describe('the second backup location', () => {
  it('copies the backups kept now and every new one, database and document files, each matching its hash', async () => {
    const { core, file } = await workspaceWithLetter()
    const first = ok(await core.dispatch('backups.create', {}))
    expect(first.secondCopy).toBeNull()
    const disk = tempDir('ipdesk-second-')
    const status = ok(await core.dispatch('backups.setSecondLocation', { folder: disk }))
    expect(status).toMatchObject({ folder: disk, problem: null, copies: 1 })
    expect(path.dirname(status!.path)).toBe(disk)
    const second = ok(await core.dispatch('backups.create', {}))
    expect(second.secondCopy).toBe(true)
    expect(ok(await core.dispatch('backups.list', {})).map((b) => b.secondCopy)).toEqual([true, true])

    const there = status!.path
    for (const id of [first.id, second.id]) {
      const manifest = JSON.parse(fs.readFileSync(path.join(there, `${id}.json`), 'utf8'))
      expect(sha(path.join(there, `${id}.db`))).toBe(manifest.dbSha256)
    }
    const letter = path.join(there, 'vault', 'sha256', file.sha256.slice(0, 2), file.sha256)
    expect(sha(letter)).toBe(file.sha256)
    expect(ok(await core.dispatch('backups.secondLocation', {}))).toMatchObject({ problem: null, copies: 2 })
    core.workspace.close()
  })

  it('keeps there what it keeps here: 7 daily and 4 weekly copies', async () => {
    const { core, clock } = await workspaceWithLetter()
    const disk = tempDir('ipdesk-second-')
    const status = ok(await core.dispatch('backups.setSecondLocation', { folder: disk }))
    for (let day = 0; day < 40; day++) {
      await backupIfDue(core.workspace)
      clock.advance(DAY)
    }
    const here = fs.readdirSync(path.join(core.dir, 'backups')).filter((n) => n.endsWith('-daily.json'))
    const there = fs.readdirSync(status!.path).filter((n) => n.endsWith('-daily.json'))
    expect(here.length).toBe(11)
    expect(there.sort()).toEqual(here.sort())
    expect(fs.readdirSync(status!.path).filter((n) => n.endsWith('-daily.db')).length).toBe(11)
    core.workspace.close()
  })

  it('removes there a document file no kept copy needs, and keeps the ones they do', async () => {
    const { core, file } = await workspaceWithLetter()
    const status = ok(await core.dispatch('backups.setSecondLocation', { folder: tempDir('ipdesk-second-') }))
    const stale = 'ab'.repeat(32)
    const staleFile = path.join(status!.path, 'vault', 'sha256', 'ab', stale)
    fs.mkdirSync(path.dirname(staleFile), { recursive: true })
    fs.writeFileSync(staleFile, 'a file of a backup since pruned')
    const notOurs = path.join(status!.path, 'vault', 'sha256', 'ab', 'notes.txt')
    fs.writeFileSync(notOurs, 'not named like a document file: left alone')
    ok(await core.dispatch('backups.create', {}))
    expect(fs.existsSync(staleFile)).toBe(false)
    expect(fs.existsSync(notOurs)).toBe(true)
    const letter = path.join(status!.path, 'vault', 'sha256', file.sha256.slice(0, 2), file.sha256)
    expect(sha(letter)).toBe(file.sha256)
    core.workspace.close()
  })

  it('an unplugged drive never fails the backup: it is reported, and caught up when the drive is back', async () => {
    const { core } = await workspaceWithLetter()
    const disk = tempDir('ipdesk-second-')
    ok(await core.dispatch('backups.setSecondLocation', { folder: disk }))
    fs.rmSync(disk, { recursive: true, force: true })
    const taken = ok(await core.dispatch('backups.create', {}))
    expect(taken.secondCopy).toBe(false)
    expect(fs.existsSync(path.join(core.dir, 'backups', `${taken.id}.db`))).toBe(true)
    expect(ok(await core.dispatch('backups.secondLocation', {}))).toMatchObject({ problem: 'missing' })
    // a path that no longer exists is not created: it may be an unmounted drive's mount point
    expect(fs.existsSync(disk)).toBe(false)

    fs.mkdirSync(disk)
    ok(await core.dispatch('backups.create', {}))
    expect(ok(await core.dispatch('backups.list', {})).map((b) => b.secondCopy)).toEqual([true, true])
    expect(ok(await core.dispatch('backups.secondLocation', {}))).toMatchObject({ problem: null, copies: 2 })
    core.workspace.close()
  })

  it('a read-only share never fails the backup: it is reported as not writable and nothing is written', async () => {
    const { core } = await workspaceWithLetter()
    // CI runs as root, which ignores file modes: a read-only filesystem refuses even root
    const share = tempDir('ipdesk-readonly-')
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', share])
    try {
      const status = ok(await core.dispatch('backups.setSecondLocation', { folder: share }))
      expect(status).toMatchObject({ problem: 'not_writable', copies: 0 })
      const taken = ok(await core.dispatch('backups.create', {}))
      expect(taken).toMatchObject({ kind: 'manual', secondCopy: false })
      expect(ok(await core.dispatch('backups.verify', { id: taken.id }))).toMatchObject({ ok: true })
      expect(ok(await core.dispatch('backups.secondLocation', {}))).toMatchObject({ problem: 'not_writable' })
      expect(fs.readdirSync(share)).toEqual([])
    } finally {
      execFileSync('umount', ['-l', share])
    }
    core.workspace.close()
  })

  it('asks for a full path outside the workspace, and can be turned off', async () => {
    const { core } = await workspaceWithLetter()
    expect(await core.dispatch('backups.setSecondLocation', { folder: 'backups2' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { folder: 'absolute_path_required' } }
    })
    expect(
      await core.dispatch('backups.setSecondLocation', { folder: path.join(core.dir, 'backups') })
    ).toMatchObject({ ok: false, error: { fields: { folder: 'second_location_overlaps' } } })
    ok(await core.dispatch('backups.setSecondLocation', { folder: tempDir() }))
    expect(ok(await core.dispatch('backups.setSecondLocation', { folder: '' }))).toBeNull()
    expect(ok(await core.dispatch('backups.secondLocation', {}))).toBeNull()
    expect(ok(await core.dispatch('backups.create', {})).secondCopy).toBeNull()
    core.workspace.close()
  })
})
