// Contract -> core for opinions, design-arounds and clearance (src/shared/contract/opinions.ts).
import type { opinionCalls } from '../../../shared/contract/opinions'
import type { Handlers } from '../kernel/dispatch'
import { getClearance, launchChecklist, setClearance } from './clearance'
import { createDesignAround, removeDesignAround, updateDesignAround } from './design-arounds'
import { createOpinion, listOpinions, removeOpinion, updateOpinion } from './opinions'

export const opinionHandlers: Pick<Handlers, keyof typeof opinionCalls> = {
  'opinions.list': (ws, input) => listOpinions(ws.ctx.db, input),
  'opinions.create': (ws, input) => createOpinion(ws.ctx, input),
  'opinions.update': (ws, input) => updateOpinion(ws.ctx, input),
  'opinions.remove': (ws, input) => removeOpinion(ws.ctx, input.id),
  'designArounds.create': (ws, input) => createDesignAround(ws.ctx, input),
  'designArounds.update': (ws, input) => updateDesignAround(ws.ctx, input),
  'designArounds.remove': (ws, input) => removeDesignAround(ws.ctx, input.id),
  'clearance.get': (ws, input) => getClearance(ws.ctx, input.matterId),
  'clearance.set': (ws, input) => setClearance(ws.ctx, input),
  'clearance.checklist': (ws, input) => launchChecklist(ws.ctx.db, input.versionId)
}
