// `npm run preview:web`: opens the workspace in IPDESK_DATA_DIR and serves the built app.
import os from 'node:os'
import path from 'node:path'
import { openCore } from '../core'
import { backupIfDue } from '../core/backup/backup'
import { chromiumPrinter } from './print-pdf'
import { startPreviewServer } from './server'

async function main(): Promise<void> {
  const dir = process.env.IPDESK_DATA_DIR ?? path.join(os.homedir(), '.local', 'share', 'ip-desk-preview')
  const rendererDir = path.resolve(__dirname, '../../../out/renderer')
  const port = process.env.IPDESK_PORT ? Number(process.env.IPDESK_PORT) : 0
  // Reports print to PDF with Chromium, as the desktop app does with Electron's printToPDF.
  const printer = chromiumPrinter()
  const { workspace, dispatch } = openCore({ dir, printToPdf: printer.print })
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
