// Specification: a workspace is one folder whose database is durable, refuses to be
// opened by an older app, and is copied before any migration touches it.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../../src/main/core'
import { readJournal } from '../../../src/main/core/db'
import { openTestCore, repoRoot, tempDir } from '../helpers'

const migrations = path.join(repoRoot, 'drizzle')
const shipped = readJournal(migrations).length

/** A copy of our migrations plus one more, as the next app version would ship. */
function migrationsWithExtra(sql: string): string {
  const dir = tempDir('ipdesk-migrations-')
  fs.cpSync(migrations, dir, { recursive: true })
  const journalFile = path.join(dir, 'meta', '_journal.json')
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
    entries: { idx: number; when: number; tag: string }[]
  }
  const last = journal.entries.at(-1)!
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_next' })
  fs.writeFileSync(journalFile, JSON.stringify(journal))
  fs.writeFileSync(path.join(dir, '9999_next.sql'), sql)
  return dir
}

describe('the workspace folder', () => {
  it('opens with WAL, full fsync, foreign keys and a busy timeout', () => {
    const core = openTestCore()
    const db = core.workspace.ctx.sqlite
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(fs.existsSync(path.join(core.dir, 'workspace.db'))).toBe(true)
  })

  it('survives a close and reopen with its matters', async () => {
    const dir = tempDir()
    const first = openCore({ dir })
    await first.dispatch('workspace.loadSample', {})
    first.workspace.close()
    const second = openTestCore({ dir })
    expect((await second.dispatch('workspace.info', {})) as unknown).toMatchObject({
      ok: true,
      value: { matterCount: 5, schemaVersion: shipped }
    })
  })

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const dir = tempDir()
    openCore({ dir }).workspace.close()
    const file = path.join(dir, 'workspace.db')
    const raw = new Database(file)
    raw.pragma('user_version = 42')
    raw.close()
    const bytes = fs.readFileSync(file)
    expect(() => openCore({ dir })).toThrowError(expect.objectContaining({ code: 'newer_database' }))
    expect(fs.readFileSync(file).equals(bytes)).toBe(true)
  })

  it('copies the database into backups/ before migrating, and keeps the data', async () => {
    const dir = tempDir()
    const first = openCore({ dir })
    await first.dispatch('workspace.loadSample', {})
    first.workspace.close()
    const next = migrationsWithExtra('ALTER TABLE `matters` ADD `court_case_number` text;')
    const migrated = openTestCore({ dir, migrationsDir: next })
    expect(migrated.workspace.preMigrationBackup).toMatch(
      new RegExp(`backups[\\\\/]workspace-v${shipped}-.*\\.db$`)
    )
    const backup = new Database(migrated.workspace.preMigrationBackup!, { readonly: true })
    expect((backup.prepare('select count(*) n from matters').get() as { n: number }).n).toBe(5)
    backup.close()
    expect(migrated.workspace.ctx.sqlite.pragma('user_version', { simple: true })).toBe(shipped + 1)
    expect(
      (migrated.workspace.ctx.sqlite.prepare('select count(*) n from matters').get() as { n: number }).n
    ).toBe(5)
  })

  it('a migration that fails leaves the database as it was', async () => {
    const dir = tempDir()
    const first = openCore({ dir })
    await first.dispatch('workspace.loadSample', {})
    first.workspace.close()
    const broken = migrationsWithExtra(
      'ALTER TABLE `matters` ADD `x` text;--> statement-breakpoint\nTHIS IS NOT SQL;'
    )
    expect(() => openCore({ dir, migrationsDir: broken })).toThrow()
    const again = openTestCore({ dir })
    expect(again.workspace.ctx.sqlite.pragma('user_version', { simple: true })).toBe(shipped)
    const columns = again.workspace.ctx.sqlite.prepare('pragma table_info(matters)').all() as {
      name: string
    }[]
    expect(columns.map((c) => c.name)).not.toContain('x')
    expect(
      (again.workspace.ctx.sqlite.prepare('select count(*) n from matters').get() as { n: number }).n
    ).toBe(5)
  })
})
