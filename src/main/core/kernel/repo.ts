// The kernel's storage: audit rows and the one way services open a transaction. A server store
// (team mode) replaces this file and the areas' repos, not the services.
import type Database from 'better-sqlite3'
import { auditLog } from '../db/schema'
import type { Db } from '../db'

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
export type DbOrTx = Db | Tx
export type Sqlite = Database.Database

export interface AuditRow {
  at: string
  actor: string
  action: string
  entity: string
  entityId: number | null
  matterId: number | null
  beforeJson: string | null
  afterJson: string | null
}

export function insertAudit(tx: DbOrTx, row: AuditRow): void {
  tx.insert(auditLog).values(row).run()
}

/** Runs `work` in one SQLite transaction: all of it is saved, or none of it. */
export function runInTransaction<T>(db: Db, work: (tx: Tx) => T): T {
  return db.transaction(work)
}
