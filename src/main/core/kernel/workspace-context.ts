// What an open workspace is, as the kernel's dispatcher and the shells see it. The type lives
// in the kernel (which knows no area); workspace/workspace.ts opens one.
import type { WorkspaceInfo } from '../../../shared/contract'
import type { Vault } from '../vault'
import type { CoreContext } from './context'

export interface OpenWorkspaceOptions {
  dir: string
  migrationsDir?: string
  /** better_sqlite3.node built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string
  actor?: string
  now?: () => string
  today?: () => string
  /** Largest file the vault accepts, in bytes. */
  maxImportBytes?: number
  appVersion?: string
  log?: Pick<Console, 'error' | 'warn' | 'info'>
  /** The desktop shell's "open with the default program"; resolves to '' or an error text. */
  openWithSystem?: (file: string) => Promise<string>
  /**
   * The shell's printer: a self-contained HTML page in, PDF bytes out (Electron's printToPDF;
   * Chromium's print in the browser preview and tests). Without one, reports offer HTML only.
   */
  printToPdf?: (html: string) => Promise<Buffer>
}

export interface Workspace {
  dir: string
  ctx: CoreContext
  vault: Vault
  maxImportBytes: number
  log: Pick<Console, 'error' | 'warn' | 'info'>
  preMigrationBackup: string | null
  /** better_sqlite3.node for Electron's ABI, when running there: for opening backup copies. */
  nativeBinding?: string
  openWithSystem?: (file: string) => Promise<string>
  printToPdf?: (html: string) => Promise<Buffer>
  info(): WorkspaceInfo
  close(): void
}
