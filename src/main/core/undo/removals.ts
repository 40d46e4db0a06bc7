// Removals that can still be undone, kept in memory for the open workspace: a removal's toast
// lasts seconds, so an undo does not outlive the app. Each area hands its snapshot here after
// the removal commits; undo.restore (restore.ts) takes it back, once.
import { randomUUID } from 'node:crypto'
import { UNDO_WINDOW_MS, type UndoableRemoval, type UndoConflictReason } from '../../../shared/contract'
import type { CoreContext } from '../kernel/context'
import { AppError } from '../kernel/errors'
import type { RemovedAssertion } from '../rights/rights'
import type { RemovedLink } from '../catalogue/links'
import type { RemovedDeadline } from '../deadlines/deadlines'
import type { RemovedDocuments } from '../documents/removal'
import type { RemovedParty } from '../matters/parts'

/** What each kind of removal took away, as its area needs it to put it back. */
export interface RemovalSnapshots {
  party: RemovedParty
  ip_right: RemovedAssertion
  accused_product: RemovedLink
  deadline: RemovedDeadline
  document: RemovedDocuments
}
export type Removal = {
  [K in UndoableRemoval]: { kind: K; matterId: number; snapshot: RemovalSnapshots[K] }
}[UndoableRemoval]

interface Pending {
  removal: Removal
  removedAt: number
  restored: boolean
}

// Keyed by the workspace's context: closing the workspace drops its pending undos.
const pendingByWorkspace = new WeakMap<CoreContext, Map<string, Pending>>()
const MAX_PENDING = 200

function pendingOf(ctx: CoreContext): Map<string, Pending> {
  let pending = pendingByWorkspace.get(ctx)
  if (!pending) pendingByWorkspace.set(ctx, (pending = new Map()))
  return pending
}

const moment = (ctx: CoreContext): number => Date.parse(ctx.now())

/** Call after the removal committed; the answer's undoToken. */
export function rememberRemoval(ctx: CoreContext, removal: Removal): string {
  const pending = pendingOf(ctx)
  const now = moment(ctx)
  for (const [token, p] of pending)
    if (now - p.removedAt > UNDO_WINDOW_MS || pending.size >= MAX_PENDING) pending.delete(token)
  const token = randomUUID()
  pending.set(token, { removal, removedAt: now, restored: false })
  return token
}

/** The removal a token names, if it can still be restored; else why not. */
export function pendingRemoval(ctx: CoreContext, token: string): Removal {
  const p = pendingOf(ctx).get(token)
  if (!p || moment(ctx) - p.removedAt > UNDO_WINDOW_MS) throw new AppError('undo_stale')
  if (p.restored) throw new AppError('undo_already_restored')
  return p.removal
}

/** After the restore committed: the token is spent. */
export function markRestored(ctx: CoreContext, token: string): void {
  const p = pendingOf(ctx).get(token)
  if (p) p.restored = true
}

/** The matter changed since: what it would need is gone, or it is already back another way. */
export const undoConflict = (reason: UndoConflictReason): AppError =>
  new AppError('undo_conflict', { params: { reason }, detail: `cannot restore: ${reason}` })
