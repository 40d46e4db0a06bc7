// Contract calls for documents: vault imports, viewer, email intake, custody, bundles.
// Error codes these calls return (the UI translates them): not_found, refused_type {name, mime},
// still_referenced {count}, nothing_to_export {skippedPrivileged}, vault_mismatch {name, sha256},
// validation with fields (files.N.sha256: file_missing, documentIds: not_in_matter,
// confirm: confirm_required, originalName: required). waitForText never fails on time: it
// returns the documents as they are, some perhaps still 'pending'.
import { z } from 'zod'
import { DOCUMENT_KINDS, type DocumentKind, type MatterDocument } from '../model'
import { byId, call, empty, id, optionalDate, required, sha256 } from './kit'
import type { Undoable } from './undo'

/** pending: queued for extraction; no_text_layer: a scan, not searchable; failed: see textError. */
export const TEXT_STATUSES = ['pending', 'done', 'no_text_layer', 'failed', 'not_applicable'] as const
export type TextStatus = (typeof TEXT_STATUSES)[number]
/**
 * textError of a document read only in part (textStatus 'done', pagesIndexed < pageCount): the
 * page limit (PDF_MAX_INDEXED_PAGES), the time limit, or the text-size limit stopped the reading.
 */
export const PAGES_CAPPED_REASONS = ['pages_capped', 'time_capped', 'text_capped'] as const
/** textError codes of a failed reading that a cap caused, not a damaged file. */
export const CAPPED_TEXT_ERRORS = ['out_of_memory', 'timeout', 'too_large'] as const

/** Which viewer shows a document; 'other' offers "open with the system viewer". */
export type DocumentViewer = 'pdf' | 'image' | 'email' | 'text' | 'other'

export const CUSTODY_ACTIONS = [
  'import',
  'view',
  'export',
  'rename',
  'reclassify',
  'remove',
  'delete_bytes',
  'restore',
  'verify'
] as const
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number]

// ---- Records ----

export interface EmailAddressRecord {
  name: string
  address: string
}

/** The headers of an email document, as parsed at import (never the raw HTML). */
export interface EmailHeaders {
  from: EmailAddressRecord | null
  to: EmailAddressRecord[]
  cc: EmailAddressRecord[]
  /** UTC ISO moment from the Date header; null when missing or unparseable. */
  date: string | null
  subject: string
  messageId: string | null
  /** Damage found while parsing ("unterminated_multipart: ..."); the email is still kept. */
  problems: string[]
}

/** Why a document reads as the kind proposed for it; rendered in the reader's language. */
export const KIND_REASONS = [
  'letter',
  'complaint',
  'court_order',
  'marketplace_notice',
  'email',
  'opinion',
  'settlement',
  'png_image',
  'jpeg_image'
] as const
export type KindReason = (typeof KIND_REASONS)[number]

/** What the text showed: a letter's response deadline, a complaint's caption, an opinion's marking. */
export const KIND_SIGNALS = [
  'response_deadline',
  'sender_firm',
  'rights_asserted',
  'demands',
  'case_caption',
  'schedule_a',
  'order_language',
  'notice_id',
  'marketplace',
  'opinion_title',
  'non_infringement',
  'invalidity',
  'privileged_marking',
  'settlement_title',
  'release_terms'
] as const
export type KindSignal = (typeof KIND_SIGNALS)[number]

/**
 * The kind a document reads as, for the user to accept or change; nothing changes the kind
 * until they do. Uncertain when the guess rests on the file type alone (a PNG, a JPEG).
 */
export interface KindProposal {
  kind: DocumentKind
  certain: boolean
  reason: KindReason
  signals: KindSignal[]
}

export interface DocumentRecord extends MatterDocument {
  /** The email this document was attached to, or null. */
  parentId: number | null
  importedBy: string
  /** Type detected from the bytes (pdf, image, email, text, office, archive, other). */
  detectedKind: string
  viewer: DocumentViewer
  textStatus: TextStatus
  /**
   * Why extraction failed: malformed_pdf, encrypted, timeout, too_large, out_of_memory,
   * unreadable, ... With textStatus 'done': why only pagesIndexed of pageCount pages were read
   * (PAGES_CAPPED_REASONS).
   */
  textError: string | null
  /** The document's page count (for a PDF whose reading was capped: all its pages, not those read). */
  pageCount: number | null
  /** The first this many pages are indexed, when a cap stopped the reading short; null: every page. */
  pagesIndexed: number | null
  email: EmailHeaders | null
  /** The kind the document's content reads as, awaiting the user's confirmation; null: none. */
  kindProposal: KindProposal | null
  /** An email's attachments, nested (empty for other documents and in flat lists). */
  attachments: DocumentRecord[]
}

