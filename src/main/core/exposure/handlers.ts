// Contract -> core for exposure (src/shared/contract/exposure.ts).
import type { exposureCalls } from '../../../shared/contract/exposure'
import type { Handlers } from '../kernel/dispatch'
import { matterExposure, portfolio } from './exposure'

export const exposureHandlers: Pick<Handlers, keyof typeof exposureCalls> = {
  'exposure.matter': (ws, input) => matterExposure(ws.ctx, input.matterId),
  'exposure.portfolio': (ws) => portfolio(ws.ctx)
}
