/**
 * Public types of the willfulness-exposure computation. The input is a plain record: the
 * catalogue, opinions and notices areas fill it from the database; the engine never reads a clock.
 * All legal dates are YYYY-MM-DD calendar dates; months of sales are YYYY-MM.
 */

import type { MatterKind } from '../model'

export type IsoDate = string
/** YYYY-MM */
export type IsoMonth = string

export type ExposureRightType =
  | 'utility_patent'
  | 'design_patent'
  | 'utility_model'
  | 'registered_design'
  | 'trademark'
  | 'copyright'
  | 'trade_secret'

/** The patentee's marking under 35 USC 287(a), as far as we know it. */
export type PatentMarking =
  | { readonly status: 'marked'; readonly since: IsoDate }
  | { readonly status: 'not_marked' }
  | { readonly status: 'unknown' }

/** Dates of a copyright that decide 17 USC 412 (statutory damages and fees). */
export interface CopyrightDates {
  /** Date on the certificate of registration. */
  readonly registrationDate?: IsoDate
  /** Effective date of registration (17 USC 410(d)); defaults to registrationDate when absent. */
  readonly effectiveRegistrationDate?: IsoDate
  /** First publication; absent for an unpublished work. */
  readonly firstPublicationDate?: IsoDate
}

/** A right asserted in the matter (or, in a clearance matter, a right the product is cleared against). */
export interface AssertedRight {
  readonly id: string
  readonly type: ExposureRightType
  /** As the user writes it, e.g. 'US 11,234,567 B2', 'US D987,654'. Shown in every line. */
  readonly number: string
  /** 'US', 'CN', 'EU', ...; the US statutes below are applied to 'US' rights only. */
  readonly jurisdiction: string
  /** Grant (patents) or registration (marks, designs) date. */
  readonly grantDate?: IsoDate
  /** Last day the right is in force. */
  readonly expiryDate?: IsoDate
  /** Asserted claims ('1', '7'); empty or absent: the right as a whole (design patents, marks, works). */
  readonly claims?: readonly string[]
  /** Patents only. Absent counts as unknown. */
  readonly marking?: PatentMarking
  /** Copyrights only. */
  readonly copyright?: CopyrightDates
  /** Copyrights: when the accused infringement commenced, if known; else the earliest launch or live date. */
  readonly infringementCommencedDate?: IsoDate
  /** Trademarks: the assertion says the mark was counterfeited (15 USC 1116(d), 1117(b)-(c)). */
  readonly counterfeitAlleged?: boolean
  /** Trademarks: types of goods or services sold under the counterfeit mark (15 USC 1117(c)); default 1. */
  readonly goodsTypes?: number
  /** Versions the right is asserted against; absent: every version of the matter. */
  readonly versionIds?: readonly string[]
  /** Withdrawn, dismissed or licensed: no longer an open assertion from this date. */
  readonly closedDate?: IsoDate
}

export type ExposureMatterKind = MatterKind

export interface ExposureMatter {
  readonly id: string
  readonly kind: ExposureMatterKind
  /** For display, e.g. '2026-PAT-007'. */
  readonly reference?: string
  /** Filing date of the complaint, if a suit was filed (35 USC 286, 287(a), 298). */
  readonly complaintFiledDate?: IsoDate
  readonly rights: readonly AssertedRight[]
}

export type NoticeKind = 'letter' | 'marketplace_complaint' | 'apex' | 'complaint_served'

export interface ExposureNotice {
  readonly id: string
  readonly kind: NoticeKind
  /** Day it reached us: received (letters, complaints, APEX) or served (complaints). */
  readonly date: IsoDate
  /** Date written on the letter, if any; notice runs from `date`. */
  readonly letterDate?: IsoDate
  /** Who received it: 'Amazon seller account', 'US agent', 'Shenzhen office'. */
  readonly receivedBy?: string
  /** Rights it names; absent or empty: every right of the matter. */
  readonly rightIds?: readonly string[]
  /** Versions it names (by ASIN or product); absent: every accused version. */
  readonly versionIds?: readonly string[]
  /**
   * For 35 USC 287(a): the notice is an affirmative charge that a specific product infringes
   * (Amsted v. Buckeye Steel). Default true; false for a bare licensing offer or patent list.
   */
  readonly specificCharge?: boolean
}

