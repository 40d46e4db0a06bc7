// The exposure engine's input, read from the other areas: a matter's asserted rights (registry
// rights with this matter's claims), its notices (timeline events), the accused versions with
// their listings and sales (catalogue), the design-around successors of those versions, and the
// opinions that cover any of them. Facts dated after today are not facts yet and are left out.
import type {
  AccusedVersion,
  AssertedRight,
  CounselOpinion,
  DesignAround,
  ExposureNotice,
  ExposureRightType,
  NoticeKind,
  PatentMarking,
  PortfolioMatter
} from '../../../shared/exposure'
import type { EventType, TimelineEvent } from '../../../shared/model'
import { group, matterLinks, versionFacts, type VersionFacts } from '../catalogue/facts'
import type { DbOrTx } from '../kernel/context'
import type { Sqlite } from '../kernel/repo'
import { matterHeads, type MatterHead } from '../matters/matters'
import {
  clearanceVersions,
  designAroundFacts,
  opinionFacts,
  type DesignAroundFacts,
  type OpinionFacts
} from '../opinions/facts'
import { assertionsOfMatters, parseClaims } from '../rights/rights'
import { eventsOfTypes } from '../timeline/events'

const NOTICE_EVENTS: Partial<Record<EventType, NoticeKind>> = {
  letter_received: 'letter',
  marketplace_complaint_received: 'marketplace_complaint',
  apex_notice_received: 'apex',
  complaint_served: 'complaint_served'
}
const READ_EVENTS = [...(Object.keys(NOTICE_EVENTS) as EventType[]), 'complaint_filed'] as EventType[]

type Assertion = ReturnType<typeof assertionsOfMatters>[number]

