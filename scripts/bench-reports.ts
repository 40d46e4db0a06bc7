// Speed of the reports area through the contract: the register of 10,000 matters as CSV and as
// XLSX (target < 3 s), and the report of a matter with 500 timeline events and 200 documents as
// HTML (target < 5 s) and, when Chromium is installed, as PDF. Alone: node --import tsx scripts/bench-reports.ts
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { openCore } from '../src/main/core'
import { importUpload } from '../src/main/core/documents/uploads'
import { chromiumPrinter } from '../src/main/web/print-pdf'
import { seedLargeWorkspace } from './seed'

export interface ReportFigure {
  name: string
  p50: number
  p95: number
  runs: number
  target_p95_ms: number
  note?: string
}

const quiet = { error: () => {}, warn: () => {}, info: () => {} }

async function time(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn() // warm
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    await fn()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  times.sort((a, b) => a - b)
  const at = (p: number) =>
    times[Math.min(times.length - 1, Math.max(0, Math.ceil((p / 100) * times.length) - 1))]!
  return { p50: at(50), p95: at(95) }
}

function must<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}

export async function benchReports(log: (line: string) => void = () => {}): Promise<ReportFigure[]> {
  const figures: ReportFigure[] = []
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipdesk-bench-reports-'))
  const chromium = fs.existsSync(process.env.IPDESK_CHROMIUM ?? '/usr/bin/chromium')
  const printer = chromium ? chromiumPrinter() : null
  try {
    log('  seeding 10,000 matters for the register export ...')
    const seeded = openCore({ dir, log: quiet })
    seedLargeWorkspace(seeded.workspace.ctx.sqlite, {
      matters: 10_000,
      deadlinesPerMatter: 2,
      eventsPerMatter: 2
    })
    seeded.workspace.close()
    const { workspace, dispatch } = openCore({
      dir,
      log: quiet,
      today: () => '2026-11-29',
      printToPdf: printer?.print
    })
    for (const format of ['csv', 'xlsx'] as const) {
      let rows = 0
      const t = await time(5, async () => {
        rows = must(await dispatch('reports.register', { format, lang: 'zh-CN', sort: 'nextDeadline' })).rows
      })
      figures.push({
        name: `register_${format}_10k`,
        ...t,
        runs: 5,
        target_p95_ms: 3000,
        note: `${rows} rows`
      })
    }

    log('  a matter with 500 timeline events and 200 documents ...')
    const matter = must(
      await dispatch('matters.create', {
        kind: 'lawsuit',
        title: 'Brightline Outdoor v. Schedule A defendants (bench)',
        rightsHolder: 'Brightline Outdoor Inc.',
        caseNumber: '1:26-cv-04321'
      })
    ).matter
    for (let i = 0; i < 500; i++)
      must(
        await dispatch('timeline.addEvent', {
          matterId: matter.id,
          type: 'note',
          date: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
          title: `Note ${i + 1}: call with outside counsel about the Schedule A 与律师沟通`,
          details: 'Discussed the freeze, the TRO and the settlement range.'
        })
      )
    const files = []
    for (let i = 0; i < 200; i++) {
      const up = await importUpload(
        workspace,
        Readable.from([Buffer.from(`exhibit ${i + 1}\n`)]),
        `Exhibit ${i + 1}.txt`
      )
      files.push({ sha256: up.sha256, originalName: up.originalName })
    }
    must(await dispatch('documents.attach', { matterId: matter.id, files, kind: 'correspondence' }))
    const html = await time(5, async () => {
      must(
        await dispatch('reports.matter', {
          matterId: matter.id,
          format: 'html',
          lang: 'zh-CN',
          includePrivileged: true
        })
      )
    })
    figures.push({ name: 'matter_html_500_events_200_docs', ...html, runs: 5, target_p95_ms: 5000 })
    if (printer) {
      const pdf = await time(3, async () => {
        must(
          await dispatch('reports.matter', {
            matterId: matter.id,
            format: 'pdf',
            lang: 'zh-CN',
            includePrivileged: true
          })
        )
      })
      figures.push({
        name: 'matter_pdf_500_events_200_docs',
        ...pdf,
        runs: 3,
        target_p95_ms: 5000,
        note: 'Chromium print'
      })
    }
    workspace.close()
  } finally {
    await printer?.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
  return figures
}

if (process.argv[1] && /bench-reports/.test(process.argv[1])) {
  benchReports((line) => process.stdout.write(`${line}\n`))
    .then((figures) => {
      for (const f of figures)
        process.stdout.write(
          `reports.${f.name}: p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms (target p95 < ${f.target_p95_ms} ms)${f.note ? `; ${f.note}` : ''}\n`
        )
    })
    .catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`)
      process.exit(1)
    })
}
