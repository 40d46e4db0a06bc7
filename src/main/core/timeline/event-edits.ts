// Correcting a timeline event: its title, details and date. A new date moves the deadlines
// counted from it (event-dates.ts), and a letter event's date moves the matter's copy of it.
import { eq } from 'drizzle-orm'
import type { z } from 'zod'
import type {
  EventUpdateInput,
  EventUpdateResult,
  MovedDeadline,
  NotMovedDeadline
} from '../../../shared/contract'
import { writeAudit, type CoreContext } from '../kernel/context'
import { touchMatter } from '../matters/touch'
import { timelineEvents } from '../db/schema'
import { AppError, notFound } from '../kernel/errors'
import { isLetterEvent, redate, syncMatterDate } from './event-dates'
import { toEvent } from '../db/mappers'
import { getMatter } from '../matters/matters'

/** Corrects an event; if its date changed, every open deadline it triggers is recomputed with it. */
export function updateTimelineEvent(
  ctx: CoreContext,
  input: z.output<typeof EventUpdateInput>
): EventUpdateResult {
  return ctx.db.transaction((tx) => {
    const event = tx.select().from(timelineEvents).where(eq(timelineEvents.id, input.id)).get()
    if (!event) throw notFound('timeline_event', input.id)
    // A status change is the record of what happened; it is corrected by a new change, not edited.
    if (event.type === 'status_changed') {
      throw new AppError('validation', { fields: { id: 'event_not_editable' } })
    }
    const before: Record<string, unknown> = {}
    const after: Record<string, unknown> = {}
    for (const key of ['title', 'details'] as const) {
      const value = input[key]
      if (value === undefined || value === event[key]) continue
      before[key] = event[key]
      after[key] = value
    }
    if (Object.keys(after).length > 0) {
      tx.update(timelineEvents).set(after).where(eq(timelineEvents.id, event.id)).run()
      writeAudit(ctx, tx, {
        action: 'update',
        entity: 'timeline_event',
        entityId: event.id,
        matterId: event.matterId,
        before,
        after
      })
    }
    let result: { moved: MovedDeadline[]; notMoved: NotMovedDeadline[] } = { moved: [], notMoved: [] }
    const newDate = input.date !== undefined && input.date !== event.date ? input.date : null
    if (newDate) {
      if (isLetterEvent(event.type)) syncMatterDate(ctx, tx, event.matterId, event.type, newDate)
      result = redate(ctx, tx, event, newDate)
    }
    if (newDate || Object.keys(after).length > 0) touchMatter(ctx, tx, event.matterId)
    const current = tx.select().from(timelineEvents).where(eq(timelineEvents.id, event.id)).get() ?? event
    return { detail: getMatter(ctx, event.matterId, tx), event: toEvent(current), ...result }
  })
}
