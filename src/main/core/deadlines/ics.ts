// Open deadlines as an iCalendar file for the calendars counsel already use: stable UIDs, so a
// re-import updates instead of duplicating; all-day events; a display alarm per lead time.
import ical, { ICalAlarmRelatesTo, ICalAlarmType } from 'ical-generator'
import type { z } from 'zod'
import type { IcsExportInput, IcsFile } from '../../../shared/contract'
import { addCalendarDays, getRule, isDeadlineRuleId, renderComputedText } from '../../../shared/deadlines'
import type { Language } from '../../../shared/model'
import { inTransaction, writeAudit, type CoreContext } from '../kernel/context'
import { getMatter } from '../matters/matters'
import { parseLeadTimes } from './rules'
import { toDeadline, type DeadlinePeople } from '../db/mappers'
import { deadlinePeopleOf, openDeadlinesWithMatter, type OpenDeadlineWithMatter } from './repo'
import { workspaceId } from '../workspace/settings'

/** Alarms ring at 09:00 on the reminder day, as calendar apps do for all-day events. */
const ALARM_HOUR = 9

export const deadlineUid = (deadlineId: number, workspace: string): string =>
  `deadline-${deadlineId}@${workspace}`

/** Seconds before the all-day event starts (ical-generator's sign): L days before, at 09:00. */
const alarmSecondsBefore = (leadDays: number): number => leadDays * 86_400 - ALARM_HOUR * 3_600

type Row = OpenDeadlineWithMatter

// The calendar file is written in the language the user reads (the exporting screen's).
const LABELS = {
  en: {
    deadline: 'Deadline',
    rule: 'Rule: ',
    trigger: 'Trigger: ',
    date: 'date',
    byHand: (computed: string, reason: string) =>
      `Date set by hand; computed date ${computed}. Reason: ${reason}`,
    steps: 'How the date was computed:',
    warnings: 'Warnings:',
    responsible: 'Responsible: ',
    viaMatter: " (the matter's)",
    calendar: 'IP Desk deadlines'
  },
  'zh-CN': {
    deadline: '期限',
    rule: '规则：',
    trigger: '起算事件：',
    date: '日期',
    byHand: (computed: string, reason: string) => `日期为手动设定；计算日期 ${computed}。理由：${reason}`,
    steps: '日期计算过程：',
    warnings: '提示：',
    responsible: '负责人：',
    viaMatter: '（案件负责人）',
    calendar: 'IP Desk 期限'
  }
} as const

function describe(
  row: Row,
  people: DeadlinePeople,
  lang: Language
): { summary: string; description: string } {
  const d = toDeadline(row.d, people)
  const l = LABELS[lang]
  const rule = d.ruleId && isDeadlineRuleId(d.ruleId) ? getRule(d.ruleId) : null
  const summary = `[${row.reference}] ${d.title || rule?.name[lang] || l.deadline}`
  const lines = [row.matterTitle]
  if (rule) lines.push(`${l.rule}${rule.name[lang]} (${rule.citation})`)
  if (d.triggerDate) lines.push(`${l.trigger}${rule?.triggerLabel[lang] ?? l.date} ${d.triggerDate}`)
  if (d.overrideReason) lines.push(l.byHand(d.computedDue ?? '-', d.overrideReason))
  if (d.steps.length > 0) {
    lines.push('', l.steps)
    for (const s of d.steps)
      lines.push(`- ${renderComputedText(s, lang)}${s.citation ? ` [${s.citation}]` : ''}`)
  }
  if (d.warnings.length > 0)
    lines.push('', l.warnings, ...d.warnings.map((w) => `- ${renderComputedText(w, lang)}`))
  if (d.responsible)
    lines.push('', `${l.responsible}${d.responsible.name}${d.responsible.own ? '' : l.viaMatter}`)
  return { summary, description: lines.join('\n') }
}

export function exportIcs(ctx: CoreContext, input: z.output<typeof IcsExportInput>): IcsFile {
  // The matter through its area (not_found for an unknown one), before the transaction.
  const scope = input.matterId ? getMatter(ctx, input.matterId).matter : undefined
  return inTransaction(ctx, (tx) => {
    const workspace = workspaceId(ctx, tx)
    const rows: Row[] = openDeadlinesWithMatter(tx, input.matterId)
    const people = deadlinePeopleOf(
      tx,
      rows.map((r) => r.d.id)
    )

    const calendar = ical({
      prodId: { company: 'IP Desk', product: 'IP Desk', language: 'EN' },
      name: scope ? `IP Desk: ${scope.reference}` : LABELS[input.lang].calendar
    })
    for (const row of rows) {
      const { summary, description } = describe(
        row,
        people.get(row.d.id) ?? { own: null, matters: null },
        input.lang
      )
      // Legal dates are calendar dates: strings, no time zone, so DTSTART;VALUE=DATE is the due day.
      const event = calendar.createEvent({
        id: deadlineUid(row.d.id, workspace),
        allDay: true,
        start: row.d.due,
        end: addCalendarDays(row.d.due, 1),
        stamp: row.d.updatedAt,
        created: row.d.createdAt,
        lastModified: row.d.updatedAt,
        summary,
        description
      })
      for (const lead of parseLeadTimes(row.d.leadTimesJson)) {
        // Set after creation: ical-generator 10 ignores relatesTo in the alarm data, and without it a
        // trigger after the start (the day itself, 09:00) is written RELATED=END, i.e. the next day.
        event
          .createAlarm({
            type: ICalAlarmType.display,
            trigger: alarmSecondsBefore(lead),
            description: summary
          })
          .relatesTo(ICalAlarmRelatesTo.start)
      }
    }
    writeAudit(ctx, tx, {
      action: 'export',
      entity: 'calendar',
      entityId: null,
      matterId: input.matterId ?? null,
      after: { format: 'ics', count: rows.length }
    })
    const stem = scope ? scope.reference.replace(/[^\p{L}\p{N}._-]+/gu, '-') : 'ip-desk'
    return { fileName: `${stem}-deadlines.ics`, content: calendar.toString(), count: rows.length }
  })
}
