// Importing a workspace archive from the app (Settings > Backups): the shell hands the core the
// archive the user picked or uploaded, which is copied under exports/ with a .part name (a crash
// leaves it to the sweep on open) and known to the contract only by a random id; the import
// itself is archive.ts's, every entry checked before anything is put in the chosen folder.
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import { rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ImportedWorkspace, StagedArchive } from '../../../shared/contract/backup'
import { cleanOriginalName } from '../documents/uploads'
import { exportsDir } from '../documents/bundle'
import { inTransaction, writeAudit } from '../kernel/context'
import { AppError, fieldError } from '../kernel/errors'
import type { Workspace } from '../kernel/workspace-context'
import { isDiskFullErrno } from '../vault/errors'
import { importWorkspaceArchive } from './archive'

const STAGED_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

function stagedPath(ws: Workspace, id: string): string {
  if (!STAGED_ID.test(id)) throw new AppError('not_found', { params: { entity: 'archive', id } })
  return path.join(exportsDir(ws), `.incoming-${id}.part`)
}

/** Copies the archive (a path the shell vouches for, or an upload's bytes) where the import reads it. */
export async function stageArchive(
  ws: Workspace,
  source: Readable | string,
  originalName: string
): Promise<StagedArchive> {
  const id = randomUUID()
  const file = stagedPath(ws, id)
  fs.mkdirSync(exportsDir(ws), { recursive: true })
  try {
    if (typeof source === 'string' && !(await stat(source).catch(() => null))?.isFile())
      throw new AppError('not_a_file')
    const input = typeof source === 'string' ? fs.createReadStream(source) : source
    await pipeline(input, fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }))
    const bytes = (await stat(file)).size
    if (bytes === 0) throw new AppError('empty')
    return { id, name: cleanOriginalName(originalName), bytes }
  } catch (error) {
    await rm(file, { force: true })
    if (error instanceof AppError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (isDiskFullErrno(code)) throw new AppError('disk_full', { detail: String(error) })
    throw new AppError('not_a_file', { detail: String(error) })
  }
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/**
 * Imports a staged archive into `folder` (absent or empty, never inside this workspace). A
 * refused folder keeps the archive staged, so the user only picks another folder; otherwise the
 * staged copy is removed, and a retry starts from picking the file again.
 */
export async function importStagedArchive(
  ws: Workspace,
  input: { archive: string; folder: string }
): Promise<ImportedWorkspace> {
  const file = stagedPath(ws, input.archive)
  if (!path.isAbsolute(input.folder)) throw fieldError('folder', 'absolute_path_required')
  const folder = path.resolve(input.folder)
  if (isInside(folder, ws.dir)) throw fieldError('folder', 'inside_this_workspace')
  if (!fs.existsSync(file)) throw new AppError('not_found', { params: { entity: 'archive' } })
  let result
  try {
    result = await importWorkspaceArchive(file, folder, {
      nativeBinding: ws.nativeBinding,
      supportedSchemaVersion: ws.info().schemaVersion
    })
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'import_folder_not_empty'))
      await rm(file, { force: true })
    throw error
  }
  await rm(file, { force: true })
  inTransaction(ws.ctx, (tx) =>
    writeAudit(ws.ctx, tx, {
      action: 'import_workspace',
      entity: 'workspace',
      entityId: null,
      matterId: null,
      after: { folder, matters: result.matters, documents: result.documents, blobs: result.blobs }
    })
  )
  return { folder: result.dir, matters: result.matters, documents: result.documents, blobs: result.blobs }
}
