// Contract -> core for the deadline calls (src/shared/contract/deadlines.ts).
import type { deadlineCalls } from '../../shared/contract/deadlines'
import { calendarHome, calendarRange } from './calendar'
import { addClosure, listClosures, removeClosure } from './closures'
import { proposeForEvent } from './deadline-templates'
import {
  addDeadline,
  addDeadlines,
  getDeadline,
  listRules,
  overrideDeadline,
  previewDeadline,
  removeDeadline,
  setDeadlineStatus,
  updateDeadline
} from './deadlines'
import type { Handlers } from './dispatch'
import { exportIcs } from './ics'
import { updateTimelineEvent } from './event-edits'
import { recomputeDeadlines } from './recompute'
import { dismissReminder, dueReminders, snoozeReminder } from './reminders'

export const deadlineHandlers: Pick<Handlers, keyof typeof deadlineCalls> = {
  'deadlines.rules': () => listRules(),
  'deadlines.preview': (ws, input) => previewDeadline(ws.ctx, input),
  'deadlines.get': (ws, input) => getDeadline(ws.ctx, input.id),
  'deadlines.add': (ws, input) => addDeadline(ws.ctx, input),
  'deadlines.addMany': (ws, input) => addDeadlines(ws.ctx, input),
  'deadlines.proposeForEvent': (ws, input) => proposeForEvent(ws.ctx, input),
  'deadlines.update': (ws, input) => updateDeadline(ws.ctx, input),
  'deadlines.override': (ws, input) => overrideDeadline(ws.ctx, input),
  'deadlines.setStatus': (ws, input) => setDeadlineStatus(ws.ctx, input),
  'deadlines.remove': (ws, input) => removeDeadline(ws.ctx, input.id),
  'deadlines.recompute': (ws, input) => recomputeDeadlines(ws.ctx, input),
  'deadlines.exportIcs': (ws, input) => exportIcs(ws.ctx, input),
  'timeline.updateEvent': (ws, input) => updateTimelineEvent(ws.ctx, input),
  'calendar.range': (ws, input) => calendarRange(ws.ctx, input),
  'calendar.home': (ws) => calendarHome(ws.ctx),
  'reminders.due': (ws, input) => dueReminders(ws.ctx, input),
  'reminders.snooze': (ws, input) => snoozeReminder(ws.ctx, input),
  'reminders.dismiss': (ws, input) => dismissReminder(ws.ctx, input),
  'closures.list': (ws) => listClosures(ws.ctx),
  'closures.add': (ws, input) => addClosure(ws.ctx, input),
  'closures.remove': (ws, input) => removeClosure(ws.ctx, input.date)
}
