// Opinions of counsel: what the seller asked, of whom, when, what it covers (rights, claims,
// product versions) and what it concluded. An opinion is asked for in one matter and counts
// wherever it covers the rights and versions in question.
import type { z } from 'zod'
import type { OpinionInput, OpinionRecord, OpinionUpdateInput } from '../../../shared/contract'
import { opinionDatesError } from '../../../shared/contract/opinions'
import { versionLabels } from '../catalogue/catalogue'
import { inTransaction, writeAudit, type CoreContext, type DbOrTx, type Tx } from '../kernel/context'
import { AppError, fieldError, notFound } from '../kernel/errors'
import { matterExists } from '../matters/matters'
import { touchMatter } from '../matters/touch'
import { claimNumbersOf, parseClaims, rightsByIds } from '../rights/rights'
import {
  coverRowsOf,
  deleteOpinionRow,
  documentOfMatter,
  getOpinionRow,
  insertOpinionRow,
  opinionIdsTouching,
  opinionRowsWithNames,
  replaceOpinionCovers,
  updateOpinionRow,
  versionRowsOf,
  type OpinionRow
} from './repo'

export function opinionRecord(tx: DbOrTx, id: number): OpinionRecord {
  const record = opinionRecords(tx, [id])[0]
  if (!record) throw notFound('opinion', id)
  return record
}

export function opinionRecords(tx: DbOrTx, ids: number[]): OpinionRecord[] {
  const rows = opinionRowsWithNames(tx, ids)
  const covers = coverRowsOf(tx, ids)
  const versions = versionRowsOf(tx, ids)
  const rights = new Map(
    rightsByIds(
      tx,
      covers.map((c) => c.rightId)
    ).map((r) => [r.id, r])
  )
  const labels = new Map(
    versionLabels(
      tx,
      versions.map((v) => v.versionId)
    ).map((v) => [v.id, v])
  )
  return rows.map(({ o, reference, documentName }) => ({
    id: o.id,
    matterId: o.matterId,
    matterReference: reference,
    type: o.type as OpinionRecord['type'],
    counsel: o.counsel as OpinionRecord['counsel'],
    firm: o.firm,
    attorney: o.attorney,
    requestedDate: o.requestedDate,
    factsGiven: o.factsGiven,
    deliveredDate: o.deliveredDate,
    form: o.form as OpinionRecord['form'],
    conclusion: o.conclusion as OpinionRecord['conclusion'],
    documentId: o.documentId,
    documentName,
    privileged: o.privileged,
    waiver: o.waiver as OpinionRecord['waiver'],
    waiverDecidedOn: o.waiverDecidedOn,
    notes: o.notes,
    covers: covers
      .filter((c) => c.opinionId === o.id)
      .map((c) => ({
        rightId: c.rightId,
        number: rights.get(c.rightId)?.number ?? '',
        claims: parseClaims(c.claimsJson)
      })),
    versions: versions
      .filter((v) => v.opinionId === o.id)
      .map((v) => labels.get(v.versionId))
      .filter((v): v is NonNullable<typeof v> => Boolean(v))
      .map((v) => ({ id: v.id, productName: v.productName, versionName: v.versionName }))
  }))
}

/** Opinions of a matter (asked there or covering its versions or rights), or covering a version. */
export function listOpinions(
  tx: DbOrTx,
  q: { matterId?: number; versionId?: number; versionIds?: number[]; rightIds?: number[] }
): OpinionRecord[] {
  return opinionRecords(
    tx,
    opinionIdsTouching(tx, {
      matterIds: q.matterId ? [q.matterId] : [],
      versionIds: [...(q.versionIds ?? []), ...(q.versionId ? [q.versionId] : [])],
      rightIds: q.rightIds ?? []
    })
  )
}

