// Contract calls for intake: reading what arrived into proposals for the form, and logging a
// received warning letter as a matter in one step.
// intake.read error codes (the UI translates them): file_missing, read_unsupported_type {mime},
// read_failed {reason}, read_capped {reason: out_of_memory | timeout | too_large | text_capped} (a
// memory, time, size or text cap stopped the reading, not a damaged file), too_many_pages
// {pages, limit}, language_unsupported {language},
// ocr_unavailable. A PDF without text is no error: its reading says no_text_layer.
import { z } from 'zod'
import type { IpRightType, MatterDetail } from '../model'
import { call, isoDate, optionalText, referenceNumber, required, sha256, TITLE_MAX } from './kit'
import { overrideNeedsReason } from './deadlines'
import { caseFields, IpRightInput, ProductInput, receivedNotBeforeLetter, referenceField } from './matters'

/**
 * The rules a response deadline logged at intake can follow: the period the letter or notice
 * states, or Amazon's APEX program (3 weeks from the notice, whatever the notice says).
 */
export const RESPONSE_RULES = ['letter.asserted', 'amazon.apex.response'] as const
export type ResponseRule = (typeof RESPONSE_RULES)[number]

export const ResponseDeadlineInput = z.object({
  /** amazon.apex.response counts from the notice's date; days, basis and from are the letter rule's. */
  ruleId: z.enum(RESPONSE_RULES).default('letter.asserted'),
  days: z.number().int().min(1, 'out_of_range').max(3650, 'out_of_range'),
  basis: z.enum(['calendar', 'business']),
  from: z.enum(['letter_date', 'received_date']),
  /** The date the user confirmed; must equal the computed one unless overridden. */
  due: isoDate,
  overrideReason: optionalText(500)
})

/**
 * What intake logs: a letter, a marketplace's notice (a marketplace complaint: its date is the
 * notice's), or a complaint as a lawsuit with its case fields.
 */
export const INTAKE_KINDS = ['warning_letter', 'marketplace_complaint', 'lawsuit'] as const

const warningLetterFields = z.object({
  kind: z.enum(INTAKE_KINDS).default('warning_letter'),
  reference: referenceNumber.optional(),
  title: required(TITLE_MAX),
  letterDate: isoDate,
  receivedDate: isoDate,
  rightsHolder: required(200),
  senderFirm: optionalText(200),
  senderAttorney: optionalText(200),
  senderEmail: optionalText(200),
  senderReference: optionalText(100),
  jurisdiction: optionalText(20),
  marketplace: optionalText(100),
  ipRights: z.array(IpRightInput).min(1, 'at_least_one_right').max(200),
  products: z.array(ProductInput).max(500).default([]),
  demands: optionalText(5000),
  responseDeadline: ResponseDeadlineInput.nullable(),
  letterFile: z.object({ sha256, originalName: required(400) }).nullable(),
  /** A complaint's caption and docket (kind lawsuit): court, division, case number, judges, filed. */
  ...caseFields
})

export const WarningLetterInput = warningLetterFields.superRefine(receivedNotBeforeLetter)

/**
 * The intake form: the call's input with a reference that may be blank, and the response date
 * beside the one the form computed, so an override without a reason is caught before saving.
 * The due date is absent while there are no days to count (the days field says what is missing).
 */
export const WarningLetterForm = warningLetterFields
  .extend({
    reference: referenceField,
    responseDeadline: ResponseDeadlineInput.extend({
      due: isoDate.optional(),
      computedDue: isoDate.nullable()
    })
      .superRefine(overrideNeedsReason)
      .nullable()
  })
  .superRefine(receivedNotBeforeLetter)

// ---- Reading what arrived (nothing is saved) ----

/** A PDF longer than this is refused: a 120-page complaint with its Schedule A still fits. */
export const READ_MAX_PAGES = 250
export const READ_MAX_TEXT = 2_000_000

