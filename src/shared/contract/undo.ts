// Undo of a removal: each remove call answers with a token; undo.restore puts back what it took
// off the matter, as a new audited change. The token is good for a short while, once.
import { z } from 'zod'
import { call } from './kit'

/** What a removal can be undone for, and what the UI names in its toast. */
export const UNDOABLE_REMOVALS = ['party', 'ip_right', 'accused_product', 'deadline', 'document'] as const
export type UndoableRemoval = (typeof UNDOABLE_REMOVALS)[number]

/** How long the core keeps a removal restorable: the toast's 10 s plus slack for a slow machine. */
export const UNDO_WINDOW_MS = 60_000

/**
 * Why a restore was refused; nothing was written. Stale: the token is unknown or past its window
 * (the app restarted, or it is too late). Conflict: the matter changed so that it cannot go back.
 */
export const UNDO_ERRORS = [
  'undo_stale',
  'undo_already_restored',
  'undo_conflict',
  'undo_bytes_deleted'
] as const
export type UndoError = (typeof UNDO_ERRORS)[number]

/** What changed since the removal that stops it coming back (undo_conflict's params.reason). */
export const UNDO_CONFLICT_REASONS = [
  'matter_gone',
  'right_gone',
  'right_asserted_again',
  'product_gone',
  'listing_gone',
  'product_accused_again',
  'event_gone',
  'person_gone',
  'email_gone'
] as const
export type UndoConflictReason = (typeof UNDO_CONFLICT_REASONS)[number]

/** Part of every remove call's answer. */
export interface Undoable {
  undoToken: string
}

export interface Restored {
  kind: UndoableRemoval
  matterId: number
  /** The ids put back (the same ids they had). */
  ids: number[]
}

export const undoCalls = {
  'undo.restore': call<Restored>()(z.object({ token: z.string().min(1).max(100) }))
} as const
