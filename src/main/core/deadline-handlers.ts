// Contract -> core for the deadline calls (src/shared/contract/deadlines.ts).
import type { deadlineCalls } from '../../shared/contract/deadlines'
import { addDeadline, setDeadlineStatus } from './deadlines'
import type { Handlers } from './dispatch'

export const deadlineHandlers: Pick<Handlers, keyof typeof deadlineCalls> = {
  'deadlines.add': (ws, input) => addDeadline(ws.ctx, input),
  'deadlines.setStatus': (ws, input) => setDeadlineStatus(ws.ctx, input)
}