export const IntakeReadInput = z
  .object({
    /** Bytes already in the vault, as the intake's upload returned them. */
    sha256: sha256.optional(),
    /** Pasted text. */
    text: z.string().max(READ_MAX_TEXT, 'too_long').optional(),
    /** Read a scanned PDF's page images (slow; every value it gives is uncertain). */
    ocr: z.boolean().default(false)
  })
  .superRefine((input, ctx) => {
    if ((input.sha256 === undefined) === (input.text === undefined || input.text.trim() === '')) {
      ctx.addIssue({ code: 'custom', path: [input.sha256 ? 'text' : 'sha256'], message: 'required' })
    }
  })

/** Where a proposed value was read: the sentence, as offsets into the reading's joined page text. */
export interface ReadSource {
  page?: number
  start: number
  end: number
  text: string
}

/** Something the reader wants the user to know, as a code with parameters (translated by the UI). */
export interface ReadNote {
  code: string
  field?: string
  params?: Record<string, string | number>
}

export interface Proposal<T> {
  value: T
  source: ReadSource
  /** False where the reading is a guess: the form marks it "uncertain". */
  certain: boolean
  alternatives?: T[]
  notes?: ReadNote[]
}

export interface ProposedRight {
  type: IpRightType
  number: string
  jurisdiction: string | null
}

export interface ProposedProduct {
  name: string
  marketplaceItemId: string
  marketplace: string
}

export interface ProposedDeadline {
  /** The rule that counts it: the period stated, or the APEX program's 3 weeks. */
  ruleId: ResponseRule
  days: number
  basis: 'calendar' | 'business'
  from: 'letter_date' | 'received_date'
  /** The date the letter printed ("by 12 December 2026"), when it gave one. */
  date?: string
}

/** Values for the intake form, each with where it was read. */
export interface IntakeProposals {
  title: Proposal<string> | null
  letterDate: Proposal<string> | null
  receivedDate: Proposal<string> | null
  rightsHolder: Proposal<string> | null
  senderFirm: Proposal<string> | null
  senderAttorney: Proposal<string> | null
  senderEmail: Proposal<string> | null
  senderReference: Proposal<string> | null
  jurisdiction: Proposal<string> | null
  marketplace: Proposal<string> | null
  ipRights: Proposal<ProposedRight>[]
  products: Proposal<ProposedProduct>[]
  /** Demand codes (stop_selling, destroy_stock, ...); the form writes them in the reader's language. */
  demands: Proposal<string>[]
  responseDeadline: Proposal<ProposedDeadline> | null
}

/** One of our own stores (Settings) found among a Schedule A's defendants. */
export interface OwnStoreFound {
  doe: number
  store: string
  page: number | null
  sellerId: string | null
  platform: string | null
  /** seller_id: same seller id (certain); name: only the name matches (possible). */
  reason: 'seller_id' | 'name'
  certain: boolean
  ownStore: string
  notes: ReadNote[]
}

export interface ComplaintReading {
  court: Proposal<string> | null
  division: Proposal<string> | null
  caseNumber: Proposal<string> | null
  judge: Proposal<string> | null
  magistrateJudge: Proposal<string> | null
  filingDate: Proposal<string> | null
  claims: Proposal<{ count: number; title: string }>[]
  /** Defendants read from its Schedule A (0 when it has none). */
  scheduleARows: number
  ownStores: OwnStoreFound[]
}

export const READ_KINDS = ['letter', 'marketplace_notice', 'complaint'] as const
export type ReadKind = (typeof READ_KINDS)[number]

export interface IntakeReading {
  kind: ReadKind
  /** no_text_layer: a scan; offer OCR or the manual form. */
  status: 'read' | 'no_text_layer'
  /** The text came from OCR: every value is uncertain. */
  ocr: boolean
  /** en, zh, de, mixed, other, unknown */
  language: string
  /** The page texts; a source's offsets count from the first page's start (page.start). */
  pages: { page: number; start: number; text: string }[]
  proposals: IntakeProposals
  complaint: ComplaintReading | null
  /** For a marketplace notice: its kind (amazon_ip_takedown, ebay_vero, ...). */
  noticeKind: string | null
  notes: ReadNote[]
}

export const intakeCalls = {
  'matters.logWarningLetter': call<MatterDetail>()(WarningLetterInput),
  'intake.read': call<IntakeReading>()(IntakeReadInput)
} as const
