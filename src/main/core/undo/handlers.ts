// Contract -> core for undo (src/shared/contract/undo.ts).
import type { undoCalls } from '../../../shared/contract/undo'
import type { Handlers } from '../kernel/dispatch'
import { restoreRemoval } from './restore'

export const undoHandlers: Pick<Handlers, keyof typeof undoCalls> = {
  'undo.restore': (ws, input) => restoreRemoval(ws.ctx, input.token)
}
