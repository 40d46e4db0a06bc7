// Every query of the matters area. Services call these; only this file (and db/) sees tables.
import { eq, sql } from 'drizzle-orm'
import { deadlines, matters } from '../db/schema'
import type { DbOrTx } from '../kernel/context'

/** Sets a matter's denormalised next open deadline and its last-activity moment. */
export function refreshMatterActivity(tx: DbOrTx, matterId: number, at: string): void {
  const next = tx
    .select({ due: sql<string | null>`min(${deadlines.due})` })
    .from(deadlines)
    .where(sql`${deadlines.matterId} = ${matterId} and ${deadlines.status} = 'open'`)
    .get()
  tx.update(matters)
    .set({ nextDeadline: next?.due ?? null, lastActivityAt: at, updatedAt: at })
    .where(eq(matters.id, matterId))
    .run()
}
