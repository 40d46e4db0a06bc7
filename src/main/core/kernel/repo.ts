// The kernel's storage: audit rows and the one way services open a transaction. A server store
// (team mode) replaces this file and the areas' repos, not the services.
import type Database from 'better-sqlite3'
import { asc, desc, isNull, sql } from 'drizzle-orm'
import { auditLog } from '../db/schema'
import { prepared, preparedQueries } from '../db/statements'
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

// Every write appends audit rows (a corrected trigger date writes one per moved deadline): the
// chain's last hash and the one-row insert are built and prepared once per connection or
// transaction handle, not per row (a 50-row insert built by drizzle was 15% of a recompute).
const param = (name: string) => sql.placeholder(name)
const auditQueries = preparedQueries((tx: DbOrTx) => ({
  lastHash: tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).prepare(),
  insert: tx
    .insert(auditLog)
    .values({
      at: param('at'),
      actor: param('actor'),
      action: param('action'),
      entity: param('entity'),
      entityId: param('entityId'),
      matterId: param('matterId'),
      beforeJson: param('beforeJson'),
      afterJson: param('afterJson'),
      prevHash: param('prevHash'),
      hash: param('hash')
    })
    .prepare()
}))

function lastAuditHash(tx: DbOrTx): string | null {
  return auditQueries(tx).lastHash.get()?.hash ?? null
}

/** Appends an audit entry sealed to the one before it. */
export function insertAudit(tx: DbOrTx, row: AuditRow): void {
  insertAuditRows(tx, [row])
}

