// Counsel's evidence workflow: a forwarded warning letter (.eml) is dropped onto a matter,
// its PDF attachment is read in the viewer, a design-patent number is found by global search
// on the right page, and the evidence bundle's files match its manifest byte for byte.
import { createHash } from 'node:crypto'
import yauzl from 'yauzl'
import { expect, fixture, test } from './fixtures'
import type { Page } from '@playwright/test'

async function openSampleMatterDocuments(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load sample workspace' }).click()
  await expect(page.getByTestId('matter-count')).toHaveText('5 matters')
  await page.getByRole('row', { name: /2026-PAT-001/ }).click()
  await page.getByRole('tab', { name: /Documents/ }).click()
  await expect(page.getByRole('tab', { name: /Documents/ })).toHaveAttribute('aria-selected', 'true')
}

/** Every entry of a zip file, read fully into memory (bundles in tests are small). */
function readZip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'))
      const out = new Map<string, Buffer>()
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry()
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('no stream'))
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks))
            zip.readEntry()
          })
        })
      })
      zip.on('end', () => resolve(out))
      zip.on('error', reject)
      zip.readEntry()
    })
  })
}

test('a forwarded warning letter becomes an email with its PDF, readable, searchable and exportable', async ({
  page,
  preview
}) => {
  await openSampleMatterDocuments(page)
  await page.getByLabel('Add documents').setInputFiles(fixture('warning-letter.eml'))

  const rows = page.getByTestId('document-row')
  await expect(rows.filter({ hasText: 'warning-letter.eml' })).toBeVisible()
  await expect(rows.filter({ hasText: 'warning-letter-patent-en.pdf' })).toBeVisible()

  // The attachment opens in the PDF viewer: page 1 painted, its words selectable.
  await page.getByRole('link', { name: 'warning-letter-patent-en.pdf' }).click()
  const firstPage = page.locator('[data-testid="pdf-page"][data-page-number="1"]')
  await expect(firstPage).toHaveAttribute('data-rendered', 'true')
  // Typed structurally: this test project compiles without the DOM library.
  type Canvas = {
    width: number
    height: number
    getContext(kind: '2d'): {
      getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray }
    }
  }
  const inkPixels = await firstPage.locator('canvas').evaluate((canvas: Canvas) => {
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data
    let ink = 0
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200) ink += 1
    return ink
  })
  expect(inkPixels).toBeGreaterThan(1000)
  await expect(firstPage.locator('.textLayer')).toContainText(/Harwell/i)

  // Global search lands on page 1 of the PDF (where the Re: line names the design patent).
  await page.getByRole('textbox', { name: 'Search everything' }).fill('D987,654')
  await page.getByRole('textbox', { name: 'Search everything' }).press('Enter')
  const hit = page
    .getByTestId('document-hit')
    .filter({ hasText: 'warning-letter-patent-en.pdf' })
    .filter({ hasText: 'Page 1' })
  await expect(hit.locator('mark').first()).toHaveText('D987,654')
  await hit.click()
  await expect(page).toHaveURL(/#\/documents\/\d+\?page=1&q=D987/)
  const active = page.locator('[data-page-number="1"] .textLayer mark[data-active]')
  await expect(active).toHaveText('D987,654')
  await expect(active).toBeInViewport()

  // The evidence bundle: every file's SHA-256 matches the manifest.
  await page.getByRole('link', { name: "Back to the matter's documents" }).click()
  await page.getByRole('button', { name: /Export evidence bundle/ }).click()
  const downloadLink = page.getByTestId('bundle-ready').getByRole('link')
  await expect(downloadLink).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent('download'), downloadLink.click()])
  const zipPath = `${preview.dataDir}/downloaded-bundle.zip`
  await download.saveAs(zipPath)
  const entries = await readZip(zipPath)
  const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as {
    documents: { file: string; sha256: string; originalName: string }[]
  }
  expect(manifest.documents.map((d) => d.originalName)).toEqual(
    expect.arrayContaining(['warning-letter.eml', 'warning-letter-patent-en.pdf'])
  )
  for (const doc of manifest.documents) {
    const bytes = entries.get(doc.file)
    expect(bytes, doc.file).toBeDefined()
    expect(createHash('sha256').update(bytes!).digest('hex'), doc.file).toBe(doc.sha256)
  }
  expect(manifest.documents.find((d) => d.originalName === 'warning-letter-patent-en.pdf')?.sha256).toBe(
    'c7d8d067f47cf5a05f3ef541b1a74c6b9364c57d9aea6e0f3f22f8a7a9777073'
  )
})

test('a file whose extension lies is refused, and a truncated PDF is kept but shown as damaged', async ({
  page,
  preview
}) => {
  void preview
  await openSampleMatterDocuments(page)
  await page.getByLabel('Add documents').setInputFiles([fixture('not-really.pdf'), fixture('malformed.pdf')])

  await expect(page.getByTestId('upload-row').filter({ hasText: 'not-really.pdf' })).toContainText(
    'This file is not what its name says'
  )
  await expect(page.getByTestId('document-row').filter({ hasText: 'not-really.pdf' })).toHaveCount(0)

  const malformed = page.getByTestId('document-row').filter({ hasText: 'malformed.pdf' })
  await expect(malformed).toBeVisible()
  await expect(malformed).toContainText('Damaged file: cannot be read')
  await page.getByRole('link', { name: 'malformed.pdf' }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'This document cannot be displayed' })
  ).toContainText('The PDF is damaged or incomplete')
  // The record stays: back on the matter it is still listed.
  await page.getByRole('link', { name: "Back to the matter's documents" }).click()
  await expect(page.getByTestId('document-row').filter({ hasText: 'malformed.pdf' })).toBeVisible()
})
