// Workspace settings live in the database, so both shells and every window agree.
import { eq } from 'drizzle-orm'
import type { Settings } from '../../../shared/contract'
import { writeAudit, type CoreContext } from '../kernel/context'
import { settings } from '../db/schema'

const DEFAULTS: Settings = { language: 'en' }

export function getSettings(ctx: CoreContext): Settings {
  const result: Settings = { ...DEFAULTS }
  // Only user settings: other rows (the workspace id) are the core's own.
  for (const row of ctx.db.select().from(settings).all()) {
    if (row.key in DEFAULTS)
      (result as unknown as Record<string, unknown>)[row.key] = JSON.parse(row.valueJson)
  }
  return result
}

export function updateSettings(ctx: CoreContext, input: Partial<Settings>): Settings {
  return ctx.db.transaction((tx) => {
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue
      const before = tx.select().from(settings).where(eq(settings.key, key)).get()
      const valueJson = JSON.stringify(value)
      tx.insert(settings)
        .values({ key, valueJson })
        .onConflictDoUpdate({ target: settings.key, set: { valueJson } })
        .run()
      writeAudit(ctx, tx, {
        action: 'update',
        entity: 'setting',
        entityId: null,
        matterId: null,
        before: before ? { [key]: JSON.parse(before.valueJson) } : undefined,
        after: { [key]: value }
      })
    }
    return getSettings(ctx)
  })
}
