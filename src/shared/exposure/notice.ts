import { type Day, fromDay, toDay } from './dates'
import { line } from './lines'
import type {
  AccusedVersion,
  AssertedRight,
  ExposureLine,
  ExposureNotice,
  FirstNotice,
  Listing,
  ListingExposure,
  ListingStatus
} from './types'

/** First notice, days live after it, and the day patent damages can start (35 USC 287(a)). */

export const NOTICE_KIND_LABEL: Record<ExposureNotice['kind'], readonly [string, string]> = {
  letter: ['warning letter', '警告函'],
  marketplace_complaint: ['marketplace complaint', '平台投诉'],
  apex: ['Amazon APEX notice', '亚马逊 APEX 通知'],
  complaint_served: ['service of the complaint', '起诉状送达']
}

export function noticeNamesVersion(n: ExposureNotice, versionId: string): boolean {
  return n.versionIds === undefined || n.versionIds.includes(versionId)
}

export function noticeNamesRight(n: ExposureNotice, rightId: string): boolean {
  return n.rightIds === undefined || n.rightIds.length === 0 || n.rightIds.includes(rightId)
}

/** Notices in date order; on the same day the order of entry is kept. */
export function sortNotices(notices: readonly ExposureNotice[]): ExposureNotice[] {
  return notices
    .map((n, i) => ({ n, i }))
    .sort((a, b) => (a.n.date < b.n.date ? -1 : a.n.date > b.n.date ? 1 : a.i - b.i))
    .map((x) => x.n)
}

export function firstNoticeOf(n: ExposureNotice | undefined): FirstNotice | undefined {
  if (!n) return undefined
  return n.receivedBy === undefined
    ? { noticeId: n.id, kind: n.kind, date: n.date }
    : { noticeId: n.id, kind: n.kind, date: n.date, receivedBy: n.receivedBy }
}

/** "First notice: warning letter received 2026-10-20 by ..." (matter or version). */
export function noticeLine(
  prefix: string,
  n: ExposureNotice,
  extra: Record<string, string> = {}
): ExposureLine {
  const [kind, kindZh] = NOTICE_KIND_LABEL[n.kind]
  const named = n.receivedBy !== undefined && n.receivedBy.length > 0
  return line(
    `${prefix}.${named ? 'named' : 'unnamed'}`,
    { date: n.date, kind, kindZh, ...(named ? { receivedBy: n.receivedBy ?? '' } : {}), ...extra },
    { section: 'notice', date: n.date }
  )
}

// ---- Listings ----

interface LivePeriod {
  readonly start: Day
  /** First day no longer live (exclusive); asOf when still live. */
  readonly end: Day
}

export interface ListingTimeline {
  readonly listing: Listing
  readonly periods: readonly LivePeriod[]
  readonly status: ListingStatus | 'never_live'
  readonly liveOnAsOf: boolean
}

const isLive = (s: ListingStatus): boolean => s === 'live' || s === 'reinstated'

export function listingTimeline(listing: Listing, asOf: Day): ListingTimeline {
  const history = listing.statusHistory
  // Histories are usually entered in order; sort (stably) only when they are not.
  let ordered = true
  for (let i = 1; i < history.length && ordered; i++) {
    if ((history[i]?.date ?? '') < (history[i - 1]?.date ?? '')) ordered = false
  }
  const changes = ordered
    ? history
    : history
        .map((c, i) => ({ c, i }))
        .sort((a, b) => (a.c.date < b.c.date ? -1 : a.c.date > b.c.date ? 1 : a.i - b.i))
        .map((x) => x.c)
  const periods: LivePeriod[] = []
  let start: Day | undefined
  let status: ListingStatus | 'never_live' = 'never_live'
  for (const c of changes) {
    status = c.status
    if (isLive(c.status)) {
      if (start === undefined) start = toDay(c.date)
    } else if (start !== undefined) {
      const day = toDay(c.date)
      if (day > start) periods.push({ start, end: day })
      start = undefined
    }
  }
  if (start !== undefined && asOf > start) periods.push({ start, end: asOf })
  return { listing, periods, status, liveOnAsOf: status !== 'never_live' && isLive(status) }
}

/** Live days on or after `from`: a listing removed on day R was live through R-1. */
export function liveDaysFrom(t: ListingTimeline, from: Day): number {
  let days = 0
  for (const p of t.periods) days += Math.max(0, p.end - Math.max(p.start, from))
  return days
}

/** Live days in [from, to): for "live before its clearing opinion was delivered". */
export function liveDaysBetween(t: ListingTimeline, from: Day, to: Day): number {
  let days = 0
  for (const p of t.periods) days += Math.max(0, Math.min(p.end, to) - Math.max(p.start, from))
  return days
}

export function listingExposure(t: ListingTimeline, notice: Day | undefined): ListingExposure {
  return {
    listingId: t.listing.id,
    marketplace: t.listing.marketplace,
    itemId: t.listing.itemId,
    status: t.status,
    liveOnAsOf: t.liveOnAsOf,
    daysLiveAfterNotice: notice === undefined ? 0 : liveDaysFrom(t, notice)
  }
}

