// Issue 9 in the app: a letter dropped on the intake form is read and its facts proposed beside
// the letter's text, each to accept; a Chinese letter in the Chinese UI; a Schedule A complaint
// names our store. Screenshots of the split view at 1440x900 and 1280x720 go to test-results/screens/.
import fs from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, fixture, test } from './fixtures'

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

/** Drops a file on a drop zone as the browser does when one is dragged from the desktop. */
async function dropFile(page: Page, zone: Locator, name: string, mime: string): Promise<void> {
  const base64 = fs.readFileSync(fixture(name)).toString('base64')
  const dataTransfer = await page.evaluateHandle(
    ({ base64, name, mime }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      // the page's DataTransfer (this file is type-checked without the DOM library)
      const Transfer = (
        globalThis as unknown as { DataTransfer: new () => { items: { add(f: File): void } } }
      ).DataTransfer
      const transfer = new Transfer()
      transfer.items.add(new File([bytes], name, { type: mime }))
      return transfer
    },
    { base64, name, mime }
  )
  await zone.dispatchEvent('dragover', { dataTransfer })
  await zone.dispatchEvent('drop', { dataTransfer })
}

async function screens(page: Page, name: string): Promise<void> {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 }
  ]) {
    await page.setViewportSize(size)
    await page.waitForTimeout(200)
    await page.screenshot({ path: `test-results/screens/${name}-${size.width}x${size.height}.png` })
  }
  await page.setViewportSize({ width: 1440, height: 900 })
}

test('the English patent letter dropped on the form is proposed, accepted and logged with its deadline', async ({
  page,
  preview
}) => {
  await page.goto(`${preview.server.url}#/intake`)
  await expect(page.getByRole('heading', { name: 'Log a warning letter' })).toBeVisible()
  const zone = page.getByLabel('Letter file').locator('..')
  await dropFile(page, zone, 'warning-letter-patent-en.pdf', 'application/pdf')

  const summary = page.getByTestId('read-summary')
  await expect(summary).toContainText('Read as a warning letter')
  await expect(page.getByLabel('Sender law firm', { exact: true })).toHaveValue('HARWELL & PIKE LLP')
  await expect(page.getByLabel('Rights holder', { exact: true })).toHaveValue('Brightline Outdoor Inc.')
  await expect(page.getByLabel('Letter date', { exact: true })).toHaveValue('2026-10-19')
  await expect(page.getByLabel('Respond within (days)', { exact: true })).toHaveValue('14')
  // the title is composed by the reader: a proposal to check, marked uncertain
  await expect(page.locator('[data-field="title"]')).toHaveAttribute('data-proposed', 'uncertain')

  await screens(page, 'intake-read-en-top')
  // the letter's text sits beside the form; a proposed field shows where it was read
  const pane = page.getByRole('region', { name: 'The letter' })
  await expect(pane).toContainText('HARWELL & PIKE LLP')
  await page.getByLabel('Respond within (days)', { exact: true }).focus()
  await expect(page.getByTestId('source-highlight')).toContainText('within fourteen (14) days')
  await page.locator('[data-field="senderReference"]').hover()
  await expect(page.getByTestId('source-highlight')).toContainText('BRO-2026-0412')
  await screens(page, 'intake-read-en')

  // nothing is saved while a proposal waits
  await page.getByLabel('Received date', { exact: true }).fill('2026-10-20')
  await page.getByRole('button', { name: 'Log letter' }).click()
  await expect(page.getByText(/Accept or change the \d+ proposed values first/)).toBeVisible()
  expect((await ok(preview.core.dispatch('matters.list', {}))).rows).toHaveLength(0)

  // one field accepted on its own, then the rest at once; the deadline goes through the engine
  await page.getByRole('button', { name: 'Accept Sender law firm' }).click()
  await expect(page.locator('[data-field="senderFirm"]')).toHaveCount(0)
  await page.getByRole('button', { name: 'Accept all' }).click()
  await expect(summary).toContainText('every proposed value is accepted')
  await expect(page.getByTestId('deadline-preview')).toContainText('Monday, November 2, 2026')
  await page.getByRole('button', { name: 'Log letter' }).click()

  await expect(page.getByRole('heading', { name: /Brightline Outdoor Inc\./ })).toBeVisible()
  const list = await ok(preview.core.dispatch('matters.list', {}))
  const id = list.rows[0]?.id as number
  const detail = await ok(preview.core.dispatch('matters.get', { id }))
  expect(detail.parties.map((p) => [p.role, p.name])).toEqual(
    expect.arrayContaining([
      ['rights_holder', 'Brightline Outdoor Inc.'],
      ['sender_firm', 'HARWELL & PIKE LLP'],
      ['sender_attorney', 'Daniel R. Mercer']
    ])
  )
  expect(detail.ipRights.map((r) => r.number)).toEqual(['US 11,234,567 B2', 'US D987,654'])
  expect(detail.products.map((p) => p.marketplaceItemId)).toEqual(['B0C1234567', 'B0C7654321'])
  expect(detail.deadlines.map((d) => d.due)).toContain('2026-11-02')
  expect(detail.documents.map((d) => d.originalName)).toEqual(['warning-letter-patent-en.pdf'])
})

