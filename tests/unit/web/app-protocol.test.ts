// The desktop window's page is served from app://ipdesk/ out of the built renderer folder only,
// with the CSP on every response; nothing outside that folder can be reached.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { serveAppUrl } from '../../../src/main/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/csp'
import { tempDir } from '../helpers'

function renderer(): string {
  const root = tempDir()
  const dir = path.join(root, 'renderer')
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>IP Desk</title>')
  fs.writeFileSync(path.join(dir, 'assets', 'index.js'), 'console.log(1)')
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer')
  return dir
}

describe('the app:// scheme', () => {
  it('serves the page and its scripts with the CSP and the right types', async () => {
    const dir = renderer()
    const page = await serveAppUrl(dir, 'app://ipdesk/index.html')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('IP Desk')
    const script = await serveAppUrl(dir, 'app://ipdesk/assets/index.js')
    expect(script.headers.get('content-type')).toContain('text/javascript')
    expect(script.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('never leaves the renderer folder, whatever the path says', async () => {
    const dir = renderer()
    for (const url of [
      'app://ipdesk/../secret.txt',
      'app://ipdesk/%2e%2e/secret.txt',
      'app://ipdesk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://ipdesk/..%5csecret.txt',
      'app://other-host/index.html',
      'app://ipdesk/assets/'
    ]) {
      const response = await serveAppUrl(dir, url)
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).not.toContain('outside the renderer')
    }
  })

  it('answers malformed %-encoding and NUL with 400, not an error', async () => {
    const dir = renderer()
    expect((await serveAppUrl(dir, 'app://ipdesk/%E0%A4%A')).status).toBe(400)
    expect((await serveAppUrl(dir, 'app://ipdesk/index.html%00.js')).status).toBe(400)
    expect((await serveAppUrl(dir, 'not a url')).status).toBe(400)
  })
})
