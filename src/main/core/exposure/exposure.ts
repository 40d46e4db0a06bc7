// Exposure of one matter and of the whole catalogue, as of the core's today. The computation is
// the pure engine's (src/shared/exposure); this area only reads the record and adds the ids the
// screens link to. The result is attorney work product: the engine marks it privileged.
import type {
  MatterExposure,
  PortfolioRowLink,
  PortfolioSkipped,
  PortfolioView
} from '../../../shared/contract'
import {
  computeExposure,
  computeValidatedExposure,
  portfolioDefect,
  portfolioMatterErrors,
  comparePortfolioRows,
  portfolioRow,
  validateExposureInput,
  type ExposureValidationError,
  type PortfolioMatter,
  type PortfolioResult,
  type PortfolioRow,
  type VersionExposure
} from '../../../shared/exposure'
import type { CoreContext } from '../kernel/context'
import type { MatterHead } from '../matters/matters'
import { notFound } from '../kernel/errors'
import { dataVersion, takeRowKeys, watchRowKeys, type RowKeyWatch } from '../kernel/repo'
import { loadFacts, matterInput, portfolioFacts, type Facts, type FactsPart } from './assemble'

export function matterExposure(ctx: CoreContext, matterId: number): MatterExposure {
  const facts = loadFacts(ctx.db, ctx.sqlite, [matterId])
  const head = facts.heads[0]
  if (!head) throw notFound('matter', matterId)
  const asOf = ctx.today()
  return {
    ...computeExposure({ ...matterInput(facts, head, asOf), asOf }),
    matterId,
    reference: head.reference
  }
}

/** A matter id no real matter has: the catalogue's versions that no matter names yet. */
const CATALOGUE = '0'

const CATALOGUE_HEAD: MatterHead = {
  id: 0,
  kind: 'clearance',
  reference: '',
  title: '',
  status: 'open',
  letterDate: null,
  receivedDate: null
}

/**
 * The rows the portfolio reads (through the matters, timeline, rights, catalogue and opinions
 * services), each write recorded by the keys that say which matters it can change; sales too:
 * the engine refuses a matter whose sales do not fit its listings. A matter's head only: saving
 * a deadline or a document touches its last activity.
 */
const WATCHES: readonly RowKeyWatch[] = [
  {
    table: 'matters',
    columns: ['kind', 'reference', 'title', 'status', 'letter_date', 'received_date'],
    keys: [{ kind: 'matter', column: 'id' }]
  },
  { table: 'timeline_events', keys: [{ kind: 'matter', column: 'matter_id' }] },
  { table: 'rights', keys: [{ kind: 'right', column: 'id' }] },
  { table: 'matter_rights', keys: [{ kind: 'matter', column: 'matter_id' }] },
  { table: 'products', keys: [{ kind: 'product', column: 'id' }] },
  { table: 'product_versions', keys: [{ kind: 'version', column: 'id' }] },
  { table: 'listings', keys: [{ kind: 'version', column: 'version_id' }] },
  { table: 'listing_status_changes', keys: [{ kind: 'listing', column: 'listing_id' }] },
  { table: 'sales_months', keys: [{ kind: 'version', column: 'version_id' }] },
  { table: 'matter_products', keys: [{ kind: 'matter', column: 'matter_id' }] },
  {
    table: 'opinions',
    keys: [
      { kind: 'opinion', column: 'id' },
      { kind: 'matter', column: 'matter_id' }
    ]
  },
  {
    table: 'opinion_rights',
    keys: [
      { kind: 'opinion', column: 'opinion_id' },
      { kind: 'right', column: 'right_id' }
    ]
  },
  {
    table: 'opinion_versions',
    keys: [
      { kind: 'opinion', column: 'opinion_id' },
      { kind: 'version', column: 'version_id' }
    ]
  },
  {
    table: 'design_arounds',
    keys: [
      { kind: 'version', column: 'from_version_id' },
      { kind: 'version', column: 'to_version_id' }
    ]
  },
  { table: 'clearances', keys: [{ kind: 'matter', column: 'matter_id' }] }
]

/** Which part of the facts a write to each table makes stale (catalogue tables: by version). */
const PART_OF: Record<string, FactsPart[]> = {
  matters: ['heads'],
  timeline_events: ['events'],
  rights: ['assertions'],
  matter_rights: ['assertions'],
  matter_products: ['links'],
  clearances: ['links'],
  opinions: ['opinions'],
  opinion_rights: ['opinions'],
  opinion_versions: ['opinions'],
  design_arounds: ['designArounds']
}

