// Writing a timeline event, audited. Matters (status changes) and intake (the letter's dates)
// record their events through here. Imports nothing that reaches matters.ts.
import type { EventType, TimelineEvent } from '../../../shared/model'
import { toEvent } from '../db/mappers'
import { writeAudit, type CoreContext, type DbOrTx, type Tx } from '../kernel/context'
import { eventRowsOfTypes, getEventRow, insertEventRow, type NewEventRow } from './repo'

export type NewEvent = Omit<NewEventRow, 'createdAt'>

export function addEventRow(ctx: CoreContext, tx: Tx, values: NewEvent): number {
  const id = insertEventRow(tx, { ...values, createdAt: ctx.now() })
  writeAudit(ctx, tx, {
    action: 'create',
    entity: 'timeline_event',
    entityId: id,
    matterId: values.matterId,
    after: values
  })
  return id
}

/** One event as other areas read it (a deadline's trigger); undefined when there is none. */
export function eventById(tx: DbOrTx, id: number): TimelineEvent | undefined {
  const row = getEventRow(tx, id)
  return row ? toEvent(row) : undefined
}

/** Events of these types across matters (exposure reads the notices), oldest first. */
export function eventsOfTypes(
  tx: DbOrTx,
  types: readonly EventType[],
  matterIds?: readonly number[]
): TimelineEvent[] {
  if (matterIds && matterIds.length === 0) return []
  return eventRowsOfTypes(tx, types, matterIds).map(toEvent)
}
