// Contract -> core for the rights registry calls (src/shared/contract/rights.ts).
import type { rightCalls } from '../../../shared/contract/rights'
import type { Handlers } from '../kernel/dispatch'
import { refreshMatters } from '../matters/parts'
import { listRights, rightRecord, setClaims, updateRight } from './rights'

export const rightHandlers: Pick<Handlers, keyof typeof rightCalls> = {
  'rights.list': (ws, input) => listRights(ws.ctx, input),
  'rights.get': (ws, input) => rightRecord(ws.ctx.db, input.id),
  'rights.update': (ws, input) => updateRight(ws.ctx, input, (tx, ids) => refreshMatters(ws.ctx, tx, ids)),
  'rights.setClaims': (ws, input) => setClaims(ws.ctx, input, (tx, ids) => refreshMatters(ws.ctx, tx, ids))
}
