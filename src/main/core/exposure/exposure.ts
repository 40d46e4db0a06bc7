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
  computePortfolio,
  type ExposureValidationError,
  type PortfolioMatter
} from '../../../shared/exposure'
import type { CoreContext } from '../kernel/context'
import type { MatterHead } from '../matters/matters'
import { notFound } from '../kernel/errors'
import { tablesGeneration } from '../kernel/repo'
import { loadFacts, matterInput } from './assemble'

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

/**
 * The tables the portfolio reads (through the matters, timeline, rights, catalogue and opinions
 * services); sales too: the engine refuses a matter whose sales do not fit its listings.
 */
const PORTFOLIO_TABLES = [
  // A matter's head only: saving a deadline or a document touches its last activity.
  'matters(kind,reference,title,status,letter_date,received_date)',
  'timeline_events',
  'rights',
  'matter_rights',
  'products',
  'product_versions',
  'listings',
  'listing_status_changes',
  'sales_months',
  'matter_products',
  'opinions',
  'opinion_rights',
  'opinion_versions',
  'design_arounds',
  'clearances'
] as const

/**
 * The portfolio reads the whole catalogue; it is kept per connection until one of the tables it
 * reads is written (or the day changes), so opening the view again, another window, or saving a
 * document or a deadline meanwhile costs nothing.
 */
const cached = new WeakMap<object, { key: string; view: PortfolioView }>()

export function portfolio(ctx: CoreContext): PortfolioView {
  const key = `${ctx.today()}|${tablesGeneration(ctx.sqlite, PORTFOLIO_TABLES)}`
  const hit = cached.get(ctx.sqlite)
  if (hit && hit.key === key) return hit.view
  const view = computePortfolioView(ctx)
  cached.set(ctx.sqlite, { key, view })
  return view
}

function computePortfolioView(ctx: CoreContext): PortfolioView {
  const asOf = ctx.today()
  const facts = loadFacts(ctx.db, ctx.sqlite)
  let candidates: { head: MatterHead; input: PortfolioMatter }[] = []
  for (const head of facts.heads) {
    const input = matterInput(facts, head, asOf)
    if (input.versions.length) candidates.push({ head, input })
  }
  // Versions no matter names still belong on the catalogue's risk list (listed, nothing asserted).
  const all = candidates
  const rest = (): PortfolioMatter[] => {
    // A refused matter's versions are listed with it, not here.
    const named = new Set(all.flatMap((c) => c.input.versions.map((v) => Number(v.id))))
    const input = matterInput(
      {
        ...facts,
        links: new Map([[0, [...facts.versions.keys()].filter((id) => !named.has(id))]]),
        designArounds: [],
        designAroundsFrom: new Map(),
        opinionsBy: { matter: new Map(), version: new Map(), right: new Map() }
      },
      {
        id: 0,
        kind: 'clearance',
        reference: '',
        title: '',
        status: 'open',
        letterDate: null,
        receivedDate: null
      },
      asOf
    )
    return input.versions.length ? [{ ...input, opinions: [], notices: [] }] : []
  }
  // The engine validates every matter; one it refuses is listed apart and the rest computed.
  const skipped: PortfolioSkipped[] = []
  let outcome = computePortfolio({ asOf, matters: [...candidates.map((c) => c.input), ...rest()] })
  if (!outcome.ok) {
    const bad = new Map<number, ExposureValidationError[]>()
    for (const e of outcome.errors) {
      const m = /^matters\[(\d+)\]\.?(.*)$/.exec(e.path)
      const index = m ? Number(m[1]) : -1
      const path = m ? (m[2] ?? '') : e.path
      bad.set(index, [...(bad.get(index) ?? []), { ...e, path, params: { ...e.params, path } }])
    }
    for (const [index, errors] of bad) {
      const c = candidates[index]
      if (c) skipped.push({ matterId: c.head.id, reference: c.head.reference, errors })
    }
    candidates = candidates.filter((_, i) => !bad.has(i))
    outcome = computePortfolio({ asOf, matters: [...candidates.map((c) => c.input), ...rest()] })
  }
  const references = new Map(facts.heads.map((h) => [String(h.id), h.reference]))
  const links: Record<string, PortfolioRowLink> = {}
  if (outcome.ok) {
    for (const row of outcome.rows) {
      const version = facts.versions.get(Number(row.versionId))
      if (!version) continue
      links[row.versionId] = {
        versionId: version.version.id,
        productId: version.product.id,
        matters: row.matterIds
          .filter((m) => m !== CATALOGUE)
          .map((m) => ({ id: Number(m), reference: references.get(m) ?? '' }))
      }
    }
    const rows = outcome.rows.map((r) =>
      r.matterIds.includes(CATALOGUE)
        ? { ...r, matterIds: r.matterIds.filter((m) => m !== CATALOGUE), clearance: false }
        : r
    )
    return { ...outcome, rows, links, skipped }
  }
  return { ...outcome, links, skipped }
}
