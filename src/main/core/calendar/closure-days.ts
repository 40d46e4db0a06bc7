// The closure days the user declared, as the deadline rules read them. Imports nothing of
// deadlines/ (closures.ts, which recomputes, does), so the rules can call it.
import type { ClosureDay } from '../../../shared/contract'
import type { DbOrTx } from '../kernel/context'
import { closureRows } from './repo'

export function declaredClosures(tx: DbOrTx): ClosureDay[] {
  return closureRows(tx)
}
