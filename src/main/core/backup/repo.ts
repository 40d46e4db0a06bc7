// Every query of the backup area: SQLite's online backup API on the live connection, and
// read-only looks at a backup copy (its integrity, the blobs it references).
import Database from 'better-sqlite3'
import type { Sqlite } from '../kernel/repo'

/** A consistent copy of the live database, page by page, while the app keeps working. */
export async function copyLiveDatabase(sqlite: Sqlite, destination: string): Promise<void> {
  await sqlite.backup(destination)
}

/** Writes `source` (a backup copy) over the live database through SQLite, so open connections see it. */
export async function restoreIntoLive(
  source: string,
  liveFile: string,
  nativeBinding?: string
): Promise<void> {
  const copy = new Database(source, { readonly: true, fileMustExist: true, nativeBinding })
  try {
    await copy.backup(liveFile)
  } finally {
    copy.close()
  }
}

export interface CopyFacts {
  integrity: string
  schemaVersion: number
  blobs: { sha256: string; size: number }[]
  matters: number
  documents: number
}

/** Opens a backup copy read-only: its integrity, its schema version and the vault files it needs. */
export function inspectCopy(file: string, nativeBinding?: string): CopyFacts {
  const copy = new Database(file, { readonly: true, fileMustExist: true, nativeBinding })
  try {
    return {
      integrity: copy.pragma('integrity_check', { simple: true }) as string,
      schemaVersion: copy.pragma('user_version', { simple: true }) as number,
      blobs: copy.prepare('select sha256, size from blobs order by sha256').all() as CopyFacts['blobs'],
      matters: (copy.prepare('select count(*) as n from matters').get() as { n: number }).n,
      documents: (copy.prepare('select count(*) as n from documents').get() as { n: number }).n
    }
  } finally {
    copy.close()
  }
}
