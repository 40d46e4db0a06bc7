// Domain vocabulary shared by the core, the contract and the UI. One concept, one name.

export const MATTER_KINDS = [
  'warning_letter',
  'marketplace_complaint',
  'lawsuit',
  'itc_investigation',
  'ptab_proceeding',
  'opposition',
  'clearance'
] as const
export type MatterKind = (typeof MATTER_KINDS)[number]

export const MATTER_STATUSES = [
  'open',
  'responding',
  'negotiating',
  'litigating',
  'on_hold',
  'settled',
  'closed'
] as const
export type MatterStatus = (typeof MATTER_STATUSES)[number]

export const IP_RIGHT_TYPES = [
  'utility_patent',
  'design_patent',
  'utility_model',
  'registered_design',
  'trademark',
  'copyright',
  'trade_secret'
] as const
export type IpRightType = (typeof IP_RIGHT_TYPES)[number]

/** Jurisdictions a right or a matter can sit in; codes, labels come from i18n. */
export const JURISDICTIONS = [
  'US',
  'CN',
  'EU',
  'DE',
  'FR',
  'GB',
  'UPC',
  'JP',
  'KR',
  'CA',
  'AU',
  'WIPO',
  'OTHER'
] as const
export type Jurisdiction = (typeof JURISDICTIONS)[number]

/** Suggestions for the marketplace fields; any text is allowed (sellers use many shops). */
export const COMMON_MARKETPLACES = [
  'Amazon.com',
  'Amazon.de',
  'Amazon.co.uk',
  'Walmart.com',
  'eBay.com',
  'Temu.com',
  'AliExpress.com',
  'TikTok Shop',
  'Shein',
  'Own shop'
] as const

export const PARTY_ROLES = [
  'rights_holder',
  'sender_firm',
  'sender_attorney',
  'our_counsel',
  'co_defendant',
  'marketplace',
  'court',
  'other'
] as const
export type PartyRole = (typeof PARTY_ROLES)[number]

export const EVENT_TYPES = [
  'letter_dated',
  'letter_received',
  'response_sent',
  'complaint_filed',
  'complaint_served',
  'marketplace_complaint_received',
  'listing_removed',
  'listing_restored',
  'counter_notice_sent',
  'counter_notice_received',
  'apex_notice_received',
  'tro_entered',
  'pi_hearing_set',
  'ptab_filing_date_notice',
  'motion_ruling',
  'judgment_entered',
  'judgment_served',
  'hearing',
  'order_entered',
  'settlement',
  'status_changed',
  'note',
  'other'
] as const
export type EventType = (typeof EVENT_TYPES)[number]

export const DEADLINE_STATUSES = ['open', 'done', 'waived', 'missed'] as const
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number]

export const DOCUMENT_KINDS = [
  'warning_letter',
  'complaint',
  'court_order',
  'correspondence',
  'evidence_screenshot',
  'product_photo',
  'prior_art',
  'opinion',
  'design_around_drawing',
  'settlement',
  'other'
] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export const LANGUAGES = ['en', 'zh-CN'] as const
export type Language = (typeof LANGUAGES)[number]

/** The short code in a reference number, e.g. 2026-PAT-007. */
export function referenceCode(kind: MatterKind, firstRight?: IpRightType): string {
  switch (kind) {
    case 'warning_letter':
    case 'marketplace_complaint':
      if (firstRight === 'trademark') return 'TM'
      if (firstRight === 'copyright') return 'CR'
      if (firstRight === 'trade_secret') return 'TS'
      if (firstRight) return 'PAT'
      return kind === 'warning_letter' ? 'WL' : 'MKT'
    case 'lawsuit':
      return 'LIT'
    case 'itc_investigation':
      return 'ITC'
    case 'ptab_proceeding':
      return 'PTAB'
    case 'opposition':
      return 'OPP'
    case 'clearance':
      return 'CLR'
  }
}

// ---- Records as the contract returns them ----

export interface MatterSummary {
  id: number
  reference: string
  title: string
  kind: MatterKind
  status: MatterStatus
  rightsHolder: string
  jurisdiction: string | null
  marketplace: string | null
  nextDeadline: string | null
  lastActivityAt: string
}

