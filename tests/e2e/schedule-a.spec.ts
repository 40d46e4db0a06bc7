// Counsel opens the sample Schedule A lawsuit, finds our store among the defendants, records the
// service email's date on it and sees the answer deadline it starts (FRCP 12(a)(1)(A)(i): 21
// days; served Monday 2026-11-30, due Monday 2026-12-21), in English and in Chinese.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

async function shot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.waitForTimeout(150)
  await page.screenshot({ path: `test-results/screens/schedule-a-${name}-1280x720.png` })
}

test('our store on the sample Schedule A: served by email, its answer is due 21 days later', async ({
  page,
  preview
}) => {
  void preview
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.getByRole('button', { name: 'Load sample workspace' }).click()
  await expect(page.getByTestId('matter-count')).toHaveText('5 matters')
  await page.getByRole('row', { name: /Brightline Outdoor v\. Schedule A/ }).click()

  // The case fields sit on the overview.
  await expect(page.getByTestId('case-fields')).toContainText('1:26-cv-04321')
  await expect(page.getByTestId('case-fields')).toContainText('Harriet M. Vollmer')
  await shot(page, 'overview-en')

  await page.getByRole('tab', { name: /Defendants \(Schedule A\)/ }).click()
  const table = page.getByTestId('defendants-table')
  await expect(table.getByTestId('defendant-row')).toHaveCount(15)
  await expect(page.getByText('15 defendants · 1 of ours')).toBeVisible()
  await expect(page.getByTestId('frozen-total').first()).toHaveText('$47,845.40')
  await shot(page, 'table-en')

  await page.getByLabel('Our stores only').check()
  const ours = table.getByTestId('defendant-row')
  await expect(ours).toHaveCount(1)
  await expect(ours).toContainText('LumoraGear')
  await expect(ours).toContainText('Ours')
  await expect(ours).toContainText('A2LMRA7QX3K9Z1')
  await expect(ours).toContainText('$18,437.52')
  await expect(ours).toContainText('Answer due Dec 14, 2026')

  // The service email came on Monday 30 November, not the 23rd: correct it.
  await ours.click()
  const drawer = page.getByRole('dialog', { name: /Edit defendant/ })
  await expect(drawer.getByLabel('Store name')).toHaveValue('LumoraGear')
  await shot(page, 'drawer-en')
  await drawer.getByLabel('Service email received', { exact: true }).fill('2026-11-30')
  await drawer.getByRole('button', { name: 'Save' }).click()
  await expect(drawer).toBeHidden()
  await expect(ours).toContainText('Answer due Dec 21, 2026')

  await page.getByRole('tab', { name: /Deadlines/ }).click()
  const card = page.getByTestId('deadline-card').filter({ hasText: 'Monday, December 21, 2026' })
  await expect(card).toContainText('Answer to the complaint')
  await expect(page.getByTestId('deadline-card').filter({ hasText: 'December 14, 2026' })).toHaveCount(0)

  // The same table in Chinese.
  await page.getByRole('link', { name: 'Settings', exact: true }).click()
  await page.getByText('简体中文', { exact: true }).click()
  await page.getByRole('link', { name: '案件', exact: true }).click()
  await page.getByRole('row', { name: /Brightline Outdoor v\. Schedule A/ }).click()
  await expect(page.getByTestId('case-fields')).toContainText('案号')
  await shot(page, 'overview-zh')
  await page.getByRole('tab', { name: /被告（Schedule A）/ }).click()
  await expect(page.getByText('15 名被告 · 其中我方 1 家')).toBeVisible()
  await expect(page.getByTestId('defendant-row').filter({ hasText: 'LumoraGear' })).toContainText('我方')
  await shot(page, 'table-zh')
  await page.getByTestId('defendant-row').filter({ hasText: 'LumoraGear' }).click()
  await expect(page.getByRole('dialog', { name: /编辑被告/ })).toBeVisible()
  await shot(page, 'drawer-zh')
})
