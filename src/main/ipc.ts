// Contract -> core over IPC. Only our own page, in its main frame, is answered; the
// dispatcher parses every input with the contract's zod schema.
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { CallResult } from '../shared/contract'
import type { Dispatch } from './core/kernel/dispatch'
import { toCallError } from './core/kernel/dispatch'
import { importUpload } from './core/documents/uploads'
import type { Workspace } from './core/workspace/workspace'
import { isAppUrl } from './security'

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
  appUrl: string
): void {
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
