// The registry of rights asserted against us. A matter's "IP rights" are assertions: links to a
// registry right with the claims that matter asserts. The same patent in a letter, an APEX
// notice and a suit is one right; editing it shows in every matter.
import type { z } from 'zod'
import type {
  AssertionOfRight,
  Claim,
  IpRightInput,
  RegistryRight,
  RightListPage,
  RightListQuery,
  RightRecord,
  RightUpdateInput,
  SetClaimsInput
} from '../../../shared/contract'
import { rightDatesError, rightNumberKey } from '../../../shared/contract/rights'
import type { IpRight, IpRightType } from '../../../shared/model'
import { inTransaction, writeAudit, type CoreContext, type DbOrTx, type Tx } from '../kernel/context'
import { AppError, notFound } from '../kernel/errors'
import { undoConflict } from '../undo/removals'
import {
  assertionsOfMatters,
  assertionsOfRights,
  assertionsWithReference,
  claimRows,
  countAssertionsOfRight,
  deleteAssertionRow,
  getAssertionRow,
  getRightRow,
  insertAssertionRow,
  reinsertAssertionRow,
  insertRightRow,
  listRightRows,
  replaceClaimRows,
  rightByKey,
  rightRowsByIds,
  updateAssertionRow,
  updateRightRow,
  type AssertionRow,
  type ClaimRow,
  type RightRow
} from './repo'

type AssertInput = z.output<typeof IpRightInput>

export function toRegistryRight(r: RightRow): RegistryRight {
  return {
    id: r.id,
    type: r.type as IpRightType,
    number: r.number,
    jurisdiction: r.jurisdiction,
    owner: r.owner,
    title: r.title,
    status: r.status as RegistryRight['status'],
    filingDate: r.filingDate,
    grantDate: r.grantDate,
    expiryDate: r.expiryDate,
    markingStatus: r.markingStatus as RegistryRight['markingStatus'],
    markedSince: r.markedSince,
    registrationDate: r.registrationDate,
    effectiveRegistrationDate: r.effectiveRegistrationDate,
    firstPublicationDate: r.firstPublicationDate,
    notes: r.notes,
    updatedAt: r.updatedAt
  }
}

export const parseClaims = (json: string): string[] => {
  const v: unknown = JSON.parse(json)
  return Array.isArray(v) ? v.map(String) : []
}

const toClaim = (c: ClaimRow): Claim => ({
  id: c.id,
  number: c.number,
  independent: c.independent,
  dependsOn: c.dependsOn,
  text: c.text
})

function toIpRight(a: AssertionRow, r: RightRow): IpRight {
  return {
    id: a.id,
    matterId: a.matterId,
    rightId: r.id,
    type: r.type as IpRightType,
    number: r.number,
    jurisdiction: r.jurisdiction,
    title: r.title,
    assertedClaims: parseClaims(a.claimsJson),
    closedDate: a.closedDate
  }
}

/** The registry right with this type, jurisdiction and number, added when there is none. */
function findOrAddRight(
  ctx: CoreContext,
  tx: Tx,
  input: { type: string; number: string; jurisdiction: string; title?: string | null }
): RightRow {
  const jurisdiction = input.jurisdiction.trim().toUpperCase()
  const key = rightNumberKey(input.number)
  const found = rightByKey(tx, input.type, jurisdiction, key)
  if (found) {
    if (input.title && !found.title) {
      updateRightRow(tx, found.id, { title: input.title }, ctx.now())
      writeAudit(ctx, tx, {
        action: 'update',
        entity: 'right',
        entityId: found.id,
        matterId: null,
        before: { title: null },
        after: { title: input.title }
      })
      return { ...found, title: input.title }
    }
    return found
  }
  const values = {
    type: input.type,
    number: input.number,
    numberKey: key,
    jurisdiction,
    title: input.title ?? null
  }
  const id = insertRightRow(tx, values, ctx.now())
  writeAudit(ctx, tx, { action: 'create', entity: 'right', entityId: id, matterId: null, after: values })
  return getRightRow(tx, id)!
}

/** A matter asserts a right: the registry right is found or added, the assertion written. */
export function assertRight(ctx: CoreContext, tx: Tx, matterId: number, input: AssertInput): number {
  const right = findOrAddRight(ctx, tx, input)
  const values = {
    matterId,
    rightId: right.id,
    claimsJson: JSON.stringify(input.assertedClaims ?? []),
    counterfeitAlleged: input.counterfeitAlleged ?? false,
    goodsTypes: input.goodsTypes ?? null,
    closedDate: input.closedDate ?? null
  }
  const id = insertAssertionRow(tx, values, ctx.now())
  writeAudit(ctx, tx, {
    action: 'create',
    entity: 'ip_right',
    entityId: id,
    matterId,
    after: { ...input, rightId: right.id }
  })
  return id
}