export type ListingStatus = 'live' | 'removed' | 'suspended' | 'reinstated'

export interface ListingStatusChange {
  readonly date: IsoDate
  readonly status: ListingStatus
  readonly reason?: string
}

export interface Listing {
  readonly id: string
  /** 'Amazon.com', 'Walmart.com', ... */
  readonly marketplace: string
  /** ASIN, item id, SKU on the marketplace. */
  readonly itemId: string
  /** ISO 4217 code the marketplace pays out in; sales rows of this listing must use it. */
  readonly currency?: string
  /** In any order; sorted by date (stable) before use. */
  readonly statusHistory: readonly ListingStatusChange[]
}

export interface MonthlySales {
  readonly month: IsoMonth
  readonly units: number
  readonly revenue: number
  /** ISO 4217, e.g. 'USD', 'EUR'. Different currencies are never added together. */
  readonly currency: string
  /** The listing the figures are for, if known. */
  readonly listingId?: string
}

export interface ProductRef {
  readonly id: string
  readonly name: string
  readonly launchDate?: IsoDate
}

export interface AccusedVersion {
  readonly id: string
  readonly product: ProductRef
  /** 'v1', 'v2 (design-around)'. */
  readonly versionName: string
  readonly launchDate?: IsoDate
  readonly endOfSaleDate?: IsoDate
  readonly listings: readonly Listing[]
  readonly monthlySales?: readonly MonthlySales[]
}

export type OpinionType =
  | 'non_infringement'
  | 'invalidity'
  | 'unenforceability'
  | 'fto'
  | 'design_around_clearance'
  | 'trademark_clearance'

export type OpinionConclusion = 'favourable' | 'unfavourable' | 'mixed' | 'pending'

export interface OpinionCover {
  readonly rightId: string
  /** Claims the opinion addresses; absent: every asserted claim of the right. */
  readonly claims?: readonly string[]
}

export interface CounselOpinion {
  readonly id: string
  readonly type: OpinionType
  readonly counsel: 'outside' | 'in_house'
  /** Name of the firm or lawyer, for display. */
  readonly counselName?: string
  readonly requestedDate?: IsoDate
  /** Required unless the conclusion is 'pending'. */
  readonly deliveredDate?: IsoDate
  readonly form: 'written' | 'oral'
  readonly conclusion: OpinionConclusion
  readonly versionIds: readonly string[]
  readonly covers: readonly OpinionCover[]
}

export interface DesignAround {
  readonly fromVersionId: string
  readonly toVersionId: string
  /** Claims or marks it designs around. */
  readonly avoids: readonly OpinionCover[]
  readonly clearingOpinionId?: string
  /** Day the new version went live. */
  readonly newVersionLiveDate?: IsoDate
  /** Day the last unit of the old version was sold. */
  readonly oldStockSoldOutDate?: IsoDate
}

export interface ExposureInput {
  /** Today, from the caller's clock. */
  readonly asOf: IsoDate
  readonly matter: ExposureMatter
  readonly notices: readonly ExposureNotice[]
  readonly versions: readonly AccusedVersion[]
  readonly opinions?: readonly CounselOpinion[]
  readonly designArounds?: readonly DesignAround[]
}

// ---- Output ----

/** Values of a message: numbers, booleans, codes, YYYY-MM-DD dates, names from the user's data. */
export type ExposureParams = Readonly<Record<string, string | number | boolean>>

/** A computed sentence: render with renderExposureMessage(code, params, lang). */
export interface ExposureMessage {
  readonly code: string
  readonly params: ExposureParams
}

export type ExposureSection =
  'notice' | 'damages' | 'listing' | 'opinion' | 'design_around' | 'money' | 'frame'

/** 'gap' lines are what counsel must look at; 'note' qualifies a line; 'info' states a fact. */
export type ExposureSeverity = 'info' | 'note' | 'gap'

export interface ExposureLine extends ExposureMessage {
  readonly section: ExposureSection
  readonly severity: ExposureSeverity
  /** The day the line is about (notice, removal, delivery, window start), if any. */
  readonly date?: IsoDate
  readonly citation?: string
  readonly rightId?: string
}

