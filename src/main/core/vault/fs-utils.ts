import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { chmod, open, unlink, type FileHandle } from 'node:fs/promises'
import { errnoCode } from './errors'

/** Reads big chunks: fewer syscalls and hash updates per GB. */
export const READ_CHUNK_BYTES = 1024 * 1024

export async function sha256OfFile(filePath: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(filePath, { highWaterMark: READ_CHUNK_BYTES })) {
    hash.update(chunk as Buffer)
  }
  return hash.digest('hex')
}

export async function writeAll(handle: FileHandle, data: Uint8Array): Promise<void> {
  let offset = 0
  while (offset < data.byteLength) {
    const { bytesWritten } = await handle.write(data, offset, data.byteLength - offset)
    offset += bytesWritten
  }
}

/** Makes a rename/link durable; Windows cannot open directories and some filesystems reject the call. */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  let handle: FileHandle | undefined
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (err) {
    const code = errnoCode(err)
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR' && code !== 'EPERM') throw err
  } finally {
    await handle?.close()
  }
}

/** Deletes a file even when it is read-only (Windows refuses to unlink read-only files). Returns false if absent. */
export async function forceUnlink(filePath: string): Promise<boolean> {
  try {
    await unlink(filePath)
    return true
  } catch (err) {
    const code = errnoCode(err)
    if (code === 'ENOENT') return false
    if (code !== 'EPERM' && code !== 'EACCES') throw err
  }
  await chmod(filePath, 0o600)
  await unlink(filePath)
  return true
}
