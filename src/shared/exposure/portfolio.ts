import { isValidIsoDate } from '../deadlines'
import { computeValidatedExposure } from './compute'
import type {
  ClaimCoverage,
  ExposureInput,
  ExposureLine,
  ExposureResult,
  ExposureValidationError,
  FirstNotice,
  VersionExposure
} from './types'
import { validateExposureInput } from './validate'

/** One matter of the portfolio: an ExposureInput without asOf (the portfolio has one asOf). */
export type PortfolioMatter = Omit<ExposureInput, 'asOf'>

export interface PortfolioInput {
  readonly asOf: string
  readonly matters: readonly PortfolioMatter[]
}

export type PortfolioCoverage = 'covered' | 'partial' | 'none' | 'no_assertion'

export interface PortfolioGap extends ExposureLine {
  readonly matterId: string
}

/** One product version across every matter that names it. */
export interface PortfolioRow {
  readonly versionId: string
  readonly productName: string
  readonly versionName: string
  readonly matterIds: readonly string[]
  /** Only in clearance matters: nothing asserted, the version is there to be cleared. */
  readonly clearance: boolean
  readonly openAssertions: number
  /** Covered: every open asserted claim has a covering opinion; none: not one does. */
  readonly coverage: PortfolioCoverage
  readonly liveListings: number
  readonly listings: number
  readonly daysLiveAfterNotice: number
  readonly liveAfterNoticeUncovered: boolean
  /** Earliest first notice across its matters. */
  readonly firstNotice?: FirstNotice
  readonly gaps: readonly PortfolioGap[]
}

export type PortfolioOutcome =
  | {
      readonly ok: true
      readonly privileged: true
      readonly asOf: string
      readonly rows: readonly PortfolioRow[]
    }
  | { readonly ok: false; readonly errors: readonly ExposureValidationError[] }

/**
 * Risk order: listings live after notice with no covering opinion first, then days live after
 * notice (most first), then open assertions (most first); ties by product, version and id.
 */
