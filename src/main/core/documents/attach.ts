// documents.attach: files already in the vault (uploaded as blobs) become a matter's
// documents, each with its custody 'import' row; emails bring their attachments along.
import type { z } from 'zod'
import type { AttachInput, AttachProblem, AttachResult } from '../../../shared/contract/documents'
import type { DocumentKind } from '../../../shared/model'
import { localDateOf } from '../kernel/clock'
import { inTransaction, writeAudit, type CoreContext, type Tx } from '../kernel/context'
import { touchMatter } from '../matters/touch'
import { recordCustody } from './custody'
import { getDocuments } from './documents'
import {
  attachedDocument,
  getBlob,
  insertBlobIfNew,
  insertDocumentRow,
  insertPage,
  type BlobRow,
  type NewDocumentRow
} from './repo'
import { readEmailForIntake, type EmailIntake, type StoredAttachment } from '../intake/email-intake'
import { AppError, notFound } from '../kernel/errors'
import { matterExists } from '../matters/matters'
import { indexedPageText, textQueue } from './text-index'
import { cleanOriginalName } from './uploads'
import { detectFileType, isRefusedType } from '../vault'
import type { Workspace } from '../workspace/workspace'

type Input = z.output<typeof AttachInput>

interface PlannedDocument {
  blob: BlobRow
  name: string
  email: EmailIntake | null
}

/**
 * The blobs to attach, each checked again from its bytes with the same refusal as uploads and
 * email attachments: a blob row does not record whether an SVG carries script.
 */
async function checkedBlobs(ws: Workspace, input: Input): Promise<BlobRow[]> {
  const found: BlobRow[] = []
  for (const [index, file] of input.files.entries()) {
    const blob = getBlob(ws.ctx.db, file.sha256)
    const missing = new AppError('validation', { fields: { [`files.${index}.sha256`]: 'file_missing' } })
    if (!blob) throw missing
    const detection = await detectFileType(ws.vault.pathFor(blob.sha256)).catch(() => null)
    if (!detection) throw missing
    if (isRefusedType(detection.mime, { activeContent: detection.activeContent })) {
      throw new AppError('refused_type', {
        params: { name: cleanOriginalName(file.originalName), mime: detection.mime }
      })
    }
    found.push(blob)
  }
  return found
}

/** One document row with its custody and audit entries; attach and intake both use it. */
export function insertDocument(ctx: CoreContext, tx: Tx, values: NewDocumentRow): number {
  const row = insertDocumentRow(tx, values, { at: ctx.now(), actor: ctx.actor })
  recordCustody(ctx, tx, 'import', row, {
    originalName: row.originalName,
    size: row.size,
    mime: row.mime,
    ...(row.parentId === null ? {} : { parentId: row.parentId })
  })
  writeAudit(ctx, tx, {
    action: 'import',
    entity: 'document',
    entityId: row.id,
    matterId: row.matterId,
    after: { originalName: row.originalName, sha256: row.sha256, kind: row.kind, parentId: row.parentId }
  })
  return row.id
}

function insertAttachment(
  ctx: CoreContext,
  tx: Tx,
  parent: { id: number; matterId: number; privileged: boolean },
  a: StoredAttachment
): number {
  const stored = insertBlobIfNew(tx, {
    sha256: a.sha256,
    size: a.size,
    mime: a.mime,
    detectedKind: a.detectedKind,
    storedAt: ctx.now()
  })
  writeAudit(ctx, tx, {
    action: stored ? 'store' : 'store_duplicate',
    entity: 'blob',
    entityId: null,
    matterId: parent.matterId,
    after: {
      sha256: a.sha256,
      size: a.size,
      mime: a.mime,
      originalName: a.originalName,
      fromDocumentId: parent.id
    }
  })
  return insertDocument(ctx, tx, {
    matterId: parent.matterId,
    sha256: a.sha256,
    originalName: a.originalName,
    size: a.size,
    mime: a.mime,
    kind: 'other',
    documentDate: null,
    // An attachment to privileged correspondence is privileged too.
    privileged: parent.privileged,
    parentId: parent.id
  })
}

/** A file as it arrived, for a matter: an e-mail brings its headers, text and attachments. */
export interface ArrivedDocument {
  matterId: number
  blob: Pick<BlobRow, 'sha256' | 'size' | 'mime' | 'detectedKind'>
  name: string
  /** The e-mail as read (readEmailForIntake), when the file is one. */
  email: EmailIntake | null
  /** Unset: an e-mail is correspondence, anything else "other". */
  kind?: DocumentKind
  /** Unset: an e-mail is dated by its Date header. */
  documentDate?: string | null
  privileged: boolean
}

