// Contract calls for backups: list, take, verify and restore copies of the workspace database.
// Error codes: not_found, backup_invalid {id, problems}, backup_other_version {found, supported},
// archive_invalid {reason}, import_folder_not_empty {folder} (importing a workspace archive: in
// Settings, or scripts/import-workspace.ts); validation fields folder: absolute_path_required,
// inside_this_workspace, second_location_overlaps. A second location's own problems are never
// errors of a backup: they are SecondLocationStatus.problem.
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
  /** Whether the second backup location holds a verified copy; null when none is set. */
  secondCopy: boolean | null
}

/** Why the second backup location did not receive a copy. */
export const SECOND_LOCATION_PROBLEMS = [
  'missing',
  'not_writable',
  'disk_full',
  'copy_mismatch',
  'copy_failed'
] as const
export type SecondLocationProblem = (typeof SECOND_LOCATION_PROBLEMS)[number]

/** Another disk or a network share where every backup is also copied (database and document files). */
export interface SecondLocationStatus {
  /** The folder the user chose. */
  folder: string
  /** This workspace's own folder inside it (several workspaces may share one location). */
  path: string
  /** What is wrong now (checked when asked), or what went wrong on the last copy. */
  problem: SecondLocationProblem | null
  /** UTC ISO moment of the last copy that succeeded. */
  lastCopiedAt: string | null
  /** Backups held there. */
  copies: number
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

/** An archive the shell received (picked in a dialog, dropped or uploaded), known by its id. */
export interface StagedArchive {
  id: string
  /** The file's name as the user saw it (metadata only). */
  name: string
  bytes: number
}

/** A workspace archive imported into a folder of its own. */
export interface ImportedWorkspace {
  folder: string
  matters: number
  documents: number
  /** Document files, each checked against its hash. */
  blobs: number
}

const BackupId = z.object({ id: required(80) })

export const SecondLocationInput = z.object({
  /** Absolute path of an existing folder; null (or empty) stops copying there. */
  folder: z
    .string()
    .trim()
    .max(4096, 'too_long')
    .nullable()
    .transform((v) => v || null)
})

export const ImportArchiveInput = z.object({
  archive: z.string().regex(/^[0-9a-f-]{36}$/, 'invalid_file'),
  /** Absolute path of an empty (or not yet existing) folder. */
  folder: required(4096)
})

export const backupCalls = {
  'backups.list': call<BackupRecord[]>()(empty),
  'backups.create': call<BackupRecord>()(empty),
  'backups.exportArchive': call<WorkspaceArchive>()(empty),
  'backups.importArchive': call<ImportedWorkspace>()(ImportArchiveInput),
  'backups.secondLocation': call<SecondLocationStatus | null>()(empty),
  'backups.setSecondLocation': call<SecondLocationStatus | null>()(SecondLocationInput),
  'backups.verify': call<BackupVerifyReport>()(BackupId),
  'backups.restore': call<{ restored: BackupRecord; safety: BackupRecord }>()(
    BackupId.extend({ confirm: z.literal(true, 'confirm_required') })
  )
} as const
