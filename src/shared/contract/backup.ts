// Contract calls for backups: list, take, verify and restore copies of the workspace database.
// Error codes: not_found, backup_invalid {id, problems}, backup_other_version {found, supported},
// archive_invalid {reason} (importing a workspace archive, scripts/import-workspace.ts).
import { z } from 'zod'
import { call, empty, required } from './kit'

export const BACKUP_KINDS = ['daily', 'manual', 'pre_restore', 'pre_migration'] as const

export interface BackupRecord {
  id: string
  kind: (typeof BACKUP_KINDS)[number]
  /** UTC ISO moment. */
  createdAt: string
  schemaVersion: number
  /** Size of the database copy. */
  bytes: number
  matters: number
  /** Vault files the copy references, and their total size (kept in the vault, not copied). */
  blobs: number
  documentsBytes: number
}

export interface BackupProblem {
  code:
    | 'backup_db_missing'
    | 'backup_db_changed'
    | 'backup_db_damaged'
    | 'backup_blob_missing'
    | 'backup_blob_changed'
  sha256?: string
}

export interface BackupVerifyReport {
  id: string
  ok: boolean
  problems: BackupProblem[]
  blobsChecked: number
}

/** The whole workspace as one zip under exports/: the database, every document file, their hashes. */
export interface WorkspaceArchive {
  fileName: string
  bytes: number
  matters: number
  blobs: number
  documentsBytes: number
}

const BackupId = z.object({ id: required(80) })

export const backupCalls = {
  'backups.list': call<BackupRecord[]>()(empty),
  'backups.create': call<BackupRecord>()(empty),
  'backups.exportArchive': call<WorkspaceArchive>()(empty),
  'backups.verify': call<BackupVerifyReport>()(BackupId),
  'backups.restore': call<{ restored: BackupRecord; safety: BackupRecord }>()(
    BackupId.extend({ confirm: z.literal(true, 'confirm_required') })
  )
} as const
