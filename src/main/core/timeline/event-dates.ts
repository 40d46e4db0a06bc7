// Re-dating events: the deadlines counted from an event follow it, and a letter's dates, which
// live twice (on the matter and as its letter_dated / letter_received events), stay in step.
// Imports nothing that reaches matters.ts, so matters.ts can call redateLetterEvents.
import type { MovedDeadline, NotMovedDeadline } from '../../../shared/contract'
import { writeAudit, type CoreContext, type Tx } from '../kernel/context'
import { recomputeDependants } from '../deadlines/recompute'
import { setMatterLetterDate } from '../matters/letter-dates'
import { eventRowsOfType, updateEventRow } from './repo'

const LETTER_DATE_OF = { letter_dated: 'letterDate', letter_received: 'receivedDate' } as const
export type LetterEventType = keyof typeof LETTER_DATE_OF

export const isLetterEvent = (type: string): type is LetterEventType => type in LETTER_DATE_OF

/** What a new date did to the deadlines counted from it: the review both edit forms show. */
export interface DeadlineReview {
  moved: MovedDeadline[]
  notMoved: NotMovedDeadline[]
}

/** A re-dated letter event carries the matter's letter or received date with it. */
export function syncMatterDate(
  ctx: CoreContext,
  tx: Tx,
  matterId: number,
  type: LetterEventType,
  date: string
): void {
  // The event form has one date field: a refused date is reported on it.
  setMatterLetterDate(ctx, tx, matterId, LETTER_DATE_OF[type], date, 'date')
}

export function redate(
  ctx: CoreContext,
  tx: Tx,
  event: { id: number; matterId: number; date: string },
  date: string
): DeadlineReview {
  updateEventRow(tx, event.id, { date })
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
 * For matters.ts updateMatter, inside its transaction after the matter row is written: a
 * corrected letter or received date re-dates the letter's event and moves the deadlines counted
 * from it. A cleared date leaves the event as it is. Answers what moved and what did not.
 */
export function redateLetterEvents(
  ctx: CoreContext,
  tx: Tx,
  matterId: number,
  changed: { letterDate?: unknown; receivedDate?: unknown }
): DeadlineReview {
  const review: DeadlineReview = { moved: [], notMoved: [] }
  for (const type of Object.keys(LETTER_DATE_OF) as LetterEventType[]) {
    const date = changed[LETTER_DATE_OF[type]]
    if (typeof date !== 'string' || !date) continue
    for (const event of eventRowsOfType(tx, matterId, type)) {
      if (event.date === date) continue
      const { moved, notMoved } = redate(ctx, tx, event, date)
      review.moved.push(...moved)
      review.notMoved.push(...notMoved)
    }
  }
  return review
}

/** redateLetterEvents, answering only the deadlines that moved. */
export function syncLetterEvents(
  ctx: CoreContext,
  tx: Tx,
  matterId: number,
  changed: { letterDate?: unknown; receivedDate?: unknown }
): MovedDeadline[] {
  return redateLetterEvents(ctx, tx, matterId, changed).moved
}
