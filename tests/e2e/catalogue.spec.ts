// The catalogue and the rights registry as counsel uses them: a product with its versions and
// listings, a listing taken down with its reason kept in the history, a design-around to a new
// version, sales imported from a CSV with a bad line, and a right's claims edited on its page.
// Every screen is read in English and in Chinese, and photographed at 1440x900 and 1280x720
// into test-results/screens/ for a person to look at.
import type { Page } from '@playwright/test'
import type { OpenedCore } from '../../src/main/core'
import { expect, test } from './fixtures'

type Language = 'en' | 'zh-CN'

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

/** The viewport at both sizes, then scrolled to the end of the page's own scroller. */
async function screens(page: Page, language: Language, name: string): Promise<void> {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 }
  ]) {
    await page.setViewportSize(size)
    await page.waitForTimeout(150)
    const file = `test-results/screens/${name}-${language}-${size.width}x${size.height}`
    await page.screenshot({ path: `${file}.png` })
    // Only the page's own scroller moves; every other element ignores scrollTop.
    const main = page.locator('main *')
    const scrolled = await main.evaluateAll((elements) =>
      elements.some((e) => {
        e.scrollTop = e.scrollHeight
        return e.scrollTop > 0
      })
    )
    if (scrolled) {
      await page.waitForTimeout(100)
      await page.screenshot({ path: `${file}-end.png` })
      await main.evaluateAll((elements) => elements.forEach((e) => (e.scrollTop = 0)))
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 })
}

/** A matter asserting a patent against an accused product, as a logged letter leaves it. */
async function seedMatter(core: OpenedCore): Promise<number> {
  const detail = await ok(
    core.dispatch('matters.create', {
      title: 'Brightline Outdoor — lantern patents (LX-200)',
      kind: 'warning_letter',
      jurisdiction: 'US'
    })
  )
  const matterId = detail.matter.id
  await ok(
    core.dispatch('ipRights.add', {
      matterId,
      type: 'utility_patent',
      number: 'US 11,234,567 B2',
      jurisdiction: 'US',
      title: 'Collapsible Lantern with Telescoping Diffuser',
      assertedClaims: ['1']
    })
  )
  const withProduct = await ok(
    core.dispatch('products.add', {
      matterId,
      name: 'Folding camping lantern LX-200',
      sku: 'LX-200',
      marketplaceItemId: 'B0C1234567',
      marketplace: 'Amazon US'
    })
  )
  // Counsel's opinion on v1, delivered before the takedown.
  const accused = withProduct.products[0]!
  await ok(
    core.dispatch('opinions.create', {
      matterId,
      type: 'non_infringement',
      counsel: 'outside',
      firm: 'Lin & Carter LLP',
      requestedDate: '2026-10-22',
      deliveredDate: '2026-11-10',
      conclusion: 'favourable',
      versionIds: [accused.versionId],
      covers: [{ rightId: withProduct.ipRights[0]!.rightId, claims: ['1'] }]
    })
  )
  return matterId
}