/**
 * One arrived file as documents: an e-mail is kept whole with its text and headers, and each of
 * its attachments becomes a child document. Attach and intake both use it.
 */
export function insertArrivedDocument(ctx: CoreContext, tx: Tx, doc: ArrivedDocument): number {
  const { blob, email, privileged } = doc
  const isEmail = blob.detectedKind === 'email'
  const emailDate = email?.headers?.date ? localDateOf(new Date(email.headers.date)) : null
  const id = insertDocument(ctx, tx, {
    matterId: doc.matterId,
    sha256: blob.sha256,
    originalName: doc.name,
    size: blob.size,
    mime: blob.mime,
    kind: doc.kind ?? ((isEmail ? 'correspondence' : 'other') satisfies DocumentKind),
    documentDate: doc.documentDate ?? emailDate,
    privileged,
    emailJson: email?.headers ? JSON.stringify(email.headers) : null,
    // An email's text is read here, with its attachments; everything else goes to the queue.
    textStatus: email ? (email.headers ? 'done' : 'failed') : 'pending',
    textError: email?.error ?? null,
    pageCount: email?.pageText ? 1 : null
  })
  if (email?.pageText) {
    insertPage(tx, id, 1, indexedPageText(email.pageText))
  }
  for (const attachment of email?.attachments ?? []) {
    insertAttachment(ctx, tx, { id, matterId: doc.matterId, privileged }, attachment)
  }
  return id
}

function insertPlan(ctx: CoreContext, tx: Tx, input: Input, plan: PlannedDocument): number {
  return insertArrivedDocument(ctx, tx, {
    matterId: input.matterId,
    blob: plan.blob,
    name: plan.name,
    email: plan.email,
    kind: input.kind,
    documentDate: input.documentDate,
    privileged: input.privileged ?? false
  })
}

export async function attachDocuments(ws: Workspace, input: Input): Promise<AttachResult> {
  const { ctx } = ws
  if (!matterExists(ctx.db, input.matterId)) throw notFound('matter', input.matterId)
  const found = await checkedBlobs(ws, input)
  const problems: AttachProblem[] = []
  const plans: PlannedDocument[] = []
  // Bytes this drop already brings: a loose file's name, or an email attachment's.
  const seen = new Map<string, string>()
  for (const [index, file] of input.files.entries()) {
    const blob = found[index] as BlobRow
    const name = cleanOriginalName(file.originalName)
    const existing = attachedDocument(ctx.db, input.matterId, blob.sha256)
    const earlier = seen.get(blob.sha256)
    if (existing !== undefined || earlier !== undefined) {
      problems.push({
        name,
        code: 'already_attached',
        params: existing
          ? { documentId: existing.id, existingName: existing.originalName }
          : { existingName: earlier! }
      })
      continue
    }
    seen.set(blob.sha256, name)
    const email =
      blob.detectedKind === 'email' ? await readEmailForIntake(ws, blob.sha256, name, problems) : null
    // An email is kept whole, as received; an attachment the matter already holds is said so.
    for (const a of email?.attachments ?? []) {
      const held = attachedDocument(ctx.db, input.matterId, a.sha256)
      const before = seen.get(a.sha256)
      if (held || before !== undefined) {
        problems.push({
          name: a.originalName,
          code: 'attachment_already_attached',
          params: held
            ? { email: name, documentId: held.id, existingName: held.originalName }
            : { email: name, existingName: before! }
        })
      } else {
        seen.set(a.sha256, a.originalName)
      }
    }
    plans.push({ blob, name, email })
  }

  const ids = inTransaction(ctx, (tx) => {
    // The matter may have gone while emails were being read.
    if (!matterExists(tx, input.matterId)) throw notFound('matter', input.matterId)
    const created = plans.map((plan) => insertPlan(ctx, tx, input, plan))
    if (created.length) touchMatter(ctx, tx, input.matterId)
    return created
  })
  const records = getDocuments(ctx, ids)
  const pending = records.flatMap((r) => [r, ...r.attachments]).filter((r) => r.textStatus === 'pending')
  textQueue(ws).enqueue(pending.map((r) => r.id))
  return { documents: records, problems }
}
