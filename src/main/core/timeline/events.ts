// Writing a timeline event, audited. Matters (status changes) and intake (the letter's dates)
// record their events through here. Imports nothing that reaches matters.ts.
import { writeAudit, type CoreContext, type Tx } from '../kernel/context'
import { insertEventRow, type NewEventRow } from './repo'

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