/** One matter as the portfolio last computed it, with what it read (to know when it is stale). */
interface MatterEntry {
  /** What it read, by id: the versions it names (in its order), its rights and opinions. */
  versionIds: readonly number[]
  rightIds: ReadonlySet<number>
  opinionIds: ReadonlySet<number>
  errors: ExposureValidationError[]
  computed?: PortfolioResult
  thrown?: unknown
  /** Its result's versions by id, made when first needed. */
  versionsById?: Map<string, VersionExposure>
}

function versionOf(entry: MatterEntry, versionId: string): VersionExposure {
  entry.versionsById ??= new Map(entry.computed!.result.versions.map((v) => [v.versionId, v]))
  return entry.versionsById.get(versionId)!
}

const sameIds = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i])

interface PortfolioState {
  asOf: string
  dataVersion: number
  facts: Facts
  matters: Map<number, MatterEntry>
  /** The catalogue's versions no matter names, and their entry (none when there are none). */
  restIds: number[]
  rest: MatterEntry | undefined
  rows: RowCache
  view: PortfolioView
}

/** A version's row, kept while the matters' results it was made from are the same. */
interface RowEntry {
  versionId: string
  from: readonly MatterEntry[]
  row: PortfolioRow
  shown: PortfolioRow
}

/** The rows made from these matters' results: by version id, in risk order, their links. */
interface RowCache {
  entries: readonly MatterEntry[]
  byVersion: Map<string, RowEntry>
  sorted: RowEntry[]
  links: Record<string, PortfolioRowLink>
}

const NO_ROWS: RowCache = { entries: [], byVersion: new Map(), sorted: [], links: {} }

function entryOf(input: PortfolioMatter, asOf: string, compute: boolean): MatterEntry {
  const entry: MatterEntry = {
    versionIds: input.versions.map((v) => Number(v.id)),
    rightIds: new Set(input.matter.rights.map((r) => Number(r.id))),
    opinionIds: new Set((input.opinions ?? []).map((o) => Number(o.id))),
    errors: []
  }
  if (!compute) return entry
  const full = { ...input, asOf }
  entry.errors = validateExposureInput(full)
  if (entry.errors.length) return entry
  try {
    entry.computed = {
      result: computeValidatedExposure(full, false),
      clearance: input.matter.kind === 'clearance'
    }
  } catch (e) {
    entry.thrown = e
  }
  return entry
}

function restEntry(facts: Facts, ids: number[], asOf: string): MatterEntry | undefined {
  if (!ids.length) return undefined
  const input = matterInput(
    {
      ...facts,
      links: new Map([[0, ids]]),
      designArounds: [],
      designAroundsFrom: new Map(),
      opinionsBy: { matter: new Map(), version: new Map(), right: new Map() }
    },
    CATALOGUE_HEAD,
    asOf
  )
  return input.versions.length ? entryOf({ ...input, opinions: [], notices: [] }, asOf, true) : undefined
}

/**
 * The portfolio reads the whole catalogue once per connection; afterwards a write is recorded by
 * the rows it touched (TEMP triggers, watchRowKeys), and only the matters those rows reach are
 * read and computed again: a product renamed recomputes the matters naming its versions. Every
 * matter is computed again when the day changes or another connection writes. Nothing written
 * since: the same view.
 */
const cached = new WeakMap<object, PortfolioState>()

export function portfolio(ctx: CoreContext): PortfolioView {
  const asOf = ctx.today()
  watchRowKeys(ctx.sqlite, 'portfolio', WATCHES)
  const keys = takeRowKeys(ctx.sqlite, 'portfolio')
  const version = dataVersion(ctx.sqlite)
  const state = cached.get(ctx.sqlite)
  if (state && state.asOf === asOf && state.dataVersion === version && !keys.length) return state.view
  cached.delete(ctx.sqlite)
  const next =
    state && state.asOf === asOf && state.dataVersion === version
      ? updateState(ctx, state, keys)
      : buildState(ctx, asOf, version)
  cached.set(ctx.sqlite, next)
  return next.view
}

/** The portfolio computed from the whole record, every matter (what portfolio keeps up to date). */
export function portfolioUncached(ctx: CoreContext): PortfolioView {
  return buildState(ctx, ctx.today(), dataVersion(ctx.sqlite)).view
}

