// Every query of the intake area. Intake writes no rows of its own: matters, events, deadlines
// and documents go through their areas' services. It only asks what the vault already holds.
import { eq } from 'drizzle-orm'
import { blobs } from '../db/schema'
import type { DbOrTx } from '../kernel/context'

export interface KnownBlob {
  sha256: string
  size: number
  mime: string
}

/** The blob row for bytes already accepted into the vault, if any. */
export function findBlob(db: DbOrTx, sha256: string): KnownBlob | undefined {
  return db
    .select({ sha256: blobs.sha256, size: blobs.size, mime: blobs.mime })
    .from(blobs)
    .where(eq(blobs.sha256, sha256))
    .get()
}
