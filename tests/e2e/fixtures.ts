// Each end-to-end test gets its own workspace folder and its own preview server.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test as base, expect } from '@playwright/test'
import { openCore, type OpenedCore } from '../../src/main/core'
import { startPreviewServer, type PreviewServer } from '../../src/main/web/server'

export const repoRoot = path.resolve(__dirname, '../..')
export const fixture = (name: string): string => path.resolve(repoRoot, '../shared/fixtures', name)

export const E2E_TODAY = '2026-11-25'

interface Preview {
  core: OpenedCore
  server: PreviewServer
  dataDir: string
}

export const test = base.extend<{ preview: Preview }>({
  preview: async ({ page }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipdesk-e2e-'))
    // Every e2e test runs on Wednesday 2026-11-25 by the core's clock (the screen asks the core
    // for "today"), whatever the machine's date: the sample and every date below are fixed.
    const core = openCore({ dir: dataDir, today: () => E2E_TODAY, now: () => `${E2E_TODAY}T09:00:00.000Z` })
    const server = await startPreviewServer({
      workspace: core.workspace,
      dispatch: core.dispatch,
      rendererDir: path.join(repoRoot, 'out', 'renderer')
    })
    await page.goto(server.url)
    await use({ core, server, dataDir })
    await server.close()
    core.workspace.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})

export { expect }
