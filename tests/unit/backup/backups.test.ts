// Backups: a consistent copy taken while the app works, with a manifest of the vault files it
// needs; verified before it is trusted; restored only after the current state is backed up.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupIfDue, backupsReferencing, listBackups } from '../../../src/main/core/backup/backup'
import { backupsToPrune, type DatedBackup } from '../../../src/main/core/backup/retention'
import { importUpload } from '../../../src/main/core/documents/uploads'
import { fixture, ok, openTestCore, patentLetterInput } from '../helpers'

function clockAt(start: string) {
  let at = Date.parse(start)
  return {
    now: () => new Date(at).toISOString(),
    today: () => new Date(at).toISOString().slice(0, 10),
    advance: (ms: number) => (at += ms)
  }
}

async function workspaceWithLetter(clock = clockAt('2026-11-29T09:00:00Z')) {
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

describe('backups', () => {
  it('takes a consistent copy with a manifest of the vault files it needs, and verifies it', async () => {
    const { core, file } = await workspaceWithLetter()
    const backup = ok(await core.dispatch('backups.create', {}))
    expect(backup).toMatchObject({ kind: 'manual', matters: 1, blobs: 1 })
    expect(ok(await core.dispatch('backups.list', {})).map((b) => b.id)).toEqual([backup.id])
    const report = ok(await core.dispatch('backups.verify', { id: backup.id }))
    expect(report).toMatchObject({ ok: true, problems: [], blobsChecked: 1 })
    expect(backupsReferencing(core.workspace, file.sha256)).toEqual([backup.id])
  })

  it('finds a changed backup copy and a vault file that went missing', async () => {
    const { core, file } = await workspaceWithLetter()
    const backup = ok(await core.dispatch('backups.create', {}))
    const copy = path.join(core.dir, 'backups', `${backup.id}.db`)
    fs.appendFileSync(copy, 'tampered')
    fs.rmSync(core.workspace.vault.pathFor(file.sha256), { force: true })
    const report = ok(await core.dispatch('backups.verify', { id: backup.id }))
    expect(report.ok).toBe(false)
    expect(report.problems.map((p) => p.code).sort()).toEqual(['backup_blob_missing', 'backup_db_changed'])
    const restore = await core.dispatch('backups.restore', { id: backup.id, confirm: true })
    expect(!restore.ok && restore.error.code).toBe('backup_invalid')
  })

  it('restores a backup after backing up the current state first', async () => {
    const { core } = await workspaceWithLetter()
    const backup = ok(await core.dispatch('backups.create', {}))
    ok(await core.dispatch('matters.create', { title: 'Created after the backup', kind: 'lawsuit' }))
    expect(ok(await core.dispatch('matters.list', {})).total).toBe(2)

    const { restored, safety } = ok(await core.dispatch('backups.restore', { id: backup.id, confirm: true }))
    expect(restored.id).toBe(backup.id)
    expect(safety).toMatchObject({ kind: 'pre_restore', matters: 2 })
    // The open workspace reads the restored state at once.
    const list = ok(await core.dispatch('matters.list', {}))
    expect(list.total).toBe(1)
    expect(core.workspace.ctx.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    // And the state before the restore can itself be restored.
    ok(await core.dispatch('backups.restore', { id: safety.id, confirm: true }))
    expect(ok(await core.dispatch('matters.list', {})).total).toBe(2)
  })

  it('asks again before deleting bytes a kept backup still needs, then deletes them', async () => {
    const { core, file } = await workspaceWithLetter()
    const backup = ok(await core.dispatch('backups.create', {}))
    const [doc] = ok(await core.dispatch('documents.list', { matterId: 1 }))
    ok(await core.dispatch('documents.remove', { id: doc!.id }))
    const refused = await core.dispatch('documents.deleteBytes', { sha256: file.sha256, confirm: true })
    expect(refused).toMatchObject({ ok: false, error: { code: 'bytes_in_backups', params: { count: 1 } } })
    expect(fs.existsSync(core.workspace.vault.pathFor(file.sha256))).toBe(true)

    ok(
      await core.dispatch('documents.deleteBytes', {
        sha256: file.sha256,
        confirm: true,
        confirmBackups: true
      })
    )
    expect(fs.existsSync(core.workspace.vault.pathFor(file.sha256))).toBe(false)
    // the backup now says what it lacks
    const report = ok(await core.dispatch('backups.verify', { id: backup.id }))
    expect(report.problems).toEqual([{ code: 'backup_blob_missing', sha256: file.sha256 }])
  })

  it('refuses a restore without confirmation and an id that is not a backup', async () => {
    const core = openTestCore()
    const unconfirmed = await core.dispatch('backups.restore', { id: 'x', confirm: false as true })
    expect(!unconfirmed.ok && unconfirmed.error.code).toBe('validation')
    const traversal = await core.dispatch('backups.verify', { id: '../workspace' })
    expect(!traversal.ok && traversal.error.code).toBe('not_found')
  })

  it('on start-up takes a daily backup only when the last one is more than a day old', async () => {
    const { core, clock } = await workspaceWithLetter()
    expect(await backupIfDue(core.workspace)).not.toBeNull()
    clock.advance(23 * 3600_000)
    expect(await backupIfDue(core.workspace)).toBeNull()
    clock.advance(2 * 3600_000)
    expect(await backupIfDue(core.workspace)).not.toBeNull()
    expect(listBackups(core.workspace).filter((b) => b.kind === 'daily')).toHaveLength(2)
  })
})

describe('backup retention', () => {
  const daily = (day: string, hour = '09'): DatedBackup => ({
    id: `${day}-${hour}`,
    createdAt: `${day}T${hour}:00:00.000Z`,
    kind: 'daily'
  })

  it('keeps the newest of each of the last 7 days and of the 4 weeks before; never manual ones', () => {
    // Daily backups every day from Sunday 2026-10-04 to Sunday 2026-11-29 (57 days), two on 11-29.
    const all: DatedBackup[] = []
    for (let t = Date.parse('2026-10-04'); t <= Date.parse('2026-11-29'); t += 86_400_000) {
      all.push(daily(new Date(t).toISOString().slice(0, 10)))
    }
    all.push(daily('2026-11-29', '18'))
    all.push({ id: 'manual-1', createdAt: '2026-10-01T10:00:00.000Z', kind: 'manual' })
    const pruned = new Set(backupsToPrune(all))
    const kept = all.filter((b) => !pruned.has(b.id)).map((b) => b.id)
    // The last 7 days with a backup: 11-23 .. 11-29 (the newest of 11-29, 18:00). Before them, the
    // newest of each of 4 ISO weeks: Sun 11-22 (week of Mon 11-16), 11-15, 11-08, 11-01.
    expect(kept).toEqual([
      '2026-11-01-09',
      '2026-11-08-09',
      '2026-11-15-09',
      '2026-11-22-09',
      '2026-11-23-09',
      '2026-11-24-09',
      '2026-11-25-09',
      '2026-11-26-09',
      '2026-11-27-09',
      '2026-11-28-09',
      '2026-11-29-18',
      'manual-1'
    ])
  })
})
