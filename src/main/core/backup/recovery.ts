// When workspace.db cannot be opened (damaged, or not an IP Desk database) the app offers the
// workspace's own backups instead of writing to it: each is verified first (its database copy
// hashes to its manifest and passes integrity_check, the document files it needs are in the
// vault), and the one chosen takes the database's place. The damaged file is moved aside, never
// written to or deleted. Called before any connection to workspace.db is opened.
import fs from 'node:fs'
import path from 'node:path'
import type { BackupRecord } from '../../../shared/contract/backup'
import { defaultMigrationsDir, readJournal } from '../db'
import { inTransaction, writeAudit } from '../kernel/context'
import { AppError } from '../kernel/errors'
import { Vault } from '../vault'
import type { Workspace } from '../kernel/workspace-context'
import {
  backupsDir,
  fsyncFile,
  listBackups,
  readManifest,
  toRecord,
  verifyBackup,
  type BackupPlace
} from './backup'

const DATABASE = 'workspace.db'

export interface RecoveryOptions {
  nativeBinding?: string
  migrationsDir?: string
}

/** A backup offered in place of a database that cannot be opened. */
export interface RecoveryChoice extends BackupRecord {
  /** Verified, and of a schema this version can open (an older one is migrated on open). */
  usable: boolean
  problems: number
}

export interface OfflineRestore {
  restored: BackupRecord
  /** Where the damaged database now is (beside it, under a dated name). */
  setAside: string
}

function placeOf(dir: string, options: RecoveryOptions): BackupPlace {
  return { dir, vault: new Vault(path.join(dir, 'vault')), nativeBinding: options.nativeBinding }
}

function knownVersion(options: RecoveryOptions): number {
  return readJournal(options.migrationsDir ?? defaultMigrationsDir()).length
}

/** The workspace's backups, newest first, each verified: what the recovery screen offers. */
export async function recoveryChoices(dir: string, options: RecoveryOptions = {}): Promise<RecoveryChoice[]> {
  const place = placeOf(dir, options)
  const known = knownVersion(options)
  const choices: RecoveryChoice[] = []
  for (const backup of listBackups(place)) {
    const report = await verifyBackup(place, backup.id)
    choices.push({
      ...backup,
      usable: report.ok && backup.schemaVersion <= known,
      problems: report.problems.length
    })
  }
  return choices
}

/**
 * Puts a verified backup where the damaged database was. The damaged file (with its -wal and
 * -shm) is renamed `workspace.damaged-<moment>.db`, kept for whoever examines it. Nothing is
 * opened for writing until the copy is complete; then the workspace opens as usual (an older
 * backup is migrated there, with its pre-migration copy).
 */
export async function restoreBackupOffline(
  dir: string,
  id: string,
  options: RecoveryOptions & { now: () => string }
): Promise<OfflineRestore> {
  const place = placeOf(dir, options)
  const manifest = readManifest(place, id)
  const report = await verifyBackup(place, id)
  if (!report.ok) throw new AppError('backup_invalid', { params: { id, problems: report.problems.length } })
  const known = knownVersion(options)
  if (manifest.schemaVersion > known) {
    throw new AppError('backup_other_version', {
      params: { found: manifest.schemaVersion, supported: known }
    })
  }
  const live = path.join(dir, DATABASE)
  const stamp = options.now().replace(/[:.]/g, '-')
  const setAside = path.join(dir, `workspace.damaged-${stamp}.db`)
  // the copy is complete and on disk before anything is moved
  const partial = path.join(dir, `.${DATABASE}.restore.part`)
  fs.copyFileSync(path.join(backupsDir(place), manifest.dbFile), partial)
  fsyncFile(partial)
  if (fs.existsSync(live)) fs.renameSync(live, setAside)
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(`${live}${suffix}`)) fs.renameSync(`${live}${suffix}`, `${setAside}${suffix}`)
  }
  // a clean-close mark describes the damaged file, not this one: the next open checks it in full
  fs.rmSync(`${live}.clean`, { force: true })
  fs.renameSync(partial, live)
  return { restored: toRecord(manifest), setAside }
}

/** Once the restored workspace is open: the restore goes into its audit log. */
export function recordOfflineRestore(ws: Workspace, restore: OfflineRestore): void {
  inTransaction(ws.ctx, (tx) =>
    writeAudit(ws.ctx, tx, {
      action: 'restore',
      entity: 'workspace',
      entityId: null,
      matterId: null,
      after: { id: restore.restored.id, setAside: path.basename(restore.setAside), offline: true }
    })
  )
}
