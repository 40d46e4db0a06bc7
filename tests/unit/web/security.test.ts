// Specification: the Electron window's guards, as pure decisions that need no Electron.
import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../../src/main/ipc'
import { isAppUrl, isExternalLink, secureWebPreferences } from '../../../src/main/security'

const appUrl = 'file:///opt/ipdesk/resources/app.asar/out/renderer/index.html'

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
    expect(isAppUrl('file:///etc/passwd', appUrl)).toBe(false)
    expect(isAppUrl('https://evil.example/', appUrl)).toBe(false)
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173/')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
    expect(isAppUrl('not a url', appUrl)).toBe(false)
  })

  it('listing links open in the system browser; other schemes do not', () => {
    expect(isExternalLink('https://www.amazon.com/dp/B0C1234567')).toBe(true)
    expect(isExternalLink('file:///etc/passwd')).toBe(false)
    expect(isExternalLink('javascript:alert(1)')).toBe(false)
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
