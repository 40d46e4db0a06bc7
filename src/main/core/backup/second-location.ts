// A second backup location (another disk, a network share): every backup is also copied there,
// its database and the document files it needs, each checked by hash after the copy, with the
// same retention. It holds this workspace's copies in a folder of its own (ipdesk-<workspace id>),
// so two workspaces can share one location. A missing or unwritable location never fails the
// backup itself: the problem is recorded and shown, and the next backup copies what is missing.
// The choice is kept in backups/second-location.json, not in the database, so a restore or an
// archive taken to another computer does not carry it.
import fs from 'node:fs'
import path from 'node:path'
import type { SecondLocationProblem, SecondLocationStatus } from '../../../shared/contract/backup'
import { inTransaction, writeAudit } from '../kernel/context'
import { fieldError } from '../kernel/errors'
import type { Workspace } from '../kernel/workspace-context'
import { isSha256Hex, Vault } from '../vault'
import { errnoCode, isDiskFullErrno } from '../vault/errors'
import { sha256OfFile } from '../vault/fs-utils'
import { workspaceId } from '../workspace/settings'
import type { Manifest } from './backup'
import { BACKUP_ID, backupsToPrune } from './retention'

const CONFIG = 'second-location.json'

interface SecondLocationConfig {
  folder: string
  /** This workspace's folder inside it. */
  path: string
  lastCopiedAt: string | null
  problem: SecondLocationProblem | null
}

class CopyProblem extends Error {
  constructor(readonly problem: SecondLocationProblem) {
    super(problem)
  }
}

const configFile = (place: { dir: string }) => path.join(place.dir, 'backups', CONFIG)

export function readSecondLocation(place: { dir: string }): SecondLocationConfig | null {
  try {
    const config = JSON.parse(fs.readFileSync(configFile(place), 'utf8')) as SecondLocationConfig
    return typeof config.folder === 'string' && typeof config.path === 'string' ? config : null
  } catch {
    return null
  }
}

function writeConfig(place: { dir: string }, config: SecondLocationConfig | null): void {
  const file = configFile(place)
  if (!config) {
    fs.rmSync(file, { force: true })
    return
  }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const partial = `${file}.part`
  fs.writeFileSync(partial, JSON.stringify(config, null, 2))
  fs.renameSync(partial, file)
}

function problemOf(error: unknown): SecondLocationProblem {
  if (error instanceof CopyProblem) return error.problem
  const code = errnoCode(error)
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing'
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'not_writable'
  if (isDiskFullErrno(code)) return 'disk_full'
  return 'copy_failed'
}

/** The location's folder is there (a drive plugged in, a share mounted) and takes writes. */
function checkReachable(folder: string): SecondLocationProblem | null {
  try {
    if (!fs.statSync(folder).isDirectory()) return 'missing'
  } catch {
    return 'missing'
  }
  try {
    fs.accessSync(folder, fs.constants.W_OK)
    return null
  } catch (error) {
    return problemOf(error)
  }
}

