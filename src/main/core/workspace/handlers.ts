// Contract -> core for the workspace calls (src/shared/contract/workspace.ts).
import type { workspaceCalls } from '../../../shared/contract/workspace'
import type { Handlers } from '../kernel/dispatch'
import { loadSampleWorkspace } from './sample'
import { getSettings, updateSettings } from './settings'

export const workspaceHandlers: Pick<Handlers, keyof typeof workspaceCalls> = {
  'workspace.info': (ws) => ws.info(),
  'workspace.clock': (ws) => ({ today: ws.ctx.today(), now: ws.ctx.now() }),
  'workspace.loadSample': (ws) => loadSampleWorkspace(ws),
  'settings.get': (ws) => getSettings(ws.ctx),
  'settings.update': (ws, input) => updateSettings(ws.ctx, input)
}
