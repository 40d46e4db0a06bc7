// The desktop shell itself: runs wherever the Electron binary is installed, and says why
// it is skipped where it is not (the binary downloads on first launch, which needs internet).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

/** The installed binary, found without require('electron'), which would try to download it. */
function electronBinary(): string | null {
  const pkg = path.dirname(require.resolve('electron/package.json'))
  const pathFile = path.join(pkg, 'path.txt')
  if (!fs.existsSync(pathFile)) return null
  const relative = fs.readFileSync(pathFile, 'utf8').trim()
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkg, 'dist')
  const binary = path.join(dist, relative)
  return fs.existsSync(binary) ? binary : null
}

const binary = electronBinary()
const repoRoot = path.resolve(__dirname, '../..')
const nativeBuilt = fs.existsSync(path.join(repoRoot, '.electron-native'))

const skipReason = !binary
  ? 'the Electron binary is not installed on this machine (it downloads on first launch)'
  : !nativeBuilt
    ? 'better-sqlite3 has no Electron build yet: run `node scripts/electron-native.mjs`'
    : null
// The list reporter does not print skip reasons, so say it where CI logs will show it.
if (skipReason) console.log(`Electron smoke test skipped: ${skipReason}`)

test.describe('Electron shell', () => {
  test.skip(skipReason !== null, skipReason ?? '')

  test('opens an empty workspace with a locked-down window and the register', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipdesk-electron-'))
    const app = await electron.launch({
      executablePath: binary!,
      args: [repoRoot],
      env: { ...process.env, IPDESK_DATA_DIR: dataDir }
    })
    const window = await app.firstWindow()
    await expect(window.getByRole('button', { name: /load sample workspace/i })).toBeVisible()
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const w = BrowserWindow.getAllWindows()[0]!
      const p = (
        w.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }
      ).getLastWebPreferences()
      return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration }
    })
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
      'undefined'
    )
    await app.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })
})