function fsync(file: string): void {
  const fd = fs.openSync(file, 'r')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/** The manifests held at the location, by id (unreadable ones are left alone). */
function manifestsThere(dir: string): { manifests: Manifest[]; unreadable: number } {
  const manifests: Manifest[] = []
  let unreadable = 0
  if (!fs.existsSync(dir)) return { manifests, unreadable }
  for (const name of fs.readdirSync(dir)) {
    const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : ''
    if (!BACKUP_ID.test(id)) continue
    try {
      manifests.push(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Manifest)
    } catch {
      unreadable++
    }
  }
  return { manifests, unreadable }
}

function hasCopy(dir: string, manifest: Pick<Manifest, 'id' | 'dbFile' | 'dbBytes'>): boolean {
  try {
    return (
      fs.existsSync(path.join(dir, `${manifest.id}.json`)) &&
      fs.statSync(path.join(dir, manifest.dbFile)).size === manifest.dbBytes
    )
  } catch {
    return false
  }
}

/** Copies one backup: document files first, then the database, then its manifest; each checked by hash. */
async function copyBackup(ws: Workspace, dir: string, manifest: Manifest): Promise<void> {
  if (!BACKUP_ID.test(manifest.id)) return
  const vault = new Vault(path.join(dir, 'vault'), { now: () => ws.ctx.now() })
  for (const blob of manifest.blobs) {
    if (await vault.has(blob.sha256)) continue
    const copied = await vault.importFile(ws.vault.pathFor(blob.sha256), {
      maxBytes: Number.MAX_SAFE_INTEGER
    })
    // the vault file no longer hashes to its name: keep nothing under a wrong name
    if (copied.sha256 !== blob.sha256) {
      if (!copied.deduplicated) await vault.remove(copied.sha256)
      throw new CopyProblem('copy_mismatch')
    }
    if ((await sha256OfFile(vault.pathFor(blob.sha256))) !== blob.sha256)
      throw new CopyProblem('copy_mismatch')
  }
  const db = path.join(dir, manifest.dbFile)
  const partial = path.join(dir, `.${manifest.dbFile}.part`)
  try {
    fs.copyFileSync(path.join(ws.dir, 'backups', manifest.dbFile), partial)
    fsync(partial)
    if ((await sha256OfFile(partial)) !== manifest.dbSha256) throw new CopyProblem('copy_mismatch')
    fs.renameSync(partial, db)
    const manifestPartial = path.join(dir, `.${manifest.id}.json.part`)
    fs.writeFileSync(manifestPartial, JSON.stringify(manifest, null, 2))
    fsync(manifestPartial)
    // as in backups/: the manifest appears last, so a half copy is never counted as one
    fs.renameSync(manifestPartial, path.join(dir, `${manifest.id}.json`))
  } finally {
    fs.rmSync(partial, { force: true })
  }
}

/** The same retention as backups/; then document files no kept copy there needs. */
function pruneThere(dir: string): void {
  const { manifests, unreadable } = manifestsThere(dir)
  const pruned = new Set(backupsToPrune(manifests))
  for (const id of pruned) {
    fs.rmSync(path.join(dir, `${id}.json`), { force: true })
    fs.rmSync(path.join(dir, `${id}.db`), { force: true })
  }
  if (unreadable > 0) return // a manifest we cannot read may need any file: delete none
  const needed = new Set(
    manifests.filter((m) => !pruned.has(m.id)).flatMap((m) => m.blobs.map((b) => b.sha256))
  )
  const blobRoot = path.join(dir, 'vault', 'sha256')
  if (!fs.existsSync(blobRoot)) return
  for (const prefix of fs.readdirSync(blobRoot)) {
    if (!/^[0-9a-f]{2}$/.test(prefix)) continue
    for (const name of fs.readdirSync(path.join(blobRoot, prefix))) {
      if (isSha256Hex(name) && name.startsWith(prefix) && !needed.has(name))
        fs.rmSync(path.join(blobRoot, prefix, name), { force: true })
    }
  }
}

/**
 * Copies to the second location every backup in `manifests` it does not hold yet, then applies
 * retention there. Never throws: what went wrong is recorded for the Backups screen.
 */
export async function copyToSecondLocation(ws: Workspace, manifests: readonly Manifest[]): Promise<void> {
  const config = readSecondLocation(ws)
  if (!config) return
  let problem = checkReachable(config.folder)
  if (!problem) {
    try {
      fs.mkdirSync(config.path, { recursive: false })
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') problem = problemOf(error)
    }
  }
  if (!problem) {
    try {
      for (const manifest of manifests)
        if (!hasCopy(config.path, manifest)) await copyBackup(ws, config.path, manifest)
      pruneThere(config.path)
    } catch (error) {
      problem = problemOf(error)
      ws.log.warn('copy to the second backup location failed', error)
    }
  }
  writeConfig(ws, { ...config, problem, lastCopiedAt: problem ? config.lastCopiedAt : ws.ctx.now() })
}

/** What the Backups screen shows about the second location; null when none is set. */
export function secondLocationStatus(place: { dir: string }): SecondLocationStatus | null {
  const config = readSecondLocation(place)
  if (!config) return null
  const live = checkReachable(config.folder)
  return {
    folder: config.folder,
    path: config.path,
    problem: live ?? config.problem,
    lastCopiedAt: config.lastCopiedAt,
    copies: live ? 0 : manifestsThere(config.path).manifests.length
  }
}

/** Whether the second location holds backup `id` (null: no second location). */
export function secondCopyChecker(place: {
  dir: string
}): (m: Pick<Manifest, 'id' | 'dbFile' | 'dbBytes'>) => boolean | null {
  const config = readSecondLocation(place)
  if (!config) return () => null
  return (m) => hasCopy(config.path, m)
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/**
 * Sets (or, with null, stops) the second location, and copies the backups kept now. An
 * unreachable folder is still kept (a share that is offline today): the status says so.
 */
export async function setSecondLocation(
  ws: Workspace,
  folder: string | null,
  manifests: readonly Manifest[]
): Promise<SecondLocationStatus | null> {
  const before = readSecondLocation(ws)
  if (folder !== null) {
    if (!path.isAbsolute(folder)) throw fieldError('folder', 'absolute_path_required')
    if (isInside(path.resolve(folder), ws.dir) || isInside(ws.dir, path.resolve(folder)))
      throw fieldError('folder', 'second_location_overlaps')
  }
  const id = inTransaction(ws.ctx, (tx) => {
    writeAudit(ws.ctx, tx, {
      action: 'update',
      entity: 'setting',
      entityId: null,
      matterId: null,
      before: before ? { secondBackupLocation: before.folder } : undefined,
      after: { secondBackupLocation: folder }
    })
    return workspaceId(ws.ctx, tx)
  })
  if (folder === null) {
    writeConfig(ws, null)
    return null
  }
  const resolved = path.resolve(folder)
  writeConfig(ws, {
    folder: resolved,
    path: path.join(resolved, `ipdesk-${id}`),
    lastCopiedAt: null,
    problem: null
  })
  await copyToSecondLocation(ws, manifests)
  return secondLocationStatus(ws)
}
