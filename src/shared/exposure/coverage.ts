import { type Day, fromDay, toDay } from './dates'
import { line } from './lines'
import { isUsPatent, type ListingTimeline, liveDaysBetween } from './notice'
import type {
  AssertedRight,
  ClaimCoverage,
  ClaimCoverStatus,
  CounselOpinion,
  ExposureLine,
  OpinionCover
} from './types'

/** Which opinions cover which asserted claims of a version, when they came, and the gaps. */

export const OPINION_TYPE_LABEL: Record<CounselOpinion['type'], readonly [string, string]> = {
  non_infringement: ['non-infringement opinion', '不侵权意见'],
  invalidity: ['invalidity opinion', '无效意见'],
  unenforceability: ['unenforceability opinion', '不可执行意见'],
  fto: ['freedom-to-operate opinion', '自由实施（FTO）意见'],
  design_around_clearance: ['design-around clearance opinion', '规避设计许可意见'],
  trademark_clearance: ['trademark clearance opinion', '商标检索意见']
}

const COUNSEL_LABEL: Record<CounselOpinion['counsel'], readonly [string, string]> = {
  outside: ['outside counsel', '外部律师'],
  in_house: ['in-house counsel', '内部法务']
}

// Best first: a written favourable opinion in time, then one that came late, then the weaker kinds.
const RANK: Record<ClaimCoverStatus, number> = {
  covered: 0,
  late: 1,
  mixed: 2,
  oral: 3,
  pending: 4,
  unfavourable: 5,
  none: 6
}

/** Statuses that count as a covering opinion for the portfolio's first sort key. */
export function isCovering(status: ClaimCoverStatus): boolean {
  return status === 'covered' || status === 'late'
}

export function claimsOf(right: AssertedRight): readonly string[] {
  return right.claims !== undefined && right.claims.length > 0 ? right.claims : ['']
}

function coverFor(o: CounselOpinion, rightId: string): OpinionCover | undefined {
  return o.covers.find((c) => c.rightId === rightId)
}

function coversClaim(cover: OpinionCover, claim: string): boolean {
  return (
    cover.claims === undefined || cover.claims.length === 0 || claim === '' || cover.claims.includes(claim)
  )
}

function relation(day: Day, ref: Day): 'before' | 'same-day' | 'after' {
  return day < ref ? 'before' : day === ref ? 'same-day' : 'after'
}

export interface CoverageContext {
  readonly versionId: string
  readonly version: string
  /** Open rights asserted against the version (or, in a clearance matter, cleared against). */
  readonly rights: readonly AssertedRight[]
  readonly opinions: readonly CounselOpinion[]
  readonly notice: Day | undefined
  readonly filed: Day | undefined
  readonly timelines: readonly ListingTimeline[]
  readonly daysLiveAfterNotice: number
  readonly clearance: boolean
  /** False: statuses and gaps only, without the per-opinion lines (the portfolio). */
  readonly explain: boolean
}

export interface CoverageOutcome {
  readonly coverage: ClaimCoverage[]
  readonly lines: ExposureLine[]
  readonly gaps: ExposureLine[]
  readonly uncovered: boolean
}

function statusOf(o: CounselOpinion, ctx: CoverageContext): ClaimCoverStatus {
  if (o.conclusion === 'pending' || o.deliveredDate === undefined) return 'pending'
  if (o.conclusion === 'unfavourable') return 'unfavourable'
  if (o.conclusion === 'mixed') return 'mixed'
  if (o.form === 'oral') return 'oral'
  if (ctx.notice !== undefined) {
    const delivered = toDay(o.deliveredDate)
    if (delivered > ctx.notice && uncoveredDays(ctx, delivered) > 0) return 'late'
  }
  return 'covered'
}

/**
 * Days a listing that was already live on the day of first notice stayed live before the opinion
 * was delivered: selling on from notice without advice. A version launched after notice is judged
 * by what it had before launch (the design-around lines), not by this.
 */
function uncoveredDays(ctx: CoverageContext, delivered: Day): number {
  const notice = ctx.notice
  if (notice === undefined) return 0
  let most = 0
  for (const t of ctx.timelines) {
    if (!t.periods.some((p) => p.start <= notice && notice < p.end)) continue
    most = Math.max(most, liveDaysBetween(t, notice, delivered))
  }
  return most
}

