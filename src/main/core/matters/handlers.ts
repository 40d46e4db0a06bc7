// Contract -> core for the matter calls (src/shared/contract/matters.ts).
import type { matterCalls } from '../../../shared/contract/matters'
import type { Handlers } from '../kernel/dispatch'
import {
  createMatter,
  getMatter,
  referenceHolder,
  setMatterStatus,
  suggestReference,
  updateMatter
} from './matters'
import { ipRightsService, partiesService, productsService } from './parts'
import { listMatters, matterFacets } from './register'

export const matterHandlers: Pick<Handlers, keyof typeof matterCalls> = {
  'matters.list': (ws, input) => listMatters(ws.ctx, input),
  'matters.facets': (ws) => matterFacets(ws.ctx),
  'matters.get': (ws, input) => getMatter(ws.ctx, input.id),
  'matters.create': (ws, input) => createMatter(ws.ctx, input),
  'matters.update': (ws, input) => updateMatter(ws.ctx, input),
  'matters.setStatus': (ws, input) => setMatterStatus(ws.ctx, input),
  'matters.suggestReference': (ws, input) => ({
    reference: suggestReference(ws.ctx, input.kind, input.firstRight)
  }),
  'matters.checkReference': (ws, input) => referenceHolder(ws.ctx.db, input.reference, input.exceptId),
  'parties.add': (ws, input) => partiesService.add(ws.ctx, input),
  'parties.update': (ws, input) => partiesService.update(ws.ctx, input),
  'parties.remove': (ws, input) => partiesService.remove(ws.ctx, input),
  'ipRights.add': (ws, input) => ipRightsService.add(ws.ctx, input),
  'ipRights.update': (ws, input) => ipRightsService.update(ws.ctx, input),
  'ipRights.remove': (ws, input) => ipRightsService.remove(ws.ctx, input),
  'products.add': (ws, input) => productsService.add(ws.ctx, input),
  'products.update': (ws, input) => productsService.update(ws.ctx, input),
  'products.remove': (ws, input) => productsService.remove(ws.ctx, input)
}