test('a product gets a listing live since April, taken down with its reason, a v2 design-around and sales from a CSV with one bad line', async ({
  page,
  preview
}) => {
  void preview
  await page.getByRole('link', { name: 'Products', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Products' })).toBeVisible()
  await page.getByRole('button', { name: 'New product' }).click()
  let dialog = page.getByRole('dialog')
  await dialog.getByLabel('Product name').fill('Folding camping lantern LX-200')
  await dialog.getByLabel('SKU').fill('LX-200')
  await dialog.getByLabel('Brand').fill('Nuanlan')
  await expect(dialog.getByLabel('Version name')).toHaveValue('v1')
  await dialog.getByLabel('Version launch date', { exact: true }).fill('2026-03-01')
  await dialog.getByRole('button', { name: 'Create product' }).click()

  await expect(page.getByRole('heading', { name: 'Folding camping lantern LX-200' })).toBeVisible()
  const v1 = page.getByRole('region', { name: 'Version v1' })
  await expect(v1.getByText('Launched Mar 1, 2026')).toBeVisible()

  // A listing live since 1 April.
  await v1.getByRole('button', { name: 'Add listing' }).click()
  dialog = page.getByRole('dialog')
  await dialog.getByLabel('Marketplace').fill('Amazon U')
  await page.getByRole('option', { name: 'Amazon US', exact: true }).click()
  await dialog.getByLabel('ASIN / item ID').fill('B0C1234567')
  await dialog.getByLabel('Currency').fill('usd')
  await dialog.getByLabel('Since', { exact: true }).fill('2026-04-01')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  const listing = v1.getByRole('article', { name: 'Amazon US · B0C1234567' })
  await expect(listing.getByText('Live', { exact: true }).first()).toBeVisible()
  await expect(listing.getByRole('row', { name: /Apr 1, 2026\s*Live/ })).toBeVisible()

  // A removal dated before the listing went live is refused next to the date.
  await listing.getByRole('button', { name: 'Change status' }).click()
  dialog = page.getByRole('dialog')
  await dialog.getByLabel('Date', { exact: true }).fill('2026-03-15')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByText(/before it went live/)).toBeVisible()
  // Taken down on 20 November, with the reason.
  await dialog.getByLabel('Date', { exact: true }).fill('2026-11-20')
  await dialog.getByLabel('Reason').fill('removed after takedown')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  const history = listing.getByRole('table', { name: 'Status history' })
  await expect(history.getByRole('row')).toHaveCount(3)
  await expect(history.getByRole('row').nth(1)).toContainText('Apr 1, 2026')
  await expect(history.getByRole('row').nth(1)).toContainText('Live')
  await expect(history.getByRole('row').nth(2)).toContainText('Nov 20, 2026')
  await expect(history.getByRole('row').nth(2)).toContainText('Removed')
  await expect(history.getByRole('row').nth(2)).toContainText('removed after takedown')
  await expect(v1.getByText('0 live listings')).toBeVisible()

  // Version v2 and the design-around from v1.
  await page.getByRole('button', { name: 'Add version' }).click()
  dialog = page.getByRole('dialog')
  await dialog.getByLabel('Version name').fill('v2')
  await dialog.getByLabel('Version launch date', { exact: true }).fill('2026-11-22')
  await dialog.getByLabel('What changed').fill('Fixed diffuser; no telescoping section')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('region', { name: 'Version v2' })).toBeVisible()

  await page.getByRole('button', { name: 'Add design-around' }).click()
  dialog = page.getByRole('dialog')
  await expect(dialog.getByLabel('Old version')).toHaveValue('v1')
  await expect(dialog.getByLabel(/^New version\s*\*?$/)).toHaveValue('v2')
  await dialog.getByLabel('What changed').fill('The diffuser no longer telescopes')
  await dialog.getByLabel('New version live', { exact: true }).fill('2026-11-22')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  const designAround = page.getByRole('article', { name: 'v1 → v2' })
  await expect(designAround).toContainText('The diffuser no longer telescopes')
  await expect(designAround).toContainText('Nov 22, 2026')

  // Sales from a CSV: one line has negative units; it is named, and only the good rows are saved.
  await v1.getByRole('tab', { name: /Sales/ }).click()
  await v1.getByRole('button', { name: 'Import sales from CSV' }).click()
  dialog = page.getByRole('dialog')
  await dialog
    .getByLabel('CSV content')
    .fill(
      [
        'month,units,revenue,currency,asin',
        '2026-09,120,3588.00,USD,B0C1234567',
        '2026-10,-3,90.00,USD,B0C1234567',
        '2026-11,80,"2,392.00",USD,B0C1234567'
      ].join('\n')
    )
  await dialog.getByRole('button', { name: 'Check rows' }).click()
  await expect(dialog.getByTestId('csv-good')).toHaveText('2 rows read well.')
  const bad = dialog.getByRole('table', { name: 'Lines with errors' }).getByRole('row')
  await expect(bad).toHaveCount(2)
  await expect(bad.nth(1)).toContainText('3')
  await expect(bad.nth(1)).toContainText('Units')
  await expect(bad.nth(1)).toContainText('Units cannot be negative.')
  await page.screenshot({ path: 'test-results/screens/csv-import-en-1440x900.png' })
  // Nothing is saved before the user confirms.
  const productId = Number(/#\/catalogue\/(\d+)/.exec(page.url())?.[1])
  const unsaved = await ok(preview.core.dispatch('catalogue.get', { id: productId }))
  expect(unsaved.versions.flatMap((v) => v.sales)).toEqual([])
  await dialog.getByRole('button', { name: 'Save 2 good rows' }).click()
  await expect(dialog).toBeHidden()
  const sales = v1.getByRole('table', { name: 'Monthly sales' })
  await expect(sales.getByRole('row')).toHaveCount(3)
  await expect(sales.getByRole('row').nth(1)).toContainText('Sep 2026')
  await expect(sales.getByRole('row').nth(1)).toContainText('$3,588.00')
  await expect(sales.getByRole('row').nth(2)).toContainText('Nov 2026')
  await expect(sales.getByRole('row').nth(2)).toContainText('$2,392.00')
  await expect(sales).not.toContainText('Oct 2026')
  // October typed in by hand: a figure in another currency than the listing's is refused there.
  await v1.getByRole('button', { name: 'Enter a month' }).click()
  dialog = page.getByRole('dialog')
  await dialog.getByLabel('Month').fill('2026-10')
  await dialog.getByLabel('Listing').click()
  await page.getByRole('option', { name: 'Amazon US · B0C1234567' }).click()
  await dialog.getByLabel('Units').fill('40')
  await dialog.getByLabel('Revenue').fill('1196')
  await dialog.getByLabel('Currency').fill('EUR')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByText(/This currency differs/)).toBeVisible()
  await dialog.getByLabel('Currency').fill('USD')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(sales.getByRole('row').nth(2)).toContainText('Oct 2026')
  await expect(sales.getByRole('row').nth(2)).toContainText('$1,196.00')
  await v1.getByRole('tab', { name: /Listings/ }).click()
  await screens(page, 'en', 'product')

  await page.getByRole('link', { name: 'Products', exact: true }).click()
  await page.getByRole('textbox', { name: 'Search products' }).fill('B0C1234567')
  const row = page.getByRole('row', { name: /Folding camping lantern LX-200/ })
  await expect(row).toBeVisible()
  await expect(page.getByTestId('product-count')).toHaveText('1 product')
  await screens(page, 'en', 'catalogue')

  // In Chinese: the history, the statuses, the dates and the sales speak Chinese.
  await page.getByRole('link', { name: 'Settings', exact: true }).click()
  await page.getByText('简体中文', { exact: true }).click()
  await page.getByRole('link', { name: '产品', exact: true }).click()
  await page.getByRole('link', { name: 'Folding camping lantern LX-200' }).click()
  const v1zh = page.getByRole('region', { name: '版本 v1' })
  const historyZh = v1zh.getByRole('table', { name: '状态历史' })
  await expect(historyZh.getByRole('row').nth(2)).toContainText('2026年11月20日')
  await expect(historyZh.getByRole('row').nth(2)).toContainText('已下架')
  await expect(page.getByRole('heading', { name: '规避设计' })).toBeVisible()
  await v1zh.getByRole('tab', { name: /销售/ }).click()
  await expect(v1zh.getByRole('table', { name: '月度销售' })).toContainText('US$3,588.00')
  await v1zh.getByRole('tab', { name: /商品链接/ }).click()
  await screens(page, 'zh-CN', 'product')
  await page.getByRole('link', { name: '产品', exact: true }).click()
  await expect(page.getByTestId('product-count')).toHaveText('共 1 个产品')
  await screens(page, 'zh-CN', 'catalogue')
})

