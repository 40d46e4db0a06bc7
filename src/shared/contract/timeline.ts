// Contract calls for a matter's timeline: list it, add an event, correct one (which moves the
// deadlines counted from it).
import { z } from 'zod'
import { EVENT_TYPES, type MatterDetail, type TimelineEvent, type TimelineItem } from '../model'
import type { MovedDeadline, NotMovedDeadline } from './deadlines'
import { call, id, isoDate, optionalText, required, text } from './kit'

export const EventInput = z.object({
  matterId: id,
  type: z.enum(EVENT_TYPES).refine((t) => t !== 'status_changed', 'invalid_event_type'),
  date: isoDate,
  // Untitled events are named by their type in the reader's language.
  title: text(300).default(''),
  details: optionalText(5000)
})

export const EventUpdateInput = z.object({
  id,
  date: isoDate.optional(),
  title: required(300).optional(),
  details: optionalText(5000)
})

export interface EventUpdateResult {
  detail: MatterDetail
  event: TimelineEvent
  moved: MovedDeadline[]
  notMoved: NotMovedDeadline[]
}

export const timelineCalls = {
  'timeline.list': call<TimelineItem[]>()(
    z.object({ matterId: id, order: z.enum(['asc', 'desc']).default('desc') })
  ),
  'timeline.addEvent': call<MatterDetail>()(EventInput),
  'timeline.updateEvent': call<EventUpdateResult>()(EventUpdateInput)
} as const