/**
 * Edits a matter's assertion. A changed number, type or jurisdiction corrects the registry
 * right when this matter is the only one asserting it; otherwise it points the assertion at the
 * right now named (found or added), leaving the other matters' right as it was.
 */
export function updateAssertion(
  ctx: CoreContext,
  tx: Tx,
  id: number,
  input: Partial<AssertInput>
): { matterId: number } {
  const before = getAssertionRow(tx, id)
  if (!before) throw notFound('ip_right', id)
  const right = getRightRow(tx, before.rightId)!
  const named = {
    type: input.type ?? right.type,
    number: input.number ?? right.number,
    jurisdiction: (input.jurisdiction ?? right.jurisdiction).trim().toUpperCase()
  }
  let rightId = right.id
  const sameKey =
    named.type === right.type &&
    named.jurisdiction === right.jurisdiction &&
    rightNumberKey(named.number) === right.numberKey
  if (!sameKey || named.number !== right.number) {
    const other = rightByKey(tx, named.type, named.jurisdiction, rightNumberKey(named.number))
    if (other && other.id !== right.id) rightId = other.id
    else if (countAssertionsOfRight(tx, right.id) === 1 || sameKey) {
      const change = { ...named, numberKey: rightNumberKey(named.number) }
      updateRightRow(tx, right.id, change, ctx.now())
      writeAudit(ctx, tx, {
        action: 'update',
        entity: 'right',
        entityId: right.id,
        matterId: null,
        before: { type: right.type, number: right.number, jurisdiction: right.jurisdiction },
        after: change
      })
    } else rightId = findOrAddRight(ctx, tx, named).id
  }
  if (input.title !== undefined) {
    const target = getRightRow(tx, rightId)!
    if (target.title !== input.title) {
      updateRightRow(tx, rightId, { title: input.title }, ctx.now())
      writeAudit(ctx, tx, {
        action: 'update',
        entity: 'right',
        entityId: rightId,
        matterId: null,
        before: { title: target.title },
        after: { title: input.title }
      })
    }
  }
  const change = {
    rightId,
    ...(input.assertedClaims !== undefined ? { claimsJson: JSON.stringify(input.assertedClaims) } : {}),
    ...(input.closedDate !== undefined ? { closedDate: input.closedDate } : {}),
    ...(input.counterfeitAlleged !== undefined ? { counterfeitAlleged: input.counterfeitAlleged } : {}),
    ...(input.goodsTypes !== undefined ? { goodsTypes: input.goodsTypes } : {})
  }
  updateAssertionRow(tx, id, change)
  writeAudit(ctx, tx, {
    action: 'update',
    entity: 'ip_right',
    entityId: id,
    matterId: before.matterId,
    before,
    after: change
  })
  return { matterId: before.matterId }
}

/** Takes the right off the matter; the registry keeps the right (other matters may name it). */
/** A removed assertion: its row (claims, closing date, counterfeit flag), id included. */
export type RemovedAssertion = AssertionRow

/** Takes the right off the matter; the registry right and its claims stay. Answers what was removed. */
export function removeAssertion(ctx: CoreContext, tx: Tx, id: number): RemovedAssertion {
  const before = getAssertionRow(tx, id)
  if (!before) throw notFound('ip_right', id)
  deleteAssertionRow(tx, id)
  writeAudit(ctx, tx, {
    action: 'delete',
    entity: 'ip_right',
    entityId: id,
    matterId: before.matterId,
    before
  })
  return before
}

/**
 * Puts a removed assertion back, same id and claims, inside the caller's transaction. Refused
 * when its registry right is gone or the matter asserts that right again (added anew since).
 */
export function restoreAssertion(ctx: CoreContext, tx: Tx, row: RemovedAssertion): void {
  if (getAssertionRow(tx, row.id)) throw new AppError('undo_already_restored')
  if (!getRightRow(tx, row.rightId)) throw undoConflict('right_gone')
  if (assertionsOfMatters(tx, [row.matterId]).some(({ r }) => r.id === row.rightId))
    throw undoConflict('right_asserted_again')
  reinsertAssertionRow(tx, row)
  writeAudit(ctx, tx, {
    action: 'restore',
    entity: 'ip_right',
    entityId: row.id,
    matterId: row.matterId,
    after: row
  })
}

/** The rights a matter asserts, as its page shows them. */
export function rightsOfMatter(tx: DbOrTx, matterId: number): IpRight[] {
  return assertionsOfMatters(tx, [matterId]).map(({ a, r }) => toIpRight(a, r))
}

export { assertionsOfMatters }

