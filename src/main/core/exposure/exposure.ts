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
  validateExposureInput,
  type PortfolioMatter
} from '../../../shared/exposure'
import type { CoreContext } from '../kernel/context'
import { notFound } from '../kernel/errors'
import { loadFacts, matterInput } from './assemble'

export function matterExposure(ctx: CoreContext, matterId: number): MatterExposure {
  const facts = loadFacts(ctx.db, [matterId])
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

export function portfolio(ctx: CoreContext): PortfolioView {
  const asOf = ctx.today()
  const facts = loadFacts(ctx.db)
  const good: PortfolioMatter[] = []
  const skipped: PortfolioSkipped[] = []
  const named = new Set<number>()
  for (const head of facts.heads) {
    if (head.status === 'closed' && !facts.links.get(head.id)?.length) continue
    const m = matterInput(facts, head, asOf)
    if (!m.versions.length) continue
    const errors = validateExposureInput({ ...m, asOf })
    if (errors.length) {
      skipped.push({ matterId: head.id, reference: head.reference, errors: [...errors] })
      continue
    }
    for (const v of m.versions) named.add(Number(v.id))
    good.push(m)
  }
  // Versions no matter names still belong on the catalogue's risk list (listed, nothing asserted).
  const rest = matterInput(
    {
      ...facts,
      links: new Map([[0, [...facts.versions.keys()].filter((id) => !named.has(id))]]),
      designArounds: []
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
  if (rest.versions.length) good.push({ ...rest, opinions: [], notices: [] })
  const outcome = computePortfolio({ asOf, matters: good })
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
