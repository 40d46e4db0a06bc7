// The register as a spreadsheet: the rows the screen shows (its filters, search and sort, every
// page of them), read through the matters area's own list query, as CSV or XLSX.
import type { z } from 'zod'
import type { RegisterExportInput, ReportFile } from '../../../shared/contract/reports'
import { countMatters, listMatters } from '../matters/register'
import type { Workspace } from '../workspace/workspace'
import { writeReport } from './files'
import { asOfLine, reportText, type ReportText } from './i18n'
import { tableCsv, tableXlsx, type Table } from './table'

type Input = z.output<typeof RegisterExportInput>

function filtersLine(text: ReportText, input: Input): string {
  const parts = [
    ...(input.search ? [`“${input.search}”`] : []),
    ...input.kinds.map((k) => text.label('matterKinds', k)),
    ...input.statuses.map((s) => text.label('matterStatuses', s)),
    ...input.jurisdictions,
    ...input.marketplaces
  ]
  return text.t('reports.doc.registerFilters', {
    filters: parts.length ? parts.join(', ') : text.t('reports.doc.noFilters')
  })
}

export function registerTable(ws: Workspace, input: Input, asOf: string): Table {
  const text = reportText(input.lang)
  const { t } = text
  // Every matching row in one read: the register's own query, its limit set to all matters.
  const page = listMatters(ws.ctx, { ...input, offset: 0, limit: Math.max(1, countMatters(ws.ctx)) })
  const col = (key: string) => t(`reports.doc.cols.${key}`)
  return {
    sheet: t('reports.doc.registerTitle'),
    preamble: [t('reports.doc.registerTitle'), asOfLine(text, asOf), filtersLine(text, input)],
    columns: [
      { header: col('reference'), type: 'text', width: 16 },
      { header: col('title'), type: 'text', width: 40 },
      { header: col('kind'), type: 'text', width: 20 },
      { header: col('status'), type: 'text', width: 14 },
      { header: col('rightsHolder'), type: 'text', width: 28 },
      { header: col('jurisdiction'), type: 'text', width: 10 },
      { header: col('marketplace'), type: 'text', width: 16 },
      { header: col('nextDeadline'), type: 'date' },
      { header: col('lastActivityAt'), type: 'moment', width: 22 }
    ],
    rows: page.rows.map((m) => [
      m.reference,
      m.title,
      text.label('matterKinds', m.kind),
      text.label('matterStatuses', m.status),
      m.rightsHolder,
      m.jurisdiction,
      m.marketplace,
      m.nextDeadline,
      m.lastActivityAt
    ])
  }
}

export async function exportRegister(ws: Workspace, input: Input): Promise<ReportFile> {
  const asOf = ws.ctx.now()
  const table = registerTable(ws, input, asOf)
  const bytes = input.format === 'csv' ? tableCsv(table) : await tableXlsx(table, new Date(asOf))
  return writeReport(ws, {
    base: table.sheet,
    extension: input.format,
    bytes,
    asOf,
    rows: table.rows.length,
    skippedPrivileged: 0,
    audit: {
      action: 'export_register',
      matterId: null,
      details: {
        search: input.search,
        kinds: input.kinds,
        statuses: input.statuses,
        jurisdictions: input.jurisdictions,
        marketplaces: input.marketplaces,
        sort: input.sort,
        direction: input.direction,
        lang: input.lang
      }
    }
  })
}
