// A whole workspace as one archive (issue 11): a consistent copy of workspace.db, every vault file
// it references, and a manifest of their SHA-256 hashes, in one zip under exports/. Importing it
// into an empty folder checks every entry before anything is put in place: only the names a
// workspace archive holds, each vault file hashing to its name and listed in the manifest, the
// database hashing to the manifest and passing integrity_check, of a version this app can open.
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import { rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { ZipFile } from 'yazl'
import yauzl from 'yauzl'
import { defaultMigrationsDir, readJournal } from '../db'
import { exportsDir } from '../documents/bundle'
import { inTransaction, writeAudit } from '../kernel/context'
import { AppError } from '../kernel/errors'
import type { Workspace } from '../kernel/workspace-context'
import { Vault } from '../vault'
import { sha256OfFile } from '../vault/fs-utils'
import { copyLiveDatabase, inspectCopy } from './repo'

const FORMAT = 1
const MANIFEST = 'manifest.json'
const DATABASE = 'workspace.db'
const VAULT_ENTRY = /^vault\/([0-9a-f]{64})$/

interface ArchiveManifest {
  format: typeof FORMAT
  kind: 'ipdesk-workspace'
  createdAt: string
  appVersion: string
  schemaVersion: number
  matters: number
  database: { sha256: string; bytes: number }
  blobs: { sha256: string; size: number }[]
}

export interface ArchiveExport {
  fileName: string
  bytes: number
  matters: number
  blobs: number
  documentsBytes: number
}

export interface ArchiveImport {
  dir: string
  matters: number
  documents: number
  blobs: number
  schemaVersion: number
}

const invalid = (reason: string, detail?: string): AppError =>
  new AppError('archive_invalid', { params: { reason }, detail: detail ?? reason })

/** Writes the archive to exports/ (a .part name until it is complete). */
export async function exportWorkspaceArchive(ws: Workspace): Promise<ArchiveExport> {
  const dir = exportsDir(ws)
  fs.mkdirSync(dir, { recursive: true })
  const createdAt = ws.ctx.now()
  const fileName = `ipdesk-workspace-${createdAt.replace(/[-:]/g, '').replace(/\..*$/, '')}.zip`
  const db = path.join(dir, `.${randomUUID()}.db.part`)
  const partial = path.join(dir, `.${randomUUID()}.part`)
  try {
    await copyLiveDatabase(ws.ctx.sqlite, db)
    const facts = inspectCopy(db, ws.nativeBinding)
    const manifest: ArchiveManifest = {
      format: FORMAT,
      kind: 'ipdesk-workspace',
      createdAt,
      appVersion: ws.info().appVersion,
      schemaVersion: facts.schemaVersion,
      matters: facts.matters,
      database: { sha256: await sha256OfFile(db), bytes: fs.statSync(db).size },
      blobs: facts.blobs
    }
    const zip = new ZipFile()
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MANIFEST)
    zip.addFile(db, DATABASE)
    // document files are mostly compressed already (PDF, JPEG, PNG): stored as they are
    for (const blob of manifest.blobs)
      zip.addFile(ws.vault.pathFor(blob.sha256), `vault/${blob.sha256}`, { compress: false })
    zip.end()
    await pipeline(zip.outputStream, fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 }))
    const target = path.join(dir, fileName)
    await rename(partial, target)
    inTransaction(ws.ctx, (tx) =>
      writeAudit(ws.ctx, tx, {
        action: 'export_workspace',
        entity: 'workspace',
        entityId: null,
        matterId: null,
        after: { fileName, blobs: manifest.blobs.length, database: manifest.database.sha256 }
      })
    )
    return {
      fileName,
      bytes: (await stat(target)).size,
      matters: manifest.matters,
      blobs: manifest.blobs.length,
      documentsBytes: manifest.blobs.reduce((sum, b) => sum + b.size, 0)
    }
  } finally {
    await rm(db, { force: true })
    await rm(partial, { force: true })
  }
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: true }, (error, zip) =>
      error || !zip ? reject(invalid('not_a_zip', String(error))) : resolve(zip)
    )
  )
}

function entriesOf(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = []
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry)
      zip.readEntry()
    })
    zip.on('end', () => resolve(entries))
    zip.on('error', (error: Error) => reject(invalid('damaged', String(error))))
    zip.readEntry()
  })
}

function readStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) =>
      error || !stream ? reject(invalid('damaged', String(error))) : resolve(stream)
    )
  )
}