test("a right's claims are edited on its registry page, reached from the matter; a duplicate claim number is refused in Chinese", async ({
  page,
  preview
}) => {
  const matterId = await seedMatter(preview.core)
  await page.goto(`${preview.server.url}#/matters/${matterId}/rights`)
  await expect(page.getByRole('row', { name: /US 11,234,567 B2/ })).toContainText('1')
  await page.getByRole('link', { name: 'US 11,234,567 B2' }).click()
  await expect(page.getByRole('heading', { name: 'US 11,234,567 B2' })).toBeVisible()

  // Registry fields: a grant before the filing is refused next to the grant date.
  const details = page.getByRole('form', { name: 'Registry details' })
  await details.getByLabel('Owner').fill('Brightline Outdoor Inc.')
  await details.getByLabel('Filing date', { exact: true }).fill('2023-05-16')
  await details.getByLabel('Grant date', { exact: true }).fill('2021-03-02')
  await details.getByRole('button', { name: 'Save details' }).click()
  await expect(details.getByText('The grant date is before the filing date.')).toBeVisible()
  await details.getByLabel('Filing date', { exact: true }).fill('2021-03-02')
  await details.getByLabel('Grant date', { exact: true }).fill('2023-05-16')
  await details.getByLabel('Marking', { exact: true }).click()
  await page.getByRole('option', { name: 'Marked', exact: true }).click()
  await details.getByLabel('Marked since', { exact: true }).fill('2023-06-01')
  await details.getByRole('button', { name: 'Save details' }).click()
  await expect(page.getByText('Saved', { exact: true }).first()).toBeVisible()

  // Claims: 1 independent with its text, 2 dependent on 1.
  const claims = page.getByRole('form', { name: 'Claims' })
  await claims.getByRole('button', { name: 'Add claim' }).click()
  await claims.getByLabel('Text of claim 1').fill('A collapsible lantern comprising a telescoping diffuser')
  await claims.getByRole('button', { name: 'Add claim' }).click()
  await expect(claims.getByLabel('Claim number, row 2')).toHaveValue('2')
  await expect(claims.getByLabel('Claim 2 is independent')).not.toBeChecked()
  await claims.getByLabel('Claim 2 depends on').click()
  await page.getByRole('option', { name: '1', exact: true }).click()
  await claims.getByRole('button', { name: 'Save claims' }).click()
  await expect(page.getByText('Claims saved')).toBeVisible()
  const stored = await ok(preview.core.dispatch('rights.list', {}))
  const right = await ok(preview.core.dispatch('rights.get', { id: stored.rows[0]!.id }))
  expect(right.claims.map((c) => [c.number, c.independent, c.dependsOn])).toEqual([
    ['1', true, null],
    ['2', false, '1']
  ])
  expect(right.right.markingStatus).toBe('marked')
  await expect(page.getByRole('region', { name: 'Matters asserting it' })).toContainText('1')
  await screens(page, 'en', 'right')
  await page.getByRole('link', { name: 'Rights', exact: true }).click()
  await expect(page.getByTestId('right-count')).toHaveText('1 right')
  await screens(page, 'en', 'rights')

  // The matter's accused product links to its product page.
  await page.goto(`${preview.server.url}#/matters/${matterId}/products`)
  await page.getByRole('link', { name: 'Folding camping lantern LX-200' }).click()
  await expect(page.getByRole('heading', { name: 'Folding camping lantern LX-200' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Rights asserted against it' })).toContainText(
    'US 11,234,567 B2'
  )
  const opinions = page.getByRole('region', { name: 'Opinions of counsel covering its versions' })
  await expect(opinions).toContainText('Non-infringement')
  await expect(opinions).toContainText('Lin & Carter LLP')
  await expect(opinions).toContainText('Nov 10, 2026')
  await expect(opinions).toContainText('Favourable')
  await page.getByRole('tab', { name: 'Launch checklist' }).click()
  await expect(page.getByRole('region', { name: 'Launch checklist' })).toContainText('Not ready to launch')
  await screens(page, 'en', 'product-linked')

  // In Chinese: a claim number used twice is refused next to it, and nothing is saved.
  await ok(preview.core.dispatch('settings.update', { language: 'zh-CN' }))
  await page.goto(`${preview.server.url}#/rights/${right.right.id}`)
  await page.reload()
  const claimsZh = page.getByRole('form', { name: '权利要求' })
  await expect(claimsZh.getByLabel('权利要求编号，第 2 行')).toHaveValue('2')
  await claimsZh.getByLabel('权利要求编号，第 2 行').fill('1')
  await claimsZh.getByRole('button', { name: '保存权利要求' }).click()
  await expect(claimsZh.getByText('该编号重复。')).toBeVisible()
  const after = await ok(preview.core.dispatch('rights.get', { id: right.right.id }))
  expect(after.claims.map((c) => c.number)).toEqual(['1', '2'])
  await screens(page, 'zh-CN', 'right')
  await page.getByRole('link', { name: '权利', exact: true }).click()
  await expect(page.getByTestId('right-count')).toHaveText('共 1 项权利')
  await screens(page, 'zh-CN', 'rights')
})
