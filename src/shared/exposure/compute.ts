import { computeCoverage, coverText } from './coverage'
import { type Day, fromDay, toDay } from './dates'
import { rightFrames } from './frames'
import { line } from './lines'
import { afterNoticeWindow, patentWindows } from './money'
import {
  damagesStart,
  firstNoticeOf,
  isUsPatent,
  listingExposure,
  listingLines,
  listingTimeline,
  noticeLine,
  noticeNamesRight,
  noticeNamesVersion,
  sortNotices,
  versionLabel
} from './notice'
import type {
  AccusedVersion,
  AssertedRight,
  CounselOpinion,
  DesignAround,
  ExposureInput,
  ExposureLine,
  ExposureNotice,
  ExposureOutcome,
  ExposureResult,
  SalesWindow,
  VersionExposure
} from './types'
import { validateExposureInput } from './validate'

interface MatterContext {
  readonly input: ExposureInput
  readonly asOf: Day
  readonly filed: Day | undefined
  readonly clearance: boolean
  readonly notices: readonly ExposureNotice[]
  readonly opinions: readonly CounselOpinion[]
  readonly designArounds: readonly DesignAround[]
  readonly versionsById: ReadonlyMap<string, AccusedVersion>
  readonly opinionsByVersion: ReadonlyMap<string, readonly CounselOpinion[]>
  /** False for the portfolio: only what its rows show (notice, listings, coverage, gaps). */
  readonly full: boolean
}

function rightsAgainst(rights: readonly AssertedRight[], versionId: string): AssertedRight[] {
  return rights.filter((r) => r.versionIds === undefined || r.versionIds.includes(versionId))
}

function isOpen(r: AssertedRight, asOf: Day): boolean {
  return r.closedDate === undefined || toDay(r.closedDate) > asOf
}

/** The first notice that reached us about this version (and, if it names rights, one asserted against it). */
function firstNoticeFor(
  ctx: MatterContext,
  versionId: string,
  rights: readonly AssertedRight[]
): ExposureNotice | undefined {
  return ctx.notices.find(
    (n) =>
      noticeNamesVersion(n, versionId) &&
      (n.rightIds === undefined || n.rightIds.length === 0 || rights.some((r) => n.rightIds?.includes(r.id)))
  )
}

function designAroundLines(ctx: MatterContext, v: AccusedVersion, notice: Day | undefined): ExposureLine[] {
  const lines: ExposureLine[] = []
  const rights = ctx.input.matter.rights
  const section = 'design_around' as const
  for (const d of ctx.designArounds) {
    if (d.toVersionId === v.id) {
      const from = ctx.versionsById.get(d.fromVersionId)
      const avoided = coverText(d.avoids, rights)
      lines.push(
        line(
          d.newVersionLiveDate === undefined ? 'da.to.planned' : 'da.to.live',
          {
            version: versionLabel(v),
            from: from ? versionLabel(from) : d.fromVersionId,
            avoided: avoided.en,
            avoidedZh: avoided.zh,
            ...(d.newVersionLiveDate === undefined ? {} : { date: d.newVersionLiveDate })
          },
          d.newVersionLiveDate === undefined ? { section } : { section, date: d.newVersionLiveDate }
        )
      )
      const o =
        d.clearingOpinionId === undefined ? undefined : ctx.opinions.find((x) => x.id === d.clearingOpinionId)
      const base = { version: versionLabel(v) }
      if (!o) {
        lines.push(line('da.no-opinion', base, { section, severity: 'note' }))
        continue
      }
      const opinion = o.counselName ?? o.id
      if (!o.versionIds.includes(v.id)) {
        lines.push(line('da.opinion-not-for-version', { ...base, opinion }, { section, severity: 'note' }))
      }
      if (o.deliveredDate === undefined || o.conclusion === 'pending') {
        lines.push(line('da.opinion-pending', { ...base, opinion }, { section, severity: 'note' }))
        continue
      }
      if (o.conclusion !== 'favourable') {
        lines.push(line('da.opinion-not-favourable', { ...base, opinion }, { section, severity: 'note' }))
      } else {
        lines.push(
          line('da.cleared', { ...base, opinion, date: o.deliveredDate }, { section, date: o.deliveredDate })
        )
      }
      if (d.newVersionLiveDate !== undefined && d.newVersionLiveDate < o.deliveredDate) {
        const days = toDay(o.deliveredDate) - toDay(d.newVersionLiveDate)
        lines.push(
          line(
            'da.live-before-clearance',
            { ...base, live: d.newVersionLiveDate, date: o.deliveredDate, days },
            { section, severity: 'note', date: d.newVersionLiveDate }
          )
        )
      }
    }
    if (d.fromVersionId === v.id) {
      const to = ctx.versionsById.get(d.toVersionId)
      const base = { version: versionLabel(v), to: to ? versionLabel(to) : d.toVersionId }
      lines.push(
        d.newVersionLiveDate === undefined
          ? line('da.from.planned', base, { section })
          : line(
              'da.from.live',
              { ...base, date: d.newVersionLiveDate },
              { section, date: d.newVersionLiveDate }
            )
      )
      if (d.oldStockSoldOutDate !== undefined) {
        const sold = toDay(d.oldStockSoldOutDate)
        const date = d.oldStockSoldOutDate
        lines.push(
          notice === undefined
            ? line('da.old-stock.no-notice', { ...base, date }, { section, date })
            : sold > notice
              ? line(
                  'da.old-stock.after-notice',
                  { ...base, date, days: sold - notice },
                  { section, severity: 'note', date }
                )
              : line('da.old-stock.before-notice', { ...base, date }, { section, date })
        )
      }
    }
  }
  return lines
}

