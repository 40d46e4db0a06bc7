// Every query of the lawsuits area: a Schedule A matter's defendants and their frozen money.
import { and, asc, count, eq, isNotNull, isNull, sql, sum } from 'drizzle-orm'
import { scheduleADefendants } from '../db/schema'
import type { DbOrTx } from '../kernel/context'

export type DefendantRow = typeof scheduleADefendants.$inferSelect
export type NewDefendantRow = Omit<typeof scheduleADefendants.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>
export type DefendantChanges = Partial<Omit<NewDefendantRow, 'matterId'>>

export function insertDefendantRow(tx: DbOrTx, values: NewDefendantRow, at: string): DefendantRow {
  return tx
    .insert(scheduleADefendants)
    .values({ ...values, createdAt: at, updatedAt: at })
    .returning()
    .get()
}

export function getDefendantRow(tx: DbOrTx, id: number): DefendantRow | undefined {
  return tx.select().from(scheduleADefendants).where(eq(scheduleADefendants.id, id)).get()
}

export function defendantIdByDoe(tx: DbOrTx, matterId: number, doe: number): number | undefined {
  return tx
    .select({ id: scheduleADefendants.id })
    .from(scheduleADefendants)
    .where(and(eq(scheduleADefendants.matterId, matterId), eq(scheduleADefendants.doe, doe)))
    .get()?.id
}

export function doesOfMatter(tx: DbOrTx, matterId: number): Set<number> {
  const rows = tx
    .select({ doe: scheduleADefendants.doe })
    .from(scheduleADefendants)
    .where(eq(scheduleADefendants.matterId, matterId))
    .all()
  return new Set(rows.map((r) => r.doe))
}

export function updateDefendantRow(
  tx: DbOrTx,
  id: number,
  changes: DefendantChanges,
  at: string
): DefendantRow {
  return tx
    .update(scheduleADefendants)
    .set({ ...changes, updatedAt: at })
    .where(eq(scheduleADefendants.id, id))
    .returning()
    .get()
}

export function deleteDefendantRow(tx: DbOrTx, id: number): void {
  tx.delete(scheduleADefendants).where(eq(scheduleADefendants.id, id)).run()
}

function matterFilter(matterId: number, oursOnly: boolean) {
  return oursOnly
    ? and(eq(scheduleADefendants.matterId, matterId), eq(scheduleADefendants.ours, true))
    : eq(scheduleADefendants.matterId, matterId)
}

/** One page of a matter's defendants by Doe number (the unique index serves the order). */
export function defendantRows(
  tx: DbOrTx,
  query: { matterId: number; oursOnly: boolean; offset: number; limit: number }
): { total: number; rows: DefendantRow[] } {
  const where = matterFilter(query.matterId, query.oursOnly)
  const total = tx.select({ n: count() }).from(scheduleADefendants).where(where).get()?.n ?? 0
  const rows = tx
    .select()
    .from(scheduleADefendants)
    .where(where)
    .orderBy(asc(scheduleADefendants.doe))
    .limit(query.limit)
    .offset(query.offset)
    .all()
  return { total, rows }
}

export function defendantCounts(tx: DbOrTx, matterId: number): { all: number; ours: number } {
  const row = tx
    .select({
      all: count(),
      ours: sql<number>`coalesce(sum(${scheduleADefendants.ours}), 0)`
    })
    .from(scheduleADefendants)
    .where(eq(scheduleADefendants.matterId, matterId))
    .get()
  return { all: row?.all ?? 0, ours: Number(row?.ours ?? 0) }
}

/** Money still frozen per currency (released funds left out), summed in SQLite's integers (exact). */
export function frozenTotalRows(
  tx: DbOrTx,
  matterId: number,
  oursOnly: boolean
): { currency: string; cents: number; defendants: number }[] {
  return tx
    .select({
      currency: scheduleADefendants.frozenCurrency,
      cents: sum(scheduleADefendants.frozenAmountCents).mapWith(Number),
      defendants: count()
    })
    .from(scheduleADefendants)
    .where(
      and(
        matterFilter(matterId, oursOnly),
        isNotNull(scheduleADefendants.frozenAmountCents),
        isNotNull(scheduleADefendants.frozenCurrency),
        isNull(scheduleADefendants.fundsReleasedOn)
      )
    )
    .groupBy(scheduleADefendants.frozenCurrency)
    .orderBy(asc(scheduleADefendants.frozenCurrency))
    .all()
    .map((r) => ({ currency: r.currency as string, cents: r.cents, defendants: r.defendants }))
}

// ---- Documents a defendant's row cites (a removed document's links, for its undo) ----

export type DefendantDocumentColumn = 'sourceDocumentId' | 'freezeNoticeDocumentId'

export function defendantsCitingDocument(
  tx: DbOrTx,
  column: DefendantDocumentColumn,
  documentId: number
): number[] {
  return tx
    .select({ id: scheduleADefendants.id })
    .from(scheduleADefendants)
    .where(eq(scheduleADefendants[column], documentId))
    .all()
    .map((r) => r.id)
}

/** Points the row at the document again, unless someone chose another one since. */
export function relinkDefendantDocument(
  tx: DbOrTx,
  id: number,
  column: DefendantDocumentColumn,
  documentId: number
): void {
  tx.update(scheduleADefendants)
    .set({ [column]: documentId })
    .where(and(eq(scheduleADefendants.id, id), isNull(scheduleADefendants[column])))
    .run()
}
