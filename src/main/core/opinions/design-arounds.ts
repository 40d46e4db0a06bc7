// Design-arounds: the old version, the new one, what changed, which claims or marks it avoids,
// its drawings and test reports, the opinion that clears it, and when it went live.
import type { z } from 'zod'
import type { DesignAroundInput, DesignAroundRecord, DesignAroundUpdateInput } from '../../../shared/contract'
import { versionLabels } from '../catalogue/catalogue'
import { inTransaction, writeAudit, type CoreContext, type DbOrTx } from '../kernel/context'
import { fieldError, notFound } from '../kernel/errors'
import { parseClaims, rightsByIds } from '../rights/rights'
import {
  deleteDesignAroundRow,
  designAroundRowsOfVersions,
  documentExists,
  getDesignAroundRow,
  getOpinionRow,
  insertDesignAroundRow,
  updateDesignAroundRow,
  type DesignAroundRow
} from './repo'

export function designAroundRecords(tx: DbOrTx, rows: DesignAroundRow[]): DesignAroundRecord[] {
  const labels = new Map(
    versionLabels(
      tx,
      rows.flatMap((r) => [r.fromVersionId, r.toVersionId])
    ).map((v) => [v.id, v])
  )
  const avoids = rows.map((r) => JSON.parse(r.avoidsJson) as { rightId: number; claims: string[] }[])
  const rights = new Map(
    rightsByIds(
      tx,
      avoids.flat().map((a) => a.rightId)
    ).map((r) => [r.id, r])
  )
  const label = (id: number): DesignAroundRecord['fromVersion'] => {
    const v = labels.get(id)
    return { id, productName: v?.productName ?? '', versionName: v?.versionName ?? '' }
  }
  return rows.map((r, i) => ({
    id: r.id,
    fromVersion: label(r.fromVersionId),
    toVersion: label(r.toVersionId),
    changes: r.changes,
    avoids: (avoids[i] ?? []).map((a) => ({
      rightId: a.rightId,
      number: rights.get(a.rightId)?.number ?? '',
      claims: parseClaims(JSON.stringify(a.claims ?? []))
    })),
    clearingOpinionId: r.clearingOpinionId,
    newVersionLiveDate: r.newVersionLiveDate,
    oldStockSoldOutDate: r.oldStockSoldOutDate,
    documentIds: JSON.parse(r.documentIdsJson) as number[]
  }))
}

export function designAroundsOfVersions(tx: DbOrTx, versionIds: number[]): DesignAroundRecord[] {
  return designAroundRecords(tx, designAroundRowsOfVersions(tx, versionIds))
}

function check(
  tx: DbOrTx,
  v: {
    fromVersionId: number
    toVersionId: number
    avoids: { rightId: number }[]
    clearingOpinionId?: number | null
    documentIds: number[]
  }
): void {
  const labels = versionLabels(tx, [v.fromVersionId, v.toVersionId])
  const from = labels.find((l) => l.id === v.fromVersionId)
  const to = labels.find((l) => l.id === v.toVersionId)
  if (!from) throw fieldError('fromVersionId', 'unknown_version')
  if (!to) throw fieldError('toVersionId', 'unknown_version')
  if (v.fromVersionId === v.toVersionId) throw fieldError('toVersionId', 'same_version')
  if (from.productId !== to.productId) throw fieldError('toVersionId', 'other_product')
  const known = new Set(
    rightsByIds(
      tx,
      v.avoids.map((a) => a.rightId)
    ).map((r) => r.id)
  )
  v.avoids.forEach((a, i) => {
    if (!known.has(a.rightId)) throw fieldError(`avoids.${i}.rightId`, 'unknown_right')
  })
  if (v.clearingOpinionId != null && !getOpinionRow(tx, v.clearingOpinionId))
    throw fieldError('clearingOpinionId', 'unknown_opinion')
  v.documentIds.forEach((d, i) => {
    if (!documentExists(tx, d)) throw fieldError(`documentIds.${i}`, 'unknown_document')
  })
}

function toRow(v: z.output<typeof DesignAroundInput>) {
  return {
    fromVersionId: v.fromVersionId,
    toVersionId: v.toVersionId,
    changes: v.changes,
    avoidsJson: JSON.stringify(v.avoids),
    clearingOpinionId: v.clearingOpinionId ?? null,
    newVersionLiveDate: v.newVersionLiveDate ?? null,
    oldStockSoldOutDate: v.oldStockSoldOutDate ?? null,
    documentIdsJson: JSON.stringify(v.documentIds)
  }
}

function one(tx: DbOrTx, id: number): DesignAroundRecord {
  const row = getDesignAroundRow(tx, id)
  if (!row) throw notFound('design_around', id)
  return designAroundRecords(tx, [row])[0]!
}

export function createDesignAround(
  ctx: CoreContext,
  input: z.output<typeof DesignAroundInput>
): DesignAroundRecord {
  return inTransaction(ctx, (tx) => {
    check(tx, input)
    const values = toRow(input)
    const id = insertDesignAroundRow(tx, values, ctx.now())
    writeAudit(ctx, tx, {
      action: 'create',
      entity: 'design_around',
      entityId: id,
      matterId: null,
      after: input
    })
    return one(tx, id)
  })
}

export function updateDesignAround(
  ctx: CoreContext,
  input: z.output<typeof DesignAroundUpdateInput>
): DesignAroundRecord {
  return inTransaction(ctx, (tx) => {
    const before = one(tx, input.id)
    const merged = {
      fromVersionId: input.fromVersionId ?? before.fromVersion.id,
      toVersionId: input.toVersionId ?? before.toVersion.id,
      changes: input.changes ?? before.changes,
      avoids: input.avoids ?? before.avoids.map((a) => ({ rightId: a.rightId, claims: a.claims })),
      clearingOpinionId:
        input.clearingOpinionId !== undefined ? input.clearingOpinionId : before.clearingOpinionId,
      newVersionLiveDate:
        input.newVersionLiveDate !== undefined ? input.newVersionLiveDate : before.newVersionLiveDate,
      oldStockSoldOutDate:
        input.oldStockSoldOutDate !== undefined ? input.oldStockSoldOutDate : before.oldStockSoldOutDate,
      documentIds: input.documentIds ?? before.documentIds
    }
    check(tx, merged)
    updateDesignAroundRow(tx, input.id, toRow(merged), ctx.now())
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'design_around',
      entityId: input.id,
      matterId: null,
      before,
      after: input
    })
    return one(tx, input.id)
  })
}

export function removeDesignAround(ctx: CoreContext, id: number): { id: number } {
  return inTransaction(ctx, (tx) => {
    const before = one(tx, id)
    deleteDesignAroundRow(tx, id)
    writeAudit(ctx, tx, { action: 'delete', entity: 'design_around', entityId: id, matterId: null, before })
    return { id }
  })
}