/** Something about one file of an attach call the user should hear; the rest was stored. */
export interface AttachProblem {
  /** The file (or email attachment) name it concerns. */
  name: string
  /**
   * refused_attachment {mime}, empty_attachment, attachment_too_large {limit},
   * email_damaged {detail}, email_unreadable {detail}, already_attached {documentId?, existingName}
   * (not added), attachment_already_attached {email, documentId?, existingName} (an email's
   * attachment the matter already holds: the email is kept whole, the duplicate is said)
   */
  code: string
  params?: Record<string, string | number>
}

export interface AttachResult {
  documents: DocumentRecord[]
  problems: AttachProblem[]
}

export interface CustodyEvent {
  id: number
  at: string
  actor: string
  action: CustodyAction
  documentId: number | null
  /** The document's file name (as recorded, once the document is removed). */
  documentName: string | null
  matterId: number | null
  sha256: string
  details: Record<string, unknown> | null
}

export interface DocumentPageText {
  page: number
  text: string
}

export interface DocumentText {
  documentId: number
  textStatus: TextStatus
  pages: DocumentPageText[]
}

/**
 * An email's HTML body as received, for the viewer to sanitise (DOMPurify) and show on request;
 * null when the message has none, is not an email, or its bytes are gone. Cut at `limit` chars.
 */
export interface EmailHtml {
  documentId: number
  html: string | null
  truncated: boolean
}

export interface BlobProblem {
  sha256: string
  /** For a mismatch: the hash the bytes have now. For unreadable: the error. */
  actual?: string
  error?: string
  documents: { id: number; matterId: number; originalName: string }[]
}

export interface VaultVerifyReport {
  checked: number
  ok: number
  mismatched: BlobProblem[]
  missing: BlobProblem[]
  unreadable: BlobProblem[]
}

/** A piece of a snippet; `hit` pieces are the searched terms. Rendered as text, never HTML. */
export interface BundleResult {
  fileName: string
  path: string
  documentCount: number
  /** Selected (or matter) documents left out because they are privileged. */
  skippedPrivileged: number
  bytes: number
}

// ---- Inputs ----

const documentKind = z.enum(DOCUMENT_KINDS)

export const AttachInput = z.object({
  matterId: id,
  files: z
    .array(z.object({ sha256, originalName: required(400) }))
    .min(1, 'required')
    .max(500, 'too_many'),
  kind: documentKind.optional(),
  documentDate: optionalDate,
  privileged: z.boolean().optional()
})

export const DocumentListInput = z.object({
  matterId: id.optional(),
  kinds: z.array(documentKind).default([]),
  from: optionalDate,
  to: optionalDate,
  privileged: z.boolean().optional()
})

export const DocumentUpdateInput = z.object({
  id,
  originalName: required(400).optional(),
  kind: documentKind.optional(),
  documentDate: optionalDate,
  privileged: z.boolean().optional()
})

export const DeleteBytesInput = z.object({
  sha256,
  confirm: z.literal(true, 'confirm_required'),
  /** Asked again: a kept backup still needs these bytes (refused with bytes_in_backups without it). */
  confirmBackups: z.boolean().default(false)
})

export const CustodyQuery = z
  .object({ documentId: id.optional(), matterId: id.optional() })
  .refine((v) => v.documentId !== undefined || v.matterId !== undefined, 'document_or_matter_required')

export const DocumentTextInput = z.object({ id, page: z.number().int().min(1).optional() })

export const WaitForTextInput = z.object({
  ids: z.array(id).min(1, 'required').max(500, 'too_many'),
  timeoutMs: z.number().int().min(0).max(300_000).default(60_000)
})

export const ExportBundleInput = z.object({
  matterId: id,
  documentIds: z.array(id).max(5000).optional(),
  includePrivileged: z.boolean()
})

export const documentCalls = {
  'documents.attach': call<AttachResult>()(AttachInput),
  'documents.get': call<DocumentRecord>()(byId),
  /** Desktop only: the preview answers not_available_in_preview (offer the download). */
  'documents.openWithSystem': call<{ path: string }>()(byId),
  'documents.list': call<DocumentRecord[]>()(DocumentListInput),
  'documents.update': call<DocumentRecord>()(DocumentUpdateInput),
  'documents.remove': call<{ removed: number[] } & Undoable>()(byId),
  'documents.deleteBytes': call<{ sha256: string; size: number }>()(DeleteBytesInput),
  'documents.custody': call<CustodyEvent[]>()(CustodyQuery),
  'documents.text': call<DocumentText>()(DocumentTextInput),
  'documents.emailHtml': call<EmailHtml>()(byId),
  'documents.waitForText': call<DocumentRecord[]>()(WaitForTextInput),
  'documents.exportBundle': call<BundleResult>()(ExportBundleInput),
  'vault.verify': call<VaultVerifyReport>()(empty)
} as const
