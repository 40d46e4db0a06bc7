// Issue 11 in the app: Settings lists the workspace's backups; counsel takes one, verifies it and
// restores it after a confirmation, and the state before the restore is kept as a backup too.
// Screenshots at 1280x720 in English and Chinese go to test-results/screens/.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openCore } from '../../src/main/core'
import { expect, test } from './fixtures'

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

test('a backup taken in Settings is verified, and restoring it brings back the state it holds', async ({
  page,
  preview
}) => {
  await ok(preview.core.dispatch('workspace.loadSample', {}))
  const sampleMatters = (await ok(preview.core.dispatch('matters.list', {}))).total
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(`${preview.server.url}#/settings`)
  const section = page.getByRole('region', { name: 'Backups' })
  await expect(section).toContainText('No backup yet')
  await section.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByText(/Backup taken/)).toBeVisible()
  const rows = section.getByTestId('backup-row')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('On request')
  await expect(rows.first()).toContainText(String(sampleMatters))

  await rows.first().getByRole('button', { name: 'Verify' }).click()
  await expect(section.getByTestId('backup-report')).toContainText('Intact')

  // the whole workspace as one file, downloaded and imported into an empty folder elsewhere
  await section.getByRole('button', { name: 'Export the whole workspace' }).click()
  const ready = section.getByTestId('archive-ready')
  await expect(ready).toContainText(`${sampleMatters} matters`)
  const download = page.waitForEvent('download')
  await ready.getByRole('link').click()
  const file = path.join(preview.dataDir, 'downloaded.zip')
  await (await download).saveAs(file)

  // ... and imported from the same screen: a folder in use is refused, an empty one receives it
  const importer = section.getByTestId('archive-import')
  const chooser = page.waitForEvent('filechooser')
  await importer.getByRole('button', { name: 'Choose the archive…' }).click()
  await (await chooser).setFiles(file)
  await expect(importer.getByTestId('staged-archive')).toContainText('downloaded.zip')
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'ipdesk-e2e-import-'))
  fs.writeFileSync(path.join(elsewhere, 'notes.txt'), 'mine')
  await importer.getByLabel('Empty folder to import into').fill(elsewhere)
  await importer.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(importer.getByTestId('import-refused')).toContainText('This folder is not empty')
  expect(fs.readdirSync(elsewhere)).toEqual(['notes.txt'])
  const target = path.join(elsewhere, 'office')
  await importer.getByLabel('Empty folder to import into').fill(target)
  await importer.getByRole('button', { name: 'Import', exact: true }).click()
  const imported = importer.getByTestId('import-done')
  await expect(imported).toContainText(`Imported ${sampleMatters} matters`)
  await expect(imported).toContainText(`IPDESK_DATA_DIR=${target}`)
  await importer.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/backups-import-en-1280x720.png' })
  const copy = openCore({ dir: target, log: { error: () => {}, warn: () => {}, info: () => {} } })
  expect((await ok(copy.dispatch('matters.list', {}))).total).toBe(sampleMatters)
  copy.workspace.close()
  fs.rmSync(elsewhere, { recursive: true, force: true })

  // a matter logged after the backup is gone once the backup is restored
  await ok(
    preview.core.dispatch('matters.create', {
      kind: 'warning_letter',
      title: 'Logged after the backup',
      rightsHolder: 'Later Holder Ltd'
    })
  )
  expect((await ok(preview.core.dispatch('matters.list', {}))).total).toBe(sampleMatters + 1)
  await rows.first().getByRole('button', { name: 'Restore' }).click()
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
  await expect(dialog).toContainText('The current state is backed up first')
  await section.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/backups-restore-en-1280x720.png' })
  await dialog.getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByText(/Restored the backup of/)).toBeVisible()
  expect((await ok(preview.core.dispatch('matters.list', {}))).total).toBe(sampleMatters)
  // the state before the restore is a backup of its own, to go back to
  await expect(rows).toHaveCount(2)
  await expect(section).toContainText('Before a restore')

  // a second location (another disk): every backup is copied there; an unplugged disk is reported
  const second = section.getByTestId('second-location')
  const disk = fs.mkdtempSync(path.join(os.tmpdir(), 'ipdesk-e2e-second-'))
  await second.getByLabel('Folder on another disk or share').fill(disk)
  await second.getByRole('button', { name: 'Copy backups there' }).click()
  await expect(second.getByTestId('second-status')).toContainText('Up to date: 2 backups are also in')
  await expect(rows.getByTestId('second-copy')).toHaveText(['Copied', 'Copied'])
  fs.rmSync(disk, { recursive: true, force: true })
  await section.getByRole('button', { name: 'Back up now' }).click()
  await expect(rows).toHaveCount(3)
  await expect(rows.first().getByTestId('second-copy')).toHaveText('Not copied')
  await expect(second.getByTestId('second-status')).toContainText('cannot be found')
  await expect(second.getByTestId('second-status')).toContainText('Backups are still taken here')
  await second.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/backups-second-en-1280x720.png' })
  await rows.first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/backups-en-1280x720.png' })

  await ok(preview.core.dispatch('settings.update', { language: 'zh-CN' }))
  await page.reload()
  const zh = page.getByRole('region', { name: '备份' })
  await expect(zh.getByTestId('backup-row')).toHaveCount(3)
  await expect(zh).toContainText('恢复前')
  await expect(zh.getByTestId('second-status')).toContainText('找不到第二备份位置')
  await zh.getByTestId('second-location').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/backups-second-zh-1280x720.png' })
  await zh.getByTestId('backup-row').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/backups-zh-1280x720.png' })
})
