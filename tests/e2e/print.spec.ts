// Specification (issue 13, "Print"): any matter page and the register print as their content
// alone: no navigation, header, toasts or buttons, and no title cut off. The register, which on
// screen renders only the rows in view, prints every row it has loaded, on landscape paper.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const LONG_TITLE =
  'Quarry Outdoor Brands LLC v. our Amazon.com and Walmart.com listings — folding camping lantern, solar garden light and LED tent light design patents'

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

/** Elements whose text is cut: wider content than box, with overflow hidden. */
async function clipped(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((elements) =>
      elements
        .filter((e) => e.getBoundingClientRect().width > 0 && e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.textContent ?? '')
    )
}

/** Kept under test-results/prints/ to look at (pdftoppm); read back as text. */
function pdfText(pdf: Buffer, name: string): string {
  const dir = path.join('test-results', 'prints')
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name}.pdf`)
  fs.writeFileSync(file, pdf)
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

test('the register and a matter page print without chrome or cut titles', async ({ page, preview }) => {
  test.setTimeout(90_000)
  await page.setViewportSize({ width: 1280, height: 720 })
  const { core } = preview
  await ok(core.dispatch('workspace.loadSample', {}))
  const long = (
    await ok(
      core.dispatch('matters.create', { title: LONG_TITLE, kind: 'warning_letter', jurisdiction: 'US' })
    )
  ).matter
  // More rows than the screen shows: 60 more matters.
  for (let i = 1; i <= 60; i++) {
    await ok(
      core.dispatch('matters.create', {
        title: `Takedown ${i} of a lantern listing`,
        kind: 'marketplace_complaint'
      })
    )
  }
  const { total } = await ok(core.dispatch('matters.list', { limit: 1 }))

  await page.goto(`${preview.server.url}#/matters`)
  await expect(page.locator('[data-matter-id]').first()).toBeVisible()
  // Last activity is relative to the core's clock (pinned at 09:00 on E2E_TODAY), not the machine's.
  await expect(page.locator('[data-matter-id]').first().getByRole('cell').last()).toHaveText('now')
  const onScreen = await page.locator('[data-matter-id]').count()
  expect(onScreen).toBeLessThan(total)

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('register-print-rows')).toBeVisible()
  await expect(page.locator('[data-matter-id]')).toHaveCount(total)
  for (const chrome of ['.mantine-AppShell-navbar', '.mantine-AppShell-header']) {
    await expect(page.locator(chrome)).toBeHidden()
  }
  await expect(page.getByRole('button', { name: 'New matter' })).toBeHidden()
  // Column headings stay; no cell is cut.
  await expect(page.getByRole('columnheader').first()).toBeVisible()
  expect(await clipped(page, '[role="cell"], [role="columnheader"] button, .mantine-Badge-label')).toEqual([])
  const registerPdf = pdfText(await page.pdf({ preferCSSPageSize: true }), 'register')
  expect(registerPdf.replace(/\s+/g, ' ')).toContain('solar garden light and LED tent light design patents')
  expect(registerPdf).not.toContain('Log warning letter')
  await page.emulateMedia({ media: 'screen' })

  // A matter page: its header and title whole, no buttons, no tabs.
  await page.goto(`${preview.server.url}#/matters/${long.id}/overview`)
  await expect(page.getByRole('heading', { name: LONG_TITLE })).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('tablist')).toBeHidden()
  await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0)
  expect(await clipped(page, 'h1, h2, h3, h4, [data-truncate]')).toEqual([])
  await page.screenshot({ path: 'test-results/screens/print-matter-en.png', fullPage: true })
  const matterPdf = pdfText(await page.pdf({ preferCSSPageSize: true }), 'matter')
  expect(matterPdf.replace(/\s+/g, ' ')).toContain('folding camping lantern, solar garden light')
  expect(matterPdf).not.toContain('Calendar')
})
