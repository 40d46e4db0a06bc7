// Hash chains for the audit log and the chain of custody: each entry carries the hash of the
// one before and its own hash over its fields, so changing or deleting an entry is found.
import { createHash } from 'node:crypto'

export type ChainFields = Record<string, string | number | null>

/** SHA-256 over the previous hash and the entry's fields in a fixed (sorted) order. */
export function chainHash(prevHash: string | null, fields: ChainFields): string {
  const canonical = JSON.stringify(
    Object.keys(fields)
      .sort()
      .map((key) => [key, fields[key] ?? null])
  )
  return createHash('sha256')
    .update(prevHash ?? 'genesis')
    .update('\n')
    .update(canonical)
    .digest('hex')
}

export interface ChainedEntry {
  id: number
  prevHash: string | null
  hash: string | null
  fields: ChainFields
}

export interface ChainReport {
  ok: boolean
  entries: number
  /** The first entry that does not fit, and why. */
  brokenAt?: { id: number; reason: 'changed' | 'missing_before' | 'unsealed' | 'missing_at_end' }
}

/**
 * Walks entries in id order. `highestIdEverIssued` (SQLite's AUTOINCREMENT counter) finds
 * entries deleted from the end, which no later link can show.
 */
export function verifyChain(entries: readonly ChainedEntry[], highestIdEverIssued: number): ChainReport {
  let prev: string | null = null
  for (const entry of entries) {
    if (entry.hash === null)
      return { ok: false, entries: entries.length, brokenAt: { id: entry.id, reason: 'unsealed' } }
    if (entry.prevHash !== prev) {
      return { ok: false, entries: entries.length, brokenAt: { id: entry.id, reason: 'missing_before' } }
    }
    if (chainHash(prev, entry.fields) !== entry.hash) {
      return { ok: false, entries: entries.length, brokenAt: { id: entry.id, reason: 'changed' } }
    }
    prev = entry.hash
  }
  const lastId = entries.at(-1)?.id ?? 0
  if (highestIdEverIssued > lastId) {
    return { ok: false, entries: entries.length, brokenAt: { id: lastId + 1, reason: 'missing_at_end' } }
  }
  return { ok: true, entries: entries.length }
}
