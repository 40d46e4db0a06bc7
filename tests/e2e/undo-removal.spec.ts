// Counsel removes the sender's attorney from the sample Schedule A lawsuit by mistake, clicks
// Undo in the toast, and sees him back with his firm and e-mail; then the same in Chinese.
// Screenshots of the toast at 1280x720 go to test-results/screens/.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

async function screen(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.waitForTimeout(200)
  await page.screenshot({ path: `test-results/screens/${name}-1280x720.png` })
}

test('a party removed by mistake comes back with Undo, in English and in Chinese', async ({
  page,
  preview
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.getByRole('button', { name: 'Load sample workspace' }).click()
  await expect(page.getByTestId('matter-count')).toHaveText('5 matters')
  const found = await preview.core.dispatch('matters.list', { search: 'Schedule A' })
  if (!found.ok) throw new Error(found.error.code)
  const id = found.value.rows.find((r) => r.kind === 'lawsuit')!.id

  await page.goto(`${preview.server.url}#/matters/${id}/parties`)
  const mercer = page.getByRole('row', { name: /Daniel R\. Mercer/ })
  await expect(mercer).toContainText('dmercer@harwellpike.example')
  await mercer.getByRole('button', { name: 'Remove party' }).click()
  // Removed at once; the toast offers Undo for ten seconds.
  await expect(mercer).toHaveCount(0)
  const toast = page.getByTestId('undo-toast')
  await expect(toast).toContainText('Party “Daniel R. Mercer” removed.')
  await screen(page, 'undo-removal-en')
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText('Put back as it was.')).toBeVisible()
  await expect(mercer).toContainText('dmercer@harwellpike.example')
  await expect(mercer).toContainText('Harwell & Pike LLP')
  await screen(page, 'undo-removal-en-restored')

  const settings = await preview.core.dispatch('settings.update', { language: 'zh-CN' })
  expect(settings.ok).toBe(true)
  await page.goto(`${preview.server.url}#/matters/${id}/parties`)
  await page.reload()
  await expect(page.getByRole('tab', { name: /当事方/ })).toBeVisible()
  await mercer.getByRole('button', { name: '删除当事方' }).click()
  await expect(mercer).toHaveCount(0)
  await expect(toast).toContainText('已删除当事方“Daniel R. Mercer”。')
  await screen(page, 'undo-removal-zh')
  await toast.getByRole('button', { name: '撤销' }).click()
  await expect(page.getByText('已按原样恢复。')).toBeVisible()
  await expect(mercer).toContainText('dmercer@harwellpike.example')

  // The audit log tells both steps, twice over.
  const log = preview.core.workspace.ctx.sqlite
    .prepare(
      "select action from audit_log where entity = 'party' and action in ('delete', 'restore') order by id"
    )
    .all() as { action: string }[]
  expect(log.map((r) => r.action)).toEqual(['delete', 'restore', 'delete', 'restore'])
})
