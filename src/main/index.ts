// Electron lifecycle: open the workspace, lock down the session, create the window.
import path from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Notification,
  protocol,
  session,
  shell,
  webContents
} from 'electron'
import { AppError, openCore, type OpenedCore } from './core'
import { recordOfflineRestore, recoveryChoices, restoreBackupOffline } from './core/backup/recovery'
import { recoveryPrompt } from './recovery-prompt'
import { printReportToPdf } from './print-pdf'
import { backupIfDue } from './core/backup/backup'
import {
  matterDeadlinesRoute,
  NAVIGATE_CHANNEL,
  NavigationQueue,
  startDesktopReminders
} from './desktop-reminders'
import { registerIpc, trackNavigation } from './ipc'
import { UploadGrants } from './upload-grants'
import { APP_SCHEME, APP_URL, serveAppUrl } from './app-protocol'
import { registerIpdeskProtocol, SCHEME } from './protocol'
import { electronNativeBinding } from './native'
import { usePdfUtilityProcess } from './pdf-utility-process'
import { chooseAppUrl, guardSession, installAppGuards, secureWebPreferences } from './security'

app.enableSandbox()
// Must be declared before ready: pdf.js fetches document bytes through it.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
  },
  { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }
])

const rendererDir = path.join(__dirname, '../renderer')
// A packaged app ignores ELECTRON_RENDERER_URL: nobody can point it at another page.
const appUrl = chooseAppUrl(app.isPackaged, process.env.ELECTRON_RENDERER_URL, APP_URL)
// A clicked reminder's route waits until the window's page says it listens (see NavigationQueue).
const navigation = new NavigationQueue((id, route) => webContents.fromId(id)?.send(NAVIGATE_CHANNEL, route))
// The files each window's user picked or dropped: the only paths its uploads may name.
const uploadGrants = new UploadGrants()
// Folders the picker gave each window: the only ones Settings may name for an import or a second backup location.
const folderGrants = new UploadGrants()

function coreOptions() {
  return {
    dir: process.env.IPDESK_DATA_DIR ?? app.getPath('userData'),
    migrationsDir: app.isPackaged ? path.join(process.resourcesPath, 'drizzle') : undefined,
    nativeBinding: electronNativeBinding(app.getAppPath(), app.isPackaged, process.versions.modules),
    appVersion: app.getVersion(),
    openWithSystem: (file: string) => shell.openPath(file),
    printToPdf: printReportToPdf
  }
}

/**
 * A damaged database (or another program's file in its place) is never written to: the
 * workspace's newest verified backup is offered instead, and restored only if the user says so.
 */
async function recoverOrQuit(
  code: 'corrupt_database' | 'not_our_database',
  options: ReturnType<typeof coreOptions>
): Promise<OpenedCore | null> {
  const choices = await recoveryChoices(options.dir, options)
  const prompt = recoveryPrompt(code, choices, options.dir)
  const answer = dialog.showMessageBoxSync({
    type: 'error',
    title: 'IP Desk',
    message: prompt.message,
    detail: prompt.detail,
    buttons: prompt.buttons,
    defaultId: prompt.buttons.length - 1,
    cancelId: prompt.buttons.length - 1
  })
  if (!prompt.backup || answer !== 0) return null
  const restore = await restoreBackupOffline(options.dir, prompt.backup.id, {
    ...options,
    now: () => new Date().toISOString()
  })
  const core = openCore(options)
  recordOfflineRestore(core.workspace, restore)
  return core
}

async function openWorkspaceOrExplain(): Promise<OpenedCore | null> {
  const options = coreOptions()
  try {
    return openCore(options)
  } catch (openError) {
    let error = openError
    try {
      if (
        error instanceof AppError &&
        (error.code === 'corrupt_database' || error.code === 'not_our_database')
      ) {
        return await recoverOrQuit(error.code, options)
      }
    } catch (recoveryError) {
      error = recoveryError
    }
    const message =
      error instanceof AppError && error.code === 'newer_database'
        ? 'This workspace was written by a newer version of IP Desk. Install that version to open it; nothing was changed.\n\n此工作区由更新版本的 IP Desk 创建。请安装该版本后再打开；数据未作任何修改。'
        : `IP Desk could not open its workspace.\nIP Desk 无法打开工作区。\n\n${String(error)}`
    dialog.showErrorBox('IP Desk', message)
    return null
  }
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 1000,
    minHeight: 640,
    show: false,
    title: 'IP Desk',
    webPreferences: secureWebPreferences(path.join(__dirname, '../preload/index.js'))
  })
  trackNavigation(window.webContents, navigation)
  const contentsId = window.webContents.id
  window.webContents.once('destroyed', () => {
    uploadGrants.forget(contentsId)
    folderGrants.forget(contentsId)
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(appUrl)
  return window
}

function openMatter(matterId: number): void {
  const window = BrowserWindow.getAllWindows()[0] ?? createWindow()
  if (window.isMinimized()) window.restore()
  window.focus()
  navigation.navigate(window.webContents.id, matterDeadlinesRoute(matterId))
}

void app.whenReady().then(async () => {
  // before the workspace opens: it resumes reading documents' text at once
  usePdfUtilityProcess()
  const core = await openWorkspaceOrExplain()
  if (!core) {
    app.quit()
    return
  }
  installAppGuards(app, appUrl, {
    shell,
    confirm: (url) =>
      dialog.showMessageBoxSync({
        type: 'question',
        buttons: ['Open in browser / 在浏览器中打开', 'Cancel / 取消'],
        defaultId: 1,
        cancelId: 1,
        message: 'Open this address in your web browser?\n是否在浏览器中打开此地址？',
        detail: url
      }) === 0
  })
  protocol.handle(APP_SCHEME, (request) => serveAppUrl(rendererDir, request.url))
  guardSession(session.defaultSession, appUrl)
  registerIpc(ipcMain, core.workspace, core.dispatch, appUrl, navigation, {
    grants: uploadGrants,
    folderGrants,
    pickFolder: async (sender) => {
      const window = BrowserWindow.fromWebContents(sender)
      const options: Electron.OpenDialogOptions = {
        properties: ['openDirectory', 'createDirectory', 'promptToCreate']
      }
      const picked = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      return picked.canceled ? null : (picked.filePaths[0] ?? null)
    }
  })
  registerIpdeskProtocol(protocol, core.workspace)
  // A daily backup when the last is older than a day; the app is usable meanwhile.
  void backupIfDue(core.workspace).catch((error: unknown) => core.workspace.log.error('backup failed', error))
  createWindow()
  const stopReminders = Notification.isSupported()
    ? startDesktopReminders(
        core.dispatch,
        {
          show: (title, body, onClick) => {
            const notification = new Notification({ title, body })
            notification.on('click', onClick)
            notification.show()
          }
        },
        openMatter
      )
    : () => {}
  app.on('will-quit', () => {
    stopReminders()
    core.workspace.close()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
