// The desktop app's printer for reports: the core's self-contained HTML in a hidden, sandboxed
// window with JavaScript off, printed with webContents.printToPDF. The page asks for nothing
// (its CSP says so) and every request it might still make is refused.
import { BrowserWindow, session } from 'electron'

const PARTITION = 'ipdesk-report-print'

export async function printReportToPdf(html: string): Promise<Buffer> {
  const printSession = session.fromPartition(PARTITION, { cache: false })
  printSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !details.url.startsWith('data:') })
  )
  const window = new BrowserWindow({
    show: false,
    width: 1000,
    height: 1400,
    webPreferences: {
      session: printSession,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      // Nothing on the page can be middle-clicked open (JavaScript is off as well).
      disableBlinkFeatures: 'Auxclick'
    }
  })
  try {
    window.webContents.on('will-navigate', (event) => event.preventDefault())
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
    await window.loadURL(
      `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`
    )
    return await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })
  } finally {
    window.destroy()
  }
}
