// Parties, IP rights and accused products of a matter: add, edit, remove, each audited.
import type { MatterDetail } from '../../../shared/model'
import { inTransaction, writeAudit, type CoreContext } from '../kernel/context'
import { touchMatter } from './touch'
import { notFound } from '../kernel/errors'
import { getMatter, matterExists } from './matters'
import { deletePartRow, getPartRow, insertPartRow, updatePartRow, type PartKind } from './repo'
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

    remove(ctx: CoreContext, input: { id: number }): MatterDetail {
      return inTransaction(ctx, (tx) => {
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
        refreshSearchText(tx, before.matterId)
        touchMatter(ctx, tx, before.matterId)
        return getMatter(ctx, before.matterId)
      })
    }
  }
}

export const partiesService = matterParts('party')
export const ipRightsService = matterParts('ip_right')
export const productsService = matterParts('accused_product')
