// Workspace settings live in the database, so both shells and every window agree.
import { randomUUID } from 'node:crypto'
import type { Settings } from '../../../shared/contract'
import { inTransaction, writeAudit, type CoreContext, type DbOrTx } from '../kernel/context'
import { allSettingRows, getSettingRow, upsertSettingRow } from './repo'

const DEFAULTS: Settings = { language: 'en', ownStores: [] }

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

const WORKSPACE_ID_KEY = 'workspaceId'

/** A random id made once per workspace (the domain part of every exported calendar UID). */
export function workspaceId(ctx: CoreContext, tx: DbOrTx = ctx.db): string {
  const saved = getSettingRow(tx, WORKSPACE_ID_KEY)
  if (saved) return JSON.parse(saved.valueJson) as string
  const id = randomUUID()
  upsertSettingRow(tx, WORKSPACE_ID_KEY, JSON.stringify(id))
  writeAudit(ctx, tx, {
    action: 'create',
    entity: 'setting',
    entityId: null,
    matterId: null,
    after: { [WORKSPACE_ID_KEY]: id }
  })
  return id
}
