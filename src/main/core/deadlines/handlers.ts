// Contract -> core for the deadline calls (src/shared/contract/deadlines.ts).
import type { deadlineCalls } from '../../../shared/contract/deadlines'
import { proposeForEvent } from './templates'
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
import type { Handlers } from '../kernel/dispatch'
import { exportIcs } from './ics'
import { recomputeDeadlines } from './recompute'

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
  'deadlines.exportIcs': (ws, input) => exportIcs(ws.ctx, input)
}
