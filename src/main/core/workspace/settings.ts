// Workspace settings live in the database, so both shells and every window agree.
import type { Settings } from '../../../shared/contract'
import { inTransaction, writeAudit, type CoreContext } from '../kernel/context'
import { allSettingRows, getSettingRow, upsertSettingRow } from './repo'

const DEFAULTS: Settings = { language: 'en' }

export function getSettings(ctx: CoreContext): Settings {
  const result: Settings = { ...DEFAULTS }
  // Only user settings: other rows (the workspace id) are the core's own.
  for (const row of allSettingRows(ctx.db)) {
    if (row.key in DEFAULTS)
      (result as unknown as Record<string, unknown>)[row.key] = JSON.parse(row.valueJson)
  }
  return result
}

export function updateSettings(ctx: CoreContext, input: Partial<Settings>): Settings {
  return inTransaction(ctx, (tx) => {
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue
      const before = getSettingRow(tx, key)
      upsertSettingRow(tx, key, JSON.stringify(value))
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
