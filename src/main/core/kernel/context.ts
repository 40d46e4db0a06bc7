// What every service needs: the database, who is acting, and the clock.
import type { Db } from '../db'
import { insertAudit, runInTransaction, type DbOrTx, type Sqlite, type Tx } from './repo'

export type { DbOrTx, Tx }

export interface CoreContext {
  db: Db
  sqlite: Sqlite
  /** The OS user (audit rows say who). */
  actor: string
  /** UTC ISO moment; injectable so tests can fix it. */
  now: () => string
  /** Today's calendar date on the user's machine, YYYY-MM-DD. */
  today: () => string
}

/** The one way a service opens a transaction: every change is all there or not at all. */
export function inTransaction<T>(ctx: CoreContext, work: (tx: Tx) => T): T {
  return runInTransaction(ctx.db, work)
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
  insertAudit(tx, {
    at: ctx.now(),
    actor: ctx.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    matterId: entry.matterId,
    beforeJson: entry.before === undefined ? null : JSON.stringify(entry.before),
    afterJson: entry.after === undefined ? null : JSON.stringify(entry.after)
  })
}

/** Marks the matter as just worked on and refreshes its denormalised next deadline. */
