/**
 * Content-addressed evidence store: every blob lives at vault/sha256/<ab>/<sha256>, written once,
 * read-only afterwards. File names and other metadata belong to the database, never to paths here.
 */
import { createHash, randomUUID } from 'node:crypto'
import { createReadStream, existsSync, readdirSync, unlinkSync, type ReadStream } from 'node:fs'
import { chmod, link, mkdir, open, readdir, rename, stat, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { detectFileType, type Detection } from './detect'
import { errnoCode, formatBytes, isDiskFullErrno, VaultError } from './errors'
import { forceUnlink, fsyncDir, READ_CHUNK_BYTES, sha256OfFile, writeAll } from './fs-utils'

export {
  VaultError,
  isVaultError,
  isDiskFullErrno,
  errnoCode,
  formatBytes,
  type VaultErrorCode
} from './errors'
export {
  detectFileType,
  isRefusedType,
  refusalReason,
  kindForMime,
  type Detection,
  type DetectedKind,
  type RefusalReason
} from './detect'
export { sanitizeFileName, truncateUtf8, MAX_FILE_NAME_BYTES, type SanitizeOptions } from './sanitize'

export const DEFAULT_MAX_IMPORT_BYTES = 1024 ** 3
const HASH_RE = /^[0-9a-f]{64}$/
// Owner read-only: evidence must not change after import (verify() would flag it anyway).
const BLOB_MODE = 0o400
const TEMP_MAX_AGE_MS = 24 * 60 * 60 * 1000
// link() gives "create only if absent" semantics; these errnos mean the filesystem cannot hard-link.
const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EACCES'])

export interface ImportOptions {
  /** Abort above this many bytes with VaultError 'too_large'. Default 1 GiB. */
  maxBytes?: number
  signal?: AbortSignal
}

export interface ImportResult extends Detection {
  sha256: string
  size: number
  /** True when identical bytes were already in the vault and nothing new was stored. */
  deduplicated: boolean
}

export interface VerifyReport {
  checked: number
  ok: number
  mismatched: { sha256: string; actual: string }[]
  /** Hashes passed in `expected` that have no blob. */
  missing: string[]
  /** Blobs that could not be read (permissions, I/O errors). */
  unreadable: { sha256: string; error: string }[]
  /** Entries under sha256/ that are not named like blobs (relative paths). */
  stray: string[]
}

export interface VerifyOptions {
  expected?: Iterable<string>
  onProgress?: (checked: number) => void
}

type ByteSource = AsyncIterable<Uint8Array | string>

export function isSha256Hex(value: unknown): value is string {
  return typeof value === 'string' && HASH_RE.test(value)
}

export interface VaultOptions {
  now?: () => string
}

export class Vault {
  readonly root: string
  private readonly blobRoot: string
  private readonly tmpRoot: string
  /** The core's clock (UTC ISO moment): what "older than a day" is measured against. */
  private readonly now: () => string

  /** Cheap and synchronous: directories are created on first import (or by `Vault.open`). */
  constructor(root: string, options: VaultOptions = {}) {
    this.now = options.now ?? (() => new Date().toISOString())
    this.root = path.resolve(root)
    this.blobRoot = path.join(this.root, 'sha256')
    this.tmpRoot = path.join(this.root, 'tmp')
  }

  /** Creates the layout now and clears temp files left by a crash (older than a day). */
  static async open(root: string, options: VaultOptions = {}): Promise<Vault> {
    const vault = new Vault(root, options)
    await mkdir(vault.blobRoot, { recursive: true })
    await mkdir(vault.tmpRoot, { recursive: true })
    await vault.sweepTemp()
    return vault
  }

  /** Absolute blob path for a hash; throws unless the hash is 64 lowercase hex and the path stays inside. */
  pathFor(sha256: string): string {
    if (!isSha256Hex(sha256)) {
      throw new VaultError('invalid_hash', 'Not a SHA-256 hash (64 lowercase hex characters expected)')
    }
    const resolved = path.resolve(this.blobRoot, sha256.slice(0, 2), sha256)
    const rel = path.relative(this.root, resolved)
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new VaultError('outside_vault', 'Resolved blob path escapes the vault root')
    }
    return resolved
  }

  async has(sha256: string): Promise<boolean> {
    const file = this.pathFor(sha256)
    try {
      return (await stat(file)).isFile()
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return false
      throw err
    }
  }

  async importFile(sourcePath: string, options: ImportOptions = {}): Promise<ImportResult> {
    const maxBytes = resolveMaxBytes(options.maxBytes)
    let info
    try {
      info = await stat(sourcePath)
    } catch (err) {
      const code = errnoCode(err)
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new VaultError('not_found', 'The file to import does not exist', { cause: err })
      }
      throw new VaultError('io', 'The file to import cannot be read', { cause: err })
    }
    if (!info.isFile()) throw new VaultError('not_a_file', 'Only regular files can be imported')
    if (info.size === 0) throw new VaultError('empty', 'The file is empty')
    // fail fast on the size we can see; the stream check below still guards a file that grows
    if (info.size > maxBytes) throw tooLarge(maxBytes)
    const stream = createReadStream(sourcePath, { highWaterMark: READ_CHUNK_BYTES })
    return this.importStream(stream, { ...options, maxBytes })
  }

  /** Streams bytes into the vault: hash while writing a temp file, fsync, then publish atomically. */
  async importStream(source: ByteSource, options: ImportOptions = {}): Promise<ImportResult> {
    const maxBytes = resolveMaxBytes(options.maxBytes)
    await mkdir(this.tmpRoot, { recursive: true })
    const tmp = path.join(this.tmpRoot, `${randomUUID()}.part`)
    let handle: FileHandle | undefined = await open(tmp, 'wx', 0o600)
    // One write in flight while the next chunk is read and hashed (sources yield fresh buffers).
    let writing: Promise<void> = Promise.resolve()
    try {
      const hash = createHash('sha256')
      let size = 0
      const flusher = new EarlyFlush(handle)
      for await (const chunk of source) {
        options.signal?.throwIfAborted()
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
        size += bytes.byteLength
        if (size > maxBytes) throw tooLarge(maxBytes) // leaving the loop destroys the source stream
        hash.update(bytes)
        await writing
        writing = writeAll(handle, bytes)
        writing.catch(() => undefined) // handled: awaited (and thrown) before the next write
        flusher.wrote(bytes.byteLength)
      }
      await writing
      if (size === 0) throw new VaultError('empty', 'The file is empty')
      await flusher.settled()
      await handle.sync()
      await handle.close()
      handle = undefined
      const sha256 = hash.digest('hex')
      const deduplicated = await this.publish(tmp, sha256, size)
      const detection = await detectFileType(this.pathFor(sha256))
      return { sha256, size, deduplicated, ...detection }
    } catch (err) {
      if (err instanceof VaultError) throw err
      if (options.signal?.aborted) throw new VaultError('aborted', 'Import cancelled', { cause: err })
      if (isDiskFullErrno(errnoCode(err))) {
        throw new VaultError('disk_full', 'The disk is full; the file was not stored', { cause: err })
      }
      throw new VaultError('io', `Import failed: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err
      })
    } finally {
      await writing.catch(() => undefined) // a write still in flight when the loop threw
      await handle?.close().catch(() => undefined)
      // after a successful link the temp name is just a second link; after a failure it is garbage
      await forceUnlink(tmp).catch(() => undefined)
    }
  }

  /** Returns true when the blob already existed (deduplicated). */
  private async publish(tmp: string, sha256: string, size: number): Promise<boolean> {
    const dest = this.pathFor(sha256)
    const existing = await stat(dest).catch(() => undefined)
    if (existing?.isFile() && existing.size === size) return true
    // same name but wrong size: a damaged copy; replace it with the bytes we just hashed
    if (existing) await forceUnlink(dest)
    await mkdir(path.dirname(dest), { recursive: true })
    await chmod(tmp, BLOB_MODE)
    try {
      await link(tmp, dest)
    } catch (err) {
      const code = errnoCode(err)
      if (code === 'EEXIST') return true // a concurrent import of the same bytes got there first
      if (code === undefined || !LINK_UNSUPPORTED.has(code)) throw err
      try {
        await rename(tmp, dest)
      } catch (renameErr) {
        if (await this.has(sha256)) return true
        throw renameErr
      }
    }
    // drop the temp name now: on Windows, unlinking a read-only link clears the flag the blob shares
    await forceUnlink(tmp)
    await chmod(dest, BLOB_MODE)
    await fsyncDir(path.dirname(dest))
    return false
  }

  /** Opens a blob for reading; throws VaultError 'not_found' if it is not stored. */
  /**
   * Hands `use` the bytes as a file of their own (a reader that takes a path, e.g. an e-mail's
   * attached PDF) in the vault's temp folder, removed afterwards; a crash leaves it to the sweep.
   */
  async withTempFile<T>(bytes: Uint8Array, use: (file: string) => Promise<T>): Promise<T> {
    await mkdir(this.tmpRoot, { recursive: true })
    const tmp = path.join(this.tmpRoot, `${randomUUID()}.read`)
    const handle = await open(tmp, 'wx', 0o600)
    try {
      try {
        await writeAll(handle, bytes)
      } finally {
        await handle.close()
      }
      return await use(tmp)
    } finally {
      await forceUnlink(tmp).catch(() => undefined)
    }
  }

  async openRead(sha256: string): Promise<ReadStream> {
    const file = this.pathFor(sha256)
    let handle: FileHandle
    try {
      handle = await open(file, 'r')
    } catch (err) {
      if (errnoCode(err) === 'ENOENT')
        throw new VaultError('not_found', 'No such blob in the vault', { cause: err })
      throw new VaultError('io', 'The blob cannot be opened', { cause: err })
    }
    return handle.createReadStream({ highWaterMark: READ_CHUNK_BYTES })
  }

  /** Deletes a blob (reference counting is the caller's job). Returns false if it was not there. */
  async remove(sha256: string): Promise<boolean> {
    const file = this.pathFor(sha256)
    const removed = await forceUnlink(file)
    if (removed) await fsyncDir(path.dirname(file))
    return removed
  }

  /** Re-hashes every blob (streaming, one at a time) and reports any whose bytes no longer match the name. */
  async verify(options: VerifyOptions = {}): Promise<VerifyReport> {
    const report: VerifyReport = { checked: 0, ok: 0, mismatched: [], missing: [], unreadable: [], stray: [] }
    const seen = new Set<string>()
    const shards = await readdir(this.blobRoot, { withFileTypes: true }).catch((err: unknown) => {
      if (errnoCode(err) === 'ENOENT') return []
      throw err
    })
    for (const shard of shards) {
      if (!shard.isDirectory() || !/^[0-9a-f]{2}$/.test(shard.name)) {
        report.stray.push(shard.name)
        continue
      }
      const shardDir = path.join(this.blobRoot, shard.name)
      for (const entry of await readdir(shardDir, { withFileTypes: true })) {
        if (!entry.isFile() || !isSha256Hex(entry.name) || !entry.name.startsWith(shard.name)) {
          report.stray.push(`${shard.name}/${entry.name}`)
          continue
        }
        seen.add(entry.name)
        report.checked++
        try {
          const actual = await sha256OfFile(path.join(shardDir, entry.name))
          if (actual === entry.name) report.ok++
          else report.mismatched.push({ sha256: entry.name, actual })
        } catch (err) {
          report.unreadable.push({
            sha256: entry.name,
            error: err instanceof Error ? err.message : String(err)
          })
        }
        options.onProgress?.(report.checked)
      }
    }
    for (const sha of options.expected ?? []) {
      if (!seen.has(sha)) report.missing.push(sha)
    }
    return report
  }

  /**
   * On open, before any import can start: every temp file is a leftover of a crash mid-import
   * (one workspace is opened by one process). Returns how many were removed.
   */
  sweepAllTempNow(): number {
    let removed = 0
    let names: string[] = []
    // absent until the first import: a check costs less than the error readdir would throw
    if (!existsSync(this.tmpRoot)) return 0
    try {
      names = readdirSync(this.tmpRoot)
    } catch {
      return 0
    }
    for (const name of names) {
      try {
        unlinkSync(path.join(this.tmpRoot, name))
        removed++
      } catch {
        // a folder or a file we may not remove: left for verify to report
      }
    }
    return removed
  }

  /** Deletes temp files older than `olderThanMs` (left by a crash mid-import). Returns how many. */
  async sweepTemp(olderThanMs = TEMP_MAX_AGE_MS): Promise<number> {
    const entries = await readdir(this.tmpRoot, { withFileTypes: true }).catch(() => [])
    const cutoff = Date.parse(this.now()) - olderThanMs
    let removed = 0
    for (const entry of entries) {
      if (!entry.isFile()) continue
      const file = path.join(this.tmpRoot, entry.name)
      const info = await stat(file).catch(() => undefined)
      if (info && info.mtimeMs <= cutoff && (await forceUnlink(file).catch(() => false))) removed++
    }
    return removed
  }
}

// Start writing back every few MB while hashing goes on, so the final fsync has little left to do.
const EARLY_FLUSH_BYTES = 8 * 1024 * 1024

/** Background fdatasync every EARLY_FLUSH_BYTES, one at a time; the final fsync stays authoritative. */
class EarlyFlush {
  private pending: Promise<void> | null = null
  private unflushed = 0

  constructor(private readonly handle: FileHandle) {}

  wrote(bytes: number): void {
    this.unflushed += bytes
    if (this.unflushed < EARLY_FLUSH_BYTES || this.pending) return
    this.unflushed = 0
    this.pending = this.handle
      .datasync()
      .catch(() => undefined)
      .finally(() => {
        this.pending = null
      })
  }

  async settled(): Promise<void> {
    await this.pending
  }
}

export function openVault(rootDir: string, options: VaultOptions = {}): Promise<Vault> {
  return Vault.open(rootDir, options)
}

function resolveMaxBytes(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MAX_IMPORT_BYTES
  if (!Number.isFinite(value) || value <= 0) throw new RangeError('maxBytes must be a positive number')
  return value
}

function tooLarge(limitBytes: number): VaultError {
  return new VaultError('too_large', `The file is larger than the ${formatBytes(limitBytes)} import limit`, {
    limitBytes
  })
}

export { sha256OfFile }
