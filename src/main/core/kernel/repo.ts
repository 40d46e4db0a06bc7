// The kernel's storage: audit rows and the one way services open a transaction. A server store
// (team mode) replaces this file and the areas' repos, not the services.
import type Database from 'better-sqlite3'
import { asc, desc, isNull, sql } from 'drizzle-orm'
import { auditLog } from '../db/schema'
import { prepared } from '../db/statements'
import type { Db } from '../db'
import { chainHash, type ChainedEntry } from './hash-chain'

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

function auditFields(row: AuditRow): Record<string, string | number | null> {
  return { ...row }
}

function lastAuditHash(tx: DbOrTx): string | null {
  return (
    tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()?.hash ?? null
  )
}

/** Appends an audit entry sealed to the one before it. */
export function insertAudit(tx: DbOrTx, row: AuditRow): void {
  const prevHash = lastAuditHash(tx)
  tx.insert(auditLog)
    .values({ ...row, prevHash, hash: chainHash(prevHash, auditFields(row)) })
    .run()
}

/** Appends several audit entries in order, each sealed to the one before (one chain lookup). */
export function insertAuditRows(tx: DbOrTx, rows: readonly AuditRow[]): void {
  if (rows.length === 0) return
  let prevHash = lastAuditHash(tx)
  const values = rows.map((row) => {
    const hash = chainHash(prevHash, auditFields(row))
    const value = { ...row, prevHash, hash }
    prevHash = hash
    return value
  })
  tx.insert(auditLog).values(values).run()
}

/** Seals entries written before the chain existed (hash null), in order. Returns how many. */
export function sealUnchainedAudit(db: Db): number {
  return db.transaction((tx) => {
    const unsealed = tx.select().from(auditLog).where(isNull(auditLog.hash)).orderBy(asc(auditLog.id)).all()
    if (unsealed.length === 0) return 0
    let prevHash: string | null =
      tx
        .select({ hash: auditLog.hash })
        .from(auditLog)
        .where(sql`${auditLog.id} < ${unsealed[0]!.id} and ${auditLog.hash} is not null`)
        .orderBy(desc(auditLog.id))
        .limit(1)
        .get()?.hash ?? null
    for (const r of unsealed) {
      const { id, prevHash: _p, hash: _h, ...row } = r
      const hash = chainHash(prevHash, auditFields(row))
      tx.update(auditLog)
        .set({ prevHash, hash })
        .where(sql`${auditLog.id} = ${id}`)
        .run()
      prevHash = hash
    }
    return unsealed.length
  })
}

/** The audit log as chained entries, oldest first, and SQLite's highest id ever issued for it. */
export function readAuditChain(db: Db): { entries: ChainedEntry[]; highestId: number } {
  const entries = db
    .select()
    .from(auditLog)
    .orderBy(asc(auditLog.id))
    .all()
    .map(({ id, prevHash, hash, ...row }) => ({ id, prevHash, hash, fields: auditFields(row) }))
  const seq = db.get<{ seq: number } | undefined>(
    sql`select seq from sqlite_sequence where name = 'audit_log'`
  )
  return { entries, highestId: seq?.seq ?? 0 }
}

/** Runs `work` in one SQLite transaction: all of it is saved, or none of it. */
export function runInTransaction<T>(db: Db, work: (tx: Tx) => T): T {
  return db.transaction(work)
}

/**
 * A number that changes whenever anything is written to the database: rows changed on this
 * connection (total_changes()) and commits by any other connection (data_version). Read models
 * that are costly to build (the portfolio) are kept until it changes.
 */
export function writeGeneration(sqlite: Sqlite): string {
  const row = prepared(sqlite, 'select total_changes() as changes').get() as { changes: number }
  const version = sqlite.pragma('data_version', { simple: true }) as number
  return `${row.changes}:${version}`
}

const counted = new WeakMap<Sqlite, Set<string>>()

/**
 * Like writeGeneration, but changes only when one of these tables is written: on this connection
 * counted by TEMP triggers (per connection, never stored in the workspace; a rolled-back write
 * rolls its count back), by any other connection through data_version. A read model over some
 * tables (the portfolio) is then kept while a document, a deadline or a setting is saved. A table
 * may be watched for some columns only (`matters(kind,reference)`): updating others is not counted
 * (one column list per table and connection: the first one asked for).
 */
export function tablesGeneration(sqlite: Sqlite, tables: readonly string[]): string {
  let known = counted.get(sqlite)
  if (!known) counted.set(sqlite, (known = new Set()))
  const names: string[] = []
  for (const watched of tables) {
    const m = /^([a-z_]+)(?:\(([a-z_,]+)\))?$/.exec(watched)
    if (!m) throw new Error(`not a table name: ${watched}`)
    const name = m[1]!
    names.push(name)
    if (known.has(watched)) continue
    sqlite.exec('create temp table if not exists table_writes (name text primary key, n integer not null)')
    const bump = `begin update temp.table_writes set n = n + 1 where name = '${name}'; end`
    const of = m[2] ? ` of ${m[2]}` : ''
    sqlite.exec(
      `insert or ignore into temp.table_writes (name, n) values ('${name}', 0);
       create temp trigger if not exists table_writes_${name}_i after insert on main.${name} ${bump};
       create temp trigger if not exists table_writes_${name}_u after update${of} on main.${name} ${bump};
       create temp trigger if not exists table_writes_${name}_d after delete on main.${name} ${bump};`
    )
    known.add(watched)
  }
  const row = prepared(
    sqlite,
    `select group_concat(name || '=' || n, ',') as n
       from (select name, n from temp.table_writes where name in (select value from json_each(?)) order by name)`
  ).get(JSON.stringify(names)) as { n: string | null }
  const version = sqlite.pragma('data_version', { simple: true }) as number
  return `${row.n ?? ''}:${version}`
}

/** A LIKE pattern (with `escape '\\'`) that finds `term` anywhere: %, _ and \\ match themselves. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
