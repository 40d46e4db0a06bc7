// Contract -> core for the timeline calls (src/shared/contract/timeline.ts).
import type { timelineCalls } from '../../../shared/contract/timeline'
import type { Handlers } from '../kernel/dispatch'
import { updateTimelineEvent } from './event-edits'
import { addTimelineEvent, listTimeline } from './timeline'

export const timelineHandlers: Pick<Handlers, keyof typeof timelineCalls> = {
  'timeline.list': (ws, input) => listTimeline(ws.ctx, input),
  'timeline.addEvent': (ws, input) => addTimelineEvent(ws.ctx, input),
  'timeline.updateEvent': (ws, input) => updateTimelineEvent(ws.ctx, input)
}
