// Correcting a timeline event: its title, details and date. A new date moves the deadlines
// counted from it (event-dates.ts), and a letter event's date moves the matter's copy of it.
import type { z } from 'zod'
import type { EventUpdateInput, EventUpdateResult } from '../../../shared/contract'
import { inTransaction, writeAudit, type CoreContext } from '../kernel/context'
import { touchMatter } from '../matters/touch'
import { AppError, notFound } from '../kernel/errors'
import { isLetterEvent, redate, syncMatterDate, type DeadlineReview } from './event-dates'
import { toEvent } from '../db/mappers'
import { getMatter } from '../matters/matters'
import { getEventRow, updateEventRow } from './repo'

/** Corrects an event; if its date changed, every open deadline it triggers is recomputed with it. */
export function updateTimelineEvent(
  ctx: CoreContext,
  input: z.output<typeof EventUpdateInput>
): EventUpdateResult {
  return inTransaction(ctx, (tx) => {
    const event = getEventRow(tx, input.id)
    if (!event) throw notFound('timeline_event', input.id)
    // A status change is the record of what happened; it is corrected by a new change, not edited.
    if (event.type === 'status_changed') {
      throw new AppError('validation', { fields: { id: 'event_not_editable' } })
    }
    const before: Record<string, unknown> = {}
    const after: { title?: string; details?: string | null } = {}
    for (const key of ['title', 'details'] as const) {
      const value = input[key]
      if (value === undefined || value === event[key]) continue
      before[key] = event[key]
      after[key] = value as string
    }
    if (Object.keys(after).length > 0) {
      updateEventRow(tx, event.id, after)
      writeAudit(ctx, tx, {
        action: 'update',
        entity: 'timeline_event',
        entityId: event.id,
        matterId: event.matterId,
        before,
        after
      })
    }
    let result: DeadlineReview = { moved: [], notMoved: [] }
    const newDate = input.date !== undefined && input.date !== event.date ? input.date : null
    if (newDate) {
      if (isLetterEvent(event.type)) syncMatterDate(ctx, tx, event.matterId, event.type, newDate)
      result = redate(ctx, tx, event, newDate)
    }
    if (newDate || Object.keys(after).length > 0) touchMatter(ctx, tx, event.matterId)
    const current = getEventRow(tx, event.id) ?? event
    return { detail: getMatter(ctx, event.matterId), event: toEvent(current), ...result }
  })
}
