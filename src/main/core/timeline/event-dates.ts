// Re-dating events: the deadlines counted from an event follow it, and a letter's dates, which
// live twice (on the matter and as its letter_dated / letter_received events), stay in step.
// Imports nothing that reaches matters.ts, so matters.ts can call syncLetterEvents.
import { and, eq } from 'drizzle-orm'
import type { MovedDeadline, NotMovedDeadline } from '../../../shared/contract'
import { writeAudit, type CoreContext, type Tx } from '../kernel/context'
import { matters, timelineEvents } from '../db/schema'
import { AppError, notFound } from '../kernel/errors'
import { recomputeDependants } from '../deadlines/recompute'

const LETTER_DATE_OF = { letter_dated: 'letterDate', letter_received: 'receivedDate' } as const
export type LetterEventType = keyof typeof LETTER_DATE_OF

export const isLetterEvent = (type: string): type is LetterEventType => type in LETTER_DATE_OF

/** A re-dated letter event carries the matter's letter or received date with it. */
export function syncMatterDate(
  ctx: CoreContext,
  tx: Tx,
  matterId: number,
  type: LetterEventType,
  date: string
): void {
  const m = tx.select().from(matters).where(eq(matters.id, matterId)).get()
  if (!m) throw notFound('matter', matterId)
  const field = LETTER_DATE_OF[type]
  if (m[field] === date) return
  const letterDate = field === 'letterDate' ? date : m.letterDate
  const receivedDate = field === 'receivedDate' ? date : m.receivedDate
  if (letterDate && receivedDate && receivedDate < letterDate) {
    throw new AppError('validation', { fields: { date: 'received_before_letter' } })
  }
  tx.update(matters)
    .set({ [field]: date })
    .where(eq(matters.id, matterId))
    .run()
  writeAudit(ctx, tx, {
    action: 'update',
    entity: 'matter',
    entityId: matterId,
    matterId,
    before: { [field]: m[field] },
    after: { [field]: date }
  })
}

export function redate(
  ctx: CoreContext,
  tx: Tx,
  event: { id: number; matterId: number; date: string },
  date: string
): { moved: MovedDeadline[]; notMoved: NotMovedDeadline[] } {
  tx.update(timelineEvents).set({ date }).where(eq(timelineEvents.id, event.id)).run()
  writeAudit(ctx, tx, {
    action: 'update',
    entity: 'timeline_event',
    entityId: event.id,
    matterId: event.matterId,
    before: { date: event.date },
    after: { date }
  })
  return recomputeDependants(ctx, tx, event, date)
}

/**
 * HOOK for matters.ts updateMatter, inside its transaction after the matter row is written:
 * a corrected letter or received date re-dates the letter's event and moves the deadlines
 * counted from it. A cleared date leaves the event as it is.
 */
export function syncLetterEvents(
  ctx: CoreContext,
  tx: Tx,
  matterId: number,
  changed: { letterDate?: unknown; receivedDate?: unknown }
): MovedDeadline[] {
  const moved: MovedDeadline[] = []
  for (const type of Object.keys(LETTER_DATE_OF) as LetterEventType[]) {
    const date = changed[LETTER_DATE_OF[type]]
    if (typeof date !== 'string' || !date) continue
    const events = tx
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.matterId, matterId), eq(timelineEvents.type, type)))
      .all()
    for (const event of events) if (event.date !== date) moved.push(...redate(ctx, tx, event, date).moved)
  }
  return moved
}
