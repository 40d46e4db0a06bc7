// A file the user drops in goes straight into the vault (streamed, hashed, fsynced) and is
// recorded as a blob; documents reference it by hash once the user saves.
import type { Readable } from 'node:stream'
import type { UploadedFile } from '../../../shared/model'
import { stripUnsafeName } from '../../../shared/unsafe-text'
import { inTransaction, writeAudit, type DbOrTx } from '../kernel/context'
import { AppError } from '../kernel/errors'
import { blobExists, getBlob, insertBlobIfNew } from './repo'
import { isRefusedType, isVaultError } from '../vault'
import type { Workspace } from '../workspace/workspace'

/** File names are metadata: keep them printable and bounded, never used as paths. */
export function cleanOriginalName(name: string): string {
  const cleaned = stripUnsafeName(name).trim()
  return (cleaned || 'unnamed').slice(0, 400)
}

export async function importUpload(
  ws: Workspace,
  source: Readable | string,
  originalName: string
): Promise<UploadedFile> {
  const name = cleanOriginalName(originalName)
  let stored
  try {
    stored =
      typeof source === 'string'
        ? await ws.vault.importFile(source, { maxBytes: ws.maxImportBytes })
        : await ws.vault.importStream(source, { maxBytes: ws.maxImportBytes })
  } catch (error) {
    if (isVaultError(error)) {
      throw new AppError(error.code, {
        params: { limit: ws.maxImportBytes, name },
        detail: error.message
      })
    }
    throw error
  }

  // The same check as email attachments and attach: SVG with script is refused like HTML.
  if (isRefusedType(stored.mime, { activeContent: stored.activeContent })) {
    // Keep nothing we refuse, unless the same bytes were already accepted earlier.
    if (!blobExists(ws.ctx.db, stored.sha256)) await ws.vault.remove(stored.sha256)
    throw new AppError('refused_type', { params: { name, mime: stored.mime } })
  }

  const { ctx } = ws
  inTransaction(ctx, (tx) => {
    const inserted = insertBlobIfNew(tx, {
      sha256: stored.sha256,
      size: stored.size,
      mime: stored.mime,
      detectedKind: stored.detectedKind,
      storedAt: ctx.now()
    })
    writeAudit(ctx, tx, {
      action: inserted ? 'store' : 'store_duplicate',
      entity: 'blob',
      entityId: null,
      matterId: null,
      after: { sha256: stored.sha256, size: stored.size, mime: stored.mime, originalName: name }
    })
  })
  return {
    sha256: stored.sha256,
    originalName: name,
    size: stored.size,
    mime: stored.mime,
    detectedKind: stored.detectedKind
  }
}

/** What the vault detected of bytes uploaded earlier (undefined: never uploaded). */
export function uploadedBlob(
  tx: DbOrTx,
  sha256: string
): { sha256: string; size: number; mime: string; detectedKind: string } | undefined {
  const row = getBlob(tx, sha256)
  return row && { sha256: row.sha256, size: row.size, mime: row.mime, detectedKind: row.detectedKind }
}

/** The bytes of an uploaded blob, read whole (small files only: a product photo). */
export async function blobBytes(ws: Workspace, sha256: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of await ws.vault.openRead(sha256)) {
    size += (chunk as Buffer).length
    if (size > maxBytes) throw new AppError('too_large', { params: { limit: maxBytes } })
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}
