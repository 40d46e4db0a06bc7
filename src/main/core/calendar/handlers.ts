// Contract -> core for the calendar calls (src/shared/contract/calendar.ts).
import type { calendarCalls } from '../../../shared/contract/calendar'
import type { Handlers } from '../kernel/dispatch'
import { calendarHome, calendarRange } from './calendar'
import { addClosure, listClosures, removeClosure } from './closures'
import { dismissReminder, dueReminders, snoozeReminder } from './reminders'

export const calendarHandlers: Pick<Handlers, keyof typeof calendarCalls> = {
  'calendar.range': (ws, input) => calendarRange(ws.ctx, input),
  'calendar.home': (ws, input) => calendarHome(ws.ctx, input),
  'reminders.due': (ws, input) => dueReminders(ws.ctx, input),
  'reminders.snooze': (ws, input) => snoozeReminder(ws.ctx, input),
  'reminders.dismiss': (ws, input) => dismissReminder(ws.ctx, input),
  'closures.list': (ws) => listClosures(ws.ctx),
  'closures.add': (ws, input) => addClosure(ws.ctx, input),
  'closures.remove': (ws, input) => removeClosure(ws.ctx, input.date)
}
