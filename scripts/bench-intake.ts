// Intake reader figures (`node --import tsx scripts/bench-intake.ts [--json]`): reading a 10-page
// warning letter (target p95 < 200 ms), and a 120-page Schedule A complaint with a 300-row Schedule A
// read and matched against 50 own stores (target p95 < 2 s). Pure functions over text: no PDF
// parsing is timed here (bench-documents times pdf.js).
import fs from 'node:fs'
import path from 'node:path'
import {
  extractComplaintFields,
  extractLetterFields,
  matchOwnStores,
  readMarketplaceNotice,
  readScheduleA,
  type OwnStore
} from '../src/main/core/ingest'
import { syntheticComplaint, syntheticRows, type SynthLayout } from '../tests/unit/ingest/synthetic'

export interface IntakeFigure {
  name: string
  p50: number
  p95: number
  runs: number
  target_p95_ms?: number
}

const LETTERS = path.resolve(__dirname, '../tests/unit/ingest/letters')

function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN
}

function timed(name: string, runs: number, fn: () => unknown, target?: number): IntakeFigure {
  for (let i = 0; i < Math.min(3, runs); i++) fn() // warm the JIT and the regex caches
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    fn()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  times.sort((a, b) => a - b)
  const round = (n: number): number => Math.round(n * 100) / 100
  const figure: IntakeFigure = {
    name,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    runs
  }
  if (target !== undefined) figure.target_p95_ms = target
  return figure
}

const ANALYSIS = [
  'Our client has reviewed the accused products in detail. Each accused product includes a base housing, a',
  'telescoping diffuser comprising at least three nested translucent rings and a magnetic latch in the top',
  'cap. The claims of the patent are not limited to any particular material, and the prosecution history',
  'contains no disclaimer that would narrow them. Your continued sales after receipt of this letter would be',
  'with knowledge of the patent, and a court may increase damages for willful infringement under 35 U.S.C.',
  '§ 284. Please note that our client sells its products through Amazon.com and Walmart.com and has',
  'documented test purchases of the accused products on several dates, each preserved with screenshots.'
].join('\n')

/** A warning letter of `pages` pages: a real test letter with pages of analysis in its middle. */
export function tenPageLetter(pages = 10): string {
  const letter = fs.readFileSync(path.join(LETTERS, 'en-utility-patent-walmart.txt'), 'utf8')
  const cut = letter.indexOf('Tallgrass is willing')
  const filler = Array.from({ length: pages - 2 }, (_, p) =>
    Array.from({ length: 6 }, (_, k) => `${p * 6 + k + 1}. ${ANALYSIS}`).join('\n\n')
  )
  return [letter.slice(0, cut), ...filler, letter.slice(cut)].join('\n\f')
}

function ownStores(rows: ReturnType<typeof syntheticRows>): OwnStore[] {
  // 5 by seller ID, 3 by name only, 42 that are not among the defendants
  const stores: OwnStore[] = [10, 77, 150, 203, 299].map((i) => ({
    name: `Our store ${i}`,
    sellerId: rows[i]?.sellerId
  }))
  stores.push(...[5, 120, 250].map((i) => ({ name: `${rows[i]?.store ?? ''} Official Store` })))
  for (let i = 0; i < 42; i++)
    stores.push({ name: `Unrelated Shop ${i}`, sellerId: `AUNRELATED${String(i).padStart(4, '0')}` })
  return stores
}

export function benchIntake(): IntakeFigure[] {
  const figures: IntakeFigure[] = []
  const letter = tenPageLetter()
  figures.push(timed('intake.letter_10_pages', 50, () => extractLetterFields(letter), 200))
  const rows = syntheticRows(300)
  const stores = ownStores(rows)
  for (const layout of ['layout', 'pdfjs', 'cells'] as SynthLayout[]) {
    const complaint = syntheticComplaint(120, rows, layout)
    const options = layout === 'pdfjs' ? { pages: complaint.pages } : {}
    figures.push(
      timed(
        `intake.complaint_120_pages_schedule_a_300_rows_match_50.${layout}`,
        15,
        () => {
          extractComplaintFields(complaint.text, options)
          const { rows: read } = readScheduleA(complaint.text, options)
          const matches = matchOwnStores(read, stores)
          if (read.length !== 300 || matches.length < 8)
            throw new Error(`schedule A read ${read.length} rows, ${matches.length} matches`)
        },
        2000
      )
    )
  }
  const notice = fs.readFileSync(
    path.resolve(__dirname, '../tests/unit/ingest/notices/amazon-apex.txt'),
    'utf8'
  )
  figures.push(timed('intake.marketplace_notice', 50, () => readMarketplaceNotice(notice)))
  return figures
}

if (require.main === module) {
  const figures = benchIntake()
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures, null, 2))
  else {
    for (const f of figures) {
      const target =
        f.target_p95_ms === undefined
          ? ''
          : `  (target p95 < ${f.target_p95_ms} ms: ${f.p95 < f.target_p95_ms ? 'ok' : 'MISSED'})`
      console.log(
        `${f.name.padEnd(66)} p50 ${String(f.p50).padStart(8)} ms  p95 ${String(f.p95).padStart(8)} ms  runs ${f.runs}${target}`
      )
    }
  }
}
