// The matter page's reads, prepared once per connection: building drizzle SQL on every
// call cost more than running it (see npm run bench, matter.page).
import { asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../db'
import {
  accusedProducts,
  deadlines,
  documents,
  ipRights,
  matters,
  parties,
  timelineEvents
} from '../db/schema'

const id = sql.placeholder('id')

function prepare(db: Db) {
  return {
    matter: db.select().from(matters).where(eq(matters.id, id)).prepare(),
    parties: db.select().from(parties).where(eq(parties.matterId, id)).orderBy(asc(parties.id)).prepare(),
    ipRights: db.select().from(ipRights).where(eq(ipRights.matterId, id)).orderBy(asc(ipRights.id)).prepare(),
    products: db
      .select()
      .from(accusedProducts)
      .where(eq(accusedProducts.matterId, id))
      .orderBy(asc(accusedProducts.id))
      .prepare(),
    deadlines: db
      .select()
      .from(deadlines)
      .where(eq(deadlines.matterId, id))
      .orderBy(asc(deadlines.due), asc(deadlines.id))
      .prepare(),
    documents: db
      .select()
      .from(documents)
      .where(eq(documents.matterId, id))
      .orderBy(asc(documents.id))
      .prepare(),
    events: db.select().from(timelineEvents).where(eq(timelineEvents.matterId, id)).prepare()
  }
}

const cache = new WeakMap<Db, ReturnType<typeof prepare>>()

/** Prepared reads by matter id; safe inside a transaction (same connection). */
export function matterQueries(db: Db): ReturnType<typeof prepare> {
  let queries = cache.get(db)
  if (!queries) {
    queries = prepare(db)
    cache.set(db, queries)
  }
  return queries
}
