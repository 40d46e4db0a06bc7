// Every query of the people area: the people of Settings, and how many matters and deadlines
// name each (a person in use can be archived but not removed). Only this file (and db/) sees
// the people table.
import { asc, eq, sql } from 'drizzle-orm'
import { people } from '../db/schema'
import type { DbOrTx } from '../kernel/context'

export type PersonRow = typeof people.$inferSelect
export type NewPersonRow = Pick<typeof people.$inferInsert, 'name' | 'email' | 'role'>

// Written out: drizzle leaves a column unqualified in a subquery, where "id" would be the
// subquery's own table's.
const usage = {
  matters: sql<number>`(select count(*) from matters m where m.responsible_person_id = "people"."id")`,
  deadlines: sql<number>`(select count(*) from deadlines d where d.responsible_person_id = "people"."id")`
}

export type PersonWithUsage = PersonRow & { matters: number; deadlines: number }

/** People by name (case folded), with how many matters and deadlines name each. */
export function personRowsWithUsage(tx: DbOrTx, includeArchived: boolean): PersonWithUsage[] {
  return tx
    .select({ p: people, ...usage })
    .from(people)
    .where(includeArchived ? undefined : eq(people.archived, false))
    .orderBy(asc(sql`${people.name} collate nocase`), asc(people.id))
    .all()
    .map((r) => ({ ...r.p, matters: r.matters, deadlines: r.deadlines }))
}

export function personRowWithUsage(tx: DbOrTx, id: number): PersonWithUsage | undefined {
  const r = tx
    .select({ p: people, ...usage })
    .from(people)
    .where(eq(people.id, id))
    .get()
  return r && { ...r.p, matters: r.matters, deadlines: r.deadlines }
}

export function getPersonRow(tx: DbOrTx, id: number): PersonRow | undefined {
  return tx.select().from(people).where(eq(people.id, id)).get()
}

/** The person with this name whatever its case (the unique index folds case the same way). */
export function personRowByName(tx: DbOrTx, name: string): PersonRow | undefined {
  return tx
    .select()
    .from(people)
    .where(sql`${people.name} = ${name} collate nocase`)
    .get()
}

export function insertPersonRow(tx: DbOrTx, values: NewPersonRow, at: string): number {
  return tx
    .insert(people)
    .values({ ...values, createdAt: at })
    .returning({ id: people.id })
    .get().id
}

export function updatePersonRow(
  tx: DbOrTx,
  id: number,
  values: Partial<NewPersonRow & { archived: boolean }>
): void {
  tx.update(people).set(values).where(eq(people.id, id)).run()
}

export function deletePersonRow(tx: DbOrTx, id: number): void {
  tx.delete(people).where(eq(people.id, id)).run()
}
