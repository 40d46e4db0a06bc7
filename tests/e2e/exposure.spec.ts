// Issue 8's walk-through: counsel logs Brightline's patent letter about the LX-200 lantern
// (received 2026-10-20, ASINs B0C1234567 and B0C7654321), adds v2 with a design-around, records
// that B0C1234567 (v1) was live from June 2025 until it was taken down on 2026-11-24, and attaches
// Keller Rhodes' non-infringement opinion covering v2 only. The exposure panel and the portfolio
// then name v1's gap and v2's coverage, in English and in Chinese.
//
// Days counted by hand: notice on 2026-10-20; live to the take-down on 2026-11-24 is 11 days to
// 31 October plus 24 in November, 35 days live after notice. The e2e clock is 2026-11-25.
import fs from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, fixture, test } from './fixtures'

const SHOTS = '/tmp/shots/exposure'

async function shot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.waitForTimeout(150)
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/${name}.png` })
  await page.screenshot({ path: `test-results/screens/exposure-${name}.png` })
}

test.setTimeout(180_000)

test('v1 stayed live 35 days after the letter with no opinion; v2, designed around, is covered', async ({
  page,
  preview
}) => {
  // The letter's 14 days ran out on 2026-11-02: each new page load reminds of it first.
  await page.addLocatorHandler(
    page.getByRole('button', { name: /I have seen these|我已知悉/ }),
    async (b) => {
      await b.click()
    }
  )
  // The letter, read and accepted.
  await page.getByRole('button', { name: 'Log warning letter' }).first().click()
  await page.getByLabel('Letter file').setInputFiles(fixture('warning-letter-patent-en.pdf'))
  // Reading the PDF takes a few seconds on a busy machine.
  await expect(page.getByText(/Read as a warning letter/)).toBeVisible({ timeout: 40_000 })
  await page.getByRole('button', { name: 'Accept all' }).click()
  const text = (name: string) => page.getByRole('textbox', { name, exact: true })
  await text('Title').fill('Brightline Outdoor — lantern patents (LX-200)')
  await text('Received date').fill('2026-10-20')
  await page.getByRole('button', { name: 'Log letter' }).click()
  await expect(page.getByRole('heading', { name: /Brightline Outdoor — lantern patents/ })).toBeVisible()
  const matterId = Number(/#\/matters\/(\d+)/.exec(page.url())?.[1])
  const detail = await preview.core.dispatch('matters.get', { id: matterId })
  if (!detail.ok) throw new Error('matter not found')
  const items = detail.value.products.map((p) => p.marketplaceItemId)
  expect(items).toEqual(expect.arrayContaining(['B0C1234567', 'B0C7654321']))
  const lx = detail.value.products.find((p) => p.marketplaceItemId === 'B0C1234567')!

  // The product page: B0C1234567 live since June 2025, taken down the day before yesterday.
  await page.goto(`${preview.server.url}#/catalogue/${lx.productId}`)
  // The seller's photo of the lantern, through the upload path every file takes.
  await page
    .locator('input[type=file][aria-label="Product image"]')
    .setInputFiles(fixture('product-photo.jpg'))
  await expect(page.getByRole('img', { name: `Photo of ${lx.name}` })).toBeVisible()
  const v1 = page.getByRole('region', { name: `Version ${lx.versionName}` })
  // One product, both ASINs listed under v1.
  await expect(v1.getByRole('article', { name: /B0C7654321/ })).toBeVisible()
  const listing = v1.getByRole('article', { name: /B0C1234567/ })
  await listing.getByRole('button', { name: 'Change status' }).click()
  let dialog = page.getByRole('dialog')
  await dialog.getByLabel('Date', { exact: true }).fill('2025-06-01')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await listing.getByRole('button', { name: 'Change status' }).click()
  dialog = page.getByRole('dialog')
  await dialog.getByLabel('Date', { exact: true }).fill('2026-11-24')
  await dialog.getByLabel('Reason').fill('removed after takedown')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(listing.getByRole('table', { name: 'Status history' })).toContainText('Nov 24, 2026')

  // Version v2 and the design-around from v1.
  await page.getByRole('button', { name: 'Add version' }).click()
  dialog = page.getByRole('dialog')
  await dialog.getByLabel('Version name').fill('v2')
  await dialog.getByLabel('Version launch date', { exact: true }).fill('2026-11-15')
  await dialog.getByLabel('What changed').fill('Fixed diffuser; no telescoping section')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await page.getByRole('button', { name: 'Add design-around' }).click()
  dialog = page.getByRole('dialog')
  await expect(dialog.getByLabel(/^New version\s*\*?$/)).toHaveValue('v2')
  await dialog.getByLabel('What changed').fill('The diffuser no longer telescopes')
  await dialog.getByLabel('New version live', { exact: true }).fill('2026-11-15')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  const designAround = page.getByRole('article', { name: `${lx.versionName} → v2` })
  await expect(designAround).toBeVisible()
  // Edited afterwards: the drawing is added and what changed said more precisely.
  await designAround.getByRole('button', { name: 'Edit design-around' }).click()
  dialog = page.getByRole('dialog')
  await expect(dialog.getByLabel('What changed')).toHaveValue('The diffuser no longer telescopes')
  await dialog.getByLabel('What changed').fill('The diffuser is fixed; no telescoping section (claim 1)')
  await dialog
    .locator('input[type=file][aria-label="Add drawings or test reports"]')
    .setInputFiles(fixture('listing-screenshot.png'))
  await expect(dialog.getByText('listing-screenshot.png')).toBeVisible()
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(designAround).toContainText('The diffuser is fixed; no telescoping section (claim 1)')
  await expect(designAround.getByRole('link', { name: 'listing-screenshot.png' })).toBeVisible()
  await shot(page, 'product-en')
  await designAround.scrollIntoViewIfNeeded()
  await shot(page, 'design-around-en')

  // The opinion: its PDF added to the matter, then recorded as covering v2 only.
  await page.goto(`${preview.server.url}#/matters/${matterId}/documents`)
  await page.getByLabel('Add documents').setInputFiles(fixture('opinion-non-infringement.pdf'))
  await expect(page.getByText('opinion-non-infringement.pdf').first()).toBeVisible()
  await expect
    .poll(async () => {
      const docs = await preview.core.dispatch('documents.list', { matterId })
      return docs.ok ? JSON.stringify(docs.value) : ''
    })
    .toContain('opinion-non-infringement.pdf')
  await page.goto(`${preview.server.url}#/matters/${matterId}/opinions`)
  await page.getByRole('button', { name: 'Add opinion' }).click()
  dialog = page.getByRole('dialog')
  await dialog.getByLabel('Conclusion').click()
  await page.getByRole('option', { name: 'Favourable', exact: true }).click()
  await dialog.getByLabel('Firm').fill('Keller Rhodes LLP')
  await dialog.getByLabel('Requested on', { exact: true }).fill('2026-11-01')
  await dialog.getByLabel('Delivered on', { exact: true }).fill('2026-11-20')
  await dialog.getByLabel('Opinion document').click()
  await page.getByRole('option', { name: 'opinion-non-infringement.pdf' }).click()
  await dialog.getByRole('checkbox', { name: /US 11,234,567/ }).check()
  await dialog.getByLabel('Product versions covered').click()
  await page.getByRole('option', { name: /v2$/ }).click()
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await shot(page, 'opinions-en')

  // The exposure panel: v1's gap in words, v2 covered.
  await page.goto(`${preview.server.url}#/matters/${matterId}/exposure`)
  const panel = (version: string) =>
    page.getByTestId('exposure-version').filter({ has: page.getByRole('heading', { name: version }) })
  const v1Panel = panel(`${lx.name} ${lx.versionName}`)
  await expect(v1Panel).toContainText('Live after notice, not covered')
  await expect(v1Panel).toContainText(/live 35 days after notice, no opinion covering/)
  const v2Panel = panel(`${lx.name} v2`)
  // The opinion covers the utility patent; the design patent the letter also asserts is not.
  const v2Utility = v2Panel.getByTestId('coverage').getByRole('row', { name: /US 11,234,567/ })
  await expect(v2Utility).toContainText('Covered')
  await expect(v2Panel.getByTestId('coverage').getByRole('row', { name: /US D987,654/ })).toContainText(
    'No opinion'
  )
  await expect(v2Panel.getByTestId('coverage')).toContainText('Keller Rhodes LLP')
  await expect(v2Panel).not.toContainText('no opinion covering')
  await shot(page, 'exposure-en')

  // The portfolio: v1 first, with its gap; v2 covered.
  await page.getByRole('link', { name: 'Exposure', exact: true }).click()
  const rows = page.getByRole('row')
  await expect(rows.nth(1)).toContainText(`${lx.name}`)
  await expect(rows.nth(1)).toContainText(lx.versionName)
  await expect(rows.nth(1)).toContainText('35')
  await expect(rows.nth(1)).toContainText(/no opinion covering/)
  const v2Row = page.getByRole('row', { name: /v2/ })
  await expect(v2Row).toContainText('Partial')
  await shot(page, 'portfolio-en')

  // In Chinese.
  await page.getByRole('link', { name: 'Settings', exact: true }).click()
  await page.getByText('简体中文', { exact: true }).click()
  await page.goto(`${preview.server.url}#/matters/${matterId}/exposure`)
  await expect(v1Panel).toContainText('在通知后在售 35 天')
  await expect(v2Utility).toContainText('已覆盖')
  await shot(page, 'exposure-zh')
  await page.getByRole('link', { name: '风险概览', exact: true }).click()
  await expect(rows.nth(1)).toContainText('在通知后在售 35 天')
  await expect(page.getByRole('row', { name: /v2/ })).toContainText('部分覆盖')
  await shot(page, 'portfolio-zh')
  await page.goto(`${preview.server.url}#/catalogue/${lx.productId}`)
  await expect(page.getByRole('heading', { name: lx.name })).toBeVisible()
  await shot(page, 'product-zh')
  await page.goto(`${preview.server.url}#/matters/${matterId}/opinions`)
  await expect(page.getByText('Keller Rhodes LLP').first()).toBeVisible()
  await shot(page, 'opinions-zh')
})
