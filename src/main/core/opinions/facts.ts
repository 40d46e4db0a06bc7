// Opinions and design-arounds as the exposure engine reads them, in batch.
import type { DbOrTx } from '../kernel/context'
import { parseClaims } from '../rights/rights'
import {
  allClearanceRows,
  allCoverRows,
  allDesignAroundRows,
  allOpinionVersionRows,
  clearanceRowsOfMatters,
  coverRowsOf,
  designAroundRowsOfVersions,
  opinionIdsTouching,
  opinionRowsByIds,
  versionRowsOf,
  type DesignAroundRow,
  type OpinionRow
} from './repo'

export interface OpinionFacts {
  opinion: OpinionRow
  covers: { rightId: number; claims: string[] }[]
  versionIds: number[]
}

/** Opinions touching these versions or rights (every opinion when nothing is named). */
export function opinionFacts(
  tx: DbOrTx,
  q?: { versionIds: number[]; rightIds: number[]; matterIds: number[] }
): OpinionFacts[] {
  const ids = q ? opinionIdsTouching(tx, q) : undefined
  const rows = opinionRowsByIds(tx, ids)
  const covers = ids ? coverRowsOf(tx, ids) : allCoverRows(tx)
  const versions = ids ? versionRowsOf(tx, ids) : allOpinionVersionRows(tx)
  const coversBy = new Map<number, { rightId: number; claims: string[] }[]>()
  for (const c of covers) {
    const list = coversBy.get(c.opinionId) ?? []
    list.push({ rightId: c.rightId, claims: parseClaims(c.claimsJson) })
    coversBy.set(c.opinionId, list)
  }
  const versionsBy = new Map<number, number[]>()
  for (const v of versions) {
    const list = versionsBy.get(v.opinionId) ?? []
    list.push(v.versionId)
    versionsBy.set(v.opinionId, list)
  }
  return rows.map((opinion) => ({
    opinion,
    covers: coversBy.get(opinion.id) ?? [],
    versionIds: versionsBy.get(opinion.id) ?? []
  }))
}

export interface DesignAroundFacts {
  row: DesignAroundRow
  avoids: { rightId: number; claims: string[] }[]
}

export function designAroundFacts(tx: DbOrTx, versionIds?: number[]): DesignAroundFacts[] {
  const rows = versionIds ? designAroundRowsOfVersions(tx, versionIds) : allDesignAroundRows(tx)
  return rows.map((row) => ({
    row,
    avoids: JSON.parse(row.avoidsJson) as { rightId: number; claims: string[] }[]
  }))
}

/** The version each clearance matter clears (of these matters, or all). */
export function clearanceVersions(
  tx: DbOrTx,
  matterIds?: readonly number[]
): { matterId: number; versionId: number }[] {
  return (matterIds ? clearanceRowsOfMatters(tx, matterIds) : allClearanceRows(tx)).map((c) => ({
    matterId: c.matterId,
    versionId: c.versionId
  }))
}
