// Counsel sends the general manager the Schedule A lawsuit's report in Chinese as a PDF, with
// privileged content on purpose, and hands the docket on as CSV. The PDF is read back with
// pdftotext (every page carries the privilege legend); the CSV is parsed back. Today 2026-11-25.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { test as base, expect, type Page } from '@playwright/test'
import { openCore, type OpenedCore } from '../../src/main/core'
import { importUpload } from '../../src/main/core/documents/uploads'
import { chromiumPrinter } from '../../src/main/web/print-pdf'
import { startPreviewServer, type PreviewServer } from '../../src/main/web/server'
import { E2E_TODAY, fixture, repoRoot } from './fixtures'

// The shared fixture, plus the printer the browser preview lends the core for PDFs.
const test = base.extend<{ preview: { core: OpenedCore; server: PreviewServer } }>({
  preview: async ({ page }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipdesk-e2e-'))
    const printer = chromiumPrinter()
    const core = openCore({
      dir: dataDir,
      today: () => E2E_TODAY,
      now: () => `${E2E_TODAY}T09:00:00.000Z`,
      printToPdf: printer.print
    })
    const server = await startPreviewServer({
      workspace: core.workspace,
      dispatch: core.dispatch,
      rendererDir: path.join(repoRoot, 'out', 'renderer')
    })
    await page.goto(server.url)
    await use({ core, server })
    await server.close()
    await printer.close()
    core.workspace.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})

const SHOTS = '/tmp/shots/reports'

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.waitForTimeout(200)
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) })
}

function pdfPages(file: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], {
      encoding: 'utf8'
    })
  )
}

function ok<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}

test('the Schedule A lawsuit’s report in Chinese as PDF, privileged included, and the docket as CSV', async ({
  page,
  preview
}) => {
  const { dispatch, workspace } = preview.core
  ok(await dispatch('workspace.loadSample', {}))
  const suit = ok(await dispatch('matters.list', { kinds: ['lawsuit'] })).rows[0]!
  // The complaint as a document of the suit (its Schedule A is in it), uploaded as the preview does.
  const complaint = await importUpload(
    workspace,
    fixture('complaint-schedule-a.pdf'),
    'complaint-schedule-a.pdf'
  )
  ok(
    await dispatch('documents.attach', {
      matterId: suit.id,
      files: [{ sha256: complaint.sha256, originalName: complaint.originalName }],
      kind: 'complaint'
    })
  )

  // English first: the register's Export menu and the Reports page, as counsel sees them.
  await page.goto(`${preview.server.url}#/matters`)
  await page.getByRole('button', { name: 'Export' }).click()
  await expect(page.getByRole('menuitem', { name: 'Export register as CSV' })).toBeVisible()
  await shot(page, 'register-export-en')
  await page.keyboard.press('Escape')
  await page.getByRole('link', { name: 'Reports' }).click()
  await expect(page.getByTestId('docket-report')).toBeVisible()
  await shot(page, 'reports-en')

  // The manager reads Chinese: the screen is switched, and the report follows the choice made in it.
  ok(await dispatch('settings.update', { language: 'zh-CN' }))
  await page.goto(`${preview.server.url}#/matters/${suit.id}`)
  await page.reload()
  await page.getByRole('button', { name: '报告' }).click()
  const dialog = page.getByTestId('matter-report')
  await expect(dialog.getByLabel('报告语言')).toHaveValue('简体中文')
  await dialog.getByText('包含特权内容', { exact: true }).click()
  await expect(dialog.getByText('报告将包含特权内容')).toBeVisible()
  await shot(page, 'matter-report-dialog-zh')
  const pdfDownload = page.waitForEvent('download')
  await dialog.getByRole('button', { name: '生成报告' }).click()
  const download = await pdfDownload
  expect(download.suggestedFilename()).toMatch(/^2026-LIT-001 案件报告 .*\.pdf$/)
  const pdfFile = path.join(os.tmpdir(), `ipdesk-e2e-report-${Date.now()}.pdf`)
  await download.saveAs(pdfFile)
  await expect(dialog.getByTestId('report-ready')).toBeVisible()

  const pages = pdfPages(pdfFile)
  const text = pages.join('\n')
  const detail = ok(await dispatch('matters.get', { id: suit.id }))
  expect(detail.matter.caseNumber).toBeTruthy()
  expect(text).toContain(detail.matter.caseNumber!)
  // Its next deadline: the open deadline due first, with its date.
  const next = detail.deadlines
    .filter((d) => d.status === 'open')
    .sort((a, b) => a.due.localeCompare(b.due))[0]!
  expect(detail.matter.nextDeadline).toBe(next.due)
  expect(text).toContain(next.due)
  // The document's SHA-256 (a long hash may wrap inside its cell: compare without spaces).
  expect(text.replace(/\s+/g, '')).toContain(complaint.sha256)
  expect(text).toContain('截至 2026-11-25 09:00（UTC）')
  expect(pages.length).toBeGreaterThan(1)
  for (const [i, p] of pages.entries()) expect(p, `page ${i + 1}`).toContain('特权及保密信息')
  fs.rmSync(pdfFile, { force: true })

  // The docket, handed on as CSV and parsed back.
  await page.goto(`${preview.server.url}#/reports`)
  const docket = page.getByTestId('docket-report')
  await docket.getByLabel('截止日').fill('2027-02-28')
  await docket.getByText('CSV', { exact: true }).click()
  await shot(page, 'reports-zh')
  const csvDownload = page.waitForEvent('download')
  await docket.getByRole('button', { name: '生成报告' }).click()
  const csvFile = path.join(os.tmpdir(), `ipdesk-e2e-docket-${Date.now()}.csv`)
  await (await csvDownload).saveAs(csvFile)
  const bytes = fs.readFileSync(csvFile)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const records = parse(bytes, { bom: true, relax_column_count: true }) as string[][]
  const header = records.findIndex((r) => r[0] === '分组')
  expect(records[header]!.slice(0, 4)).toEqual(['分组', '到期日', '逾期天数', '案件编号'])
  const rows = records.slice(header + 1)
  const suitRow = rows.find((r) => r[3] === suit.reference && r[1] === next.due)
  expect(suitRow, JSON.stringify(rows)).toBeDefined()
  fs.rmSync(csvFile, { force: true })
})
