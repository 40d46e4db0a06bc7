// Every query of the deadlines area. Services call these plain, synchronous functions; only this
// file (and db/) sees the tables. The one read of another area's table is the join that lists
// open deadlines with their matter's reference and title; other areas' rows come from their services.
import type Database from 'better-sqlite3'
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { DeadlinePeople } from '../db/mappers'
import { deadlines, matters, people } from '../db/schema'
import { prepared } from '../db/statements'
import type { DbOrTx } from '../kernel/context'
import { insertAuditRows as insertChainedAuditRows, type AuditRow } from '../kernel/repo'

export type DeadlineRow = typeof deadlines.$inferSelect
export type NewDeadlineRow = Omit<typeof deadlines.$inferInsert, 'id'>

// ---- deadlines ----

export function findDeadlineRow(tx: DbOrTx, id: number): DeadlineRow | undefined {
  return tx.select().from(deadlines).where(eq(deadlines.id, id)).get()
}

export function deadlineRowsByIds(tx: DbOrTx, ids: readonly number[]): DeadlineRow[] {
  return tx
    .select()
    .from(deadlines)
    .where(inArray(deadlines.id, [...ids]))
    .all()
}

/** Deadlines counted from an event; they are in its matter, so the (matter, status, due) index finds them. */
export function deadlineRowsCountedFrom(tx: DbOrTx, matterId: number, eventId: number): DeadlineRow[] {
  return tx
    .select()
    .from(deadlines)
    .where(and(eq(deadlines.matterId, matterId), eq(deadlines.triggerEventId, eventId)))
    .all()
}

export function ruleIdsCountedFrom(
  tx: DbOrTx,
  matterId: number,
  eventId: number
): { id: number; ruleId: string | null }[] {
  return tx
    .select({ id: deadlines.id, ruleId: deadlines.ruleId })
    .from(deadlines)
    .where(and(eq(deadlines.matterId, matterId), eq(deadlines.triggerEventId, eventId)))
    .all()
}

const ownPerson = alias(people, 'own_person')
const matterPerson = alias(people, 'matter_person')

const peopleOfIds = (tx: DbOrTx, ids: number[]) =>
  tx
    .select({
      id: deadlines.id,
      ownId: ownPerson.id,
      ownName: ownPerson.name,
      matterPersonId: matterPerson.id,
      matterPersonName: matterPerson.name
    })
    .from(deadlines)
    .innerJoin(matters, eq(matters.id, deadlines.matterId))
    .leftJoin(ownPerson, eq(ownPerson.id, deadlines.responsiblePersonId))
    .leftJoin(matterPerson, eq(matterPerson.id, matters.responsiblePersonId))
    .where(inArray(deadlines.id, ids))
    .all()

/** The people these deadlines name: each one's own, and its matter's (by deadline id). */
export function deadlinePeopleOf(tx: DbOrTx, ids: readonly number[]): Map<number, DeadlinePeople> {
  const result = new Map<number, DeadlinePeople>()
  // In slices: SQLite caps the parameters of one statement.
  for (let i = 0; i < ids.length; i += 500) {
    for (const r of peopleOfIds(tx, ids.slice(i, i + 500))) {
      result.set(r.id, {
        own: r.ownId !== null ? { id: r.ownId, name: r.ownName! } : null,
        matters: r.matterPersonId !== null ? { id: r.matterPersonId, name: r.matterPersonName! } : null
      })
    }
  }
  return result
}

export function insertDeadlineRow(tx: DbOrTx, values: NewDeadlineRow): DeadlineRow {
  return tx.insert(deadlines).values(values).returning().get()
}

/** A deadline put back as it was (undo of a removal): every column, its id included. */
export function reinsertDeadlineRow(tx: DbOrTx, row: DeadlineRow): void {
  tx.insert(deadlines).values(row).run()
}

export function updateDeadlineRow(
  tx: DbOrTx,
  id: number,
  values: Partial<Omit<NewDeadlineRow, 'matterId' | 'createdAt'>>
): DeadlineRow {
  return tx.update(deadlines).set(values).where(eq(deadlines.id, id)).returning().get()
}

/** Rule deadlines whose stored steps have no codes (written before explanations were coded). */
export function deadlineRowsWithEnglishExplanations(tx: DbOrTx): DeadlineRow[] {
  return tx
    .select()
    .from(deadlines)
    .where(sql`${deadlines.ruleId} is not null and ${deadlines.stepsJson} not like '%"code"%'`)
    .all()
}

/** Replaces a deadline's stored explanation (same date, same rule: only its wording's form). */
export function setExplanation(tx: DbOrTx, id: number, stepsJson: string, warningsJson: string): void {
  tx.update(deadlines).set({ stepsJson, warningsJson }).where(eq(deadlines.id, id)).run()
}

export function deleteDeadlineRow(tx: DbOrTx, id: number): void {
  tx.delete(deadlines).where(eq(deadlines.id, id)).run()
}

/** One row of a recompute: [due, triggerDate, computedDue, stepsJson, warningsJson, updatedAt, id]. */
export type RecomputedValues = [string, string, string, string, string, string, number]

/**
 * Hot path (correcting a trigger with many dependants): one prepared statement, run once per row,
 * on the connection the caller's transaction runs on, so it is part of the same commit.
 */
export function updateRecomputedRows(sqlite: Database.Database, rows: readonly RecomputedValues[]): void {
  const update = prepared(
    sqlite,
    `update deadlines set due = ?, trigger_date = ?, computed_due = ?, steps_json = ?, warnings_json = ?,
       updated_at = ? where id = ?`
  )
  for (const params of rows) update.run(...params)
}

/** Audit rows of a recompute in one insert, sealed into the audit chain by the kernel. */
export function insertAuditRows(tx: DbOrTx, rows: readonly AuditRow[]): void {
  insertChainedAuditRows(tx, rows)
}

export interface OpenDeadlineWithMatter {
  d: DeadlineRow
  reference: string
  matterTitle: string
}

/** Open deadlines (of one matter, or all) with their matter's reference and title, by due date. */
export function openDeadlinesWithMatter(tx: DbOrTx, matterId?: number): OpenDeadlineWithMatter[] {
  return tx
    .select({ d: deadlines, reference: matters.reference, matterTitle: matters.title })
    .from(deadlines)
    .innerJoin(matters, eq(matters.id, deadlines.matterId))
    .where(
      matterId
        ? and(eq(deadlines.status, 'open'), eq(deadlines.matterId, matterId))
        : eq(deadlines.status, 'open')
    )
    .orderBy(asc(deadlines.due), asc(deadlines.id))
    .all()
}
