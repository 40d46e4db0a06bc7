// Memory caps as counsel sees them: a long PDF's viewer keeps only a window of pages in the page
// (a 3,000-page exhibit opens and jumps to page 2,500 with a dozen pages mounted, not 3,000), a
// Flate bomb is one document "Not indexed: over the memory limit" while the app reads on, and a
// document read only in part says how many pages search knows.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { textPdf } from '../../src/main/core/workspace/sample-pdf'
import { flatPageTreePdf, zeroFlateBombPdf } from '../unit/reliability/hostile-pdf'
import { expect, fixture, test } from './fixtures'

async function openSampleMatterDocuments(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load sample workspace' }).click()
  await expect(page.getByTestId('matter-count')).toHaveText('5 matters')
  await page.getByRole('row', { name: /2026-PAT-001/ }).click()
  await page.getByRole('tab', { name: /Documents/ }).click()
  await expect(page.getByRole('tab', { name: /Documents/ })).toHaveAttribute('aria-selected', 'true')
}

test('a 3,000-page exhibit: the viewer mounts a window of pages and jumps to page 2,500', async ({
  page,
  preview
}) => {
  const pages = 3000
  const file = path.join(preview.dataDir, 'exhibit-3000.pdf')
  fs.writeFileSync(
    file,
    textPdf(
      Array.from({ length: pages }, (_, i) => [
        { x: 72, y: 720, text: `Exhibit 12 - Page ${i + 1} of ${pages}`, size: 18 }
      ]),
      'Exhibit 12'
    )
  )
  await openSampleMatterDocuments(page)
  await page.getByLabel('Add documents').setInputFiles(file)
  await page.getByRole('link', { name: 'exhibit-3000.pdf' }).click()

  const first = page.locator('[data-testid="pdf-page"][data-page-number="1"]')
  await expect(first).toHaveAttribute('data-rendered', 'true')
  await expect(page.getByTestId('page-count')).toContainText('3,000')
  // a window, not 3,000 placeholders; thumbnails likewise
  expect(await page.getByTestId('pdf-page').count()).toBeLessThanOrEqual(12)
  expect(await page.locator('[data-thumb]').count()).toBeLessThanOrEqual(20)
  // only the pages on screen hold a canvas
  expect(await page.locator('[data-testid="pdf-page"] canvas').count()).toBeLessThanOrEqual(3)

  const input = page.getByRole('textbox', { name: 'Page number' })
  await input.fill('2500')
  await input.press('Enter')
  const target = page.locator('[data-testid="pdf-page"][data-page-number="2500"]')
  await expect(target).toHaveAttribute('data-rendered', 'true')
  await expect(target.locator('.textLayer')).toContainText('Exhibit 12 - Page 2500 of 3000')
  await expect(target).toBeInViewport()
  await expect(first).toHaveCount(0)
  expect(await page.getByTestId('pdf-page').count()).toBeLessThanOrEqual(12)
  await expect(page.locator('[data-thumb="2500"]')).toHaveAttribute('data-current', 'true')
})