function checkCovers(
  tx: DbOrTx,
  covers: readonly { rightId: number; claims: string[] }[],
  versionIds: readonly number[]
): void {
  const known = new Set(
    rightsByIds(
      tx,
      covers.map((c) => c.rightId)
    ).map((r) => r.id)
  )
  covers.forEach((c, i) => {
    if (!known.has(c.rightId)) throw fieldError(`covers.${i}.rightId`, 'unknown_right')
    const registered = claimNumbersOf(tx, c.rightId)
    const unknown = registered.length ? c.claims.find((n) => !registered.includes(n)) : undefined
    if (unknown)
      throw new AppError('validation', {
        fields: { [`covers.${i}.claims`]: 'unknown_claim' },
        params: { claim: unknown }
      })
  })
  const versions = new Set(versionLabels(tx, [...versionIds]).map((v) => v.id))
  versionIds.forEach((v, i) => {
    if (!versions.has(v)) throw fieldError(`versionIds.${i}`, 'unknown_version')
  })
}

function checkDocument(tx: DbOrTx, documentId: number | null | undefined, matterId: number): void {
  if (documentId != null && !documentOfMatter(tx, documentId, matterId))
    throw fieldError('documentId', 'unknown_document')
}

export function createOpinion(ctx: CoreContext, input: z.output<typeof OpinionInput>): OpinionRecord {
  return inTransaction(ctx, (tx) => {
    if (!matterExists(tx, input.matterId)) throw notFound('matter', input.matterId)
    if (input.deliveredDate && input.deliveredDate > ctx.today())
      throw fieldError('deliveredDate', 'date_in_future')
    checkCovers(tx, input.covers, input.versionIds)
    checkDocument(tx, input.documentId, input.matterId)
    const { covers, versionIds, ...fields } = input
    const values = { ...fields, documentId: fields.documentId ?? null }
    const id = insertOpinionRow(tx, values, ctx.now())
    replaceOpinionCovers(tx, id, covers, versionIds)
    writeAudit(ctx, tx, {
      action: 'create',
      entity: 'opinion',
      entityId: id,
      matterId: input.matterId,
      after: input
    })
    touchMatter(ctx, tx, input.matterId)
    return opinionRecord(tx, id)
  })
}

export function updateOpinion(ctx: CoreContext, input: z.output<typeof OpinionUpdateInput>): OpinionRecord {
  return inTransaction(ctx, (tx) => {
    const before = getOpinionRow(tx, input.id)
    if (!before) throw notFound('opinion', input.id)
    const { id, covers, versionIds, ...fields } = input
    const change: Partial<OpinionRow> = {}
    for (const [k, v] of Object.entries(fields))
      if (v !== undefined) (change as Record<string, unknown>)[k] = v
    const merged = { ...before, ...change }
    const e = opinionDatesError(merged)
    if (e) throw fieldError(e.field, e.code)
    if (merged.deliveredDate && merged.deliveredDate > ctx.today())
      throw fieldError('deliveredDate', 'date_in_future')
    checkDocument(tx, change.documentId, before.matterId)
    const existing = opinionRecord(tx, id)
    const nextCovers = covers ?? existing.covers.map((c) => ({ rightId: c.rightId, claims: c.claims }))
    const nextVersions = versionIds ?? existing.versions.map((v) => v.id)
    checkCovers(tx, nextCovers, nextVersions)
    updateOpinionRow(tx, id, change, ctx.now())
    if (covers || versionIds) replaceOpinionCovers(tx, id, nextCovers, nextVersions)
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'opinion',
      entityId: id,
      matterId: before.matterId,
      before: existing,
      after: input
    })
    touchMatter(ctx, tx, before.matterId)
    return opinionRecord(tx, id)
  })
}

export function removeOpinion(ctx: CoreContext, id: number): { id: number } {
  return inTransaction(ctx, (tx: Tx) => {
    const before = opinionRecord(tx, id)
    deleteOpinionRow(tx, id)
    writeAudit(ctx, tx, {
      action: 'delete',
      entity: 'opinion',
      entityId: id,
      matterId: before.matterId,
      before
    })
    touchMatter(ctx, tx, before.matterId)
    return { id }
  })
}