/** Appends several audit entries in order, each sealed to the one before (one chain lookup). */
export function insertAuditRows(tx: DbOrTx, rows: readonly AuditRow[]): void {
  if (rows.length === 0) return
  const { insert } = auditQueries(tx)
  let prevHash = lastAuditHash(tx)
  for (const row of rows) {
    const hash = chainHash(prevHash, auditFields(row))
    insert.run({ ...row, prevHash, hash })
    prevHash = hash
  }
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

/** A table whose written rows are recorded by key (watchRowKeys). */
export interface RowKeyWatch {
  readonly table: string
  /** Updates of these columns only are recorded (every update when absent); inserts and deletes always. */
  readonly columns?: readonly string[]
  /** Each written row records `(kind, row's column)`, for the row before and after the write. */
  readonly keys: readonly { readonly kind: string; readonly column: string }[]
}

const rowKeyWatches = new WeakMap<Sqlite, Set<string>>()
const IDENT = /^[a-z_]+$/

/**
 * Records, per connection, the keys of the rows written to these tables (`('version', 12)`) and
 * each table written (`('table:listings', 0)`), by TEMP triggers, so a read model kept in memory
 * (the portfolio) rebuilds only what a write touched; takeRowKeys hands them over. Never stored
 * in the workspace; a rolled-back write rolls its keys back. Writes by other connections are not
 * seen: compare data_version (dataVersion) as well.
 */
export function watchRowKeys(sqlite: Sqlite, name: string, watches: readonly RowKeyWatch[]): void {
  let known = rowKeyWatches.get(sqlite)
  if (!known) rowKeyWatches.set(sqlite, (known = new Set()))
  if (known.has(name)) return
  const idents = [
    name,
    ...watches.flatMap((w) => [w.table, ...(w.columns ?? []), ...w.keys.flatMap((k) => [k.kind, k.column])])
  ]
  for (const i of idents) if (!IDENT.test(i)) throw new Error(`not an identifier: ${i}`)
  const keys = `temp.row_keys_${name}`
  const record = (w: RowKeyWatch, rows: readonly ('NEW' | 'OLD')[]): string =>
    [
      `insert or ignore into ${keys} (kind, id) values ('table:${w.table}', 0);`,
      ...rows.flatMap((row) =>
        w.keys.map(
          (k) =>
            `insert or ignore into ${keys} (kind, id) select '${k.kind}', ${row}.${k.column} where ${row}.${k.column} is not null;`
        )
      )
    ].join(' ')
  const statements = [
    `create temp table if not exists row_keys_${name} (kind text not null, id integer not null, primary key (kind, id)) without rowid;`
  ]
  for (const w of watches) {
    const trigger = `row_keys_${name}_${w.table}`
    const of = w.columns ? ` of ${w.columns.join(',')}` : ''
    statements.push(
      `create temp trigger if not exists ${trigger}_i after insert on main.${w.table} begin ${record(w, ['NEW'])} end;`,
      `create temp trigger if not exists ${trigger}_u after update${of} on main.${w.table} begin ${record(w, ['OLD', 'NEW'])} end;`,
      `create temp trigger if not exists ${trigger}_d after delete on main.${w.table} begin ${record(w, ['OLD'])} end;`
    )
  }
  sqlite.exec(statements.join('\n'))
  known.add(name)
}

/** The row keys recorded since the last call (watchRowKeys), and forgets them. */
export function takeRowKeys(sqlite: Sqlite, name: string): { kind: string; id: number }[] {
  if (!IDENT.test(name)) throw new Error(`not an identifier: ${name}`)
  const rows = prepared(sqlite, `select kind, id from temp.row_keys_${name}`).all() as {
    kind: string
    id: number
  }[]
  if (rows.length) prepared(sqlite, `delete from temp.row_keys_${name}`).run()
  return rows
}

/** Changes when another connection commits to the database (PRAGMA data_version). */
export function dataVersion(sqlite: Sqlite): number {
  return sqlite.pragma('data_version', { simple: true }) as number
}

/** A LIKE pattern (with `escape '\\'`) that finds `term` anywhere: %, _ and \\ match themselves. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** An FTS5 phrase: a literal substring for the trigram tokenizer, its quotes doubled. */
export const ftsPhrase = (term: string): string => `"${term.replace(/"/g, '""')}"`

/** Any of these phrases (one needs no parentheses). */
export const ftsAnyOf = (alternatives: readonly string[]): string =>
  alternatives.length === 1 ? ftsPhrase(alternatives[0]!) : `(${alternatives.map(ftsPhrase).join(' OR ')})`

/** The trigram FTS5 indexes whose vocabulary short terms are looked up in. */
export type TrigramIndex = 'document_pages_fts' | 'matters_fts'

/** Index terms (trigrams) that start with a 1-2 character prefix, or null when there are too many. */
export type TrigramLookup = (prefix: string) => string[] | null

// Past this many trigrams an OR query costs more than scanning the rows with LIKE.
export const MAX_PREFIX_TRIGRAMS = 300

const vocabularies = new WeakMap<Sqlite, Map<TrigramIndex, Database.Statement>>()

/**
 * A term of 1-2 characters (商标, 3M) is below a trigram: a trigram index matches nothing for it.
 * Where every occurrence is followed by another character (the indexed text ends with a newline),
 * each one starts an indexed trigram, so the term is found as any of the trigrams starting with
 * it (商标法, 商标专, 3m\n ...): read from an fts5vocab view of the index, connection-local (temp), so
 * the workspace schema does not change. Null when there are more than MAX_PREFIX_TRIGRAMS.
 */
export function trigramPrefixLookup(sqlite: Sqlite, index: TrigramIndex): TrigramLookup {
  return (prefix) => {
    let byIndex = vocabularies.get(sqlite)
    if (!byIndex) vocabularies.set(sqlite, (byIndex = new Map()))
    let range = byIndex.get(index)
    if (!range) {
      const vocab = `${index.replace(/_fts$/, '')}_vocab`
      sqlite.exec(`create virtual table if not exists temp.${vocab} using fts5vocab(main, '${index}', 'row')`)
      range = sqlite.prepare(`select term from temp.${vocab} where term >= ? and term < ? limit ?`)
      byIndex.set(index, range)
    }
    const rows = range.all(prefix, `${prefix}\u{10ffff}`, MAX_PREFIX_TRIGRAMS + 1) as { term: string }[]
    return rows.length > MAX_PREFIX_TRIGRAMS ? null : rows.map((r) => r.term)
  }
}