function buildState(ctx: CoreContext, asOf: string, version: number): PortfolioState {
  const facts = portfolioFacts(ctx.db, ctx.sqlite)
  const matters = new Map<number, MatterEntry>()
  for (const head of facts.heads) {
    const input = matterInput(facts, head, asOf)
    matters.set(head.id, entryOf(input, asOf, input.versions.length > 0))
  }
  const restIds = unnamed(facts, matters)
  const rest = restEntry(facts, restIds, asOf)
  const { view, rows } = assemble(facts, matters, rest, asOf, NO_ROWS)
  return { asOf, dataVersion: version, facts, matters, restIds, rest, rows, view }
}

/** The catalogue's versions (in id order) that no matter with versions names. */
function unnamed(facts: Facts, matters: Map<number, MatterEntry>): number[] {
  const named = new Set<number>()
  for (const e of matters.values()) for (const v of e.versionIds) named.add(v)
  const ids: number[] = []
  for (const id of facts.versions.keys()) if (!named.has(id)) ids.push(id)
  return ids
}

function updateState(
  ctx: CoreContext,
  state: PortfolioState,
  keys: { kind: string; id: number }[]
): PortfolioState {
  const { asOf } = state
  const parts = new Set<FactsPart>()
  const ids = {
    matter: new Set<number>(),
    version: new Set<number>(),
    right: new Set<number>(),
    opinion: new Set<number>()
  }
  const products = new Set<number>()
  const listings = new Set<number>()
  for (const k of keys) {
    if (k.kind.startsWith('table:')) for (const p of PART_OF[k.kind.slice(6)] ?? []) parts.add(p)
    else if (k.kind === 'product') products.add(k.id)
    else if (k.kind === 'listing') listings.add(k.id)
    else if (k.kind in ids) ids[k.kind as keyof typeof ids].add(k.id)
  }
  // A product or a listing written reaches the versions that held it; one added since reaches
  // its version by the version's own write.
  if (products.size || listings.size) {
    for (const [id, f] of state.facts.versions) {
      if (products.has(f.product.id)) ids.version.add(id)
      else if (listings.size && f.listings.some((l) => listings.has(l.listing.id))) ids.version.add(id)
    }
  }
  const facts = portfolioFacts(ctx.db, ctx.sqlite, { facts: state.facts, parts, versionIds: ids.version })
  // The matters that read a written row, by what each read last time; a matter that starts
  // reading a row does so by a write to its own rows (a link, an assertion) or to one it read.
  const stale = new Set(ids.matter)
  for (const [matterId, e] of state.matters) {
    if (stale.has(matterId)) continue
    const reads =
      e.versionIds.some((v) => ids.version.has(v)) ||
      [...ids.right].some((r) => e.rightIds.has(r)) ||
      [...ids.opinion].some((o) => e.opinionIds.has(o))
    if (reads) stale.add(matterId)
  }
  const matters = new Map<number, MatterEntry>()
  // The catalogue's unnamed versions change only if a version comes or goes or a matter names others.
  let named = [...ids.version].some((id) => state.facts.versions.has(id) !== facts.versions.has(id))
  for (const head of facts.heads) {
    const kept = state.matters.get(head.id)
    if (kept && !stale.has(head.id)) matters.set(head.id, kept)
    else {
      const input = matterInput(facts, head, asOf)
      const entry = entryOf(input, asOf, input.versions.length > 0)
      matters.set(head.id, entry)
      named ||= !kept || !sameIds(kept.versionIds, entry.versionIds)
    }
  }
  if (matters.size !== state.matters.size || [...state.matters.keys()].some((id) => !matters.has(id)))
    named = true
  const restIds = named ? unnamed(facts, matters) : state.restIds
  const sameRest =
    restIds.length === state.restIds.length &&
    restIds.every((id, i) => id === state.restIds[i] && !ids.version.has(id))
  const rest = sameRest ? state.rest : restEntry(facts, restIds, asOf)
  const { view, rows } = assemble(facts, matters, rest, asOf, state.rows)
  return { ...state, facts, matters, restIds, rest, rows, view }
}

/**
 * The view from each matter's result: a matter the engine refuses is listed apart with its
 * errors and the rest ranked (as computePortfolio over the matters, then over those it accepts).
 * A version's row is made again only when a matter naming it was computed again.
 */
