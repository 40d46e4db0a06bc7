// The docket: every open deadline due in a date range, plus every overdue one whatever its date
// (overdue first: those need action now), grouped by week, by matter or by responsible person.
// Read through the calendar area's range query, the one the calendar screen uses.
import type { z } from 'zod'
import type { CalendarDeadlineItem } from '../../../shared/contract'
import type { DocketReportInput, ReportFile } from '../../../shared/contract/reports'
import { addCalendarDays, daysBetween, getRule, isDeadlineRuleId } from '../../../shared/deadlines'
import { calendarRange } from '../calendar/calendar'
import type { Workspace } from '../workspace/workspace'
import { writeReport } from './files'
import { htmlParagraph, htmlSection, htmlTable, reportHtml, type HtmlColumn } from './html'
import { asOfLine, reportText, type ReportText } from './i18n'
import { pageBytes } from './pdf'
import { tableCsv, type Table } from './table'

type Input = z.output<typeof DocketReportInput>

export interface DocketLine {
  item: CalendarDeadlineItem
  daysOverdue: number
  responsible: string | null
}
export interface DocketGroup {
  key: string
  label: string
  overdue: boolean
  lines: DocketLine[]
}

const A_MONDAY = '2024-01-01'
/** The Monday of the ISO week a date is in. */
export function mondayOf(date: string): string {
  return addCalendarDays(date, -(((daysBetween(A_MONDAY, date) % 7) + 7) % 7))
}

const EVERY_OPEN = { matterIds: [], kinds: [], personIds: [], unassigned: false, statuses: ['open' as const] }
const MOST = 10_000

function openDeadlines(ws: Workspace, from: string, to: string): CalendarDeadlineItem[] {
  if (to < from) return []
  const range = calendarRange(ws.ctx, { ...EVERY_OPEN, from, to, include: ['deadlines'], limit: MOST })
  return range.items.filter((i): i is CalendarDeadlineItem => i.type === 'deadline')
}

function groupKey(line: DocketLine, by: Input['groupBy']): string {
  if (by === 'week') return mondayOf(line.item.date)
  if (by === 'matter') return line.item.reference
  return line.responsible ?? ''
}

function groupLabel(text: ReportText, line: DocketLine, by: Input['groupBy']): string {
  if (by === 'week') return text.t('reports.doc.weekOf', { monday: mondayOf(line.item.date) })
  if (by === 'matter') return `${line.item.reference} ${line.item.matterTitle}`
  return line.responsible ?? text.t('reports.doc.unassigned')
}

/** Overdue deadlines (one group, most overdue first), then the range's, grouped and by due date. */
export function docketGroups(ws: Workspace, input: Input): DocketGroup[] {
  const text = reportText(input.lang)
  const today = ws.ctx.today()
  const line = (item: CalendarDeadlineItem): DocketLine => ({
    item,
    daysOverdue: item.overdue ? daysBetween(item.date, today) : 0,
    responsible: item.responsible?.name ?? null
  })
  const overdue = openDeadlines(ws, '0001-01-01', addCalendarDays(today, -1)).map(line)
  const current = openDeadlines(ws, input.from > today ? input.from : today, input.to).map(line)
  const groups: DocketGroup[] = []
  if (overdue.length)
    groups.push({ key: 'overdue', label: text.t('reports.doc.overdue'), overdue: true, lines: overdue })
  const byKey = new Map<string, DocketGroup>()
  for (const l of current) {
    const key = groupKey(l, input.groupBy)
    let group = byKey.get(key)
    if (!group)
      byKey.set(key, (group = { key, label: groupLabel(text, l, input.groupBy), overdue: false, lines: [] }))
    group.lines.push(l)
  }
  // Weeks and matters in date order of their first deadline; people by name, nobody last.
  const later = [...byKey.values()]
  if (input.groupBy === 'person')
    later.sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.key.localeCompare(b.key)))
  return [...groups, ...later]
}

function ruleName(ruleId: string | null, text: ReportText): string {
  if (!ruleId || !isDeadlineRuleId(ruleId)) return ''
  return getRule(ruleId).name[text.lang]
}

export function docketTable(groups: DocketGroup[], text: ReportText, asOf: string, input: Input): Table {
  const col = (key: string) => text.t(`reports.doc.cols.${key}`)
  return {
    sheet: text.t('reports.docket.title'),
    preamble: [
      text.t('reports.doc.docketTitle', { from: input.from, to: input.to }),
      asOfLine(text, asOf),
      text.t('reports.doc.docketGrouped', { group: text.t(`reports.docket.groups.${input.groupBy}`) })
    ],
    columns: [
      { header: col('group'), type: 'text' },
      { header: col('due'), type: 'date' },
      { header: col('daysOverdue'), type: 'number' },
      { header: col('reference'), type: 'text' },
      { header: col('matter'), type: 'text' },
      { header: col('deadline'), type: 'text' },
      { header: col('responsible'), type: 'text' },
      { header: col('rule'), type: 'text' }
    ],
    rows: groups.flatMap((g) =>
      g.lines.map((l) => [
        g.label,
        l.item.date,
        l.daysOverdue,
        l.item.reference,
        l.item.matterTitle,
        l.item.title || ruleName(l.item.ruleId, text),
        l.responsible,
        ruleName(l.item.ruleId, text)
      ])
    )
  }
}

function docketPage(
  groups: DocketGroup[],
  text: ReportText,
  asOf: string,
  actor: string,
  input: Input
): string {
  const col = (key: string) => text.t(`reports.doc.cols.${key}`)
  const columns: HtmlColumn[] = [
    { header: col('due'), kind: 'code', width: '13%' },
    { header: col('daysOverdue'), kind: 'number', width: '9%' },
    { header: col('matter'), width: '26%' },
    { header: col('deadline'), width: '25%' },
    { header: col('responsible'), width: '13%' },
    { header: col('rule'), width: '14%' }
  ]
  const body = groups.length
    ? groups.map((g) =>
        htmlSection(
          g.label,
          htmlTable(
            columns,
            g.lines.map((l) => [
              l.item.date,
              l.daysOverdue || '',
              `${l.item.reference} ${l.item.matterTitle}`,
              l.item.title || ruleName(l.item.ruleId, text),
              l.responsible ?? '',
              // A deadline without its own title is already named by its rule.
              l.item.title ? ruleName(l.item.ruleId, text) : ''
            ])
          )
        )
      )
    : [htmlParagraph(text.t('reports.doc.noDeadlines'))]
  return reportHtml({
    lang: input.lang,
    title: text.t('reports.doc.docketTitle', { from: input.from, to: input.to }),
    text,
    asOf,
    actor,
    privileged: false,
    subtitle: [
      text.t('reports.doc.docketGrouped', { group: text.t(`reports.docket.groups.${input.groupBy}`) })
    ],
    body
  })
}

export async function docketReport(ws: Workspace, input: Input): Promise<ReportFile> {
  const asOf = ws.ctx.now()
  const text = reportText(input.lang)
  const groups = docketGroups(ws, input)
  const rows = groups.reduce((n, g) => n + g.lines.length, 0)
  const bytes =
    input.format === 'csv'
      ? tableCsv(docketTable(groups, text, asOf, input))
      : await pageBytes(ws, docketPage(groups, text, asOf, ws.ctx.actor, input), input.format)
  return writeReport(ws, {
    base: text.t('reports.docket.title'),
    extension: input.format,
    bytes,
    asOf,
    rows,
    skippedPrivileged: 0,
    audit: {
      action: 'export_docket',
      matterId: null,
      details: { from: input.from, to: input.to, groupBy: input.groupBy, lang: input.lang }
    }
  })
}
