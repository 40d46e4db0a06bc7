// The calendar: deadlines of every matter (and hearings) in a date range, and the home
// screen's overdue / due soon lists. Hot path: the repo's prepared statements on the (status, due)
// index.
import type { z } from 'zod'
import type {
  CalendarDeadlineItem,
  CalendarHome,
  CalendarItem,
  CalendarRange,
  CalendarRangeInput,
  HomeBucket,
  ResponsibleFilter
} from '../../../shared/contract'
import { addCalendarDays, ruleTimeZone } from '../../../shared/deadlines'
import type { CoreContext } from '../kernel/context'
import {
  deadlineCount,
  deadlineCountsByDay,
  deadlineItemRows,
  deadlineWhere,
  hearingRows,
  type CalendarDeadlineRow,
  type ResponsibleColumns
} from './repo'
import type { ResponsibleRef } from '../../../shared/model'

type RangeInput = z.output<typeof CalendarRangeInput>

function toItem(r: CalendarDeadlineRow, today: string): CalendarDeadlineItem {
  return {
    type: 'deadline',
    date: r.due,
    deadlineId: r.id,
    matterId: r.matterId,
    reference: r.reference,
    matterTitle: r.matterTitle,
    kind: r.kind,
    title: r.title,
    ruleId: r.ruleId,
    status: r.status,
    overdue: r.status === 'open' && r.due < today,
    overridden: r.overridden === 1,
    responsible: responsibleOf(r),
    timeZone: deadlineZone(r.ruleId, r.optionsJson)
  }
}

/** The responsible person the calendar's SQL joined (the deadline's own, else its matter's). */
export function responsibleOf(r: ResponsibleColumns): ResponsibleRef | null {
  return r.personId !== null ? { id: r.personId, name: r.personName ?? '', own: r.ownPerson === 1 } : null
}

/** The court's zone of a deadline's rule with its saved options, or null (remembered per rule and options). */
export function deadlineZone(ruleId: string | null, optionsJson: string): string | null {
  if (!ruleId) return null
  const key = `${ruleId}|${optionsJson}`
  const known = zones.get(key)
  if (known !== undefined) return known
  let options: Record<string, unknown> = {}
  try {
    options = JSON.parse(optionsJson) as Record<string, unknown>
  } catch {
    // A row written by hand with broken options: the rule's defaults.
  }
  const zone = ruleTimeZone(ruleId, options) ?? null
  if (zones.size > 10_000) zones.clear()
  zones.set(key, zone)
  return zone
}

const zones = new Map<string, string | null>()

export function calendarRange(ctx: CoreContext, input: RangeInput): CalendarRange {
  const today = ctx.today()
  const days = new Map<string, { date: string; deadlines: number; hearings: number }>()
  const day = (date: string) => {
    let entry = days.get(date)
    if (!entry) days.set(date, (entry = { date, deadlines: 0, hearings: 0 }))
    return entry
  }
  const items: CalendarItem[] = []
  let total = 0
  let truncated = false
  if (input.include.includes('deadlines')) {
    const where = deadlineWhere(input)
    const counts = deadlineCountsByDay(ctx.sqlite, where, input.from, input.to)
    let rows: CalendarDeadlineRow[] = []
    if (input.perDay === undefined) {
      rows = deadlineItemRows(ctx.sqlite, where, input.from, input.to, input.limit)
    } else {
      // Month view: a few per day from the index, however crowded the month is.
      for (const [date, n] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
        if (rows.length >= input.limit) break
        rows.push(
          ...deadlineItemRows(
            ctx.sqlite,
            where,
            date,
            date,
            Math.min(n, input.perDay, input.limit - rows.length)
          )
        )
      }
    }
    for (const [date, n] of counts) {
      day(date).deadlines = n
      total += n
    }
    truncated = rows.length < total
    for (const r of rows) items.push(toItem(r, today))
  }
  if (input.include.includes('hearings')) {
    for (const row of hearingRows(ctx.sqlite, input)) {
      const h = { type: 'hearing' as const, ...row }
      day(h.date).hearings++
      total++
      items.push(h)
    }
    // Stable: deadlines stay in (due, id) order and before the hearings of their day.
    items.sort((a, b) => a.date.localeCompare(b.date))
  }
  return {
    from: input.from,
    to: input.to,
    items,
    days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
    total,
    truncated
  }
}

const HOME_ITEMS = 100

function bucket(ctx: CoreContext, people: HomeFilter, from: string, to: string): HomeBucket {
  const where = deadlineWhere({ statuses: ['open'], matterIds: [], kinds: [], ...people })
  const today = ctx.today()
  return {
    count: deadlineCount(ctx.sqlite, where, from, to),
    items: deadlineItemRows(ctx.sqlite, where, from, to, HOME_ITEMS).map((r) => toItem(r, today))
  }
}

type HomeFilter = z.output<typeof ResponsibleFilter>

/**
 * Open deadlines: overdue, due within 7 days (today included), and due in days 8 to 30; of the
 * people named (their own or their matters'), or everyone's.
 */
export function calendarHome(ctx: CoreContext, people: HomeFilter): CalendarHome {
  const today = ctx.today()
  return {
    today,
    overdue: bucket(ctx, people, '0001-01-01', addCalendarDays(today, -1)),
    dueIn7: bucket(ctx, people, today, addCalendarDays(today, 7)),
    dueIn30: bucket(ctx, people, addCalendarDays(today, 8), addCalendarDays(today, 30))
  }
}
