// A matter's documents: read them (as a tree: an email holds its attachments), rename and
// re-classify them, take them off a matter, and delete bytes nobody references any more.
import { backupsReferencing } from '../backup/backup'
import type { z } from 'zod'
import type {
  DeleteBytesInput,
  DocumentListInput,
  DocumentRecord,
  DocumentText,
  DocumentUpdateInput,
  DocumentViewer,
  EmailHeaders,
  KindProposal,
  TextStatus
} from '../../../shared/contract/documents'
import type { DocumentKind } from '../../../shared/model'
import { inTransaction, writeAudit, type CoreContext, type DbOrTx } from '../kernel/context'
import { touchMatter } from '../matters/touch'
import { recordCustody } from './custody'
import { AppError, notFound } from '../kernel/errors'
import {
  childDocumentRows,
  countDocumentsWithBytes,
  deleteBlobRow,
  documentSizeById,
  documentsWithKind,
  getBlob,
  getDocumentRow,
  pageTexts,
  updateDocumentRow,
  type DocumentChanges,
  type DocumentRow,
  type DocumentWithKind
} from './repo'
import { cleanOriginalName } from './uploads'
import type { Workspace } from '../workspace/workspace'

export type { DocumentWithKind }

/** Bytes already accepted into the vault (a blob row), as other areas need to know them. */
export function knownBlob(
  tx: DbOrTx,
  sha256: string
): { sha256: string; size: number; mime: string; detectedKind: string } | undefined {
  const row = getBlob(tx, sha256)
  return row
    ? { sha256: row.sha256, size: row.size, mime: row.mime, detectedKind: row.detectedKind }
    : undefined
}

export function viewerFor(detectedKind: string, mime: string): DocumentViewer {
  if (detectedKind === 'pdf') return 'pdf'
  if (detectedKind === 'email') return 'email'
  if (detectedKind === 'text') return 'text'
  if (detectedKind === 'image' && mime !== 'image/svg+xml') return 'image'
  return 'other'
}

function parseKindProposal(json: string | null): KindProposal | null {
  if (!json) return null
  try {
    return JSON.parse(json) as KindProposal
  } catch {
    return null
  }
}

function parseEmailJson(json: string | null): EmailHeaders | null {
  if (!json) return null
  try {
    return JSON.parse(json) as EmailHeaders
  } catch {
    return null
  }
}

export function toDocumentRecord({ doc, detectedKind }: DocumentWithKind): DocumentRecord {
  return {
    id: doc.id,
    matterId: doc.matterId,
    sha256: doc.sha256,
    originalName: doc.originalName,
    size: doc.size,
    mime: doc.mime,
    kind: doc.kind as DocumentKind,
    documentDate: doc.documentDate,
    privileged: doc.privileged,
    importedAt: doc.importedAt,
    parentId: doc.parentId,
    importedBy: doc.importedBy,
    detectedKind,
    viewer: viewerFor(detectedKind, doc.mime),
    textStatus: doc.textStatus as TextStatus,
    textError: doc.textError,
    pageCount: doc.pageCount,
    pagesIndexed: doc.pagesIndexed ?? null,
    email: parseEmailJson(doc.emailJson),
    // a proposal the user has answered is cleared; one left over a kind already set is stale
    kindProposal: doc.kind === 'other' ? parseKindProposal(doc.kindProposalJson) : null,
    attachments: []
  }
}

/** Nests each record under its parent when the parent is in the list; others stay at the top. */
export function nestAttachments(records: DocumentRecord[]): DocumentRecord[] {
  const byId = new Map(records.map((r) => [r.id, r]))
  const roots: DocumentRecord[] = []
  for (const record of records) {
    const parent = record.parentId === null ? undefined : byId.get(record.parentId)
    if (parent) parent.attachments.push(record)
    else roots.push(record)
  }
  return roots
}

export function getDocument(ctx: CoreContext, id: number, tx: DbOrTx = ctx.db): DocumentRecord {
  const [row] = documentsWithKind(tx, { ids: [id] })
  if (!row) throw notFound('document', id)
  const record = toDocumentRecord(row)
  record.attachments = documentsWithKind(tx, { parentIds: [id] }).map(toDocumentRecord)
  return record
}

export function getDocuments(ctx: CoreContext, ids: number[], tx: DbOrTx = ctx.db): DocumentRecord[] {
  if (ids.length === 0) return []
  const rows = documentsWithKind(tx, { ids }).map(toDocumentRecord)
  const children = documentsWithKind(tx, { parentIds: ids }).map(toDocumentRecord)
  return nestAttachments([...rows, ...children.filter((c) => !ids.includes(c.id))])
}

export function listDocuments(ctx: CoreContext, input: z.output<typeof DocumentListInput>): DocumentRecord[] {
  const rows = documentsWithKind(ctx.db, {
    matterId: input.matterId,
    kinds: input.kinds,
    from: input.from ?? undefined,
    to: input.to ?? undefined,
    privileged: input.privileged
  })
  return nestAttachments(rows.map(toDocumentRecord))
}

