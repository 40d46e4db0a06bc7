// Parties, IP rights and accused products of a matter: add, edit, remove, each audited.
import { eq, getTableName } from 'drizzle-orm'
import type { SQLiteTableWithColumns } from 'drizzle-orm/sqlite-core'
import type { MatterDetail } from '../../../shared/model'
import { writeAudit, type CoreContext } from '../kernel/context'
import { touchMatter } from './touch'
import { accusedProducts, ipRights, parties } from '../db/schema'
import { notFound } from '../kernel/errors'
import { getMatter, matterExists } from './matters'
import { refreshSearchText } from './search-text'

type PartTable = typeof parties | typeof ipRights | typeof accusedProducts

const ENTITY: Record<string, string> = {
  parties: 'party',
  ip_rights: 'ip_right',
  accused_products: 'accused_product'
}

function entityOf(table: PartTable): string {
  const name = getTableName(table)
  return ENTITY[name] ?? name
}

/** The same three operations serve every child table of a matter. */
export function matterParts<T extends PartTable>(table: T) {
  const t = table as unknown as SQLiteTableWithColumns<{
    name: string
    schema: undefined
    dialect: 'sqlite'
    columns: typeof parties._.columns
  }>
  const entity = entityOf(table)

  return {
    add(ctx: CoreContext, input: { matterId: number } & Record<string, unknown>): MatterDetail {
      return ctx.db.transaction((tx) => {
        if (!matterExists(tx, input.matterId)) throw notFound('matter', input.matterId)
        const row = tx
          .insert(t)
          .values(input as never)
          .returning()
          .get() as { id: number }
        writeAudit(ctx, tx, {
          action: 'create',
          entity,
          entityId: row.id,
          matterId: input.matterId,
          after: input
        })
        refreshSearchText(tx, input.matterId)
        touchMatter(ctx, tx, input.matterId)
        return getMatter(ctx, input.matterId, tx)
      })
    },

    update(ctx: CoreContext, input: { id: number } & Record<string, unknown>): MatterDetail {
      return ctx.db.transaction((tx) => {
        const before = tx.select().from(t).where(eq(t.id, input.id)).get() as
          { id: number; matterId: number } | undefined
        if (!before) throw notFound(entity, input.id)
        const { id, ...values } = input
        tx.update(t)
          .set(values as never)
          .where(eq(t.id, id))
          .run()
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
        return getMatter(ctx, before.matterId, tx)
      })
    },

    remove(ctx: CoreContext, input: { id: number }): MatterDetail {
      return ctx.db.transaction((tx) => {
        const before = tx.select().from(t).where(eq(t.id, input.id)).get() as
          { id: number; matterId: number } | undefined
        if (!before) throw notFound(entity, input.id)
        tx.delete(t).where(eq(t.id, input.id)).run()
        writeAudit(ctx, tx, {
          action: 'delete',
          entity,
          entityId: input.id,
          matterId: before.matterId,
          before
        })
        refreshSearchText(tx, before.matterId)
        touchMatter(ctx, tx, before.matterId)
        return getMatter(ctx, before.matterId, tx)
      })
    }
  }
}

export const partiesService = matterParts(parties)
export const ipRightsService = matterParts(ipRights)
export const productsService = matterParts(accusedProducts)
