// What every service needs: the database, who is acting, and the clock.
import type Database from 'better-sqlite3'
import { eq, sql } from 'drizzle-orm'
import type { Db } from './db'
import { auditLog, deadlines, matters } from './db/schema'

export interface CoreContext {
  db: Db
  sqlite: Database.Database
  /** The OS user (audit rows say who). */
  actor: string
  /** UTC ISO moment; injectable so tests can fix it. */
  now: () => string
  /** Today's calendar date on the user's machine, YYYY-MM-DD. */
  today: () => string
}

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
export type DbOrTx = Db | Tx

export function localToday(date = new Date()): string {
  const y = date.getFullYear()
  const m = String(date.getMonth() + 1).padStart(2, '0')
  const d = String(date.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

export interface AuditEntry {
  action: string
  entity: string
  entityId: number | null
  matterId: number | null
  before?: unknown
  after?: unknown
}

export function writeAudit(ctx: CoreContext, tx: DbOrTx, entry: AuditEntry): void {
  tx.insert(auditLog)
    .values({
      at: ctx.now(),
      actor: ctx.actor,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      matterId: entry.matterId,
      beforeJson: entry.before === undefined ? null : JSON.stringify(entry.before),
      afterJson: entry.after === undefined ? null : JSON.stringify(entry.after)
    })
    .run()
}

/** Marks the matter as just worked on and refreshes its denormalised next deadline. */
export function touchMatter(ctx: CoreContext, tx: DbOrTx, matterId: number): void {
  const next = tx
    .select({ due: sql<string | null>`min(${deadlines.due})` })
    .from(deadlines)
    .where(sql`${deadlines.matterId} = ${matterId} and ${deadlines.status} = 'open'`)
    .get()
  const at = ctx.now()
  tx.update(matters)
    .set({ nextDeadline: next?.due ?? null, lastActivityAt: at, updatedAt: at })
    .where(eq(matters.id, matterId))
    .run()
}
