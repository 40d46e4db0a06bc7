// Backups of a workspace: SQLite's online backup API writes a consistent copy of workspace.db
// into backups/ while the app keeps working, with a manifest of the vault files that copy needs
// (vault files are content-addressed and never modified, so a backup references them by hash).
// Taken on start-up when the last is older than a day, and on request; kept 7 daily + 4 weekly.
// Restoring verifies the copy, backs up the current state first, then writes the copy back.
import fs from 'node:fs'
import path from 'node:path'
import type { BackupRecord, BackupVerifyReport } from '../../../shared/contract/backup'
import { writeAudit, inTransaction } from '../kernel/context'
import { AppError } from '../kernel/errors'
import type { Workspace } from '../kernel/workspace-context'
import { sha256OfFile } from '../vault/fs-utils'
import { copyLiveDatabase, inspectCopy, restoreIntoLive } from './repo'
import { BACKUP_ID, backupsToPrune, type BackupKind } from './retention'
import { copyToSecondLocation, secondCopyChecker } from './second-location'

const DAY_MS = 86_400_000
const ID = BACKUP_ID

export interface Manifest {
  format: 1
  id: string
  kind: BackupKind
  createdAt: string
  schemaVersion: number
  appVersion: string
  dbFile: string
  dbSha256: string
  dbBytes: number
  matters: number
  blobs: { sha256: string; size: number }[]
}

/**
 * Where backups are read from: an open workspace, or (recovery.ts) the folder of one whose
 * database cannot be opened.
 */
export interface BackupPlace {
  dir: string
  vault: { pathFor(sha256: string): string }
  nativeBinding?: string
}

export function backupsDir(place: Pick<BackupPlace, 'dir'>): string {
  return path.join(place.dir, 'backups')
}

function manifestPath(place: Pick<BackupPlace, 'dir'>, id: string): string {
  if (!ID.test(id)) throw new AppError('not_found', { params: { entity: 'backup', id } })
  return path.join(backupsDir(place), `${id}.json`)
}

export function readManifest(place: Pick<BackupPlace, 'dir'>, id: string): Manifest {
  try {
    return JSON.parse(fs.readFileSync(manifestPath(place, id), 'utf8')) as Manifest
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('not_found', { params: { entity: 'backup', id } })
  }
}

export function toRecord(m: Manifest, secondCopy: boolean | null = null): BackupRecord {
  return {
    secondCopy,
    id: m.id,
    kind: m.kind,
    createdAt: m.createdAt,
    schemaVersion: m.schemaVersion,
    bytes: m.dbBytes,
    matters: m.matters,
    documentsBytes: m.blobs.reduce((sum, b) => sum + b.size, 0),
    blobs: m.blobs.length
  }
}

/** Flushes a written file to disk before it is renamed into place. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/** Every backup with a readable manifest, newest first. */
export function listBackups(place: Pick<BackupPlace, 'dir'>): BackupRecord[] {
  const dir = backupsDir(place)
  if (!fs.existsSync(dir)) return []
  const records: BackupRecord[] = []
  const secondCopy = secondCopyChecker(place)
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.json')) continue
    const id = name.slice(0, -'.json'.length)
    if (!ID.test(id)) continue
    try {
      const manifest = readManifest(place, id)
      records.push(toRecord(manifest, secondCopy(manifest)))
    } catch {
      // A manifest that cannot be read is not offered; verify would refuse it anyway.
    }
  }
  return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/** Takes a backup now. */
export async function createBackup(ws: Workspace, kind: BackupKind): Promise<BackupRecord> {
  const createdAt = ws.ctx.now()
  const dir = backupsDir(ws)
  fs.mkdirSync(dir, { recursive: true })
  const base = `${createdAt.replace(/[-:.]/g, '')}-${kind}`
  // Two backups in the same millisecond (a restore right after a backup) must not share a name.
  let id = base
  for (let n = 2; fs.existsSync(path.join(dir, `${id}.json`)); n++) id = `${base}-${n}`
  const dbFile = `${id}.db`
  const partial = path.join(dir, `.${dbFile}.part`)
  await copyLiveDatabase(ws.ctx.sqlite, partial)
  fsyncFile(partial)
  const facts = inspectCopy(partial, ws.nativeBinding)
  const manifest: Manifest = {
    format: 1,
    id,
    kind,
    createdAt,
    schemaVersion: facts.schemaVersion,
    appVersion: ws.info().appVersion,
    dbFile,
    dbSha256: await sha256OfFile(partial),
    dbBytes: fs.statSync(partial).size,
    matters: facts.matters,
    blobs: facts.blobs
  }
  fs.renameSync(partial, path.join(dir, dbFile))
  const manifestPartial = path.join(dir, `.${id}.json.part`)
  fs.writeFileSync(manifestPartial, JSON.stringify(manifest, null, 2))
  fsyncFile(manifestPartial)
  // The manifest appears last: a backup without one is never listed or restored.
  fs.renameSync(manifestPartial, manifestPath(ws, id))
  inTransaction(ws.ctx, (tx) =>
    writeAudit(ws.ctx, tx, {
      action: 'backup',
      entity: 'workspace',
      entityId: null,
      matterId: null,
      after: { id, kind }
    })
  )
  pruneBackups(ws)
  // the backup is taken; a second location that is away is reported, never an error here
  await copyToSecondLocation(ws, keptManifests(ws))
  return toRecord(manifest, secondCopyChecker(ws)(manifest))
}