async function readManifest(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<ArchiveManifest> {
  if (entry.uncompressedSize > 64 * 1024 * 1024) throw invalid('manifest_too_large')
  const chunks: Buffer[] = []
  for await (const chunk of await readStream(zip, entry)) chunks.push(chunk as Buffer)
  let manifest: ArchiveManifest
  try {
    manifest = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ArchiveManifest
  } catch {
    throw invalid('manifest_unreadable')
  }
  if (manifest?.format !== FORMAT || manifest.kind !== 'ipdesk-workspace' || !Array.isArray(manifest.blobs)) {
    throw invalid('not_a_workspace_archive')
  }
  return manifest
}

function isEmptyFolder(dir: string): boolean {
  if (!fs.existsSync(dir)) return true
  return fs.statSync(dir).isDirectory() && fs.readdirSync(dir).length === 0
}

/**
 * Makes `dir` (absent or empty) the workspace in `archive`. Everything is checked in a staging
 * folder inside `dir` first; on any problem nothing is left behind and `dir` stays empty.
 */
export async function importWorkspaceArchive(
  archive: string,
  dir: string,
  options: {
    nativeBinding?: string
    migrationsDir?: string
    /** The newest schema this app opens (an open workspace's own version); else read from the migrations. */
    supportedSchemaVersion?: number
  } = {}
): Promise<ArchiveImport> {
  if (!isEmptyFolder(dir)) throw new AppError('import_folder_not_empty', { params: { folder: dir } })
  const zip = await openZip(archive)
  const staging = path.join(dir, `.import-${randomUUID()}`)
  try {
    const entries = await entriesOf(zip)
    const names = new Set<string>()
    for (const entry of entries) {
      const name = entry.fileName
      if (names.has(name)) throw invalid('duplicate_entry', name)
      names.add(name)
      if (name !== MANIFEST && name !== DATABASE && !VAULT_ENTRY.test(name))
        throw invalid('unexpected_entry', name)
    }
    const manifestEntry = entries.find((e) => e.fileName === MANIFEST)
    const dbEntry = entries.find((e) => e.fileName === DATABASE)
    if (!manifestEntry || !dbEntry) throw invalid('incomplete')
    const manifest = await readManifest(zip, manifestEntry)
    const known =
      options.supportedSchemaVersion ?? readJournal(options.migrationsDir ?? defaultMigrationsDir()).length
    if (manifest.schemaVersion > known) {
      throw new AppError('backup_other_version', {
        params: { found: manifest.schemaVersion, supported: known }
      })
    }

    fs.mkdirSync(staging, { recursive: true })
    const db = path.join(staging, DATABASE)
    await pipeline(await readStream(zip, dbEntry), fs.createWriteStream(db, { flags: 'wx', mode: 0o600 }))
    if ((await sha256OfFile(db)) !== manifest.database.sha256) throw invalid('database_changed')
    const facts = inspectCopy(db, options.nativeBinding)
    if (facts.integrity !== 'ok') throw invalid('database_damaged', facts.integrity)

    const listed = new Set(manifest.blobs.map((b) => b.sha256))
    const needed = new Set(facts.blobs.map((b) => b.sha256))
    const vault = new Vault(path.join(staging, 'vault'))
    const stored = new Set<string>()
    for (const entry of entries) {
      const m = VAULT_ENTRY.exec(entry.fileName)
      if (!m) continue
      const expected = m[1]!
      if (!listed.has(expected)) throw invalid('unlisted_file', expected)
      const result = await vault.importStream(await readStream(zip, entry), {
        maxBytes: Number.MAX_SAFE_INTEGER
      })
      if (result.sha256 !== expected) throw invalid('file_changed', expected)
      stored.add(expected)
    }
    for (const sha of needed) if (!stored.has(sha)) throw invalid('file_missing', sha)

    // all checked: the staged workspace becomes the folder's
    await rename(db, path.join(dir, DATABASE))
    if (fs.existsSync(path.join(staging, 'vault')))
      await rename(path.join(staging, 'vault'), path.join(dir, 'vault'))
    return {
      dir,
      matters: facts.matters,
      documents: facts.documents,
      blobs: stored.size,
      schemaVersion: facts.schemaVersion
    }
  } catch (error) {
    // nothing half-imported stays behind
    await rm(path.join(dir, DATABASE), { force: true })
    await rm(path.join(dir, 'vault'), { recursive: true, force: true })
    throw error
  } finally {
    zip.close()
    await rm(staging, { recursive: true, force: true })
  }
}
