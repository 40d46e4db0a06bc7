// Contract -> core for the intake calls (src/shared/contract/intake.ts).
import type { intakeCalls } from '../../../shared/contract/intake'
import { withTextQueued } from '../documents/text-index'
import type { Handlers } from '../kernel/dispatch'
import { readArrived } from './read'
import { logWarningLetter } from './warning-letter'

export const intakeHandlers: Pick<Handlers, keyof typeof intakeCalls> = {
  // The letter attached at intake is read for search like any other document.
  'matters.logWarningLetter': (ws, input) => withTextQueued(ws, logWarningLetter(ws.ctx, input)),
  'intake.read': (ws, input) => readArrived(ws, input)
}
