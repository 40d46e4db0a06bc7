// Opens workspace.db: pragmas on every open, refuse a database from a newer version,
// copy the database before migrating, migrate in one transaction.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { AppError } from '../kernel/errors'

/**
 * The query builder over workspace.db. No relational schema: the repos write their queries with
 * the builder, and building drizzle's relations config on every open cost 0.14 ms (workspace.open).
 */
export type Db = BetterSQLite3Database

export interface OpenedDatabase {
  sqlite: Database.Database
  db: Db
  schemaVersion: number
  /** The copy taken before a migration ran, if one ran on an existing database. */
  preMigrationBackup: string | null
}

interface JournalEntry {
  idx: number
  when: number
  tag: string
}

// The migrations ship with the app and do not change while it runs: read once per folder.
const journals = new Map<string, JournalEntry[]>()

export function readJournal(migrationsDir: string): JournalEntry[] {
  let entries = journals.get(migrationsDir)
  if (!entries) {
    const file = path.join(migrationsDir, 'meta', '_journal.json')
    entries = (JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: JournalEntry[] }).entries
    journals.set(migrationsDir, entries)
  }
  return entries
}

/** Finds drizzle/ by walking up from this module: works from src/ (tests) and out/ (build). */
export function defaultMigrationsDir(): string {
  let dir = __dirname
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, 'drizzle')
    if (fs.existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate
    dir = path.dirname(dir)
  }
  throw new Error('drizzle migrations folder not found; pass migrationsDir')
}

export interface OpenDatabaseOptions {
  file: string
  backupsDir: string
  migrationsDir?: string
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI). */
  nativeBinding?: string
  /** The core's clock (UTC ISO moment), for the backup's file name. */
  now?: () => string
}

/** PRAGMA application_id of an IP Desk workspace ('IPDK'): another program's SQLite file is refused. */
export const APPLICATION_ID = 0x4950444b

interface Inspection {
  userVersion: number
}

/**
 * Looks at an existing database read-only, before anything may write to it: a newer version,
 * a corrupt file or another program's database is refused with its header bytes untouched
 * (setting journal_mode=WAL alone rewrites them).
 */
// A clean close leaves the database's size and mtime beside it. If nothing has touched the file
// since (same size, mtime and schema version, no WAL left over), the read-only look and its
// quick_check are skipped: the check costs
// ~250 ms on a 10,000-matter workspace. A crash leaves no mark, and any change made while the app
// was closed (a disk fault, another program) changes the mtime: then the check runs.
const cleanMarkOf = (file: string): string => `${file}.clean`

// The schema version is part of the mark: a file a newer version closed is looked at again.
function statMark(file: string, schemaVersion: number): string {
  const info = fs.statSync(file)
  return JSON.stringify({ size: info.size, mtimeMs: info.mtimeMs, schemaVersion })
}

/** After the last connection closed cleanly: remember what the file looked like. */
export function markCleanClose(file: string, schemaVersion: number): void {
  try {
    if (fs.existsSync(`${file}-wal`)) return
    fs.writeFileSync(cleanMarkOf(file), statMark(file, schemaVersion))
  } catch {
    // no mark: the next open runs the full check
  }
}

function untouchedSinceCleanClose(file: string, knownVersion: number): boolean {
  const mark = cleanMarkOf(file)
  try {
    const same =
      !fs.existsSync(`${file}-wal`) && fs.readFileSync(mark, 'utf8') === statMark(file, knownVersion)
    return same
  } catch {
    return false
  } finally {
    // Used once: while the workspace is open (or after a crash) there is no mark.
    fs.rmSync(mark, { force: true })
  }
}

function inspectReadOnly(file: string, knownVersion: number, nativeBinding?: string): Inspection {
  const probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding })
  try {
    const userVersion = probe.pragma('user_version', { simple: true }) as number
    if (userVersion > knownVersion) {
      throw new AppError('newer_database', {
        params: { found: userVersion, supported: knownVersion },
        detail: `workspace.db has schema version ${userVersion}; this app knows up to ${knownVersion}`
      })
    }
    const applicationId = probe.pragma('application_id', { simple: true }) as number
    const tables = new Set(
      (probe.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
        (t) => t.name
      )
    )
    // Workspaces written before the application id was set are recognised by their tables.
    const legacyOurs = applicationId === 0 && tables.has('matters') && tables.has('__drizzle_migrations')
    const empty = tables.size === 0 && userVersion === 0
    if (applicationId !== APPLICATION_ID && !legacyOurs && !empty) {
      throw new AppError('not_our_database', {
        detail: `workspace.db is not an IP Desk workspace (application_id ${applicationId})`
      })
    }
    const check = probe.pragma('quick_check', { simple: true }) as string
    if (check !== 'ok') {
      throw new AppError('corrupt_database', { detail: `quick_check: ${check}` })
    }
    return { userVersion }
  } catch (error) {
    if (error instanceof AppError) throw error
    // "file is not a database", a truncated header: damaged beyond what quick_check reads.
    throw new AppError('corrupt_database', { detail: error instanceof Error ? error.message : String(error) })
  } finally {
    probe.close()
  }
}

export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir()
  const journal = readJournal(migrationsDir)
  const knownVersion = journal.length
  const existed = fs.existsSync(options.file) && fs.statSync(options.file).size > 0
  // Untouched since this version closed it cleanly: it is ours, of our version, and intact.
  if (existed && !untouchedSinceCleanClose(options.file, knownVersion)) {
    inspectReadOnly(options.file, knownVersion, options.nativeBinding)
  }

  const sqlite = new Database(options.file, {
    nativeBinding: options.nativeBinding
  })
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')

    const onDisk = sqlite.pragma('user_version', { simple: true }) as number

    let preMigrationBackup: string | null = null
    if (onDisk < knownVersion && existed && onDisk > 0) {
      fs.mkdirSync(options.backupsDir, { recursive: true })
      const stamp = (options.now?.() ?? new Date().toISOString()).replace(/[:.]/g, '-')
      preMigrationBackup = path.join(options.backupsDir, `workspace-v${onDisk}-${stamp}.db`)
      // VACUUM INTO writes a consistent copy even with WAL content not yet checkpointed.
      sqlite.prepare('VACUUM INTO ?').run(preMigrationBackup)
    }

    const db = drizzle(sqlite)
    if (onDisk < knownVersion) {
      migrate(db, { migrationsFolder: migrationsDir })
      sqlite.pragma(`user_version = ${knownVersion}`)
    }
    if ((sqlite.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
      sqlite.pragma(`application_id = ${APPLICATION_ID}`)
    }
    return { sqlite, db, schemaVersion: knownVersion, preMigrationBackup }
  } catch (error) {
    sqlite.close()
    throw error
  }
}
