// `npm run preview:web`: opens the workspace in IPDESK_DATA_DIR and serves the built app.
import os from 'node:os'
import path from 'node:path'
import { AppError, openCore, type OpenedCore } from '../core'
import { backupIfDue } from '../core/backup/backup'
import { recordOfflineRestore, recoveryChoices, restoreBackupOffline } from '../core/backup/recovery'
import { recoveryPrompt } from '../recovery-prompt'
import { chromiumPrinter } from './print-pdf'
import { startPreviewServer } from './server'

/**
 * As the desktop app: a damaged database (or not ours) is never written to. Its newest verified
 * backup is named, and restored when the preview is started again with IPDESK_RESTORE_BACKUP=<id>.
 */
async function openOrRecover(dir: string, options: Parameters<typeof openCore>[0]): Promise<OpenedCore> {
  const restoreId = process.env.IPDESK_RESTORE_BACKUP
  if (restoreId) {
    const restore = await restoreBackupOffline(dir, restoreId, { now: () => new Date().toISOString() })
    const core = openCore(options)
    recordOfflineRestore(core.workspace, restore)
    process.stdout.write(
      `Restored backup ${restoreId}; the damaged database is kept as ${restore.setAside}\n`
    )
    return core
  }
  try {
    return openCore(options)
  } catch (error) {
    if (
      error instanceof AppError &&
      (error.code === 'corrupt_database' || error.code === 'not_our_database')
    ) {
      const prompt = recoveryPrompt(error.code, await recoveryChoices(dir), dir)
      const how = prompt.backup
        ? `\nTo restore it / 恢复方法: IPDESK_RESTORE_BACKUP=${prompt.backup.id} npm run preview:web\n`
        : '\n'
      process.stderr.write(`${prompt.message}\n${prompt.detail}${how}`)
    }
    throw error
  }
}

async function main(): Promise<void> {
  const dir = process.env.IPDESK_DATA_DIR ?? path.join(os.homedir(), '.local', 'share', 'ip-desk-preview')
  const rendererDir = path.resolve(__dirname, '../../../out/renderer')
  const port = process.env.IPDESK_PORT ? Number(process.env.IPDESK_PORT) : 0
  // Reports print to PDF with Chromium, as the desktop app does with Electron's printToPDF.
  const printer = chromiumPrinter()
  const { workspace, dispatch } = await openOrRecover(dir, { dir, printToPdf: printer.print })
  const server = await startPreviewServer({ workspace, dispatch, rendererDir, port })
  process.stdout.write(`IP Desk preview (workspace ${workspace.dir})\n${server.url}\n`)
  void backupIfDue(workspace).catch((error: unknown) => workspace.log.error('backup failed', error))
  const stop = (): void => {
    void Promise.all([server.close(), printer.close()]).then(() => {
      workspace.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`IP Desk preview could not start: ${String(error)}\n`)
  process.exit(1)
})
