// The portfolio risk report: the exposure area's portfolio view (every accused product version,
// riskiest first) as CSV or a page. The exposure engine marks all of it attorney work product,
// so the page always carries the privilege legend.
import type { z } from 'zod'
import type { PortfolioView } from '../../../shared/contract'
import type { PortfolioReportInput, ReportFile } from '../../../shared/contract/reports'
import { renderExposureError } from '../../../shared/exposure/messages'
import { portfolio } from '../exposure/exposure'
import type { Workspace } from '../workspace/workspace'
import { writeReport } from './files'
import { htmlList, htmlParagraph, htmlSection, htmlTable, raw, reportHtml } from './html'
import { asOfLine, reportText, type ReportText } from './i18n'
import { pageBytes } from './pdf'
import { tableCsv, type Cell, type Table } from './table'

type Input = z.output<typeof PortfolioReportInput>

interface PortfolioLine {
  product: string
  matters: string
  openAssertions: number
  coverage: string
  liveListings: number
  listings: number
  daysLive: number
  firstNotice: string | null
  gaps: string[]
}

function lines(view: PortfolioView, text: ReportText): PortfolioLine[] {
  if (!view.ok) return []
  return view.rows.map((r) => ({
    product: text.t('reports.doc.version', { product: r.productName, version: r.versionName }),
    matters: (view.links[r.versionId]?.matters ?? []).map((m) => m.reference).join(', '),
    openAssertions: r.openAssertions,
    coverage: text.t(`portfolio.coverage.${r.coverage}`),
    liveListings: r.liveListings,
    listings: r.listings,
    daysLive: r.daysLiveAfterNotice,
    firstNotice: r.firstNotice?.date ?? null,
    gaps: r.gaps.map((g) => text.exposure(g))
  }))
}

function problems(view: PortfolioView, text: ReportText): string[] {
  const refused = view.ok ? [] : view.errors.map((e) => renderExposureError(e, text.lang))
  return [
    ...refused,
    ...view.skipped.flatMap((s) =>
      s.errors.map((e) => `${s.reference}: ${renderExposureError(e, text.lang)}`)
    )
  ]
}

const COLUMNS = [
  'product_version',
  'matters',
  'openAssertions',
  'coverage',
  'liveListings',
  'listings',
  'daysLive',
  'firstNotice',
  'gaps'
] as const

function portfolioTable(rows: PortfolioLine[], text: ReportText, asOf: string, notes: string[]): Table {
  const col = (key: string) => text.t(`reports.doc.cols.${key}`)
  return {
    sheet: text.t('reports.portfolio.title'),
    preamble: [
      text.t('reports.doc.portfolioTitle'),
      asOfLine(text, asOf),
      text.t('reports.doc.legend'),
      ...notes
    ],
    columns: COLUMNS.map((key) => ({
      header: col(key),
      type:
        key === 'firstNotice'
          ? 'date'
          : ['openAssertions', 'liveListings', 'listings', 'daysLive'].includes(key)
            ? 'number'
            : 'text',
      width: key === 'gaps' ? 60 : key === 'product_version' ? 32 : undefined
    })),
    rows: rows.map((r): Cell[] => [
      r.product,
      r.matters,
      r.openAssertions,
      r.coverage,
      r.liveListings,
      r.listings,
      r.daysLive,
      r.firstNotice,
      r.gaps.join('\n')
    ])
  }
}

function portfolioPage(
  rows: PortfolioLine[],
  text: ReportText,
  asOf: string,
  actor: string,
  notes: string[]
): string {
  const col = (key: string) => text.t(`reports.doc.cols.${key}`)
  return reportHtml({
    lang: text.lang,
    title: text.t('reports.doc.portfolioTitle'),
    text,
    asOf,
    actor,
    privileged: true,
    landscape: true,
    subtitle: [text.t('portfolio.count', { count: rows.length, n: rows.length })],
    body: [
      ...(notes.length ? [htmlSection(text.t('exposure.refused'), htmlList(notes))] : []),
      rows.length
        ? htmlTable(
            [
              { header: col('product_version'), width: '20%' },
              { header: col('matters'), width: '13%' },
              { header: col('openAssertions'), kind: 'number', width: '8%' },
              { header: col('coverage'), width: '9%' },
              { header: `${col('liveListings')} / ${col('listings')}`, kind: 'number', width: '8%' },
              { header: col('daysLive'), kind: 'number', width: '8%' },
              { header: col('firstNotice'), kind: 'code', width: '11%' },
              { header: col('gaps'), width: '23%' }
            ],
            rows.map((r) => [
              r.product,
              r.matters,
              r.openAssertions,
              r.coverage,
              `${r.liveListings} / ${r.listings}`,
              r.daysLive,
              r.firstNotice,
              r.gaps.length ? htmlList(r.gaps) : raw('<span class="muted">—</span>')
            ])
          )
        : htmlParagraph(text.t('portfolio.empty'))
    ]
  })
}

export async function portfolioReport(ws: Workspace, input: Input): Promise<ReportFile> {
  const asOf = ws.ctx.now()
  const text = reportText(input.lang)
  const view = portfolio(ws.ctx)
  const rows = lines(view, text)
  const notes = problems(view, text)
  const bytes =
    input.format === 'csv'
      ? tableCsv(portfolioTable(rows, text, asOf, notes))
      : await pageBytes(ws, portfolioPage(rows, text, asOf, ws.ctx.actor, notes), input.format)
  return writeReport(ws, {
    base: text.t('reports.portfolio.title'),
    extension: input.format,
    bytes,
    asOf,
    rows: rows.length,
    skippedPrivileged: 0,
    audit: { action: 'export_portfolio', matterId: null, details: { lang: input.lang } }
  })
}