test('the Chinese trademark letter is proposed in the Chinese UI; a scan offers OCR', async ({
  page,
  preview
}) => {
  await ok(preview.core.dispatch('settings.update', { language: 'zh-CN' }))
  await page.goto(`${preview.server.url}#/intake`)
  await expect(page.getByRole('heading', { name: '登记警告函' })).toBeVisible()
  const zone = page.locator('input[type="file"]').locator('..')
  await dropFile(page, zone, 'warning-letter-trademark-zh.pdf', 'application/pdf')

  await expect(page.getByTestId('read-summary')).toContainText('识别为警告函')
  const holder = page.locator('[data-field="rightsHolder"]')
  await expect(holder.locator('input')).toHaveValue('杭州暖岚照明科技有限公司')
  await expect(holder.getByText('建议', { exact: true })).toBeVisible()
  await expect(page.locator('[data-field="senderFirm"] input')).toHaveValue('广州澄砚律师事务所')
  await expect(page.locator('[data-field="letterDate"] input')).toHaveValue('2026-11-03')
  await expect(page.locator('[data-field="responseDeadline"] input').first()).toHaveValue('7')
  const rights = page.locator('[data-field^="ipRights."]')
  await expect(rights).toHaveCount(1)
  await expect(rights.locator('input.mono')).toHaveValue('12345678')
  await expect(page.locator('[data-field^="products."]')).toHaveCount(2)
  await page.locator('[data-field="responseDeadline"] input').first().focus()
  await expect(page.getByTestId('source-highlight')).toContainText('自本函发出之日起七日内')
  await screens(page, 'intake-read-zh')

  // another file: a scan has no text to read
  await page.getByRole('button', { name: '移除已附文件' }).click()
  await dropFile(
    page,
    page.locator('input[type="file"]').locator('..'),
    'scanned-only.pdf',
    'application/pdf'
  )
  await expect(page.getByTestId('no-text-layer')).toContainText('此 PDF 没有文字层')
  await expect(page.getByRole('button', { name: '用 OCR 识别' })).toBeVisible()
})