function versionExposure(ctx: MatterContext, v: AccusedVersion): VersionExposure {
  const { asOf, filed, clearance, full } = ctx
  const label = versionLabel(v)
  const against = rightsAgainst(ctx.input.matter.rights, v.id)
  const open = against.filter((r) => isOpen(r, asOf))
  const lines: ExposureLine[] = []

  const first = clearance ? undefined : firstNoticeFor(ctx, v.id, against)
  const notice = first === undefined ? undefined : toDay(first.date)
  lines.push(
    first
      ? noticeLine('version.notice', first, { version: label })
      : line('version.notice.none', { version: label }, { section: 'notice' })
  )
  for (const r of against) {
    if (!isOpen(r, asOf) && r.closedDate !== undefined) {
      lines.push(
        line(
          'assertion.closed',
          { version: label, right: r.number, date: r.closedDate },
          { section: 'notice', date: r.closedDate, rightId: r.id }
        )
      )
    }
  }

  const timelines = v.listings.map((l) => listingTimeline(l, asOf))
  const listings = timelines.map((t) => listingExposure(t, notice))
  if (full) for (const t of timelines) lines.push(...listingLines(t, label, notice, asOf))
  let daysLiveAfterNotice = 0
  let liveListings = 0
  for (const l of listings) {
    daysLiveAfterNotice = Math.max(daysLiveAfterNotice, l.daysLiveAfterNotice)
    if (l.liveOnAsOf) liveListings++
  }

  const sales = v.monthlySales ?? []
  const salesCtx = { version: label, sales, notice, asOf, filed }
  const windows: SalesWindow[] = []
  const moneyLines: ExposureLine[] = []
  if (full) {
    const afterNotice = afterNoticeWindow(salesCtx)
    if (afterNotice.window) windows.push(afterNotice.window)
    moneyLines.push(...afterNotice.lines)
  }

  if (full && !clearance) {
    for (const r of open) {
      if (!isUsPatent(r)) continue
      const named = ctx.notices.filter((n) => noticeNamesVersion(n, v.id) && noticeNamesRight(n, r.id))
      const actual = named.find((n) => n.specificCharge !== false)
      const start = damagesStart(r, label, actual, filed)
      lines.push(...start.lines)
      const rightNotice = named[0] === undefined ? undefined : toDay(named[0].date)
      const patent = patentWindows(salesCtx, r, rightNotice, start.day)
      windows.push(...patent.windows)
      moneyLines.push(...patent.lines)
    }
  }

  if (full) lines.push(...designAroundLines(ctx, v, notice))

  const coverage = computeCoverage({
    versionId: v.id,
    version: label,
    rights: clearance ? against : open,
    opinions: ctx.opinionsByVersion.get(v.id) ?? [],
    notice,
    filed,
    timelines,
    daysLiveAfterNotice,
    clearance,
    explain: full
  })
  lines.push(...coverage.lines, ...moneyLines)

  const out: VersionExposure = {
    versionId: v.id,
    productName: v.product.name,
    versionName: v.versionName,
    openAssertions: clearance ? 0 : open.length,
    listings,
    daysLiveAfterNotice,
    liveListings,
    coverage: coverage.coverage,
    liveAfterNoticeUncovered: coverage.uncovered,
    sales: windows,
    gaps: coverage.gaps,
    lines
  }
  const fn = firstNoticeOf(first)
  return fn ? { ...out, firstNotice: fn } : out
}

