// The desktop shell itself: runs wherever the Electron binary is installed, and says why
// it is skipped where it is not (the binary downloads on first launch, which needs internet).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

function electronBinary(): string | null {
  try {
    const binary = require('electron') as unknown as string
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

const binary = electronBinary()
const repoRoot = path.resolve(__dirname, '../..')
const nativeBuilt = fs.existsSync(path.join(repoRoot, '.electron-native'))

test.describe('Electron shell', () => {
  test.skip(!binary, 'the Electron binary is not installed on this machine (it downloads on first launch)')
  test.skip(!nativeBuilt, 'better-sqlite3 has no Electron build yet: run `node scripts/electron-native.mjs`')

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
      const p = (w.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences()
      return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration }
    })
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined')
    await app.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })
})
