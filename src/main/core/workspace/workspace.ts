// A workspace is one folder: workspace.db, vault/, backups/. Tests, benchmarks, the web
// bridge and the Electron shell all open it the same way.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { count } from 'drizzle-orm'
import type { WorkspaceInfo } from '../../../shared/contract'
import { localToday, type CoreContext } from '../kernel/context'
import { openDatabase } from '../db'
import { matters } from '../db/schema'
import { Vault } from '../vault'

export interface OpenWorkspaceOptions {
  dir: string
  migrationsDir?: string
  /** better_sqlite3.node built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string
  actor?: string
  now?: () => string
  today?: () => string
  /** Largest file the vault accepts, in bytes. */
  maxImportBytes?: number
  appVersion?: string
  log?: Pick<Console, 'error' | 'warn' | 'info'>
  /** The desktop shell's "open with the default program"; resolves to '' or an error text. */
  openWithSystem?: (file: string) => Promise<string>
}

export interface Workspace {
  dir: string
  ctx: CoreContext
  vault: Vault
  maxImportBytes: number
  log: Pick<Console, 'error' | 'warn' | 'info'>
  preMigrationBackup: string | null
  openWithSystem?: (file: string) => Promise<string>
  info(): WorkspaceInfo
  close(): void
}

export const DEFAULT_MAX_IMPORT_BYTES = 1024 * 1024 * 1024

function osUser(): string {
  try {
    return os.userInfo().username
  } catch {
    return 'unknown'
  }
}

export function openWorkspace(options: OpenWorkspaceOptions): Workspace {
  const dir = path.resolve(options.dir)
  fs.mkdirSync(dir, { recursive: true })
  const now = options.now ?? (() => new Date().toISOString())
  const opened = openDatabase({
    now,
    file: path.join(dir, 'workspace.db'),
    backupsDir: path.join(dir, 'backups'),
    migrationsDir: options.migrationsDir,
    nativeBinding: options.nativeBinding
  })
  const ctx: CoreContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    actor: options.actor ?? osUser(),
    now,
    today: options.today ?? (() => localToday(new Date()))
  }
  const vault = new Vault(path.join(dir, 'vault'), { now: ctx.now })
  const appVersion = options.appVersion ?? '0.1.0'
  return {
    dir,
    ctx,
    vault,
    maxImportBytes: options.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES,
    log: options.log ?? console,
    preMigrationBackup: opened.preMigrationBackup,
    openWithSystem: options.openWithSystem,
    info: () => ({
      dir,
      schemaVersion: opened.schemaVersion,
      matterCount: ctx.db.select({ n: count() }).from(matters).get()?.n ?? 0,
      appVersion
    }),
    close: () => {
      if (opened.sqlite.open) opened.sqlite.close()
    }
  }
}