export function listingLines(
  t: ListingTimeline,
  version: string,
  notice: Day | undefined,
  asOf: Day
): ExposureLine[] {
  const l = t.listing
  const base = { version, item: l.itemId, marketplace: l.marketplace }
  if (t.periods.length === 0 && !t.liveOnAsOf)
    return [line('listing.never-live', base, { section: 'listing' })]
  if (notice === undefined) {
    return [
      line(t.liveOnAsOf ? 'listing.no-notice.live' : 'listing.no-notice.removed', base, {
        section: 'listing'
      })
    ]
  }
  const days = liveDaysFrom(t, notice)
  const from = fromDay(notice)
  // The params written out, not spread from `base`: a portfolio's matter has hundreds of listings.
  const { item, marketplace } = base
  if (days === 0) {
    const last = t.periods[t.periods.length - 1]
    const removed = last ? fromDay(last.end) : from
    return [
      line(
        'listing.not-live-after-notice',
        { version, item, marketplace, removed, from },
        { section: 'listing', date: removed }
      )
    ]
  }
  if (t.liveOnAsOf) {
    const today = fromDay(asOf)
    return [
      line(
        'listing.after-notice.live',
        { version, item, marketplace, days, from, asOf: today },
        { section: 'listing', severity: 'note', date: today }
      )
    ]
  }
  const last = t.periods[t.periods.length - 1]
  const to = last ? fromDay(last.end) : from
  let periods = 0
  for (const p of t.periods) if (p.end > notice) periods++
  return [
    line(
      periods > 1 ? 'listing.after-notice.removed-periods' : 'listing.after-notice.removed',
      { version, item, marketplace, days, from, to, periods },
      { section: 'listing', severity: 'note', date: to }
    )
  ]
}

// ---- 35 USC 287(a) ----

export function isUsPatent(r: AssertedRight): boolean {
  return r.jurisdiction === 'US' && (r.type === 'utility_patent' || r.type === 'design_patent')
}

export interface DamagesStart {
  /** The day damages can start for this version, or undefined when none accrue yet. */
  readonly day: Day | undefined
  readonly lines: ExposureLine[]
}

const CITE_287 = '35 USC 287(a)'

/**
 * "In the event of failure so to mark, no damages shall be recovered ... except on proof that the
 * infringer was notified of the infringement and continued to infringe thereafter ... Filing of an
 * action for infringement shall constitute such notice." Damages never start before issue.
 */
export function damagesStart(
  right: AssertedRight,
  version: string,
  actualNotice: ExposureNotice | undefined,
  filed: Day | undefined
): DamagesStart {
  const r = { right: right.number, version }
  const grant = right.grantDate === undefined ? undefined : toDay(right.grantDate)
  const notice = actualNotice === undefined ? undefined : toDay(actualNotice.date)
  const lines: ExposureLine[] = []
  const opts = (date: Day | undefined) => ({
    section: 'damages' as const,
    citation: CITE_287,
    rightId: right.id,
    ...(date === undefined ? {} : { date: fromDay(date) })
  })
  // Earliest of actual notice and filing, never before issue.
  const notified = (): { day: Day; via: 'notice' | 'filing' } | undefined => {
    const viaNotice = notice !== undefined && (filed === undefined || notice <= filed)
    const day = viaNotice ? notice : filed
    if (day === undefined) return undefined
    return { day: grant === undefined ? day : Math.max(day, grant), via: viaNotice ? 'notice' : 'filing' }
  }
  const marking = right.marking ?? { status: 'unknown' as const }
  if (grant === undefined) lines.push(line('damages.grant-unknown', r, opts(undefined)))
  if (marking.status === 'not_marked') {
    const n = notified()
    if (!n) {
      lines.push(line('damages.not-marked.none', r, opts(undefined)))
      return { day: undefined, lines }
    }
    lines.push(line(`damages.not-marked.${n.via}`, { ...r, date: fromDay(n.day) }, opts(n.day)))
    return { day: n.day, lines }
  }
  if (marking.status === 'marked') {
    const since = toDay(marking.since)
    const constructive = grant === undefined ? since : Math.max(grant, since)
    const n = notified()
    if (n && n.day < constructive) {
      lines.push(
        line(
          `damages.marked-late.${n.via}`,
          { ...r, date: fromDay(n.day), since: marking.since },
          opts(n.day)
        )
      )
      return { day: n.day, lines }
    }
    const code =
      grant !== undefined && since <= grant ? 'damages.marked.from-issue' : 'damages.marked.from-marking'
    lines.push(line(code, { ...r, date: fromDay(constructive), since: marking.since }, opts(constructive)))
    return { day: constructive, lines }
  }
  // Unknown: the frame takes the earlier (marked) start and says what changes if it was not marked.
  const n = notified()
  const ifMarked = grant
  if (ifMarked === undefined) {
    if (!n) {
      lines.push(line('damages.unknown.none', r, opts(undefined)))
      return { day: undefined, lines }
    }
    lines.push(line(`damages.unknown.no-grant.${n.via}`, { ...r, date: fromDay(n.day) }, opts(n.day)))
    return { day: n.day, lines }
  }
  lines.push(
    n
      ? line(
          `damages.unknown.${n.via}`,
          { ...r, date: fromDay(ifMarked), ifNotMarked: fromDay(n.day) },
          { ...opts(ifMarked), severity: 'note' }
        )
      : line(
          'damages.unknown.no-notice',
          { ...r, date: fromDay(ifMarked) },
          { ...opts(ifMarked), severity: 'note' }
        )
  )
  return { day: ifMarked, lines }
}

export function versionLabel(v: AccusedVersion): string {
  return `${v.product.name} ${v.versionName}`
}