function matterLines(ctx: MatterContext): ExposureLine[] {
  const lines: ExposureLine[] = [line('frame.privileged', {}, { section: 'frame' })]
  const first = ctx.notices[0]
  if (ctx.clearance) lines.push(line('notice.clearance', {}, { section: 'notice' }))
  else if (first) {
    lines.push(noticeLine('notice.first', first))
    if (first.letterDate !== undefined && first.letterDate !== first.date) {
      lines.push(
        line(
          'notice.letter-dated',
          { letterDate: first.letterDate, date: first.date },
          { section: 'notice', severity: 'note', date: first.letterDate }
        )
      )
    }
  } else lines.push(line('notice.none', {}, { section: 'notice' }))
  if (ctx.filed !== undefined) {
    const date = fromDay(ctx.filed)
    lines.push(line('notice.complaint-filed', { date }, { section: 'notice', date }))
  }
  lines.push(...rightFrames(ctx.input.matter.rights, ctx.input.versions, ctx.clearance))
  lines.push(line('frame.not-prediction', {}, { section: 'frame', severity: 'note' }))
  return lines
}

function indexOpinions(opinions: readonly CounselOpinion[]): Map<string, CounselOpinion[]> {
  const index = new Map<string, CounselOpinion[]>()
  for (const o of opinions) {
    for (const id of new Set(o.versionIds)) {
      const list = index.get(id)
      if (list) list.push(o)
      else index.set(id, [o])
    }
  }
  return index
}

/**
 * Computes from input that passed validateExposureInput. `full: false` (the portfolio) leaves out
 * the money, damages, design-around, listing and opinion lines and the matter's frames.
 */
export function computeValidatedExposure(input: ExposureInput, full = true): ExposureResult {
  const asOf = toDay(input.asOf)
  const filed = input.matter.complaintFiledDate
  const ctx: MatterContext = {
    input,
    asOf,
    filed: filed === undefined ? undefined : toDay(filed),
    clearance: input.matter.kind === 'clearance',
    notices: sortNotices(input.notices),
    opinions: input.opinions ?? [],
    designArounds: input.designArounds ?? [],
    versionsById: new Map(input.versions.map((v) => [v.id, v])),
    opinionsByVersion: indexOpinions(input.opinions ?? []),
    full
  }
  const first = ctx.clearance ? undefined : firstNoticeOf(ctx.notices[0])
  const result: ExposureResult = {
    privileged: true,
    asOf: input.asOf,
    matterId: input.matter.id,
    lines: full ? matterLines(ctx) : [],
    versions: input.versions.map((v) => versionExposure(ctx, v))
  }
  return first ? { ...result, firstNotice: first } : result
}

/**
 * The willfulness-exposure frame of one matter, as of `input.asOf`: every line a code with its
 * parameters, dated and cited. Bad input yields `{ ok: false, errors }` (path + code); it never throws.
 */
export function computeExposure(input: unknown): ExposureOutcome {
  const errors = validateExposureInput(input)
  if (errors.length > 0) return { ok: false, errors }
  try {
    return { ok: true, result: computeValidatedExposure(input as ExposureInput) }
  } catch (e) {
    // Validation should make this unreachable; a defect still reaches the caller as a code.
    return {
      ok: false,
      errors: [
        {
          path: '',
          code: 'invalid_input',
          params: { path: '', value: e instanceof Error ? e.message : String(e) }
        }
      ]
    }
  }
}