export function assertionsOf(tx: DbOrTx, rightIds: number[]): AssertionOfRight[] {
  return assertionsOfRights(tx, rightIds).map(({ a, r, reference }) => ({
    assertionId: a.id,
    matterId: a.matterId,
    reference,
    right: toRegistryRight(r),
    claims: parseClaims(a.claimsJson),
    closedDate: a.closedDate
  }))
}

export function rightRecord(tx: DbOrTx, id: number): RightRecord {
  const r = getRightRow(tx, id)
  if (!r) throw notFound('right', id)
  return {
    right: toRegistryRight(r),
    claims: claimRows(tx, id).map(toClaim),
    assertions: assertionsOf(tx, [id])
  }
}

export function listRights(ctx: CoreContext, query: z.output<typeof RightListQuery>): RightListPage {
  const page = listRightRows(ctx.db, query)
  return {
    total: page.total,
    offset: query.offset,
    rows: page.rows.map((r) => ({
      ...toRegistryRight(r),
      matterCount: r.matterCount,
      claimCount: r.claimCount
    }))
  }
}

/** Edits the registry right itself; every matter asserting it sees the change. */
export function updateRight(
  ctx: CoreContext,
  input: z.output<typeof RightUpdateInput>,
  afterChange: (tx: Tx, matterIds: number[]) => void
): RightRecord {
  return inTransaction(ctx, (tx) => {
    const before = getRightRow(tx, input.id)
    if (!before) throw notFound('right', input.id)
    const { id, ...fields } = input
    const change: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) change[k] = v
    if (typeof change.jurisdiction === 'string')
      change.jurisdiction = change.jurisdiction.trim().toUpperCase()
    const merged = { ...before, ...change } as RightRow
    // The merged record must keep its dates in order (a grant date alone may now precede the filing).
    const dates = rightDatesError(merged)
    if (dates) throw new AppError('validation', { fields: { [dates.field]: dates.code } })
    if (change.number !== undefined || change.type !== undefined || change.jurisdiction !== undefined) {
      change.numberKey = rightNumberKey(merged.number)
      const clash = rightByKey(tx, merged.type, merged.jurisdiction, change.numberKey as string)
      if (clash && clash.id !== id)
        throw new AppError('validation', { fields: { number: 'duplicate_right' } })
    }
    if (merged.markingStatus !== 'marked' && merged.markedSince) change.markedSince = null
    updateRightRow(tx, id, change, ctx.now())
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'right',
      entityId: id,
      matterId: null,
      before,
      after: change
    })
    afterChange(
      tx,
      assertionsOfRights(tx, [id]).map((x) => x.a.matterId)
    )
    return rightRecord(tx, id)
  })
}

export function setClaims(
  ctx: CoreContext,
  input: z.output<typeof SetClaimsInput>,
  afterChange: (tx: Tx, matterIds: number[]) => void
): RightRecord {
  return inTransaction(ctx, (tx) => {
    if (!getRightRow(tx, input.rightId)) throw notFound('right', input.rightId)
    const before = claimRows(tx, input.rightId)
    replaceClaimRows(
      tx,
      input.rightId,
      input.claims.map((c) => ({
        number: c.number,
        independent: c.independent,
        dependsOn: c.independent ? null : (c.dependsOn ?? null),
        text: c.text ?? null
      }))
    )
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'right_claims',
      entityId: input.rightId,
      matterId: null,
      before,
      after: input.claims
    })
    afterChange(
      tx,
      assertionsOfRights(tx, [input.rightId]).map((x) => x.a.matterId)
    )
    return rightRecord(tx, input.rightId)
  })
}

/** Registry rights by id, as other areas show them (an opinion's covers). */
export function rightsByIds(tx: DbOrTx, ids: number[]): RegistryRight[] {
  return rightRowsByIds(tx, [...new Set(ids)]).map(toRegistryRight)
}

/** The registered claim numbers of each right (empty when none are registered). */
export function claimNumbersOf(tx: DbOrTx, rightId: number): string[] {
  return claimRows(tx, rightId).map((c) => c.number)
}

/** Every matter asserting the registry right behind this assertion. */
export function matterIdsAsserting(tx: DbOrTx, assertionId: number): number[] {
  const a = getAssertionRow(tx, assertionId)
  return a ? [...new Set(assertionsOfRights(tx, [a.rightId]).map((x) => x.a.matterId))] : []
}

/** The assertions made in these matters, with each matter's reference (the product page). */
export function assertionsInMatters(tx: DbOrTx, matterIds: number[]): AssertionOfRight[] {
  return assertionsWithReference(tx, matterIds).map(({ a, r, reference }) => ({
    assertionId: a.id,
    matterId: a.matterId,
    reference,
    right: toRegistryRight(r),
    claims: parseClaims(a.claimsJson),
    closedDate: a.closedDate
  }))
}
