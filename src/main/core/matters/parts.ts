// Parties, IP rights and accused products of a matter: add, edit, remove, each audited. Rights
// and products are shared records of the rights and catalogue areas; a matter links them.
import type { z } from 'zod'
import type { IpRightInput, ProductInput, Undoable } from '../../../shared/contract'
import type { MatterDetail } from '../../../shared/model'
import { linkTypedProduct, matterIdsOfProduct, unlinkProduct, updateTypedProduct } from '../catalogue/links'
import { inTransaction, writeAudit, type CoreContext, type Tx } from '../kernel/context'
import { assertRight, matterIdsAsserting, removeAssertion, updateAssertion } from '../rights/rights'
import { touchMatter } from './touch'
import { AppError, notFound } from '../kernel/errors'
import { rememberRemoval, undoConflict, type Removal } from '../undo/removals'
import { getMatter, matterExists } from './matters'

type IpRightFields = z.output<typeof IpRightInput>
type ProductFields = z.output<typeof ProductInput>
import { deletePartRow, getPartRow, insertPartRow, updatePartRow, type PartKind, type PartRow } from './repo'
import { refreshSearchText } from './search-text'

/** The same three operations serve every child table of a matter; `entity` names it in the audit. */
export function matterParts(entity: PartKind) {
  return {
    add(ctx: CoreContext, input: { matterId: number } & Record<string, unknown>): MatterDetail {
      return inTransaction(ctx, (tx) => {
        if (!matterExists(tx, input.matterId)) throw notFound('matter', input.matterId)
        const id = insertPartRow(tx, entity, input)
        writeAudit(ctx, tx, {
          action: 'create',
          entity,
          entityId: id,
          matterId: input.matterId,
          after: input
        })
        refreshSearchText(tx, input.matterId)
        touchMatter(ctx, tx, input.matterId)
        return getMatter(ctx, input.matterId)
      })
    },

    update(ctx: CoreContext, input: { id: number } & Record<string, unknown>): MatterDetail {
      return inTransaction(ctx, (tx) => {
        const before = getPartRow(tx, entity, input.id)
        if (!before) throw notFound(entity, input.id)
        const { id, ...values } = input
        updatePartRow(tx, entity, id, values)
        writeAudit(ctx, tx, {
          action: 'update',
          entity,
          entityId: id,
          matterId: before.matterId,
          before,
          after: values
        })
        refreshSearchText(tx, before.matterId)
        touchMatter(ctx, tx, before.matterId)
        return getMatter(ctx, before.matterId)
      })
    },

    remove(ctx: CoreContext, input: { id: number }): MatterDetail & Undoable {
      return removeUndoably(ctx, (tx) => {
        const before = getPartRow(tx, entity, input.id)
        if (!before) throw notFound(entity, input.id)
        deletePartRow(tx, entity, input.id)
        writeAudit(ctx, tx, {
          action: 'delete',
          entity,
          entityId: input.id,
          matterId: before.matterId,
          before
        })
        return { kind: entity, matterId: before.matterId, snapshot: before }
      })
    }
  }
}

/** A removed party: its row as it was, id included (the audit rows name that id). */
export type RemovedParty = PartRow

/** Puts a removed party back, same id and fields, inside the caller's transaction. */
export function restoreParty(ctx: CoreContext, tx: Tx, row: RemovedParty): void {
  if (!matterExists(tx, row.matterId)) throw undoConflict('matter_gone')
  if (getPartRow(tx, 'party', row.id)) throw new AppError('undo_already_restored')
  insertPartRow(tx, 'party', row)
  writeAudit(ctx, tx, {
    action: 'restore',
    entity: 'party',
    entityId: row.id,
    matterId: row.matterId,
    after: row
  })
}

export const partiesService = matterParts('party')

/** After a change to a matter's rights or products: its search text and last activity. */
function changed(ctx: CoreContext, tx: Tx, matterId: number): MatterDetail {
  refreshSearchText(tx, matterId)
  touchMatter(ctx, tx, matterId)
  return getMatter(ctx, matterId)
}

/** A part removed in one transaction: the matter as it is now, and the token that puts it back. */
function removeUndoably(ctx: CoreContext, remove: (tx: Tx) => Removal): MatterDetail & Undoable {
  const { detail, removal } = inTransaction(ctx, (tx) => {
    const removal = remove(tx)
    return { detail: changed(ctx, tx, removal.matterId), removal }
  })
  return { ...detail, undoToken: rememberRemoval(ctx, removal) }
}

/** A matter's rights are assertions of registry rights (src/main/core/rights). */
export const ipRightsService = {
  add(ctx: CoreContext, input: { matterId: number } & IpRightFields): MatterDetail {
    return inTransaction(ctx, (tx) => {
      if (!matterExists(tx, input.matterId)) throw notFound('matter', input.matterId)
      const { matterId, ...right } = input
      assertRight(ctx, tx, matterId, right)
      return changed(ctx, tx, matterId)
    })
  },
  update(ctx: CoreContext, input: { id: number } & Partial<IpRightFields>): MatterDetail {
    return inTransaction(ctx, (tx) => {
      const { id, ...right } = input
      const { matterId } = updateAssertion(ctx, tx, id, right)
      // The registry right may be asserted elsewhere too: those matters' search text follows.
      for (const other of matterIdsAsserting(tx, id)) if (other !== matterId) refreshSearchText(tx, other)
      return changed(ctx, tx, matterId)
    })
  },
  remove(ctx: CoreContext, input: { id: number }): MatterDetail & Undoable {
    return removeUndoably(ctx, (tx) => {
      const snapshot = removeAssertion(ctx, tx, input.id)
      return { kind: 'ip_right', matterId: snapshot.matterId, snapshot }
    })
  }
}

/** A matter's products are links to catalogue versions and listings (src/main/core/catalogue). */
export const productsService = {
  add(ctx: CoreContext, input: { matterId: number } & ProductFields): MatterDetail {
    return inTransaction(ctx, (tx) => {
      if (!matterExists(tx, input.matterId)) throw notFound('matter', input.matterId)
      const { matterId, ...product } = input
      linkTypedProduct(ctx, tx, matterId, product)
      return changed(ctx, tx, matterId)
    })
  },
  update(ctx: CoreContext, input: { id: number } & Partial<ProductFields>): MatterDetail {
    return inTransaction(ctx, (tx) => {
      const { id, ...product } = input
      const { matterId, productId } = updateTypedProduct(ctx, tx, id, product)
      // The product is shared: every matter accusing one of its versions is found by its new SKU.
      for (const other of matterIdsOfProduct(tx, productId))
        if (other !== matterId) refreshSearchText(tx, other)
      return changed(ctx, tx, matterId)
    })
  },
  remove(ctx: CoreContext, input: { id: number }): MatterDetail & Undoable {
    return removeUndoably(ctx, (tx) => {
      const snapshot = unlinkProduct(ctx, tx, input.id)
      return { kind: 'accused_product', matterId: snapshot.matterId, snapshot }
    })
  }
}

/** Matters a catalogue or registry change shows on: their search text follows, in the same transaction. */
export function refreshMatters(ctx: CoreContext, tx: Tx, matterIds: readonly number[]): void {
  for (const id of new Set(matterIds)) {
    refreshSearchText(tx, id)
    touchMatter(ctx, tx, id)
  }
}
