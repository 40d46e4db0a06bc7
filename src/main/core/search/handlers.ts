// Contract -> core for the search calls (src/shared/contract/search.ts).
import type { searchCalls } from '../../../shared/contract/search'
import type { Handlers } from '../kernel/dispatch'
import { globalSearch } from './search'

export const searchHandlers: Pick<Handlers, keyof typeof searchCalls> = {
  'search.global': (ws, input) => globalSearch(ws.ctx, input)
}
