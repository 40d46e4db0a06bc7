// Service of the complaint on one of our stores starts its 21 days to answer (FRCP 12(a)(1)(A)(i),
// rolled under 6(a)). The service date is a complaint_served event on the matter's timeline; the
// answer deadline is counted from that event through the deadlines service, so correcting the
// service date re-dates the event and the deadline moves with it, as any trigger does.
import { DeadlineInput, type MovedDeadline, type NotMovedDeadline } from '../../../shared/contract'
import type { Deadline } from '../../../shared/model'
import { addDeadline } from '../deadlines/deadlines'
import type { CoreContext, Tx } from '../kernel/context'
import { matterDeadlinesAndDocuments } from '../matters/matters'
import { redate } from '../timeline/event-dates'
import { addEventRow, eventById } from '../timeline/events'
import type { DefendantRow } from './repo'

export const ANSWER_RULE = 'us.frcp.answer'
/** The deadline option naming the defendant whose answer it is (app metadata, not the rule's). */
export const DEFENDANT_OPTION = 'defendant'

export interface AnswerReview {
  moved: MovedDeadline[]
  notMoved: NotMovedDeadline[]
}

/** The answer deadlines of a matter's defendants, by defendant id. */
export function answerDeadlinesOf(ctx: CoreContext, matterId: number): Map<number, Deadline> {
  const byDefendant = new Map<number, Deadline>()
  for (const d of matterDeadlinesAndDocuments(ctx, matterId).deadlines) {
    const defendant = d.options[DEFENDANT_OPTION]
    if (d.ruleId === ANSWER_RULE && typeof defendant === 'number') byDefendant.set(defendant, d)
  }
  return byDefendant
}

/**
 * After a defendant is saved: one of our stores with a service date has its answer deadline,
 * counted from that date. A new service date adds the event and the deadline; a corrected one
 * re-dates the event, which recomputes the deadline. A cleared date or a store no longer ours
 * leaves the deadline for counsel to close: nothing is removed behind their back.
 */
export function syncAnswerDeadline(ctx: CoreContext, tx: Tx, row: DefendantRow): AnswerReview {
  const none: AnswerReview = { moved: [], notMoved: [] }
  if (!row.ours || !row.servedOn) return none
  const existing = answerDeadlinesOf(ctx, row.matterId).get(row.id)
  const event = existing?.triggerEventId != null ? eventById(tx, existing.triggerEventId) : undefined
  // a deadline whose event was removed stays as counsel left it; it is not made twice
  if (existing) return event && event.date !== row.servedOn ? redate(ctx, tx, event, row.servedOn) : none
  const eventId = addEventRow(ctx, tx, {
    matterId: row.matterId,
    type: 'complaint_served',
    date: row.servedOn,
    title: row.store,
    details: null,
    fromStatus: null,
    toStatus: null
  })
  addDeadline(
    ctx,
    DeadlineInput.parse({
      matterId: row.matterId,
      ruleId: ANSWER_RULE,
      triggerEventId: eventId,
      triggerDate: row.servedOn,
      options: { [DEFENDANT_OPTION]: row.id }
    }),
    tx
  )
  return none
}