export interface Party {
  id: number
  matterId: number
  role: PartyRole
  name: string
  organisation: string | null
  email: string | null
  phone: string | null
  address: string | null
}

/**
 * A right as one matter asserts it: `id` is the assertion (the matter's link), `rightId` the
 * right in the shared registry that letters, notices and suits of other matters also name.
 */
export interface IpRight {
  id: number
  matterId: number
  rightId: number
  type: IpRightType
  number: string
  jurisdiction: string
  title: string | null
  /** Claims this matter asserts ('1', '7'); empty: the right as a whole. */
  assertedClaims: string[]
  /** Withdrawn, dismissed or licensed in this matter from this date. */
  closedDate: string | null
}

/**
 * A product as one matter accuses it: `id` is the matter's link to a catalogue version (and,
 * when the matter names one, a listing); name and SKU are the catalogue product's.
 */
export interface AccusedProduct {
  id: number
  matterId: number
  productId: number
  versionId: number
  versionName: string
  listingId: number | null
  name: string
  sku: string | null
  marketplaceItemId: string | null
  marketplace: string | null
  listingUrl: string | null
}

export interface TimelineEvent {
  id: number
  matterId: number
  type: EventType
  date: string
  title: string
  details: string | null
  /** For status changes: the statuses before and after. */
  fromStatus: MatterStatus | null
  toStatus: MatterStatus | null
  createdAt: string
}

/**
 * Text the app computed (an explanation step, a warning), stored as a code with parameters and
 * rendered in the reader's language (src/shared/deadlines/messages.ts). `text` is the English
 * rendering: stored rows carry it (withEnglishText), a fresh computation's steps do not, and it is
 * the whole of what rows written before codes existed have.
 */
export interface ComputedText {
  text?: string
  code?: string
  params?: Readonly<Record<string, string | number | boolean>>
}

export interface DeadlineStep extends ComputedText {
  citation?: string
}

export interface Deadline {
  id: number
  matterId: number
  title: string
  due: string
  status: DeadlineStatus
  ruleId: string | null
  triggerDate: string | null
  triggerEventId: number | null
  options: Record<string, unknown>
  steps: DeadlineStep[]
  warnings: ComputedText[]
  computedDue: string | null
  overrideReason: string | null
  doneOn: string | null
  /** The deadline's own responsible person (null: its matter's person answers for it). */
  responsiblePersonId: number | null
  /** Who is responsible: the deadline's own person, else the matter's (effectiveResponsible). */
  responsible: ResponsibleRef | null
  createdAt: string
}

/** A responsible person as a record names them; `own`: the deadline's own, not its matter's. */
export interface ResponsibleRef {
  id: number
  name: string
  own: boolean
}

export interface MatterDocument {
  id: number
  matterId: number
  sha256: string
  originalName: string
  size: number
  mime: string
  kind: DocumentKind
  documentDate: string | null
  privileged: boolean
  importedAt: string
}

export interface Matter extends MatterSummary {
  /** The person responsible for the matter (Settings → People); its deadlines inherit them. */
  responsiblePersonId: number | null
  letterDate: string | null
  receivedDate: string | null
  senderReference: string | null
  demands: string | null
  notes: string | null
  court: string | null
  division: string | null
  caseNumber: string | null
  judge: string | null
  magistrateJudge: string | null
  filingDate: string | null
  createdAt: string
  updatedAt: string
}

export interface MatterDetail {
  matter: Matter
  parties: Party[]
  ipRights: IpRight[]
  products: AccusedProduct[]
  deadlines: Deadline[]
  documents: MatterDocument[]
}

/** One row of the merged timeline: events, deadlines, documents and status changes. */
export type TimelineItem =
  | { kind: 'event'; date: string; at: string; event: TimelineEvent }
  | { kind: 'deadline'; date: string; at: string; deadline: Deadline }
  | { kind: 'document'; date: string; at: string; document: MatterDocument }

export interface UploadedFile {
  sha256: string
  originalName: string
  size: number
  mime: string
  detectedKind: string
}
