/**
 * Types of the intake reader: pure functions over text that propose values for a case record. Every
 * value carries where it was read (the sentence or line, with offsets into the input text) and
 * whether the reading is certain. The UI shows uncertain values as proposals to confirm.
 */

/** Where a value was read: the sentence or line around it, as offsets into the input text. */
export interface Source {
  /** 1-based page, when page boundaries are known (form feeds, `pages` option). */
  page?: number
  /** Offset of the sentence or line in the input text (UTF-16 code units, as String#slice). */
  start: number
  end: number
  /** input.slice(start, end), whitespace collapsed. */
  text: string
}

/** A message for the UI, as a code with parameters; the UI translates it (English, Chinese). */
export interface Note {
  code: NoteCode
  /** The field the note is about, e.g. 'letterDate', 'rights'. */
  field?: string
  params?: Record<string, string | number>
}

export type NoteCode =
  // text and language
  | 'no_text'
  | 'language_unsupported'
  | 'ocr_text'
  // dates
  | 'no_letter_date'
  | 'date_ambiguous_day_month'
  | 'letter_date_conflict'
  | 'letter_date_guessed'
  // deadlines
  | 'no_deadline'
  | 'deadline_conflict'
  | 'deadline_start_not_stated'
  | 'deadline_werktage'
  | 'deadline_figures_disagree'
  // numbers
  | 'ignored_phone_number'
  | 'ignored_fax_number'
  | 'ignored_order_number'
  | 'check_digit_mismatch'
  | 'jurisdiction_guessed'
  | 'right_type_guessed'
  // parties and others
  | 'several_candidates'
  | 'not_in_demand_section'
  | 'value_from_table'
  // schedule A
  | 'no_schedule_a'
  | 'schedule_a_no_header'
  | 'schedule_a_row_unparsed'
  | 'schedule_a_doe_gap'
  | 'schedule_a_doe_repeated'
  | 'seller_id_differs'
  // marketplace notices
  | 'notice_kind_unknown'

export interface Field<T> {
  value: T
  source: Source
  /** False when the reading is a guess; `alternatives` then holds the other readings. */
  certain: boolean
  /** Other readings of the same text (or conflicting statements), including none of `value`. */
  alternatives?: T[]
  notes?: Note[]
}

/** Page boundaries: the text of each page (in order, as joined into the input) or each page's start offset. */
export type PageOffsets = number[]

export interface ReadOptions {
  /**
   * The input's pages: either the page texts (as joined into `text`, any separator) or the offset at
   * which each page starts. Without it, form feeds (pdftotext) separate pages.
   */
  pages?: string[] | PageOffsets
  /** The text comes from OCR: every value is uncertain. */
  ocr?: boolean
}

export const LANGUAGES = ['en', 'zh', 'de'] as const
export type SupportedLanguage = (typeof LANGUAGES)[number]
/** 'mixed': two supported languages each carry a large share; 'other': an unsupported language; 'unknown': too little text. */
export type LanguageCode = SupportedLanguage | 'mixed' | 'other' | 'unknown'

export interface LanguageReading {
  value: LanguageCode
  /** Shares of the text by language, largest first (ISO 639-1 codes, 'other' for the rest). */
  shares: { language: string; share: number }[]
  /** For 'other': the language it looks like ('fr', 'es', 'it', 'nl', 'ja', 'ko', 'ru', ...), when known. */
  detected?: string
}

export const RIGHT_TYPES = [
  'utility_patent',
  'design_patent',
  'invention_patent_cn',
  'utility_model',
  'registered_design',
  'trademark',
  'copyright'
] as const
export type RightType = (typeof RIGHT_TYPES)[number]

export interface RightValue {
  type: RightType
  /** 'US', 'CN', 'EP', 'DE', 'EU', 'WIPO', 'GB', ... */
  jurisdiction: string
  /** The number as usually written: '11,234,567', 'D987,654', 'ZL202310123456.7', '018123456'. */
  number: string
  /** Kind code when printed: 'B2', 'S', 'U1', 'A1'. */
  kind?: string
  /** Stable key for de-duplication and matching: 'US-11234567', 'US-D987654', 'CN-2023101234567'. */
  id: string
  /** A pending application, not a granted right. */
  application?: boolean
}

export interface ItemIdValue {
  id: string
  /** 'amazon', 'aliexpress', 'ebay', 'walmart', 'temu', 'tiktok', ... when known. */
  platform?: string
}

export interface StoreValue {
  name?: string
  sellerId?: string
  platform?: string
}

export interface ProductValue {
  name?: string
  model?: string
}

export const DEMAND_CODES = [
  'stop_selling',
  'remove_listings',
  'destroy_stock',
  'recall',
  'account_profits',
  'identify_sources',
  'pay_damages',
  'pay_costs',
  'sign_undertaking',
  'preserve_evidence',
  'written_response'
] as const
export type DemandCode = (typeof DEMAND_CODES)[number]

export const THREAT_CODES = [
  'lawsuit',
  'preliminary_injunction',
  'asset_freeze',
  'marketplace_complaint',
  'customs_seizure',
  'criminal_complaint',
  'administrative_complaint'
] as const
export type ThreatCode = (typeof THREAT_CODES)[number]

export interface ThreatValue {
  code: ThreatCode
  /** The court named for the threatened suit, as printed. */
  court?: string
}

export type DeadlineValue =
  | {
      kind: 'relative'
      days: number
      basis: 'calendar' | 'business'
      from: 'letter_date' | 'receipt'
      /** False when the letter names no starting point (`from` is then the earliest reading). */
      fromStated: boolean
      phrase: string
    }
  | {
      kind: 'absolute'
      /** YYYY-MM-DD */
      date: string
      phrase: string
    }

export interface LetterFields {
  language: LanguageReading
  letterDate: Field<string> | null
  senderFirm: Field<string> | null
  senderAttorneys: Field<string>[]
  senderReference: Field<string> | null
  rightsHolder: Field<string> | null
  recipient: Field<string> | null
  rights: Field<RightValue>[]
  asins: Field<string>[]
  itemIds: Field<ItemIdValue>[]
  stores: Field<StoreValue>[]
  products: Field<ProductValue>[]
  demands: Field<DemandCode>[]
  threatenedActions: Field<ThreatValue>[]
  deadline: Field<DeadlineValue> | null
  /** Notes about the whole text or a field that has no value ('no_letter_date', 'ignored_phone_number'). */
  notes: Note[]
}