export function updateDocument(
  ctx: CoreContext,
  input: z.output<typeof DocumentUpdateInput>
): DocumentRecord {
  return inTransaction(ctx, (tx) => {
    const current = getDocumentRow(tx, input.id)
    if (!current) throw notFound('document', input.id)
    const subject = { id: current.id, matterId: current.matterId, sha256: current.sha256 }
    const changes: DocumentChanges = {}
    const name = input.originalName === undefined ? undefined : cleanOriginalName(input.originalName)
    if (name !== undefined && name !== current.originalName) {
      changes.originalName = name
      recordCustody(ctx, tx, 'rename', subject, { from: current.originalName, to: name })
    }
    const before: Record<string, unknown> = {}
    const after: Record<string, unknown> = {}
    for (const key of ['kind', 'documentDate', 'privileged'] as const) {
      const value = input[key]
      if (value === undefined || value === current[key]) continue
      before[key] = current[key]
      after[key] = value
    }
    // Choosing a kind answers the proposal, whether the user took it, changed it or kept "other".
    const proposal = input.kind === undefined ? null : parseKindProposal(current.kindProposalJson)
    if (Object.keys(after).length) {
      Object.assign(changes, after)
      recordCustody(ctx, tx, 'reclassify', subject, { before, after })
    }
    if (proposal) {
      before.proposedKind = proposal.kind
      after.proposedKind = null
    }
    if (Object.keys(changes).length === 0 && !proposal) return getDocument(ctx, input.id, tx)
    updateDocumentRow(tx, input.id, { ...changes, ...(proposal ? { kindProposalJson: null } : {}) })
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'document',
      entityId: input.id,
      matterId: current.matterId,
      before: { originalName: current.originalName, ...before },
      after: { ...changes, ...(proposal ? { proposedKind: null } : {}) }
    })
    if (typeof after.privileged === 'boolean') cascadePrivilege(ctx, tx, input.id, after.privileged)
    touchMatter(ctx, tx, current.matterId)
    return getDocument(ctx, input.id, tx)
  })
}

/** An email's attachments share its privilege: marking the email privileged marks them too. */
function cascadePrivilege(ctx: CoreContext, tx: DbOrTx, parentId: number, privileged: boolean): void {
  for (const child of childDocumentRows(tx, parentId)) {
    if (child.privileged === privileged) continue
    updateDocumentRow(tx, child.id, { privileged })
    const change = { before: { privileged: child.privileged }, after: { privileged }, parentId }
    recordCustody(ctx, tx, 'reclassify', child, change)
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'document',
      entityId: child.id,
      matterId: child.matterId,
      ...change
    })
  }
}

/** Deletes stored bytes, only when no document (in any matter) still points at them. */
export async function deleteBytes(
  ws: Workspace,
  input: z.output<typeof DeleteBytesInput>
): Promise<{ sha256: string; size: number }> {
  const { ctx } = ws
  // A backup restores documents by hash from the vault: deleting bytes one still needs breaks it.
  const backups = backupsReferencing(ws, input.sha256)
  if (backups.length && !input.confirmBackups) {
    throw new AppError('bytes_in_backups', { params: { count: backups.length } })
  }
  const blob = inTransaction(ctx, (tx) => {
    const row = getBlob(tx, input.sha256)
    if (!row) throw new AppError('not_found', { params: { entity: 'blob', id: input.sha256 } })
    const refs = countDocumentsWithBytes(tx, input.sha256)
    if (refs > 0) throw new AppError('still_referenced', { params: { count: refs } })
    deleteBlobRow(tx, input.sha256)
    recordCustody(
      ctx,
      tx,
      'delete_bytes',
      { id: null, matterId: null, sha256: input.sha256 },
      { size: row.size, mime: row.mime }
    )
    writeAudit(ctx, tx, {
      action: 'delete_bytes',
      entity: 'blob',
      entityId: null,
      matterId: null,
      before: row
    })
    return row
  })
  // The row goes first: a failure here leaves an unreferenced file, never a row without bytes.
  await ws.vault.remove(input.sha256)
  return { sha256: blob.sha256, size: blob.size }
}

export function documentText(ctx: CoreContext, input: { id: number; page?: number }): DocumentText {
  const doc = documentRow(ctx, input.id)
  const pages = pageTexts(ctx.db, input.id, input.page)
  return { documentId: input.id, textStatus: doc.textStatus as TextStatus, pages }
}

/** A document's stored row; not_found when there is none. */
export function documentRow(ctx: CoreContext, id: number, tx: DbOrTx = ctx.db): DocumentRow {
  const doc = getDocumentRow(tx, id)
  if (!doc) throw notFound('document', id)
  return doc
}

/** The byte size the viewer's range requests are answered against. */
export function documentSize(ctx: CoreContext, id: number): number {
  const size = documentSizeById(ctx.db, id)
  if (size === undefined) throw notFound('document', id)
  return size
}
