// A document's bytes for the viewer (browser preview route, Electron protocol handler), and
// the vault check. Every view is a custody event; verify logs each damaged or missing blob.
import { createReadStream, type ReadStream } from 'node:fs'
import type { BlobProblem, VaultVerifyReport } from '../../../shared/contract/documents'
import { inTransaction, writeAudit } from '../kernel/context'
import { documentsHolding, recordCustody } from './custody'
import { documentRow } from './documents'
import { allBlobHashes } from './repo'
import type { Workspace } from '../workspace/workspace'

// Shown inline in the viewer; anything else is offered as a download only.
const INLINE_MIMES = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/bmp',
  'text/plain'
])

export interface DocumentContent {
  stream: ReadStream
  /** The type recorded at import (detected from the bytes, never from the name). */
  mime: string
  size: number
  originalName: string
  disposition: 'inline' | 'attachment'
}

export function dispositionFor(mime: string): 'inline' | 'attachment' {
  return INLINE_MIMES.has(mime) ? 'inline' : 'attachment'
}

/** Inclusive byte range, as HTTP Range requests name it. */
export interface ByteRange {
  start: number
  end: number
}

/**
 * Opens a document's bytes (or a range of them) and records the view in its chain of custody.
 * A viewer reading one file in many ranges is one view: only the read from byte 0 is logged.
 */
export async function openDocumentContent(
  ws: Workspace,
  id: number,
  options: { range?: ByteRange } = {}
): Promise<DocumentContent> {
  const { ctx } = ws
  const doc = documentRow(ctx, id)
  const stream = options.range
    ? createReadStream(ws.vault.pathFor(doc.sha256), options.range)
    : await ws.vault.openRead(doc.sha256)
  if (!options.range || options.range.start === 0) {
    inTransaction(ctx, (tx) => {
      recordCustody(ctx, tx, 'view', doc, { originalName: doc.originalName })
      writeAudit(ctx, tx, { action: 'view', entity: 'document', entityId: doc.id, matterId: doc.matterId })
    })
  }
  return {
    stream,
    mime: doc.mime,
    size: doc.size,
    originalName: doc.originalName,
    disposition: dispositionFor(doc.mime)
  }
}

/** Re-hashes every blob the database knows; logs custody 'verify' rows for each problem found. */
export async function verifyVault(ws: Workspace): Promise<VaultVerifyReport> {
  const { ctx } = ws
  const known = allBlobHashes(ctx.db)
  const report = await ws.vault.verify({ expected: known })
  const shas = [
    ...report.mismatched.map((m) => m.sha256),
    ...report.missing,
    ...report.unreadable.map((u) => u.sha256)
  ]
  const holders = documentsHolding(ctx.db, shas)
  const problem = (sha256: string, extra: Partial<BlobProblem> = {}): BlobProblem => ({
    sha256,
    ...extra,
    documents: holders.get(sha256) ?? []
  })
  const result: VaultVerifyReport = {
    checked: report.checked,
    ok: report.ok,
    mismatched: report.mismatched.map((m) => problem(m.sha256, { actual: m.actual })),
    missing: report.missing.map((sha) => problem(sha)),
    unreadable: report.unreadable.map((u) => problem(u.sha256, { error: u.error }))
  }
  const findings = [
    ...result.mismatched.map((p) => ({ p, result: 'mismatch' })),
    ...result.missing.map((p) => ({ p, result: 'missing' })),
    ...result.unreadable.map((p) => ({ p, result: 'unreadable' }))
  ]
  inTransaction(ctx, (tx) => {
    for (const { p, result: outcome } of findings) {
      const details = {
        result: outcome,
        ...(p.actual ? { actual: p.actual } : {}),
        ...(p.error ? { error: p.error } : {})
      }
      // One row per document holding the bytes, so each document's own log shows the damage.
      if (p.documents.length === 0)
        recordCustody(ctx, tx, 'verify', { id: null, matterId: null, sha256: p.sha256 }, details)
      for (const d of p.documents)
        recordCustody(ctx, tx, 'verify', { id: d.id, matterId: d.matterId, sha256: p.sha256 }, details)
    }
    writeAudit(ctx, tx, {
      action: 'verify',
      entity: 'vault',
      entityId: null,
      matterId: null,
      after: {
        checked: result.checked,
        ok: result.ok,
        mismatched: result.mismatched.length,
        missing: result.missing.length,
        unreadable: result.unreadable.length
      }
    })
  })
  return result
}
