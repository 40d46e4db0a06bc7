// Contract calls for reports and exports: the register as CSV/XLSX, the docket, the portfolio
// risk report and one matter's report. The core writes each file into the workspace's exports/
// folder (like evidence bundles) and records the export in the audit log.
import { z } from 'zod'
import { LANGUAGES } from '../model'
import { MatterListQuery } from './matters'
import { call, id, isoDate } from './kit'

/** The report's language, chosen by the user, independent of the screen's. */
const reportLanguage = z.enum(LANGUAGES)

export const REGISTER_EXPORT_FORMATS = ['csv', 'xlsx'] as const
export const DOCKET_FORMATS = ['pdf', 'csv', 'html'] as const
export const PORTFOLIO_FORMATS = ['pdf', 'csv', 'html'] as const
export const MATTER_REPORT_FORMATS = ['pdf', 'html'] as const
export const DOCKET_GROUPINGS = ['week', 'matter', 'person'] as const
export type DocketGrouping = (typeof DOCKET_GROUPINGS)[number]
/** A docket covers at most about three years: longer is a typo in a year. */
export const DOCKET_MAX_DAYS = 1100

/** The register as it is on screen: its filters, search and sort, every row (no paging). */
export const RegisterExportInput = MatterListQuery.omit({ offset: true, limit: true }).extend({
  format: z.enum(REGISTER_EXPORT_FORMATS),
  lang: reportLanguage
})

export const DocketReportInput = z
  .object({
    from: isoDate,
    /** Inclusive. */
    to: isoDate,
    groupBy: z.enum(DOCKET_GROUPINGS).default('week'),
    format: z.enum(DOCKET_FORMATS),
    lang: reportLanguage
  })
  .superRefine((v, ctx) => {
    if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'range_reversed' })
    else if (Date.parse(v.to) - Date.parse(v.from) >= DOCKET_MAX_DAYS * 86_400_000)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'range_too_long' })
  })

export const PortfolioReportInput = z.object({
  format: z.enum(PORTFOLIO_FORMATS),
  lang: reportLanguage
})

export const MatterReportInput = z.object({
  matterId: id,
  format: z.enum(MATTER_REPORT_FORMATS),
  lang: reportLanguage,
  /** Privileged opinions, privileged documents and the exposure panel: only when ticked. */
  includePrivileged: z.boolean().default(false)
})

/** A report written to the workspace's exports/ folder, downloaded through the shell's export URL. */
export interface ReportFile {
  fileName: string
  path: string
  mime: string
  bytes: number
  /** The core's moment the report was made (its "as of"). */
  asOf: string
  /** Data rows (register, docket, portfolio) or the documents listed (matter report). */
  rows: number
  /** Privileged items left out (opinions, documents, the exposure panel) because the user did not include them. */
  skippedPrivileged: number
}

export const reportCalls = {
  'reports.register': call<ReportFile>()(RegisterExportInput),
  'reports.docket': call<ReportFile>()(DocketReportInput),
  'reports.portfolio': call<ReportFile>()(PortfolioReportInput),
  'reports.matter': call<ReportFile>()(MatterReportInput)
} as const