/** "claim 1 of US 11,234,567 B2; US D987,654" and its Chinese form. */
export function coverText(
  covers: readonly OpinionCover[],
  rights: readonly AssertedRight[]
): { en: string; zh: string } {
  const en: string[] = []
  const zh: string[] = []
  for (const r of rights) {
    const c = covers.find((x) => x.rightId === r.id)
    if (!c) continue
    if (c.claims !== undefined && c.claims.length > 0) {
      en.push(`${c.claims.length > 1 ? 'claims' : 'claim'} ${c.claims.join(', ')} of ${r.number}`)
      zh.push(`${r.number} 权利要求 ${c.claims.join('、')}`)
    } else if (r.claims !== undefined && r.claims.length > 0) {
      en.push(`${r.number} (every asserted claim)`)
      zh.push(`${r.number}（全部主张的权利要求）`)
    } else {
      en.push(r.number)
      zh.push(r.number)
    }
  }
  return { en: en.join('; '), zh: zh.join('；') }
}

function opinionLines(o: CounselOpinion, ctx: CoverageContext): ExposureLine[] {
  const [type, typeZh] = OPINION_TYPE_LABEL[o.type]
  const [counsel, counselZh] = COUNSEL_LABEL[o.counsel]
  const covered = coverText(o.covers, ctx.rights)
  const base = { version: ctx.version, opinion: o.counselName ?? o.id, type, typeZh }
  const section = 'opinion' as const
  const lines: ExposureLine[] = [
    line(
      'opinion.covers',
      { ...base, counsel, counselZh, covered: covered.en, coveredZh: covered.zh },
      o.deliveredDate === undefined ? { section } : { section, date: o.deliveredDate }
    )
  ]
  if (o.requestedDate !== undefined && ctx.notice !== undefined) {
    const req = toDay(o.requestedDate)
    const rel = relation(req, ctx.notice)
    lines.push(
      line(
        `opinion.requested.${rel}-notice`,
        { ...base, date: o.requestedDate, days: Math.abs(req - ctx.notice), notice: fromDay(ctx.notice) },
        { section, date: o.requestedDate }
      )
    )
  }
  if (o.conclusion === 'pending' || o.deliveredDate === undefined) {
    lines.push(
      o.requestedDate === undefined
        ? line('opinion.pending.unrequested', base, { section, severity: 'note' })
        : line('opinion.pending.requested', { ...base, date: o.requestedDate }, { section, severity: 'note' })
    )
    return lines
  }
  const delivered = toDay(o.deliveredDate)
  if (ctx.notice !== undefined) {
    const rel = relation(delivered, ctx.notice)
    lines.push(
      line(
        `opinion.delivered.${rel}-notice`,
        {
          ...base,
          date: o.deliveredDate,
          days: Math.abs(delivered - ctx.notice),
          notice: fromDay(ctx.notice)
        },
        { section, date: o.deliveredDate }
      )
    )
  }
  if (ctx.filed !== undefined) {
    const rel = relation(delivered, ctx.filed)
    lines.push(
      line(
        `opinion.delivered.${rel}-complaint`,
        { ...base, date: o.deliveredDate, filed: fromDay(ctx.filed) },
        { section, date: o.deliveredDate, severity: rel === 'before' ? 'info' : 'note' }
      )
    )
  }
  if (o.form === 'oral') lines.push(line('opinion.oral', base, { section, severity: 'note' }))
  if (o.conclusion === 'unfavourable')
    lines.push(line('opinion.unfavourable', base, { section, severity: 'note' }))
  if (o.conclusion === 'mixed') lines.push(line('opinion.mixed', base, { section, severity: 'note' }))
  if (o.counsel === 'in_house') lines.push(line('opinion.in-house', base, { section, severity: 'note' }))
  return lines
}

function gapCitation(r: AssertedRight): string {
  switch (r.type) {
    case 'trademark':
      return '15 USC 1117'
    case 'copyright':
      return '17 USC 504(c)(2)'
    default:
      return isUsPatent(r) ? '35 USC 284; Halo Elecs. v. Pulse Elecs., 579 U.S. 93 (2016)' : ''
  }
}