export function comparePortfolioRows(a: PortfolioRow, b: PortfolioRow): number {
  if (a.liveAfterNoticeUncovered !== b.liveAfterNoticeUncovered) return a.liveAfterNoticeUncovered ? -1 : 1
  if (a.daysLiveAfterNotice !== b.daysLiveAfterNotice) return b.daysLiveAfterNotice - a.daysLiveAfterNotice
  if (a.openAssertions !== b.openAssertions) return b.openAssertions - a.openAssertions
  return (
    cmp(a.productName, b.productName) || cmp(a.versionName, b.versionName) || cmp(a.versionId, b.versionId)
  )
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

interface Acc {
  versionId: string
  productName: string
  versionName: string
  matterIds: string[]
  assertedIn: number
  openAssertions: number
  coverage: ClaimCoverage[]
  /** The listings as each matter saw them; deduplicated by id only when a version is in several matters. */
  listings: Array<VersionExposure['listings']>
  daysLiveAfterNotice: number
  uncovered: boolean
  firstNotice: FirstNotice | undefined
  gaps: PortfolioGap[]
}

function merge(acc: Acc, v: VersionExposure, matterId: string, clearance: boolean): void {
  acc.matterIds.push(matterId)
  if (!clearance) {
    acc.assertedIn++
    acc.openAssertions += v.openAssertions
    for (const c of v.coverage) acc.coverage.push(c)
  }
  acc.listings.push(v.listings)
  acc.daysLiveAfterNotice = Math.max(acc.daysLiveAfterNotice, v.daysLiveAfterNotice)
  acc.uncovered ||= v.liveAfterNoticeUncovered
  if (v.firstNotice && (!acc.firstNotice || v.firstNotice.date < acc.firstNotice.date))
    acc.firstNotice = v.firstNotice
  for (const g of v.gaps) acc.gaps.push({ ...g, matterId })
}

function coverageOf(acc: Acc): PortfolioCoverage {
  if (acc.assertedIn === 0 || acc.coverage.length === 0) return 'no_assertion'
  let covered = 0
  for (const c of acc.coverage) if (c.status === 'covered' || c.status === 'late') covered++
  return covered === acc.coverage.length ? 'covered' : covered === 0 ? 'none' : 'partial'
}

/** A matter's validation errors, their paths pointing into the portfolio's `matters[index]`. */
export function portfolioMatterErrors(
  index: number,
  errors: readonly ExposureValidationError[]
): ExposureValidationError[] {
  return errors.map((e) => {
    const path = e.path === '' ? `matters[${index}]` : `matters[${index}].${e.path}`
    return { ...e, path, params: { ...e.params, path } }
  })
}

/** The error a defect in the computation reaches the caller as (validation should make it unreachable). */
export function portfolioDefect(e: unknown): PortfolioOutcome {
  const value = e instanceof Error ? e.message : String(e)
  return {
    ok: false,
    errors: [{ path: 'matters', code: 'invalid_input', params: { path: 'matters', value } }]
  }
}

/**
 * Every version across the matters, one row each, in risk order. A version named in several
 * matters (same id) is one row: its assertions add up, its worst days and gaps are kept.
 */
export function computePortfolio(input: PortfolioInput): PortfolioOutcome {
  if (input === null || typeof input !== 'object' || !Array.isArray(input.matters)) {
    return {
      ok: false,
      errors: [{ path: 'matters', code: 'invalid_input', params: { path: 'matters', value: 'not a list' } }]
    }
  }
  if (!isValidIsoDate(input.asOf)) {
    return {
      ok: false,
      errors: [{ path: 'asOf', code: 'invalid_date', params: { path: 'asOf', value: String(input.asOf) } }]
    }
  }
  const errors: ExposureValidationError[] = []
  const results = input.matters.map((m, i) => {
    const full = { ...m, asOf: input.asOf }
    errors.push(...portfolioMatterErrors(i, validateExposureInput(full)))
    return full
  })
  if (errors.length > 0) return { ok: false, errors }
  let computed: PortfolioResult[]
  try {
    computed = results.map((m) => ({
      result: computeValidatedExposure(m, false),
      clearance: m.matter.kind === 'clearance'
    }))
  } catch (e) {
    return portfolioDefect(e)
  }
  return { ok: true, privileged: true, asOf: input.asOf, rows: portfolioRows(computed) }
}

/** One matter computed for the portfolio (computeValidatedExposure with `full: false`). */
export interface PortfolioResult {
  readonly result: ExposureResult
  readonly clearance: boolean
}

/**
 * The rows of computePortfolio from matters already validated and computed, in the matters'
 * order: a caller that keeps each matter's result computes again only the matters that changed.
 */
export function portfolioRows(computed: readonly PortfolioResult[]): PortfolioRow[] {
  const byVersion = new Map<string, PortfolioContribution[]>()
  for (const { result, clearance } of computed) {
    for (const version of result.versions) {
      const c = { version, matterId: result.matterId, clearance }
      const list = byVersion.get(version.versionId)
      if (list) list.push(c)
      else byVersion.set(version.versionId, [c])
    }
  }
  const rows: PortfolioRow[] = []
  for (const list of byVersion.values()) rows.push(portfolioRow(list))
  rows.sort(comparePortfolioRows)
  return rows
}

/** One version as one matter's result shows it. */
export interface PortfolioContribution {
  readonly version: VersionExposure
  readonly matterId: string
  readonly clearance: boolean
}

/** A version's row from what each matter naming it shows of it, in the matters' order. */
export function portfolioRow(contributions: readonly PortfolioContribution[]): PortfolioRow {
  const first = contributions[0]!.version
  const acc: Acc = {
    versionId: first.versionId,
    productName: first.productName,
    versionName: first.versionName,
    matterIds: [],
    assertedIn: 0,
    openAssertions: 0,
    coverage: [],
    listings: [],
    daysLiveAfterNotice: 0,
    uncovered: false,
    firstNotice: undefined,
    gaps: []
  }
  for (const c of contributions) merge(acc, c.version, c.matterId, c.clearance)
  let live = 0
  let count = 0
  const only = acc.listings.length === 1 ? acc.listings[0] : undefined
  if (only) {
    count = only.length
    for (const l of only) if (l.liveOnAsOf) live++
  } else {
    const seen = new Map<string, boolean>()
    for (const list of acc.listings) {
      for (const l of list) seen.set(l.listingId, (seen.get(l.listingId) ?? false) || l.liveOnAsOf)
    }
    count = seen.size
    for (const isLive of seen.values()) if (isLive) live++
  }
  const row: PortfolioRow = {
    versionId: acc.versionId,
    productName: acc.productName,
    versionName: acc.versionName,
    matterIds: acc.matterIds,
    clearance: acc.assertedIn === 0,
    openAssertions: acc.openAssertions,
    coverage: coverageOf(acc),
    liveListings: live,
    listings: count,
    daysLiveAfterNotice: acc.daysLiveAfterNotice,
    liveAfterNoticeUncovered: acc.uncovered,
    gaps: acc.gaps
  }
  return acc.firstNotice ? { ...row, firstNotice: acc.firstNotice } : row
}