export interface CurrencyTotal {
  readonly currency: string
  readonly units: number
  readonly revenue: number
  /** Months counted, in order. */
  readonly months: readonly IsoMonth[]
  /** Months only partly inside the window but counted in full (so the figure is an upper bound). */
  readonly partialMonths: readonly IsoMonth[]
}

export interface SalesWindow {
  /** 'after_notice' | 'damages_period' (patents, from the 287(a) start, within 286 and the term). */
  readonly kind: 'after_notice' | 'damages_period'
  readonly rightId?: string
  /** First and last day of the window (inclusive); absent `from` means the window is empty. */
  readonly from?: IsoDate
  readonly to: IsoDate
  readonly totals: readonly CurrencyTotal[]
}

export interface FirstNotice {
  readonly noticeId: string
  readonly kind: NoticeKind
  readonly date: IsoDate
  readonly receivedBy?: string
}

export interface ListingExposure {
  readonly listingId: string
  readonly marketplace: string
  readonly itemId: string
  /** Status on asOf; 'never_live' when it has no history. */
  readonly status: ListingStatus | 'never_live'
  readonly liveOnAsOf: boolean
  /** Days live after first notice: removal day minus notice day, summed over live periods (asOf if still live). */
  readonly daysLiveAfterNotice: number
}

export type ClaimCoverStatus = 'covered' | 'late' | 'mixed' | 'oral' | 'pending' | 'unfavourable' | 'none'

export interface ClaimCoverage {
  readonly rightId: string
  /** '' for the right as a whole. */
  readonly claim: string
  readonly status: ClaimCoverStatus
  /** Opinions addressing this claim for this version, best first. */
  readonly opinionIds: readonly string[]
}

export interface VersionExposure {
  readonly versionId: string
  readonly productName: string
  readonly versionName: string
  readonly firstNotice?: FirstNotice
  /** Rights asserted against this version and not closed on asOf (0 in a clearance matter). */
  readonly openAssertions: number
  readonly listings: readonly ListingExposure[]
  /** Largest daysLiveAfterNotice of its listings. */
  readonly daysLiveAfterNotice: number
  readonly liveListings: number
  readonly coverage: readonly ClaimCoverage[]
  /** Live after notice while some asserted claim has no adequate opinion ('covered' or 'late'). */
  readonly liveAfterNoticeUncovered: boolean
  readonly sales: readonly SalesWindow[]
  /** The gap lines, also present in `lines`. */
  readonly gaps: readonly ExposureLine[]
  /** Every line for this version, in reading order. */
  readonly lines: readonly ExposureLine[]
}

export interface ExposureResult {
  /** Always true: the output is attorney work product; store and show it as privileged. */
  readonly privileged: true
  readonly asOf: IsoDate
  readonly matterId: string
  readonly firstNotice?: FirstNotice
  /** Matter-level lines: first notice, statutory frames per right, 298, the frame disclaimer. */
  readonly lines: readonly ExposureLine[]
  readonly versions: readonly VersionExposure[]
}

export type ExposureErrorCode =
  | 'invalid_input'
  | 'invalid_date'
  | 'invalid_month'
  | 'after_as_of'
  | 'duplicate_id'
  | 'unknown_right'
  | 'unknown_version'
  | 'unknown_listing'
  | 'unknown_opinion'
  | 'delivered_before_requested'
  | 'delivered_date_missing'
  | 'removed_before_live'
  | 'version_before_product'
  | 'ends_before_start'
  | 'expiry_before_grant'
  | 'negative_units'
  | 'negative_revenue'
  | 'invalid_number'
  | 'invalid_currency'
  | 'currency_mismatch'

export interface ExposureValidationError extends ExposureMessage {
  /** Which input was wrong, e.g. 'versions[0].listings[1].statusHistory[0].date'. */
  readonly path: string
  readonly code: ExposureErrorCode
}

export type ExposureOutcome =
  | { readonly ok: true; readonly result: ExposureResult }
  | { readonly ok: false; readonly errors: readonly ExposureValidationError[] }
