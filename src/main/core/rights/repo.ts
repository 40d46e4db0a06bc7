// Every query of the rights area: the registry of rights, their claims, and which matters
// assert which rights and claims. Only this file (and db/) sees these tables.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm'
import { matterRights, matters, rightClaims, rights } from '../db/schema'
import type { DbOrTx } from '../kernel/context'
import { preparedQueries } from '../db/statements'
import { likePattern } from '../kernel/repo'

export type RightRow = typeof rights.$inferSelect
export type NewRightRow = Omit<typeof rights.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>
export type ClaimRow = typeof rightClaims.$inferSelect
export type AssertionRow = typeof matterRights.$inferSelect
export type NewAssertionRow = Omit<typeof matterRights.$inferInsert, 'id' | 'createdAt'>

export function rightByKey(
  tx: DbOrTx,
  type: string,
  jurisdiction: string,
  key: string
): RightRow | undefined {
  return tx
    .select()
    .from(rights)
    .where(and(eq(rights.type, type), eq(rights.jurisdiction, jurisdiction), eq(rights.numberKey, key)))
    .get()
}

export function getRightRow(tx: DbOrTx, id: number): RightRow | undefined {
  return tx.select().from(rights).where(eq(rights.id, id)).get()
}

export function rightRowsByIds(tx: DbOrTx, ids: number[]): RightRow[] {
  return ids.length ? tx.select().from(rights).where(inArray(rights.id, ids)).all() : []
}

export function insertRightRow(tx: DbOrTx, values: NewRightRow, at: string): number {
  return tx
    .insert(rights)
    .values({ ...values, createdAt: at, updatedAt: at })
    .returning({ id: rights.id })
    .get().id
}

export function updateRightRow(tx: DbOrTx, id: number, values: Partial<NewRightRow>, at: string): void {
  tx.update(rights)
    .set({ ...values, updatedAt: at })
    .where(eq(rights.id, id))
    .run()
}

export function claimRows(tx: DbOrTx, rightId: number): ClaimRow[] {
  return tx
    .select()
    .from(rightClaims)
    .where(eq(rightClaims.rightId, rightId))
    .orderBy(asc(rightClaims.id))
    .all()
}

export function replaceClaimRows(
  tx: DbOrTx,
  rightId: number,
  claims: Omit<ClaimRow, 'id' | 'rightId'>[]
): void {
  tx.delete(rightClaims).where(eq(rightClaims.rightId, rightId)).run()
  if (claims.length)
    tx.insert(rightClaims)
      .values(claims.map((c) => ({ ...c, rightId })))
      .run()
}

export function insertAssertionRow(tx: DbOrTx, values: NewAssertionRow, at: string): number {
  return tx
    .insert(matterRights)
    .values({ ...values, createdAt: at })
    .returning({ id: matterRights.id })
    .get().id
}

/** An assertion put back as it was (undo of a removal): every column, its id included. */
export function reinsertAssertionRow(tx: DbOrTx, row: AssertionRow): void {
  tx.insert(matterRights).values(row).run()
}

export function getAssertionRow(tx: DbOrTx, id: number): AssertionRow | undefined {
  return tx.select().from(matterRights).where(eq(matterRights.id, id)).get()
}

export function updateAssertionRow(tx: DbOrTx, id: number, values: Partial<NewAssertionRow>): void {
  tx.update(matterRights).set(values).where(eq(matterRights.id, id)).run()
}

export function deleteAssertionRow(tx: DbOrTx, id: number): void {
  tx.delete(matterRights).where(eq(matterRights.id, id)).run()
}

export function countAssertionsOfRight(tx: DbOrTx, rightId: number): number {
  return tx.select({ n: count() }).from(matterRights).where(eq(matterRights.rightId, rightId)).get()?.n ?? 0
}

// One matter's assertions (its page), prepared once per connection.
const assertionsOfMatterQuery = preparedQueries((tx: DbOrTx) =>
  tx
    .select({ a: matterRights, r: rights })
    .from(matterRights)
    .innerJoin(rights, eq(rights.id, matterRights.rightId))
    .where(eq(matterRights.matterId, sql.placeholder('id')))
    .orderBy(asc(matterRights.id))
    .prepare()
)

/** These matters' assertions with their registry rights, in the order they were added. */
export function assertionsOfMatters(tx: DbOrTx, matterIds: number[]): { a: AssertionRow; r: RightRow }[] {
  if (!matterIds.length) return []
  if (matterIds.length === 1) return assertionsOfMatterQuery(tx).all({ id: matterIds[0] })
  return tx
    .select({ a: matterRights, r: rights })
    .from(matterRights)
    .innerJoin(rights, eq(rights.id, matterRights.rightId))
    .where(inArray(matterRights.matterId, matterIds))
    .orderBy(asc(matterRights.id))
    .all()
}

/** Every assertion of these rights, with the asserting matter's reference (a read join). */
export function assertionsOfRights(
  tx: DbOrTx,
  rightIds: number[]
): { a: AssertionRow; r: RightRow; reference: string }[] {
  if (!rightIds.length) return []
  return tx
    .select({ a: matterRights, r: rights, reference: matters.reference })
    .from(matterRights)
    .innerJoin(rights, eq(rights.id, matterRights.rightId))
    .innerJoin(matters, eq(matters.id, matterRights.matterId))
    .where(inArray(matterRights.rightId, rightIds))
    .orderBy(asc(matterRights.id))
    .all()
}

/** Assertions with matter references for a set of matters (the product page). */
export function assertionsWithReference(
  tx: DbOrTx,
  matterIds: number[]
): { a: AssertionRow; r: RightRow; reference: string }[] {
  if (!matterIds.length) return []
  return tx
    .select({ a: matterRights, r: rights, reference: matters.reference })
    .from(matterRights)
    .innerJoin(rights, eq(rights.id, matterRights.rightId))
    .innerJoin(matters, eq(matters.id, matterRights.matterId))
    .where(inArray(matterRights.matterId, matterIds))
    .orderBy(asc(matterRights.id))
    .all()
}

/** The registry page: rights matching the words, with how many matters and claims each has. */
export function listRightRows(
  tx: DbOrTx,
  query: { search: string; offset: number; limit: number }
): { total: number; rows: (RightRow & { matterCount: number; claimCount: number })[] } {
  const words = query.search.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)
  const where = words.length
    ? and(
        ...words.map((w) => {
          const p = likePattern(w)
          const k = likePattern(w.replace(/[ ,.\-/]/g, '').toUpperCase())
          return sql`(lower(${rights.number}) like ${p} escape '\\' or ${rights.numberKey} like ${k} escape '\\' or lower(coalesce(${rights.title}, '')) like ${p} escape '\\' or lower(coalesce(${rights.owner}, '')) like ${p} escape '\\')`
        })
      )
    : undefined
  const total = tx.select({ n: count() }).from(rights).where(where).get()?.n ?? 0
  const rows = tx
    .select({
      r: rights,
      matterCount: sql<number>`(select count(*) from ${matterRights} mr where mr.right_id = "rights"."id")`,
      claimCount: sql<number>`(select count(*) from ${rightClaims} rc where rc.right_id = "rights"."id")`
    })
    .from(rights)
    .where(where)
    .orderBy(asc(rights.jurisdiction), asc(rights.numberKey))
    .limit(query.limit)
    .offset(query.offset)
    .all()
  return { total, rows: rows.map((x) => ({ ...x.r, matterCount: x.matterCount, claimCount: x.claimCount })) }
}
