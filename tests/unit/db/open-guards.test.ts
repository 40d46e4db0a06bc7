// Opening a workspace never writes to a database it should not: one from a newer version
// (in either journal mode), a damaged one, or another program's SQLite file. Each is refused
// with a code the user is told about, and its bytes stay exactly as they were.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../../src/main/core'
import { ok, openTestCore, tempDir } from '../helpers'

const quiet = { log: { error: () => {}, warn: () => {}, info: () => {} } }

function workspaceWithSample(): Promise<string> {
  const dir = tempDir()
  const core = openCore({ dir, ...quiet })
  return core.dispatch('workspace.loadSample', {}).then((result) => {
    ok(result)
    core.workspace.close()
    return dir
  })
}

describe('opening a workspace database', () => {
  it('refuses a newer database in rollback-journal mode without touching a byte (the header included)', async () => {
    const dir = await workspaceWithSample()
    const file = path.join(dir, 'workspace.db')
    const raw = new Database(file)
    raw.pragma('journal_mode = DELETE')
    raw.pragma('user_version = 42')
    raw.close()
    const bytes = fs.readFileSync(file)
    expect(() => openCore({ dir, ...quiet })).toThrowError(
      expect.objectContaining({ code: 'newer_database' })
    )
    expect(fs.readFileSync(file).equals(bytes)).toBe(true)
    expect(fs.existsSync(`${file}-wal`)).toBe(false)
  })

  it('refuses a damaged database (pages overwritten) and never writes to it', async () => {
    const dir = await workspaceWithSample()
    const file = path.join(dir, 'workspace.db')
    const fd = fs.openSync(file, 'r+')
    const pageSize = 4096
    const garbage = Buffer.alloc(pageSize * 8, 0x5a)
    fs.writeSync(fd, garbage, 0, garbage.length, pageSize * 3)
    fs.closeSync(fd)
    const bytes = fs.readFileSync(file)
    expect(() => openCore({ dir, ...quiet })).toThrowError(
      expect.objectContaining({ code: 'corrupt_database' })
    )
    expect(fs.readFileSync(file).equals(bytes)).toBe(true)
  })

  it("refuses another program's SQLite file instead of migrating it in place", () => {
    const dir = tempDir()
    const file = path.join(dir, 'workspace.db')
    const foreign = new Database(file)
    foreign.exec(
      "create table notes (id integer primary key, body text); insert into notes (body) values ('mine')"
    )
    foreign.close()
    const bytes = fs.readFileSync(file)
    expect(() => openCore({ dir, ...quiet })).toThrowError(
      expect.objectContaining({ code: 'not_our_database' })
    )
    expect(fs.readFileSync(file).equals(bytes)).toBe(true)
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false)
  })

  it('marks its own databases, and still opens one written before the mark existed', async () => {
    const dir = await workspaceWithSample()
    const file = path.join(dir, 'workspace.db')
    const raw = new Database(file)
    expect(raw.pragma('application_id', { simple: true })).toBe(0x4950444b)
    raw.pragma('application_id = 0') // as every workspace written before this version
    raw.close()
    const reopened = openTestCore({ dir })
    expect(ok(await reopened.dispatch('workspace.info', {})).matterCount).toBe(5)
  })
})
