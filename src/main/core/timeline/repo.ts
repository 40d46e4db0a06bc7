// Every query of the timeline area: a matter's events. Services call these; only this file
// (and db/) sees the table.
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import { preparedQueries } from '../db/statements'
import type { Db } from '../db'
import { timelineEvents } from '../db/schema'
import type { DbOrTx } from '../kernel/context'

export type EventRow = typeof timelineEvents.$inferSelect
export type NewEventRow = Omit<typeof timelineEvents.$inferInsert, 'id'>

export function insertEventRow(tx: DbOrTx, values: NewEventRow): number {
  return tx.insert(timelineEvents).values(values).returning({ id: timelineEvents.id }).get().id
}

export function getEventRow(tx: DbOrTx, id: number): EventRow | undefined {
  return tx.select().from(timelineEvents).where(eq(timelineEvents.id, id)).get()
}

export function updateEventRow(
  tx: DbOrTx,
  id: number,
  values: Partial<Pick<EventRow, 'title' | 'details' | 'date'>>
): void {
  tx.update(timelineEvents).set(values).where(eq(timelineEvents.id, id)).run()
}

export function eventRowsOfType(tx: DbOrTx, matterId: number, type: string): EventRow[] {
  return tx
    .select()
    .from(timelineEvents)
    .where(and(eq(timelineEvents.matterId, matterId), eq(timelineEvents.type, type)))
    .all()
}

// The matter page's timeline read, prepared once per connection like the page's other reads.
const eventsQuery = preparedQueries((db: Db) =>
  db
    .select()
    .from(timelineEvents)
    .where(eq(timelineEvents.matterId, sql.placeholder('id')))
    .prepare()
)

/** A matter's events, unsorted (the timeline sorts them with its deadlines and documents). */
export function eventRowsOfMatter(db: Db, matterId: number): EventRow[] {
  return eventsQuery(db).all({ id: matterId })
}

/** Events of these types, of these matters (all matters when none are named), by date. */
export function eventRowsOfTypes(
  tx: DbOrTx,
  types: readonly string[],
  matterIds?: readonly number[]
): EventRow[] {
  const byType = inArray(timelineEvents.type, [...types])
  return tx
    .select()
    .from(timelineEvents)
    .where(matterIds ? and(byType, inArray(timelineEvents.matterId, [...matterIds])) : byType)
    .orderBy(asc(timelineEvents.date), asc(timelineEvents.id))
    .all()
}
