// Every query of the workspace area: its settings rows. Services call these; only this file
// (and db/) sees the table.
import { eq } from 'drizzle-orm'
import { settings } from '../db/schema'
import type { DbOrTx } from '../kernel/context'

export interface SettingRow {
  key: string
  valueJson: string
}

export function allSettingRows(db: DbOrTx): SettingRow[] {
  return db.select().from(settings).all()
}

export function getSettingRow(tx: DbOrTx, key: string): SettingRow | undefined {
  return tx.select().from(settings).where(eq(settings.key, key)).get()
}

export function upsertSettingRow(tx: DbOrTx, key: string, valueJson: string): void {
  tx.insert(settings)
    .values({ key, valueJson })
    .onConflictDoUpdate({ target: settings.key, set: { valueJson } })
    .run()
}
