// Recovery: a workspace whose database cannot be opened (pages overwritten, or another program's
// file in its place) is never written to; its own verified backups are offered, and the one
// chosen takes the database's place while the damaged file is kept beside it, byte for byte.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../../src/main/core'
import {
  recordOfflineRestore,
  recoveryChoices,
  restoreBackupOffline
} from '../../../src/main/core/backup/recovery'
import { ok, patentLetterInput, tempDir } from '../helpers'

const quiet = { log: { error: () => {}, warn: () => {}, info: () => {} } }
const now = () => '2026-11-30T10:00:00.000Z'
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/** A workspace with one logged letter and a backup of it, closed. */
async function backedUpWorkspace(): Promise<{ dir: string; backupId: string }> {
  const dir = tempDir()
  const core = openCore({ dir, now: () => '2026-11-29T09:00:00.000Z', today: () => '2026-11-29', ...quiet })
  ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
  const backup = ok(await core.dispatch('backups.create', {}))
  core.workspace.close()
  return { dir, backupId: backup.id }
}

function overwritePages(file: string): void {
  const fd = fs.openSync(file, 'r+')
  const pageSize = 4096
  const garbage = Buffer.alloc(pageSize * 8, 0x5a)
  fs.writeSync(fd, garbage, 0, garbage.length, pageSize * 3)
  fs.closeSync(fd)
}

describe('recovering a workspace whose database cannot be opened', () => {
  it('offers the verified backup of a damaged database and restores it, the damaged file kept aside unchanged', async () => {
    const { dir, backupId } = await backedUpWorkspace()
    const live = path.join(dir, 'workspace.db')
    overwritePages(live)
    const damaged = sha(live)
    expect(() => openCore({ dir, ...quiet })).toThrowError(
      expect.objectContaining({ code: 'corrupt_database' })
    )
    expect(sha(live)).toBe(damaged)

    const choices = await recoveryChoices(dir)
    expect(choices).toHaveLength(1)
    expect(choices[0]).toMatchObject({ id: backupId, kind: 'manual', matters: 1, usable: true, problems: 0 })

    const restore = await restoreBackupOffline(dir, backupId, { now })
    expect(path.basename(restore.setAside)).toBe('workspace.damaged-2026-11-30T10-00-00-000Z.db')
    expect(sha(restore.setAside)).toBe(damaged)

    const core = openCore({ dir, ...quiet })
    recordOfflineRestore(core.workspace, restore)
    const list = ok(await core.dispatch('matters.list', {}))
    expect(list.rows.map((m) => m.rightsHolder)).toEqual(['Brightline Outdoor Inc.'])
    const audit = core.workspace.ctx.sqlite
      .prepare(
        "select action, after_json as after from audit_log where entity = 'workspace' order by id desc limit 1"
      )
      .get() as { action: string; after: string }
    expect(audit.action).toBe('restore')
    expect(JSON.parse(audit.after)).toMatchObject({ id: backupId, offline: true })
    core.workspace.close()
  })

  it("puts the backup back in place of another program's SQLite file, which is kept", async () => {
    const { dir, backupId } = await backedUpWorkspace()
    const live = path.join(dir, 'workspace.db')
    fs.rmSync(live)
    const foreign = new Database(live)
    foreign.exec(
      "create table notes (id integer primary key, body text); insert into notes (body) values ('mine')"
    )
    foreign.close()
    expect(() => openCore({ dir, ...quiet })).toThrowError(
      expect.objectContaining({ code: 'not_our_database' })
    )

    const restore = await restoreBackupOffline(dir, backupId, { now })
    const kept = new Database(restore.setAside, { readonly: true })
    expect(kept.prepare('select body from notes').get()).toEqual({ body: 'mine' })
    kept.close()
    const core = openCore({ dir, ...quiet })
    expect(ok(await core.dispatch('matters.list', {})).total).toBe(1)
    core.workspace.close()
  })

  it('does not offer or restore a backup whose copy was changed, and moves nothing', async () => {
    const { dir, backupId } = await backedUpWorkspace()
    const live = path.join(dir, 'workspace.db')
    overwritePages(live)
    const damaged = sha(live)
    fs.appendFileSync(path.join(dir, 'backups', `${backupId}.db`), 'tampered')

    expect(await recoveryChoices(dir)).toEqual([
      expect.objectContaining({ id: backupId, usable: false, problems: 1 })
    ])
    await expect(restoreBackupOffline(dir, backupId, { now })).rejects.toMatchObject({
      code: 'backup_invalid'
    })
    expect(sha(live)).toBe(damaged)
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('workspace.damaged'))).toEqual([])
  })

  it('refuses a backup id that is not one, and offers nothing where no backup was taken', async () => {
    const dir = tempDir()
    expect(await recoveryChoices(dir)).toEqual([])
    await expect(restoreBackupOffline(dir, '../../etc/passwd', { now })).rejects.toMatchObject({
      code: 'not_found'
    })
  })
})