function gapLine(
  status: Exclude<ClaimCoverStatus, 'covered'>,
  r: AssertedRight,
  claim: string,
  ctx: CoverageContext,
  best: CounselOpinion | undefined
): ExposureLine {
  const citation = gapCitation(r)
  const params: Record<string, string | number> = {
    version: ctx.version,
    days: ctx.daysLiveAfterNotice,
    right: r.number
  }
  if (claim !== '') params.claim = claim
  if (best) params.opinion = best.counselName ?? best.id
  if (status === 'late' && best?.deliveredDate !== undefined) {
    params.delivered = best.deliveredDate
    params.days = uncoveredDays(ctx, toDay(best.deliveredDate))
  }
  return line(`gap.${status}.${claim === '' ? 'right' : 'claim'}`, params, {
    section: 'opinion',
    severity: 'gap',
    rightId: r.id,
    ...(citation === '' ? {} : { citation }),
    ...(ctx.notice === undefined ? {} : { date: fromDay(ctx.notice) })
  })
}

export function computeCoverage(ctx: CoverageContext): CoverageOutcome {
  const mine = ctx.opinions.filter(
    (o) => o.versionIds.includes(ctx.versionId) && ctx.rights.some((r) => coverFor(o, r.id) !== undefined)
  )
  const statuses = new Map(mine.map((o) => [o.id, statusOf(o, ctx)]))
  const lines: ExposureLine[] = []
  if (ctx.explain) for (const o of mine) lines.push(...opinionLines(o, ctx))

  const coverage: ClaimCoverage[] = []
  const gaps: ExposureLine[] = []
  let uncovered = false
  let missingPatentOpinion = false
  const liveAfterNotice = ctx.daysLiveAfterNotice > 0
  for (const r of ctx.rights) {
    for (const claim of claimsOf(r)) {
      const ranked = mine
        .filter((o) => {
          const c = coverFor(o, r.id)
          return c !== undefined && coversClaim(c, claim)
        })
        .map((o) => ({ o, status: statuses.get(o.id) ?? 'pending' }))
        .sort((a, b) => RANK[a.status] - RANK[b.status])
      const best = ranked[0]
      const status: ClaimCoverStatus = best ? best.status : 'none'
      coverage.push({ rightId: r.id, claim, status, opinionIds: ranked.map((x) => x.o.id) })
      if (ctx.clearance) {
        if (status !== 'covered') {
          const params = { version: ctx.version, right: r.number, ...(claim === '' ? {} : { claim }) }
          lines.push(
            line(`clearance.open.${claim === '' ? 'right' : 'claim'}`, params, {
              section: 'opinion',
              severity: 'note',
              rightId: r.id
            })
          )
        }
        continue
      }
      if (!liveAfterNotice || status === 'covered') continue
      if (!isCovering(status)) uncovered = true
      if ((status === 'none' || status === 'pending') && isUsPatent(r)) missingPatentOpinion = true
      gaps.push(gapLine(status, r, claim, ctx, best?.o))
    }
  }
  lines.push(...gaps)
  if (missingPatentOpinion) lines.push(section298Note(ctx.filed))
  return { coverage, lines, gaps, uncovered }
}

// Leahy-Smith AIA Technical Corrections, Pub. L. 112-274, s. 1(a): 298 applies to civil actions
// commenced on or after its enactment, 14 January 2013.
const AIA_298_EFFECTIVE = '2013-01-14'
const CITE_298 = '35 USC 298; Pub. L. 112-274, s. 1(a) (2013)'

function section298Note(filed: Day | undefined): ExposureLine {
  if (filed === undefined)
    return line('note.298.no-suit', {}, { section: 'opinion', severity: 'note', citation: CITE_298 })
  const date = fromDay(filed)
  return date >= AIA_298_EFFECTIVE
    ? line(
        'note.298.applies',
        { filed: date },
        { section: 'opinion', severity: 'note', citation: CITE_298, date }
      )
    : line(
        'note.298.pre-aia',
        { filed: date },
        { section: 'opinion', severity: 'note', citation: CITE_298, date }
      )
}
