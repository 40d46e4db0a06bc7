// A workspace is one folder: workspace.db, vault/, backups/. Tests, benchmarks, the web
// bridge and the Electron shell all open it the same way.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { systemClock } from '../kernel/clock'
import type { CoreContext } from '../kernel/context'
import type { OpenWorkspaceOptions, Workspace } from '../kernel/workspace-context'
import { markCleanClose, openDatabase } from '../db'
import { forgetPrepared } from '../db/statements'
import { stopDocumentWork } from '../documents/lifecycle'
import { upgradeStoredExplanations } from '../deadlines/upgrade-explanations'
import { sealCustodyChain } from '../documents/custody'
import { sealUnchainedAudit } from '../kernel/repo'
import { countMatters } from '../matters/register'
import { Vault } from '../vault'

export type { OpenWorkspaceOptions, Workspace }

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
  // Time is an input: the machine's clock only when the caller brings none.
  const clock = systemClock()
  const now = options.now ?? clock.now
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
    today: options.today ?? clock.today
  }
  const vault = new Vault(path.join(dir, 'vault'), { now: ctx.now })
  if (opened.preMigrationBackup !== null) {
    // Entries written before the hash chains existed are sealed once, in order, after migrating.
    sealUnchainedAudit(ctx.db)
    sealCustodyChain(ctx)
    // Explanations saved as English sentences get their codes, so they read in Chinese too.
    upgradeStoredExplanations(ctx)
  }
  const appVersion = options.appVersion ?? '0.1.0'
  const workspace: Workspace = {
    dir,
    ctx,
    vault,
    maxImportBytes: options.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES,
    log: options.log ?? console,
    preMigrationBackup: opened.preMigrationBackup,
    nativeBinding: options.nativeBinding,
    openWithSystem: options.openWithSystem,
    printToPdf: options.printToPdf,
    info: () => ({
      dir,
      schemaVersion: opened.schemaVersion,
      matterCount: countMatters(ctx),
      appVersion
    }),
    close: () => {
      // Background work first: a text extraction must not outlive (or write to) the database.
      stopDocumentWork(workspace)
      forgetPrepared(opened.sqlite)
      if (opened.sqlite.open) {
        opened.sqlite.close()
        markCleanClose(path.join(dir, 'workspace.db'), opened.schemaVersion)
      }
    }
  }
  return workspace
}
