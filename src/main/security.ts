// Every window is locked down here: isolated, sandboxed, no navigation away, no new
// windows, no permissions, a strict CSP, and IPC answered only for our own page.
import type { App, Session, Shell, WebContents, WebPreferences } from 'electron'
import { CONTENT_SECURITY_POLICY } from './csp'

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    spellcheck: false,
    // A middle click cannot open a window either (setWindowOpenHandler denies them all anyway).
    disableBlinkFeatures: 'Auxclick'
  }
}

/** Our page is the built renderer (app://ipdesk/) or, in development, the Vite dev server. */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url)
    const app = new URL(appUrl)
    // A custom scheme's URL has no web origin ("null"): scheme and host say whose it is.
    return target.protocol === app.protocol && target.host === app.host
  } catch {
    return false
  }
}

/** Only web links (a listing URL) may leave the app, to the system browser. */
export function isExternalLink(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}

export interface ExternalLinkOpener {
  /** Shows the full address and asks; true when the user agrees. */
  confirm: (url: string) => boolean | Promise<boolean>
  shell: Pick<Shell, 'openExternal'>
}

/** The one way anything opens outside the app: an http(s) link, after the user saw its address. */
export async function openExternalLink(url: string, opener: ExternalLinkOpener): Promise<boolean> {
  if (!isExternalLink(url)) return false
  if (!(await opener.confirm(url))) return false
  await opener.shell.openExternal(url)
  return true
}

export function guardWebContents(contents: WebContents, appUrl: string, opener: ExternalLinkOpener): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) {
      event.preventDefault()
      void openExternalLink(url, opener)
    }
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalLink(url, opener)
    return { action: 'deny' }
  })
}

/** No remote content and no file: URL: only our page and its assets, document bytes, devtools. */
export function isAllowedRequest(url: string, appUrl: string): boolean {
  return (
    isAppUrl(url, appUrl) ||
    url.startsWith('ipdesk://') ||
    url.startsWith('devtools:') ||
    url.startsWith('data:') ||
    url.startsWith('blob:')
  )
}

export function guardSession(session: Session, appUrl: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, appUrl) })
  })
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY]
      }
    })
  })
}

export function installAppGuards(app: App, appUrl: string, opener: ExternalLinkOpener): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appUrl, opener))
}

/** Development serves the page from Vite's dev server; a packaged app only ever from app://. */
export function chooseAppUrl(
  isPackaged: boolean,
  devServerUrl: string | undefined,
  builtUrl: string
): string {
  return !isPackaged && devServerUrl ? devServerUrl : builtUrl
}
