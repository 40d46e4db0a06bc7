// Contract -> core over IPC. Only our own page, in its main frame, is answered; the
// dispatcher parses every input with the contract's zod schema.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import type { CallResult } from '../shared/contract'
import type { Dispatch } from './core/kernel/dispatch'
import { toCallError } from './core/kernel/dispatch'
import { importUpload } from './core/documents/uploads'
import { stageArchive } from './core/backup/incoming'
import type { Workspace } from './core/workspace/workspace'
import { isAppUrl } from './security'
import { READY_CHANNEL, type NavigationQueue } from './desktop-reminders'
import { FOLDER_NOT_GRANTED, NOT_GRANTED, UploadGrants } from './upload-grants'

export const CALL_CHANNEL = 'ipdesk:call'
export const UPLOAD_CHANNEL = 'ipdesk:upload'
/** A workspace archive to import (Settings > Backups), as a path like an upload's. */
export const STAGE_ARCHIVE_CHANNEL = 'ipdesk:stage-archive'
/** The system's folder picker, opened by the main process for the asking window. */
export const PICK_FOLDER_CHANNEL = 'ipdesk:pick-folder'
/** The preload reports the paths of files the user just picked or dropped (upload-grants.ts). */
export const GRANT_CHANNEL = 'ipdesk:grant-files'

/** What the Electron shell lends the IPC handlers (index.ts). */
export interface IpcShell {
  pickFolder?: (sender: WebContents) => Promise<string | null>
  /** The paths each window may upload; index.ts forgets a closed window's. */
  grants?: UploadGrants
  /** The folders each window's picker gave, which the calls in FOLDER_CALLS may name. */
  folderGrants?: UploadGrants
}

/**
 * Contract calls that name a folder the core writes into (an archive's import target, the second
 * backup location): from the desktop window only a folder its picker gave in the last ten
 * minutes, so a compromised page cannot have backups copied to a share of its choosing. An empty
 * or null folder (no second location) needs no grant; the contract checks the rest.
 */
const FOLDER_CALLS = new Set(['backups.importArchive', 'backups.setSecondLocation'])

function namedFolder(input: unknown): string | null {
  const folder = input && typeof input === 'object' ? (input as { folder?: unknown }).folder : null
  return typeof folder === 'string' && folder.trim() !== '' ? folder.trim() : null
}

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, appUrl: string): boolean {
  const frame = event.senderFrame
  return !!frame && frame.parent === null && isAppUrl(frame.url, appUrl)
}

const refused: CallResult<never> = { ok: false, error: { code: 'forbidden_sender' } }

export function registerIpc(
  ipcMain: IpcMain,
  workspace: Workspace,
  dispatch: Dispatch,
  appUrl: string,
  navigation?: NavigationQueue,
  shell: IpcShell = {}
): void {
  const grants = shell.grants ?? new UploadGrants()
  const folderGrants = shell.folderGrants ?? new UploadGrants()
  // The page listens for navigation now: what waited for it (a clicked reminder) is sent.
  if (navigation) {
    ipcMain.on(READY_CHANNEL, (event) => {
      if (isTrustedSender(event, appUrl)) navigation.markReady(event.sender.id)
    })
  }
  ipcMain.handle(CALL_CHANNEL, async (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event, appUrl)) return refused
    if (typeof name !== 'string') return { ok: false, error: { code: 'unknown_call' } }
    const folder = FOLDER_CALLS.has(name) ? namedFolder(input) : null
    if (folder !== null && !folderGrants.holds(event.sender.id, folder)) {
      return { ok: false, error: { code: FOLDER_NOT_GRANTED } }
    }
    return dispatch(name, input)
  })
  ipcMain.on(GRANT_CHANNEL, (event, paths: unknown) => {
    if (isTrustedSender(event, appUrl)) grants.grant(event.sender.id, paths)
  })
  // A file the user picked or dropped in this window: any other path is refused, whatever the
  // page claims (a compromised page cannot make us read ~/.ssh).
  const fileHandler =
    (store: (filePath: string, name: string) => Promise<unknown>) =>
    async (event: IpcMainInvokeEvent, filePath: unknown, name: unknown): Promise<CallResult<unknown>> => {
      if (!isTrustedSender(event, appUrl)) return refused
      if (typeof filePath !== 'string' || !filePath) return { ok: false, error: { code: 'not_a_file' } }
      if (!grants.take(event.sender.id, filePath)) return { ok: false, error: { code: NOT_GRANTED } }
      try {
        return { ok: true, value: await store(filePath, typeof name === 'string' ? name : 'unnamed') }
      } catch (error) {
        return { ok: false, error: toCallError(error) }
      }
    }
  ipcMain.handle(
    UPLOAD_CHANNEL,
    fileHandler((filePath, name) => importUpload(workspace, filePath, name))
  )
  ipcMain.handle(
    STAGE_ARCHIVE_CHANNEL,
    fileHandler((filePath, name) => stageArchive(workspace, filePath, name))
  )
  ipcMain.handle(PICK_FOLDER_CHANNEL, async (event) => {
    if (!isTrustedSender(event, appUrl) || !shell.pickFolder) return null
    const picked = await shell.pickFolder(event.sender)
    if (picked) folderGrants.grant(event.sender.id, [picked])
    return picked
  })
}

/** A window's page loads and closes, as the navigation queue needs them (keyed by webContents id). */
export function trackNavigation(
  webContents: Pick<WebContents, 'id' | 'on' | 'once'>,
  navigation: NavigationQueue
): void {
  const id = webContents.id
  webContents.on('did-start-navigation', (details) => {
    // A new document (first load, reload) listens only once it says ready again; a hash change keeps it.
    if (details.isMainFrame && !details.isSameDocument) navigation.markLoading(id)
  })
  webContents.once('destroyed', () => navigation.forget(id))
}
