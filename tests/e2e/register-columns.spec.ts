// Issue 13 in the app: the register's columns can be hidden and resized, and the choice is kept
// across a reload; "Show all, default widths" puts everything back. In English and Chinese at
// 1280x720, with screenshots in test-results/screens/.
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'

async function width(locator: Locator): Promise<number> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return box.width
}

test('hiding and resizing register columns is kept across a reload, and can be undone', async ({
  page,
  preview
}) => {
  await preview.core.dispatch('workspace.loadSample', {})
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(`${preview.server.url}#/matters`)
  const table = page.getByRole('table')
  const header = (name: string) => table.getByRole('columnheader', { name, exact: true })
  await expect(header('Marketplace')).toBeVisible()
  const before = await width(header('Title'))

  await page.getByRole('button', { name: 'Columns' }).click()
  const menu = page.getByRole('menu', { name: 'Columns' })
  await expect(menu.getByRole('checkbox', { name: 'Reference' })).toBeDisabled()
  await menu.getByRole('checkbox', { name: 'Marketplace' }).uncheck()
  await page.keyboard.press('Escape')
  await expect(header('Marketplace')).toHaveCount(0)
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveCount(8)

  // drag the title column's right edge 120 px to the right
  const handle = table.getByRole('separator', { name: 'Resize the Title column' })
  const box = (await handle.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + 60, box.y + box.height / 2, { steps: 4 })
  await page.mouse.move(box.x + 120 + box.width / 2, box.y + box.height / 2, { steps: 4 })
  await page.mouse.up()
  const dragged = await width(header('Title'))
  expect(dragged).toBeGreaterThan(before + 100)
  // the keyboard too: focus the edge, arrow right
  await handle.focus()
  await page.keyboard.press('ArrowRight')
  expect(await width(header('Title'))).toBeCloseTo(dragged + 16, 0)
  await page.screenshot({ path: 'test-results/screens/register-columns-en-1280x720.png' })

  await page.reload()
  await expect(table.getByRole('row').nth(1)).toBeVisible()
  await expect(header('Marketplace')).toHaveCount(0)
  expect(await width(header('Title'))).toBeCloseTo(dragged + 16, 0)

  await ok(preview.core.dispatch('settings.update', { language: 'zh-CN' }))
  await page.reload()
  await expect(table.getByRole('columnheader', { name: '销售平台', exact: true })).toHaveCount(0)
  await page.getByRole('button', { name: '列', exact: true }).click()
  await page.screenshot({ path: 'test-results/screens/register-columns-zh-1280x720.png' })
  await page.getByRole('menuitem', { name: '全部显示并恢复默认宽度' }).click()
  await page.keyboard.press('Escape')
  await expect(table.getByRole('columnheader', { name: '销售平台', exact: true })).toBeVisible()
  expect(await width(table.getByRole('columnheader', { name: '标题', exact: true }))).toBeCloseTo(before, 0)
})

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}
