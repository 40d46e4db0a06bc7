// undo.restore: puts back what a removal took off a matter, as a new change in one transaction
// with its own audit rows ("restore"). Each area restores its own rows; this only routes.
import type { Restored } from '../../../shared/contract'
import { restoreLink } from '../catalogue/links'
import { restoreDeadline } from '../deadlines/deadlines'
import { restoreDocuments } from '../documents/removal'
import { inTransaction, type CoreContext, type Tx } from '../kernel/context'
import { refreshMatters, restoreParty } from '../matters/parts'
import { matterExists } from '../matters/matters'
import { restoreAssertion } from '../rights/rights'
import { markRestored, pendingRemoval, undoConflict, type Removal } from './removals'

function restoreRows(ctx: CoreContext, tx: Tx, removal: Removal): number[] {
  switch (removal.kind) {
    case 'party':
      restoreParty(ctx, tx, removal.snapshot)
      return [removal.snapshot.id]
    case 'ip_right':
      restoreAssertion(ctx, tx, removal.snapshot)
      return [removal.snapshot.id]
    case 'accused_product':
      restoreLink(ctx, tx, removal.snapshot)
      return [removal.snapshot.id]
    case 'deadline':
      restoreDeadline(ctx, tx, removal.snapshot)
      return [removal.snapshot.row.id]
    case 'document':
      return restoreDocuments(ctx, tx, removal.snapshot)
  }
}

export function restoreRemoval(ctx: CoreContext, token: string): Restored {
  const removal = pendingRemoval(ctx, token)
  const ids = inTransaction(ctx, (tx) => {
    if (!matterExists(tx, removal.matterId)) throw undoConflict('matter_gone')
    const ids = restoreRows(ctx, tx, removal)
    // The matter's search text and last activity follow, as after any change to its parts.
    refreshMatters(ctx, tx, [removal.matterId])
    return ids
  })
  markRestored(ctx, token)
  return { kind: removal.kind, matterId: removal.matterId, ids }
}