function assemble(
  facts: Facts,
  matters: Map<number, MatterEntry>,
  rest: MatterEntry | undefined,
  asOf: string,
  previous: RowCache
): { view: PortfolioView; rows: RowCache } {
  let candidates: { head: MatterHead; entry: MatterEntry }[] = []
  for (const head of facts.heads) {
    const entry = matters.get(head.id)!
    if (entry.versionIds.length) candidates.push({ head, entry })
  }
  const skipped: PortfolioSkipped[] = []
  const errorsOf = (list: readonly MatterEntry[]): ExposureValidationError[] =>
    list.flatMap((e, i) => (e.errors.length ? portfolioMatterErrors(i, e.errors) : []))
  const withRest = (): MatterEntry[] => [...candidates.map((c) => c.entry), ...(rest ? [rest] : [])]
  let errors = errorsOf(withRest())
  if (errors.length) {
    const bad = new Set<number>()
    candidates.forEach((c, i) => {
      if (!c.entry.errors.length) return
      bad.add(i)
      skipped.push({
        matterId: c.head.id,
        reference: c.head.reference,
        errors: c.entry.errors.map((e) => ({ ...e, path: e.path, params: { ...e.params, path: e.path } }))
      })
    })
    candidates = candidates.filter((_, i) => !bad.has(i))
    errors = errorsOf(withRest())
  }
  const entries = withRest()
  const thrown = entries.find((e) => e.thrown !== undefined)
  if (errors.length) return { view: { ok: false, errors, links: {}, skipped }, rows: previous }
  if (thrown)
    return {
      view: { ...portfolioDefect(thrown.thrown), links: {}, skipped } as PortfolioView,
      rows: previous
    }
  const rows = rowsOf(facts, entries, previous)
  return {
    view: {
      ok: true,
      privileged: true,
      asOf,
      rows: rows.sorted.map((r) => r.shown),
      links: rows.links,
      skipped
    },
    rows
  }
}

const byRisk = (a: RowEntry, b: RowEntry): number => comparePortfolioRows(a.row, b.row)

/** Where `entry` is, or goes, in the list sorted by risk (the order is total: ties by version id). */
function position(sorted: readonly RowEntry[], entry: RowEntry): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (byRisk(sorted[mid]!, entry) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The rows from the matters' results, in the matters' order. A version's row is made again
 * only when a matter naming it was computed again, and moved to its place in the risk order.
 */
function rowsOf(facts: Facts, entries: readonly MatterEntry[], previous: RowCache): RowCache {
  const now = new Set(entries)
  const before = new Set(previous.entries)
  // The versions of the matters computed again (or gone), and where each of them now names one.
  const added = new Map<string, MatterEntry[]>()
  const touched = new Set<string>()
  for (const e of previous.entries)
    if (!now.has(e)) for (const v of e.computed!.result.versions) touched.add(v.versionId)
  for (const e of entries) {
    if (before.has(e)) continue
    for (const v of e.computed!.result.versions) {
      touched.add(v.versionId)
      const list = added.get(v.versionId)
      if (list) list.push(e)
      else added.set(v.versionId, [e])
    }
  }
  if (!touched.size && entries.length === previous.entries.length) return { ...previous, entries }
  const order = new Map(entries.map((e, i) => [e, i]))
  const references = new Map(facts.heads.map((h) => [String(h.id), h.reference]))
  const byVersion = new Map(previous.byVersion)
  const links = { ...previous.links }
  // Many rows made again (the first time): sorted once; a few: each moved to its place.
  const resort = touched.size > 64
  const sorted = resort ? [] : previous.sorted.slice()
  for (const versionId of touched) {
    const old = byVersion.get(versionId)
    if (old && !resort) sorted.splice(position(sorted, old), 1)
    const from = [...(old?.from.filter((e) => now.has(e)) ?? []), ...(added.get(versionId) ?? [])].sort(
      (a, b) => order.get(a)! - order.get(b)!
    )
    if (!from.length) {
      byVersion.delete(versionId)
      delete links[versionId]
      continue
    }
    const row = portfolioRow(
      from.map((e) => ({
        version: versionOf(e, versionId),
        matterId: e.computed!.result.matterId,
        clearance: e.computed!.clearance
      }))
    )
    const version = facts.versions.get(Number(versionId))
    const entry: RowEntry = {
      versionId,
      from,
      row,
      shown: row.matterIds.includes(CATALOGUE)
        ? { ...row, matterIds: row.matterIds.filter((m) => m !== CATALOGUE), clearance: false }
        : row
    }
    byVersion.set(versionId, entry)
    if (version) {
      links[versionId] = {
        versionId: version.version.id,
        productId: version.product.id,
        matters: row.matterIds
          .filter((m) => m !== CATALOGUE)
          .map((m) => ({ id: Number(m), reference: references.get(m) ?? '' }))
      }
    } else delete links[versionId]
    if (!resort) sorted.splice(position(sorted, entry), 0, entry)
  }
  if (resort) {
    sorted.push(...byVersion.values())
    sorted.sort(byRisk)
  }
  return { entries, byVersion, sorted, links }
}
