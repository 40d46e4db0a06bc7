// Prepared statements for the hot paths (calendar, recompute), prepared once per connection and
// SQL text: drizzle builds and prepares its statement again on every call.
import type Database from 'better-sqlite3'
import { sql, type SQL } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>()

export function prepared(sqlite: Database.Database, source: string): Database.Statement {
  let statements = cache.get(sqlite)
  if (!statements) cache.set(sqlite, (statements = new Map()))
  let statement = statements.get(source)
  if (!statement) statements.set(source, (statement = sqlite.prepare(source)))
  return statement
}

/** Drops a connection's statements when it closes (they cannot run on a closed connection). */
export function forgetPrepared(sqlite: Database.Database): void {
  cache.delete(sqlite)
}

/**
 * Drizzle queries built and prepared once per connection (or transaction object) instead of on
 * every call: `build` returns them with `sql.placeholder` parameters. The matter page's reads use
 * this (building drizzle SQL cost more than running it; npm run bench, matter.page).
 */
export function preparedQueries<Conn extends object, Q>(build: (conn: Conn) => Q): (conn: Conn) => Q {
  const built = new WeakMap<Conn, Q>()
  return (conn) => {
    let queries = built.get(conn)
    if (!queries) built.set(conn, (queries = build(conn)))
    return queries
  }
}

/**
 * `column in (the ids)` with the ids as one JSON array parameter (`ids`), so a query over a list
 * of ids is built and prepared once (with preparedQueries) whatever the list's length:
 * `.where(inIds(listings.versionId))` then `.all({ ids: JSON.stringify(ids) })`.
 */
export function inIds(column: SQLiteColumn, name = 'ids'): SQL {
  return sql`${column} in (select value from json_each(${sql.placeholder(name)}))`
}
