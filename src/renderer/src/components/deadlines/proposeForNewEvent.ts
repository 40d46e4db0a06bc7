import type { Proposals } from '../../../../shared/contract'
import type { EventType } from '../../../../shared/model'
import { call } from '../../api'

/**
 * The deadlines the templates propose for an event just logged, or null if none.
 * timeline.addEvent answers with the matter, not the event, so the new event is the
 * newest one of that type and date (ids only grow).
 */
export async function proposeForNewEvent(
  matterId: number,
  type: EventType,
  date: string
): Promise<Proposals | null> {
  const timeline = await call('timeline.list', { matterId, order: 'desc' })
  if (!timeline.ok) return null
  let eventId = 0
  for (const item of timeline.value) {
    if (item.kind === 'event' && item.event.type === type && item.event.date === date) {
      eventId = Math.max(eventId, item.event.id)
    }
  }
  if (!eventId) return null
  const result = await call('deadlines.proposeForEvent', { matterId, eventId })
  return result.ok && result.value.proposals.length > 0 ? result.value : null
}
