// The one table from contract names to core services.
import { deadlineHandlers } from './deadline-handlers'
import { documentHandlers } from './document-handlers'
import type { Handlers } from './dispatch'
import { ipRightsService, partiesService, productsService } from './matter-parts'
import { createMatter, getMatter, setMatterStatus, suggestReference, updateMatter } from './matters'
import { listMatters, matterFacets } from './register'
import { loadSampleWorkspace } from './sample'
import { getSettings, updateSettings } from './settings'
import { withTextQueued } from './text-index'
import { addTimelineEvent, listTimeline } from './timeline'
import { logWarningLetter } from './warning-letter'

export const handlers: Handlers = {
  'workspace.info': (ws) => ws.info(),
  'workspace.clock': (ws) => ({ today: ws.ctx.today(), now: ws.ctx.now() }),
  'workspace.loadSample': (ws) => loadSampleWorkspace(ws.ctx),
  'settings.get': (ws) => getSettings(ws.ctx),
  'settings.update': (ws, input) => updateSettings(ws.ctx, input),
  'matters.list': (ws, input) => listMatters(ws.ctx, input),
  'matters.facets': (ws) => matterFacets(ws.ctx),
  'matters.get': (ws, input) => getMatter(ws.ctx, input.id),
  'matters.create': (ws, input) => createMatter(ws.ctx, input),
  // The letter attached at intake is read for search like any other document.
  'matters.logWarningLetter': (ws, input) => withTextQueued(ws, logWarningLetter(ws.ctx, input)),
  'matters.update': (ws, input) => updateMatter(ws.ctx, input),
  'matters.setStatus': (ws, input) => setMatterStatus(ws.ctx, input),
  'matters.suggestReference': (ws, input) => ({
    reference: suggestReference(ws.ctx, input.kind, input.firstRight)
  }),
  'parties.add': (ws, input) => partiesService.add(ws.ctx, input),
  'parties.update': (ws, input) => partiesService.update(ws.ctx, input),
  'parties.remove': (ws, input) => partiesService.remove(ws.ctx, input),
  'ipRights.add': (ws, input) => ipRightsService.add(ws.ctx, input),
  'ipRights.update': (ws, input) => ipRightsService.update(ws.ctx, input),
  'ipRights.remove': (ws, input) => ipRightsService.remove(ws.ctx, input),
  'products.add': (ws, input) => productsService.add(ws.ctx, input),
  'products.update': (ws, input) => productsService.update(ws.ctx, input),
  'products.remove': (ws, input) => productsService.remove(ws.ctx, input),
  'timeline.list': (ws, input) => listTimeline(ws.ctx, input),
  'timeline.addEvent': (ws, input) => addTimelineEvent(ws.ctx, input),
  ...deadlineHandlers,
  ...documentHandlers
}
