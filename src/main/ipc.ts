// Contract -> core over IPC. Only our own page, in its main frame, is answered; the
// dispatcher parses every input with the contract's zod schema.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import type { CallResult } from '../shared/contract'
import type { Dispatch } from './core/kernel/dispatch'
import { toCallError } from './core/kernel/dispatch'
import { importUpload } from './core/documents/uploads'
import type { Workspace } from './core/workspace/workspace'
import { isAppUrl } from './security'
import { READY_CHANNEL, type NavigationQueue } from './desktop-reminders'

export const CALL_CHANNEL = 'ipdesk:call'
export const UPLOAD_CHANNEL = 'ipdesk:upload'

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
  navigation?: NavigationQueue
): void {
  // The page listens for navigation now: what waited for it (a clicked reminder) is sent.
  if (navigation) {
    ipcMain.on(READY_CHANNEL, (event) => {
      if (isTrustedSender(event, appUrl)) navigation.markReady(event.sender.id)
    })
  }
  ipcMain.handle(CALL_CHANNEL, async (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event, appUrl)) return refused
    if (typeof name !== 'string') return { ok: false, error: { code: 'unknown_call' } }
    return dispatch(name, input)
  })
  ipcMain.handle(UPLOAD_CHANNEL, async (event, filePath: unknown, name: unknown) => {
    if (!isTrustedSender(event, appUrl)) return refused
    if (typeof filePath !== 'string' || !filePath) return { ok: false, error: { code: 'not_a_file' } }
    try {
      const value = await importUpload(workspace, filePath, typeof name === 'string' ? name : 'unnamed')
      return { ok: true, value }
    } catch (error) {
      return { ok: false, error: toCallError(error) }
    }
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
