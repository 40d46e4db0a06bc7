// Specification: the Electron window's guards, as pure decisions that need no Electron.
import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../../src/main/ipc'
import {
  chooseAppUrl,
  isAllowedRequest,
  isAppUrl,
  isExternalLink,
  openExternalLink,
  secureWebPreferences
} from '../../../src/main/security'

const appUrl = 'app://ipdesk/index.html'

describe('window security', () => {
  it('every window is isolated and sandboxed, without Node or webviews', () => {
    expect(secureWebPreferences('/x/preload.js')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false
    })
  })

  it('only our own page counts as the app; other files and web pages do not', () => {
    expect(isAppUrl(`${appUrl}#/matters/3`, appUrl)).toBe(true)
    expect(isAppUrl('app://ipdesk/assets/index-abc.js', appUrl)).toBe(true)
    expect(isAppUrl('app://other/index.html', appUrl)).toBe(false)
    expect(isAppUrl('file:///etc/passwd', appUrl)).toBe(false)
    expect(isAppUrl('file:///opt/ipdesk/resources/app.asar/out/renderer/index.html', appUrl)).toBe(false)
    expect(isAppUrl('https://evil.example/', appUrl)).toBe(false)
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173/')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
    expect(isAppUrl('not a url', appUrl)).toBe(false)
  })

  it('listing links open in the system browser; other schemes do not', () => {
    expect(isExternalLink('https://www.amazon.com/dp/B0C1234567')).toBe(true)
    expect(isExternalLink('file:///etc/passwd')).toBe(false)
    expect(isExternalLink('javascript:alert(1)')).toBe(false)
    expect(isExternalLink('mailto:legal@lumora.example')).toBe(false)
    expect(isExternalLink('smb://share/evidence.exe')).toBe(false)
  })

  it('opens a web link only after the user saw the address and agreed, and nothing else at all', async () => {
    const opened: string[] = []
    const asked: string[] = []
    const shell = { openExternal: async (url: string) => void opened.push(url) }
    const yes = { shell, confirm: (url: string) => (asked.push(url), true) }
    const no = { shell, confirm: (url: string) => (asked.push(url), false) }
    expect(await openExternalLink('https://www.amazon.com/dp/B0C1234567', no)).toBe(false)
    expect(await openExternalLink('https://www.amazon.com/dp/B0C1234567', yes)).toBe(true)
    expect(await openExternalLink('file:///C:/Windows/System32/calc.exe', yes)).toBe(false)
    expect(asked).toEqual(['https://www.amazon.com/dp/B0C1234567', 'https://www.amazon.com/dp/B0C1234567'])
    expect(opened).toEqual(['https://www.amazon.com/dp/B0C1234567'])
  })

  it('the session loads our page, document bytes and devtools, never a file: URL or the web', () => {
    expect(isAllowedRequest('app://ipdesk/assets/pdf.worker.min.mjs', appUrl)).toBe(true)
    expect(isAllowedRequest('ipdesk://document/12', appUrl)).toBe(true)
    expect(isAllowedRequest('file:///etc/passwd', appUrl)).toBe(false)
    expect(isAllowedRequest('https://tracker.example/pixel.png', appUrl)).toBe(false)
    expect(isAllowedRequest('app://elsewhere/x.js', appUrl)).toBe(false)
  })

  it('a packaged app ignores ELECTRON_RENDERER_URL; development may use the dev server', () => {
    expect(chooseAppUrl(true, 'http://evil.example/', appUrl)).toBe(appUrl)
    expect(chooseAppUrl(false, 'http://localhost:5173/', appUrl)).toBe('http://localhost:5173/')
    expect(chooseAppUrl(false, undefined, appUrl)).toBe(appUrl)
  })

  it('IPC is answered only for our page in its main frame', () => {
    const main = { url: `${appUrl}#/matters`, parent: null }
    expect(isTrustedSender({ senderFrame: main } as never, appUrl)).toBe(true)
    expect(
      isTrustedSender({ senderFrame: { url: 'https://evil.example/', parent: null } } as never, appUrl)
    ).toBe(false)
    expect(isTrustedSender({ senderFrame: { url: appUrl, parent: main } } as never, appUrl)).toBe(false)
    expect(isTrustedSender({ senderFrame: null } as never, appUrl)).toBe(false)
  })
})