test('with LumoraGear among our stores, the Schedule A complaint says it is Doe No. 9', async ({
  page,
  preview
}) => {
  await page.goto(`${preview.server.url}#/settings`)
  await page.getByRole('button', { name: 'Add a store' }).click()
  await page.getByLabel('Store name').fill('LumoraGear')
  await page.getByRole('button', { name: 'Save stores' }).click()
  await expect(page.getByText('Stores saved')).toBeVisible()

  await page.goto(`${preview.server.url}#/intake`)
  await page.getByLabel('Letter file').setInputFiles(fixture('complaint-schedule-a.pdf'))
  const panel = page.getByTestId('complaint-panel')
  await expect(panel).toContainText('1:26-cv-04321')
  await expect(panel.getByTestId('own-store-match')).toHaveText(
    /Same name: possible\s*Your store LumoraGear is Doe No\. 9 \(page 6\)/
  )
  await expect(page.getByLabel('Rights holder', { exact: true })).toHaveValue('Brightline Outdoor Inc.')
  // a complaint is logged as a lawsuit: its caption is proposed for the case fields
  await expect(page.getByLabel('Case number', { exact: true })).toHaveValue('1:26-cv-04321')
  await expect(page.getByLabel('Judge', { exact: true })).toHaveValue('Harriet M. Vollmer')
  await expect(page.getByLabel('Filed', { exact: true })).toHaveValue('2026-09-08')
  await expect(page.locator('[data-field="caseNumber"]')).toHaveAttribute('data-proposed', 'certain')
  await expect(page.getByLabel('Reference number', { exact: true })).toHaveValue(/^2026-LIT-\d{3}$/)
  // the Schedule A row itself, shown beside the form
  await panel.getByTestId('own-store-match').hover()
  await expect(page.getByTestId('source-highlight')).toContainText('LumoraGear')
  await expect(page.getByTestId('source-highlight')).toContainText('A2LMRA7QX3K9Z1')
  await screens(page, 'intake-read-complaint-en')
})

test('a pasted Amazon APEX notice is proposed as a marketplace complaint with the APEX 3 weeks', async ({
  page,
  preview
}) => {
  // fictional notice (tests/unit/ingest/notices)
  const apex = fs.readFileSync(path.resolve(__dirname, '../unit/ingest/notices/amazon-apex.txt'), 'utf8')
  await page.goto(`${preview.server.url}#/intake`)
  await page.getByRole('button', { name: "Or paste the letter's text" }).click()
  await page.getByLabel("The letter's text").fill(apex)
  await page.getByRole('button', { name: 'Read this text' }).click()

  await expect(page.getByTestId('read-summary')).toContainText('Read as')
  const kind = page.getByRole('radiogroup', { name: 'What arrived' })
  await expect(kind.getByRole('radio', { name: 'Marketplace notice' })).toBeChecked()
  await expect(page.getByRole('combobox', { name: 'Counted by' })).toHaveValue(
    'Amazon APEX: 3 weeks from the notice'
  )
  await expect(page.getByLabel('Respond within (days)')).toHaveCount(0)
  await expect(page.getByLabel('Rights holder', { exact: true })).toHaveValue('Brightline Outdoor Inc.')
  // a pasted notice has no date of its own: the user enters the notice's (Thursday 5 November);
  // + 21 days is Thanksgiving, 26 November 2026, and APEX moves nothing
  await page.getByLabel('Notice date', { exact: true }).fill('2026-11-05')
  await page.getByLabel('Received date', { exact: true }).fill('2026-11-05')
  await expect(page.getByTestId('deadline-preview')).toContainText('Thursday, November 26, 2026')
  await page.getByRole('button', { name: 'Accept all' }).click()
  await page.getByTestId('deadline-preview').scrollIntoViewIfNeeded()
  await screens(page, 'intake-read-apex-en')
  await page.getByRole('button', { name: 'Log letter' }).click()

  await expect(page.getByRole('heading', { name: /Brightline Outdoor Inc\./ })).toBeVisible()
  const list = await ok(preview.core.dispatch('matters.list', {}))
  const detail = await ok(preview.core.dispatch('matters.get', { id: list.rows[0]?.id as number }))
  expect(detail.matter.kind).toBe('marketplace_complaint')
  expect(detail.deadlines.map((d) => [d.ruleId, d.due])).toEqual([['amazon.apex.response', '2026-11-26']])
  expect(detail.products.map((p) => p.marketplaceItemId)).toEqual(['B0C1234567', 'B0C7654321'])
})