test('a 200,000-page PDF with a flat page tree opens, jumps to page 150,000 and reads its first 5,000 pages', async ({
  page,
  preview
}) => {
  // One Pages dictionary listing every page: pdf.js had walked every page before page N to find
  // it (the viewer froze for 130 s; the index read a hundred pages in its minute).
  const file = path.join(preview.dataDir, 'schedule-a-200000.pdf')
  fs.writeFileSync(file, flatPageTreePdf(200_000, [1, 5000, 150_000]))
  await openSampleMatterDocuments(page)
  await page.getByLabel('Add documents').setInputFiles(file)
  await page.getByRole('link', { name: 'schedule-a-200000.pdf' }).click()

  const first = page.locator('[data-testid="pdf-page"][data-page-number="1"]')
  await expect(first).toHaveAttribute('data-rendered', 'true', { timeout: 20_000 })
  await expect(first.locator('.textLayer')).toContainText('Schedule A page 1')
  await expect(page.getByTestId('page-count')).toContainText('200,000')
  const input = page.getByRole('textbox', { name: 'Page number' })
  await input.fill('150000')
  await input.press('Enter')
  const target = page.locator('[data-testid="pdf-page"][data-page-number="150000"]')
  await expect(target).toHaveAttribute('data-rendered', 'true')
  await expect(target.locator('.textLayer')).toContainText('Schedule A page 150000')
  await expect(target).toBeInViewport()
  // the column is taller than a browser lets a box be: scrolled through a spacer, the current
  // page and its thumbnail still follow
  await expect(input).toHaveValue('150000')
  await expect(page.locator('[data-thumb="150000"]')).toHaveAttribute('data-current', 'true')
  expect(await page.getByTestId('pdf-page').count()).toBeLessThanOrEqual(12)
  await page.screenshot({ path: 'test-results/screens/viewer-200000-pages.png' })

  // Find reads every page's text, minutes for 200,000: the hits so far count and can be visited
  // while it reads on.
  const find = page.getByRole('textbox', { name: 'Find in document' })
  await find.fill('Schedule A page 5000')
  await find.press('Enter')
  await expect(page.getByTestId('find-count')).toContainText(/^1 of 1 so far \(page [\d,]+ of 200,000\)$/, {
    timeout: 20_000
  })
  const hit = page.locator('[data-testid="pdf-page"][data-page-number="5000"]')
  await expect(hit.locator('mark[data-active="true"]')).toHaveText('Schedule A page 5000')
  await expect(hit).toBeInViewport()
  await page.screenshot({ path: 'test-results/screens/viewer-200000-find.png' })

  // The index read the first 5,000 pages, the cap, not the hundred the time had allowed.
  await expect
    .poll(
      async () =>
        (
          preview.core.workspace.ctx.sqlite
            .prepare("select pages_indexed from documents where original_name = 'schedule-a-200000.pdf'")
            .get() as { pages_indexed: number | null } | undefined
        )?.pages_indexed,
      { timeout: 60_000 }
    )
    .toBe(5000)
})

test('a Flate bomb is one document not indexed over the memory limit; the next PDF reads', async ({
  page,
  preview
}) => {
  const bomb = path.join(preview.dataDir, 'exhibit-bomb.pdf')
  fs.writeFileSync(bomb, zeroFlateBombPdf(1400))
  await openSampleMatterDocuments(page)
  await page.getByLabel('Add documents').setInputFiles([bomb, fixture('warning-letter-patent-en.pdf')])
  const row = page.getByTestId('document-row').filter({ hasText: 'exhibit-bomb.pdf' })
  await expect(row.getByTestId('text-capped')).toHaveText('Not indexed: over the memory limit', {
    timeout: 30_000
  })
  await expect(row).not.toContainText('Damaged file')
  // The viewer's pdf.js has no memory cap: the bomb is not drawn unless counsel asks, and the
  // original downloads as it is.
  await row.getByRole('link', { name: 'exhibit-bomb.pdf' }).click()
  const held = page.getByTestId('pdf-held-for-memory')
  await expect(held).toContainText('This PDF is not shown: reading its text needed more memory')
  await expect(held.getByRole('link', { name: 'Download the original file' })).toHaveAttribute(
    'download',
    'exhibit-bomb.pdf'
  )
  await expect(held.getByRole('button', { name: 'Show it anyway' })).toBeVisible()
  await expect(page.getByTestId('pdf-pages')).toHaveCount(0)
  await page.goBack()
  const letter = page.getByTestId('document-row').filter({ hasText: 'warning-letter-patent-en.pdf' })
  await expect(letter).toBeVisible()
  await expect(letter.getByTestId('text-capped')).toHaveCount(0)
})

test('a document read only in part says how many pages search knows', async ({ page, preview }) => {
  await openSampleMatterDocuments(page)
  await page.getByLabel('Add documents').setInputFiles(fixture('complaint-schedule-a.pdf'))
  const row = page.getByTestId('document-row').filter({ hasText: 'complaint-schedule-a.pdf' })
  await expect(row).toBeVisible()
  // what the text queue records for a 200,000-page PDF stopped at the page cap
  await expect
    .poll(() =>
      preview.core.workspace.ctx.sqlite
        .prepare("select text_status from documents where original_name = 'complaint-schedule-a.pdf'")
        .pluck()
        .get()
    )
    .toBe('done')
  preview.core.workspace.ctx.sqlite
    .prepare(
      "update documents set page_count = 200000, pages_indexed = 5000, text_error = 'pages_capped' where original_name = 'complaint-schedule-a.pdf'"
    )
    .run()
  await page.reload()
  await expect(row.getByTestId('text-partial')).toHaveText('Indexed the first 5,000 of 200,000 pages')
  await page.getByRole('link', { name: 'complaint-schedule-a.pdf' }).click()
  await expect(page.getByTestId('text-partial-banner')).toContainText(
    'Indexed the first 5,000 of 200,000 pages: IP Desk indexes at most 5,000 pages of one PDF'
  )
})
