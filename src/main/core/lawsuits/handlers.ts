// Contract -> core for a Schedule A lawsuit's defendants (src/shared/contract/lawsuits.ts).
import type { lawsuitCalls } from '../../../shared/contract/lawsuits'
import type { Handlers } from '../kernel/dispatch'
import { addDefendant, listDefendants, removeDefendant, updateDefendant } from './defendants'
import { importScheduleA } from './schedule-a-import'

export const lawsuitHandlers: Pick<Handlers, keyof typeof lawsuitCalls> = {
  'defendants.list': (ws, input) => listDefendants(ws.ctx, input),
  'defendants.add': (ws, input) => addDefendant(ws.ctx, input),
  'defendants.update': (ws, input) => updateDefendant(ws.ctx, input),
  'defendants.remove': (ws, input) => removeDefendant(ws.ctx, input.id),
  'defendants.importScheduleA': (ws, input) => importScheduleA(ws.ctx, input)
}