/** The manifests of every kept backup, newest first. */
export function keptManifests(place: Pick<BackupPlace, 'dir'>): Manifest[] {
  const manifests: Manifest[] = []
  for (const record of listBackups(place)) {
    try {
      manifests.push(readManifest(place, record.id))
    } catch {
      // removed meanwhile: nothing to copy
    }
  }
  return manifests
}

function pruneBackups(ws: Workspace): void {
  for (const id of backupsToPrune(listBackups(ws))) removeBackupFiles(ws, id)
}

function removeBackupFiles(ws: Workspace, id: string): void {
  fs.rmSync(path.join(backupsDir(ws), `${id}.json`), { force: true })
  fs.rmSync(path.join(backupsDir(ws), `${id}.db`), { force: true })
}

/** On start-up: a daily backup when the newest automatic one is more than a day old. */
export async function backupIfDue(ws: Workspace): Promise<BackupRecord | null> {
  const newest = listBackups(ws).find((b) => b.kind === 'daily')
  if (newest && Date.parse(ws.ctx.now()) - Date.parse(newest.createdAt) < DAY_MS) return null
  return createBackup(ws, 'daily')
}

/** Re-reads a backup: its database hashes to its manifest and is intact; every vault file it needs is there. */
export async function verifyBackup(place: BackupPlace, id: string): Promise<BackupVerifyReport> {
  const manifest = readManifest(place, id)
  const file = path.join(backupsDir(place), manifest.dbFile)
  const problems: BackupVerifyReport['problems'] = []
  if (!fs.existsSync(file)) {
    problems.push({ code: 'backup_db_missing' })
    return { id, ok: false, problems, blobsChecked: 0 }
  }
  if ((await sha256OfFile(file)) !== manifest.dbSha256) problems.push({ code: 'backup_db_changed' })
  else {
    const facts = inspectCopy(file, place.nativeBinding)
    if (facts.integrity !== 'ok') problems.push({ code: 'backup_db_damaged' })
  }
  let blobsChecked = 0
  for (const blob of manifest.blobs) {
    blobsChecked++
    let actual: string | null = null
    try {
      actual = await sha256OfFile(place.vault.pathFor(blob.sha256))
    } catch {
      actual = null
    }
    if (actual === null) problems.push({ code: 'backup_blob_missing', sha256: blob.sha256 })
    else if (actual !== blob.sha256) problems.push({ code: 'backup_blob_changed', sha256: blob.sha256 })
  }
  return { id, ok: problems.length === 0, problems, blobsChecked }
}

/** Restores a verified backup; the current state is backed up first (kind pre_restore). */
export async function restoreBackup(
  ws: Workspace,
  id: string
): Promise<{ restored: BackupRecord; safety: BackupRecord }> {
  const manifest = readManifest(ws, id)
  const report = await verifyBackup(ws, id)
  if (!report.ok) throw new AppError('backup_invalid', { params: { id, problems: report.problems.length } })
  const current = ws.info().schemaVersion
  if (manifest.schemaVersion !== current) {
    throw new AppError('backup_other_version', {
      params: { found: manifest.schemaVersion, supported: current }
    })
  }
  const safety = await createBackup(ws, 'pre_restore')
  await restoreIntoLive(
    path.join(backupsDir(ws), manifest.dbFile),
    path.join(ws.dir, 'workspace.db'),
    ws.nativeBinding
  )
  inTransaction(ws.ctx, (tx) =>
    writeAudit(ws.ctx, tx, {
      action: 'restore',
      entity: 'workspace',
      entityId: null,
      matterId: null,
      after: { id, safety: safety.id }
    })
  )
  return { restored: toRecord(manifest), safety }
}

/** The kept backups that still need a vault file: deleting its bytes would break them. */
export function backupsReferencing(ws: Workspace, sha256: string): string[] {
  const ids: string[] = []
  for (const record of listBackups(ws)) {
    try {
      if (readManifest(ws, record.id).blobs.some((b) => b.sha256 === sha256)) ids.push(record.id)
    } catch {
      // unreadable: not a kept backup
    }
  }
  return ids
}
