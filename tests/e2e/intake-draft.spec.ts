// Specification (issue 13, "Discard draft"): discarding a half-filled intake form can be taken
// back for ten seconds from its toast, which brings every typed value back; discarding a form
// nothing was typed into asks nothing and shows nothing.
import { expect, test } from './fixtures'

for (const [language, says] of [
  [
    'en',
    {
      log: 'Log warning letter',
      discard: 'Discard draft',
      discarded: 'Draft discarded.',
      undo: 'Undo',
      holder: 'Rights holder'
    }
  ],
  [
    'zh-CN',
    {
      log: '登记警告函',
      discard: '放弃草稿',
      discarded: '草稿已放弃。',
      undo: '撤销',
      holder: '权利人'
    }
  ]
] as const) {
  test(`${language}: a discarded draft comes back with Undo`, async ({ page, preview }) => {
    await preview.core.dispatch('settings.update', { language })
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.reload()

    // Nothing typed: no toast.
    await page.getByRole('button', { name: says.log }).first().click()
    await page.getByRole('button', { name: says.discard }).click()
    await expect(page).toHaveURL(/#\/matters$/)
    await expect(page.getByTestId('undo-toast')).toHaveCount(0)

    await page.getByRole('button', { name: says.log }).first().click()
    await page.getByLabel(says.holder, { exact: true }).fill('Brightline Outdoor Inc.')
    await page
      .getByLabel('Letter date', { exact: true })
      .or(page.getByLabel('函件日期', { exact: true }))
      .fill('2026-10-19')
    await page.getByRole('button', { name: says.discard }).click()
    await expect(page).toHaveURL(/#\/matters$/)
    const toast = page.getByTestId('undo-toast')
    await expect(toast).toContainText(says.discarded)
    await page.screenshot({ path: `test-results/screens/draft-discarded-${language}-1280x720.png` })
    await toast.getByRole('button', { name: says.undo }).click()
    await expect(page.getByLabel(says.holder, { exact: true })).toHaveValue('Brightline Outdoor Inc.')
    await expect(toast).toHaveCount(0)
  })
}
