// A new in-house counsel's first session: load the sample workspace, log the patent
// warning letter in front of them, find it by ASIN, see its timeline and response date,
// and read the register in Chinese.
import { expect, fixture, test } from './fixtures'

test('a new user loads the sample workspace, logs a patent warning letter and finds it by ASIN', async ({
  page,
  preview
}) => {
  void preview
  await page.getByRole('button', { name: 'Load sample workspace' }).click()
  await expect(page.getByTestId('matter-count')).toHaveText('5 matters')

  await page.getByRole('button', { name: 'Log warning letter' }).first().click()
  await expect(page.getByRole('heading', { name: 'Log a warning letter' })).toBeVisible()
  await page.getByLabel('Letter file').setInputFiles(fixture('warning-letter-patent-en.pdf'))
  await expect(page.getByText('warning-letter-patent-en.pdf')).toBeVisible()

  // The letter is read and its facts proposed; counsel checks them against the letter and accepts.
  await expect(page.getByText(/Read as a warning letter/)).toBeVisible()
  await page.getByRole('button', { name: 'Accept all' }).click()
  const text = (name: string) => page.getByRole('textbox', { name, exact: true })
  await text('Title').fill('Brightline Outdoor — lantern patents (LX-200)')
  await expect(text('Letter date')).toHaveValue('2026-10-19')
  // The day it arrived is ours to say, not the letter's.
  await text('Received date').fill('2026-10-20')
  await expect(text('Sender attorney')).toHaveValue('Daniel R. Mercer')
  await expect(text('Rights holder')).toHaveValue('Brightline Outdoor Inc.')
  // "within fourteen (14) days of the date of this letter"
  await expect(page.getByText('Monday, November 2, 2026').first()).toBeVisible()
  await page.getByRole('button', { name: 'Log letter' }).click()

  // The new matter opens; back in the register the ASIN finds it and only it.
  await expect(page.getByRole('heading', { name: /Brightline Outdoor — lantern patents/ })).toBeVisible()
  await page.getByRole('link', { name: 'Matters', exact: true }).click()
  await page.getByRole('textbox', { name: 'Search matters' }).fill('B0C1234567')
  await expect(page.getByTestId('matter-count')).toHaveText('1 matter')
  await page.getByRole('row', { name: /Brightline Outdoor — lantern patents/ }).click()

  await page.getByRole('tab', { name: /Timeline/ }).click()
  const timeline = page.getByRole('tabpanel')
  await expect(timeline.getByText('Letter dated')).toBeVisible()
  await expect(timeline.getByText('Letter received')).toBeVisible()
  await expect(timeline.getByText('warning-letter-patent-en.pdf')).toBeVisible()
  await expect(timeline.getByText('Monday, November 2, 2026')).toBeVisible()
  await expect(page.getByText('Nov 2, 2026', { exact: true })).toBeVisible()

  // Switch to Chinese: the register speaks Chinese.
  await page.getByRole('link', { name: 'Settings', exact: true }).click()
  await page.getByText('简体中文', { exact: true }).click()
  await page.getByRole('link', { name: '案件', exact: true }).click()
  await expect(page.getByRole('columnheader', { name: /参考编号/ })).toBeVisible()
  // The register kept its search; its headings, count and labels are now Chinese.
  await expect(page.getByTestId('matter-count')).toHaveText('共 1 件')
  await expect(page.getByRole('row', { name: /Brightline Outdoor — lantern patents/ })).toContainText(
    '警告函'
  )
})

test('bad input on the intake form is explained next to its field and nothing typed is lost', async ({
  page,
  preview
}) => {
  await page.getByRole('button', { name: 'Log warning letter' }).first().click()
  await page.getByLabel('Title', { exact: true }).fill('x'.repeat(300))
  await page.getByLabel('Letter date', { exact: true }).fill('2026-02-30')
  await page.getByLabel('Received date', { exact: true }).fill('2026-01-05')
  await page.getByLabel('Rights holder', { exact: true }).fill('暖岚 🏮 Lighting')
  await page.getByRole('button', { name: 'Log letter' }).click()

  await expect(page.getByText(/not a date on the calendar/)).toBeVisible()
  await expect(page.getByText(/too long/i).first()).toBeVisible()
  await expect(page.getByLabel('Letter date', { exact: true })).toHaveValue('2026-02-30')
  await expect(page.getByLabel('Rights holder', { exact: true })).toHaveValue('暖岚 🏮 Lighting')
  const info = await preview.core.dispatch('workspace.info', {})
  expect(info.ok && info.value.matterCount).toBe(0)
})