export interface Facts {
  heads: MatterHead[]
  assertions: Map<number, Assertion[]>
  links: Map<number, number[]>
  versions: Map<number, VersionFacts>
  opinions: OpinionFacts[]
  designArounds: DesignAroundFacts[]
  events: Map<number, TimelineEvent[]>
  /** Positions in `opinions` by the matter, version and right each names (a matter takes the union). */
  opinionsBy: { matter: Map<number, number[]>; version: Map<number, number[]>; right: Map<number, number[]> }
  /** Design-arounds by their old version. */
  designAroundsFrom: Map<number, DesignAroundFacts[]>
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Everything exposure reads, for these matters or for all of them (the portfolio). */
export function loadFacts(tx: DbOrTx, sqlite: Sqlite, matterIds?: number[]): Facts {
  const heads = matterHeads(tx, matterIds)
  const ids = matterIds ?? heads.map((h) => h.id)
  const assertions = group(assertionsOfMatters(tx, ids), (x) => x.a.matterId)
  const linkRows = matterLinks(tx, matterIds)
  const links = new Map<number, number[]>()
  for (const l of linkRows) links.set(l.matterId, [...(links.get(l.matterId) ?? []), l.versionId])
  // A clearance matter names its version in its clearance record, not as an accused product.
  for (const c of clearanceVersions(tx, matterIds))
    links.set(c.matterId, [...(links.get(c.matterId) ?? []), c.versionId])
  const linked = [...new Set([...links.values()].flat())]
  const designArounds = designAroundFacts(tx, matterIds ? linked : undefined)
  const versionIds = matterIds
    ? [...new Set([...linked, ...designArounds.flatMap((d) => [d.row.fromVersionId, d.row.toVersionId])])]
    : undefined
  const opinions = opinionFacts(
    tx,
    matterIds
      ? {
          versionIds: versionIds ?? [],
          rightIds: [...assertions.values()].flat().map((x) => x.r.id),
          matterIds
        }
      : undefined
  )
  return {
    heads,
    assertions,
    links,
    versions: versionFacts(tx, sqlite, versionIds),
    opinions,
    opinionsBy: indexOpinions(opinions),
    designArounds,
    designAroundsFrom: group(designArounds, (d) => d.row.fromVersionId),
    events: group(eventsOfTypes(tx, READ_EVENTS, matterIds), (e) => e.matterId)
  }
}

/** The parts of the whole record the portfolio reads, each loaded as one (catalogue versions apart). */
export type FactsPart = 'heads' | 'assertions' | 'links' | 'designArounds' | 'opinions' | 'events'

function indexOpinions(opinions: readonly OpinionFacts[]): Facts['opinionsBy'] {
  const opinionsBy = { matter: new Map(), version: new Map(), right: new Map() } as Facts['opinionsBy']
  opinions.forEach((o, i) => {
    if (o.opinion.matterId != null) push(opinionsBy.matter, o.opinion.matterId, i)
    for (const v of new Set(o.versionIds)) push(opinionsBy.version, v, i)
    for (const r of new Set(o.covers.map((c) => c.rightId))) push(opinionsBy.right, r, i)
  })
  return opinionsBy
}

/**
 * Everything exposure reads, for every matter (the portfolio). Given the facts it read before,
 * only the parts named are read again, and of the catalogue only the versions named (a version
 * no longer there is dropped): the same facts as reading it all, for a fraction of the rows.
 */
export function portfolioFacts(
  tx: DbOrTx,
  sqlite: Sqlite,
  previous?: { facts: Facts; parts: ReadonlySet<FactsPart>; versionIds: ReadonlySet<number> }
): Facts {
  const stale = (part: FactsPart): boolean => !previous || previous.parts.has(part)
  const before = previous?.facts
  const heads = stale('heads') || !before ? matterHeads(tx) : before.heads
  const assertions =
    stale('assertions') || stale('heads') || !before
      ? group(
          assertionsOfMatters(
            tx,
            heads.map((h) => h.id)
          ),
          (x) => x.a.matterId
        )
      : before.assertions
  let links = before?.links
  if (stale('links') || !links) {
    links = new Map<number, number[]>()
    for (const l of matterLinks(tx)) links.set(l.matterId, [...(links.get(l.matterId) ?? []), l.versionId])
    for (const c of clearanceVersions(tx))
      links.set(c.matterId, [...(links.get(c.matterId) ?? []), c.versionId])
  }
  const designArounds = stale('designArounds') || !before ? designAroundFacts(tx) : before.designArounds
  const opinions = stale('opinions') || !before ? opinionFacts(tx) : before.opinions
  let versions: Map<number, VersionFacts>
  if (!before) versions = versionFacts(tx, sqlite)
  else {
    versions = new Map(before.versions)
    const ids = [...(previous?.versionIds ?? [])]
    const fresh = ids.length ? versionFacts(tx, sqlite, ids) : new Map<number, VersionFacts>()
    for (const id of ids) {
      const f = fresh.get(id)
      if (f) versions.set(id, f)
      else versions.delete(id)
    }
    // A version added since is read after the others, as reading them all orders them (by id).
    if (ids.some((id) => fresh.has(id) && !before.versions.has(id)))
      versions = new Map([...versions].sort((a, b) => a[0] - b[0]))
  }
  return {
    heads,
    assertions,
    links,
    versions,
    opinions,
    opinionsBy: before && opinions === before.opinions ? before.opinionsBy : indexOpinions(opinions),
    designArounds,
    designAroundsFrom:
      before && designArounds === before.designArounds
        ? before.designAroundsFrom
        : group(designArounds, (d) => d.row.fromVersionId),
    events:
      stale('events') || !before ? group(eventsOfTypes(tx, READ_EVENTS), (e) => e.matterId) : before.events
  }
}

const past = (date: string | null | undefined, asOf: string): string | undefined =>
  date && date <= asOf ? date : undefined

function marking(status: string, since: string | null, asOf: string): PatentMarking {
  if (status === 'marked' && since && since <= asOf) return { status: 'marked', since }
  if (status === 'not_marked') return { status: 'not_marked' }
  return { status: 'unknown' }
}

function assertedRights(list: readonly Assertion[], asOf: string): AssertedRight[] {
  const byRight = new Map<number, AssertedRight>()
  for (const { a, r } of list) {
    const claims = parseClaims(a.claimsJson)
    const seen = byRight.get(r.id)
    if (seen) {
      // The same right asserted twice in one matter: its claims add up, the earlier closing is dropped.
      const merged = [...new Set([...(seen.claims ?? []), ...claims])]
      byRight.set(r.id, { ...seen, ...(merged.length ? { claims: merged } : {}) })
      continue
    }
    const isPatent = r.type === 'utility_patent' || r.type === 'design_patent'
    const grant = r.grantDate ?? r.registrationDate ?? undefined
    const expiry = r.expiryDate && (!grant || r.expiryDate >= grant) ? r.expiryDate : undefined
    byRight.set(r.id, {
      id: String(r.id),
      type: r.type as ExposureRightType,
      number: r.number,
      jurisdiction: r.jurisdiction,
      ...(grant ? { grantDate: grant } : {}),
      ...(expiry ? { expiryDate: expiry } : {}),
      ...(claims.length ? { claims } : {}),
      ...(isPatent ? { marking: marking(r.markingStatus, r.markedSince, asOf) } : {}),
      ...(r.type === 'copyright'
        ? {
            copyright: {
              ...(past(r.registrationDate, asOf) ? { registrationDate: r.registrationDate! } : {}),
              ...(past(r.effectiveRegistrationDate, asOf)
                ? { effectiveRegistrationDate: r.effectiveRegistrationDate! }
                : {}),
              ...(past(r.firstPublicationDate, asOf) ? { firstPublicationDate: r.firstPublicationDate! } : {})
            }
          }
        : {}),
      ...(r.type === 'trademark'
        ? { counterfeitAlleged: a.counterfeitAlleged, goodsTypes: a.goodsTypes ?? 1 }
        : {}),
      ...(past(a.closedDate, asOf) ? { closedDate: a.closedDate! } : {})
    })
  }
  return [...byRight.values()]
}

function accusedVersion(f: VersionFacts, asOf: string): AccusedVersion {
  const launch = f.version.launchDate ?? undefined
  const productLaunch =
    f.product.launchDate && (!launch || launch >= f.product.launchDate) ? f.product.launchDate : undefined
  return {
    id: String(f.version.id),
    product: {
      id: String(f.product.id),
      name: f.product.name,
      ...(productLaunch ? { launchDate: productLaunch } : {})
    },
    versionName: f.version.name,
    ...(launch ? { launchDate: launch } : {}),
    ...(f.version.endOfSaleDate ? { endOfSaleDate: f.version.endOfSaleDate } : {}),
    listings: f.listings.map(({ listing, history }) => ({
      id: String(listing.id),
      marketplace: listing.marketplace || '—',
      // The engine names a listing by its item id; one typed without it is named by its URL or number.
      itemId: listing.itemId || listing.url || `#${listing.id}`,
      ...(listing.currency ? { currency: listing.currency } : {}),
      statusHistory: history
        .filter((h) => h.date <= asOf)
        .map((h) => ({
          date: h.date,
          status: h.status as 'live',
          ...(h.reason ? { reason: h.reason } : {})
        }))
    })),
    monthlySales: f.sales
      .filter((s) => s.month <= asOf.slice(0, 7))
      .map((s) => ({
        month: s.month,
        units: s.units,
        revenue: s.revenueCents / 100,
        currency: s.currency,
        ...(s.listingId != null ? { listingId: String(s.listingId) } : {})
      }))
  }
}

function notices(head: MatterHead, events: readonly TimelineEvent[], asOf: string): ExposureNotice[] {
  const out: ExposureNotice[] = []
  for (const e of events) {
    const kind = NOTICE_EVENTS[e.type]
    if (!kind || e.date > asOf) continue
    const letterDate = kind === 'letter' ? past(head.letterDate, e.date) : undefined
    out.push({ id: `event-${e.id}`, kind, date: e.date, ...(letterDate ? { letterDate } : {}) })
  }
  // A letter logged by its dates alone (no "received" event) still gave notice on its received date.
  if (!out.some((n) => n.kind === 'letter') && head.receivedDate && head.receivedDate <= asOf) {
    if (head.kind === 'warning_letter' || head.kind === 'marketplace_complaint') {
      const letterDate = past(head.letterDate, head.receivedDate)
      out.push({
        id: `matter-${head.id}`,
        kind: head.kind === 'warning_letter' ? 'letter' : 'marketplace_complaint',
        date: head.receivedDate,
        ...(letterDate ? { letterDate } : {})
      })
    }
  }
  return out
}

function counselOpinion(
  f: OpinionFacts,
  versions: Set<string>,
  rights: Set<string>,
  asOf: string
): CounselOpinion {
  const o = f.opinion
  const delivered = past(o.deliveredDate, asOf)
  const requested = past(o.requestedDate, asOf)
  const conclusion = delivered ? (o.conclusion as CounselOpinion['conclusion']) : 'pending'
  return {
    id: String(o.id),
    type: o.type as CounselOpinion['type'],
    counsel: o.counsel as CounselOpinion['counsel'],
    ...(o.firm || o.attorney ? { counselName: [o.firm, o.attorney].filter(Boolean).join(', ') } : {}),
    ...(requested && (!delivered || requested <= delivered) ? { requestedDate: requested } : {}),
    ...(delivered ? { deliveredDate: delivered } : {}),
    form: o.form as CounselOpinion['form'],
    conclusion,
    versionIds: f.versionIds.map(String).filter((v) => versions.has(v)),
    covers: f.covers
      .filter((c) => rights.has(String(c.rightId)))
      .map((c) => ({ rightId: String(c.rightId), ...(c.claims.length ? { claims: c.claims } : {}) }))
  }
}

/** One matter as the engine reads it (without asOf). */
export function matterInput(facts: Facts, head: MatterHead, asOf: string): PortfolioMatter {
  const rights = assertedRights(facts.assertions.get(head.id) ?? [], asOf)
  const rightIds = new Set(rights.map((r) => r.id))
  const linked = [...new Set(facts.links.get(head.id) ?? [])]
  // Design-around successors of an accused version are part of the picture (v2 replacing v1).
  const ids = new Set(linked)
  for (let i = 0; i < linked.length; i++) {
    for (const d of facts.designAroundsFrom.get(linked[i]!) ?? []) {
      const to = d.row.toVersionId
      if (!ids.has(to) && facts.versions.has(to)) {
        ids.add(to)
        linked.push(to)
      }
    }
  }
  const versionIds = new Set(linked.map(String))
  const versions = linked.map((id) => facts.versions.get(id)).filter((v): v is VersionFacts => Boolean(v))
  // The opinions of this matter, or covering one of its versions or rights, in the record's order.
  const touching = new Set(facts.opinionsBy.matter.get(head.id))
  for (const v of linked) for (const i of facts.opinionsBy.version.get(v) ?? []) touching.add(i)
  for (const r of rightIds) for (const i of facts.opinionsBy.right.get(Number(r)) ?? []) touching.add(i)
  const opinions = [...touching]
    .sort((a, b) => a - b)
    .map((i) => counselOpinion(facts.opinions[i]!, versionIds, rightIds, asOf))
  const opinionIds = new Set(opinions.map((o) => o.id))
  const designArounds: DesignAround[] = linked
    .flatMap((v) => facts.designAroundsFrom.get(v) ?? [])
    .filter((d) => ids.has(d.row.toVersionId))
    .sort((a, b) => facts.designArounds.indexOf(a) - facts.designArounds.indexOf(b))
    .map((d) => {
      const clearing = d.row.clearingOpinionId != null ? String(d.row.clearingOpinionId) : undefined
      return {
        fromVersionId: String(d.row.fromVersionId),
        toVersionId: String(d.row.toVersionId),
        avoids: d.avoids
          .filter((a) => rightIds.has(String(a.rightId)))
          .map((a) => ({ rightId: String(a.rightId), ...(a.claims?.length ? { claims: a.claims } : {}) })),
        ...(clearing && opinionIds.has(clearing) ? { clearingOpinionId: clearing } : {}),
        ...(past(d.row.newVersionLiveDate, asOf) ? { newVersionLiveDate: d.row.newVersionLiveDate! } : {}),
        ...(past(d.row.oldStockSoldOutDate, asOf) ? { oldStockSoldOutDate: d.row.oldStockSoldOutDate! } : {})
      }
    })
  const events = facts.events.get(head.id) ?? []
  const filed = events
    .filter((e) => e.type === 'complaint_filed' && e.date <= asOf)
    .map((e) => e.date)
    .sort()[0]
  return {
    matter: {
      id: String(head.id),
      kind: head.kind,
      reference: head.reference,
      ...(filed ? { complaintFiledDate: filed } : {}),
      rights
    },
    notices: notices(head, events, asOf),
    versions: versions.map((v) => accusedVersion(v, asOf)),
    opinions,
    designArounds
  }
}
