// A letter dropped on a matter's documents is filed as "Other" and proposed as a warning letter,
// with why; counsel accepts it and the kind is saved. A screenshot is proposed, unsure, and
// counsel changes it. Screenshots at 1280x720 in English and Chinese go to test-results/screens/.
import fs from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import type { OpenedCore } from '../../src/main/core'
import { expect, fixture, test } from './fixtures'

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

/** Drops files on a drop zone as the browser does when they are dragged from the desktop. */
async function dropFiles(page: Page, zone: Locator, files: { name: string; mime: string }[]): Promise<void> {
  const payload = files.map((f) => ({ ...f, base64: fs.readFileSync(fixture(f.name)).toString('base64') }))
  const dataTransfer = await page.evaluateHandle((files) => {
    // the page's DataTransfer (this file is type-checked without the DOM library)
    const Transfer = (globalThis as unknown as { DataTransfer: new () => { items: { add(f: File): void } } })
      .DataTransfer
    const transfer = new Transfer()
    for (const f of files) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))
      transfer.items.add(new File([bytes], f.name, { type: f.mime }))
    }
    return transfer
  }, payload)
  await zone.dispatchEvent('dragover', { dataTransfer })
  await zone.dispatchEvent('drop', { dataTransfer })
}

async function screen(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.waitForTimeout(200)
  await page.screenshot({ path: `test-results/screens/${name}-1280x720.png` })
}

async function newMatter(core: OpenedCore): Promise<number> {
  const detail = await ok(
    core.dispatch('matters.create', {
      title: 'Brightline Outdoor — lantern patents',
      kind: 'warning_letter',
      rightsHolder: 'Brightline Outdoor Inc.'
    })
  )
  return detail.matter.id
}

test('a letter dropped on a matter is proposed as a warning letter, and accepting it saves the kind', async ({
  page,
  preview
}) => {
  const matterId = await newMatter(preview.core)
  await page.goto(`${preview.server.url}#/matters/${matterId}/documents`)
  await dropFiles(page, page.getByTestId('documents-drop'), [
    { name: 'warning-letter-patent-en.pdf', mime: 'application/pdf' },
    { name: 'listing-screenshot.png', mime: 'image/png' }
  ])

  const letter = page.getByTestId('document-row').first()
  await expect(letter).toContainText('warning-letter-patent-en.pdf')
  const proposal = letter.getByTestId('kind-proposal')
  await expect(proposal).toContainText('Proposed: Warning letter', { timeout: 30_000 })
  await expect(proposal).toContainText(
    'Reads as a warning letter: a response deadline, a sender firm, the rights it asserts, and its demands.'
  )
  const shot = page.getByTestId('document-row').filter({ hasText: 'listing-screenshot.png' })
  await expect(shot.getByTestId('kind-proposal')).toContainText('Proposed (unsure): Evidence screenshot')
  // nothing is filed under the proposed kind until counsel says so
  const before = await ok(preview.core.dispatch('documents.list', { matterId }))
  expect(before.map((d) => d.kind)).toEqual(['other', 'other'])
  await screen(page, 'document-kind-en')

  // renaming is not an answer: the proposal still waits
  await page.getByRole('button', { name: 'Actions for warning-letter-patent-en.pdf' }).click()
  await page.getByRole('menuitem', { name: 'Rename or re-classify…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Document details' })
  await dialog.getByLabel('File name').fill('Harwell & Pike letter 2026-10-19.pdf')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  const renamed = page.getByTestId('document-row').filter({ hasText: 'Harwell & Pike letter 2026-10-19.pdf' })
  await expect(renamed.getByTestId('kind-proposal')).toContainText('Proposed: Warning letter')

  await proposal.getByRole('button', { name: 'Accept' }).click()
  await expect(letter.getByTestId('kind-proposal')).toHaveCount(0)
  await expect(letter).toContainText('Warning letter')
  await shot.getByRole('combobox', { name: 'Choose the kind of listing-screenshot.png' }).click()
  await page.getByRole('option', { name: 'Prior art' }).click()
  await expect(shot.getByTestId('kind-proposal')).toHaveCount(0)
  await expect(shot).toContainText('Prior art')

  const after = await ok(preview.core.dispatch('documents.list', { matterId }))
  expect(after.map((d) => [d.originalName, d.kind, d.kindProposal])).toEqual([
    ['Harwell & Pike letter 2026-10-19.pdf', 'warning_letter', null],
    ['listing-screenshot.png', 'prior_art', null]
  ])
})

test('in the Chinese UI the proposal and its reason read in Chinese', async ({ page, preview }) => {
  await ok(preview.core.dispatch('settings.update', { language: 'zh-CN' }))
  const matterId = await newMatter(preview.core)
  await page.goto(`${preview.server.url}#/matters/${matterId}/documents`)
  await dropFiles(page, page.getByTestId('documents-drop'), [
    { name: 'warning-letter-trademark-zh.pdf', mime: 'application/pdf' },
    { name: 'opinion-non-infringement.pdf', mime: 'application/pdf' },
    { name: 'product-photo.jpg', mime: 'image/jpeg' }
  ])
  const row = (name: string) => page.getByTestId('document-row').filter({ hasText: name })
  await expect(row('warning-letter-trademark-zh.pdf').getByTestId('kind-proposal')).toContainText(
    '建议类型：警告函',
    { timeout: 30_000 }
  )
  await expect(row('warning-letter-trademark-zh.pdf')).toContainText('看起来是警告函：有回复期限')
  await expect(row('opinion-non-infringement.pdf').getByTestId('kind-proposal')).toContainText(
    '看起来是律师意见书'
  )
  await expect(row('product-photo.jpg').getByTestId('kind-proposal')).toContainText('建议类型（不确定）')
  await screen(page, 'document-kind-zh')

  await row('warning-letter-trademark-zh.pdf').getByRole('button', { name: '采用' }).click()
  await expect(row('warning-letter-trademark-zh.pdf').getByTestId('kind-proposal')).toHaveCount(0)
  const docs = await ok(preview.core.dispatch('documents.list', { matterId }))
  expect(docs.find((d) => d.originalName === 'warning-letter-trademark-zh.pdf')?.kind).toBe('warning_letter')
})
