// The calendar: deadlines of every matter (and hearings) in a date range, and the home
// screen's overdue / due soon lists. Hot path: prepared statements on the (status, due) index.
import type Database from 'better-sqlite3'
import type { z } from 'zod'
import type {
  CalendarDeadlineItem,
  CalendarHearingItem,
  CalendarHome,
  CalendarItem,
  CalendarRange,
  CalendarRangeInput,
  HomeBucket
} from '../../../shared/contract'
import { addCalendarDays } from '../../../shared/deadlines'
import { DEADLINE_STATUSES, type DeadlineStatus, type MatterKind } from '../../../shared/model'
import type { CoreContext } from '../kernel/context'
import { prepared } from '../db/statements'

type RangeInput = z.output<typeof CalendarRangeInput>

interface DeadlineFilter {
  statuses: readonly DeadlineStatus[]
  matterIds: readonly number[]
  kinds: readonly MatterKind[]
  assignees: readonly string[]
}

interface Where {
  sql: string
  joinMatters: boolean
  /** Placeholders in order: the statuses, from, to, then the optional filters. */
  params: (from: string, to: string) => unknown[]
}

/** Status is always listed so SQLite walks deadlines_status_due_idx, one range per status. */
function deadlineWhere(filter: DeadlineFilter): Where {
  const statuses = filter.statuses.length > 0 ? filter.statuses : DEADLINE_STATUSES
  const parts = [`d.status in (${statuses.map(() => '?').join(', ')})`, 'd.due between ? and ?']
  const extra: unknown[] = []
  let joinMatters = false
  if (filter.matterIds.length > 0) {
    parts.push('d.matter_id in (select value from json_each(?))')
    extra.push(JSON.stringify(filter.matterIds))
  }
  if (filter.kinds.length > 0) {
    parts.push('m.kind in (select value from json_each(?))')
    extra.push(JSON.stringify(filter.kinds))
    joinMatters = true
  }
  if (filter.assignees.length > 0) {
    parts.push(`coalesce(d.assignee, '') in (select value from json_each(?))`)
    extra.push(JSON.stringify(filter.assignees))
  }
  return { sql: parts.join(' and '), joinMatters, params: (from, to) => [...statuses, from, to, ...extra] }
}

interface DeadlineRow {
  id: number
  matterId: number
  title: string
  due: string
  status: DeadlineStatus
  ruleId: string | null
  assignee: string | null
  overridden: number
  reference: string
  matterTitle: string
  kind: MatterKind
}

const DEADLINE_COLUMNS = `d.id, d.matter_id as matterId, d.title, d.due, d.status, d.rule_id as ruleId,
  d.assignee, d.override_reason is not null as overridden, m.reference, m.title as matterTitle, m.kind`

function toItem(r: DeadlineRow, today: string): CalendarDeadlineItem {
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
    assignee: r.assignee
  }
}

function deadlineCounts(
  sqlite: Database.Database,
  where: Where,
  from: string,
  to: string
): Map<string, number> {
  const join = where.joinMatters ? 'join matters m on m.id = d.matter_id' : ''
  const statement = prepared(
    sqlite,
    `select d.due as date, count(*) as n from deadlines d ${join} where ${where.sql} group by d.due`
  )
  const counts = new Map<string, number>()
  for (const r of statement.all(...where.params(from, to)) as { date: string; n: number }[])
    counts.set(r.date, r.n)
  return counts
}

function deadlineItems(
  sqlite: Database.Database,
  where: Where,
  from: string,
  to: string,
  limit: number
): DeadlineRow[] {
  // Ids first, from the covering index alone; rows and matters are read only for those returned.
  const join = where.joinMatters ? 'join matters m on m.id = d.matter_id' : ''
  const statement = prepared(
    sqlite,
    `select ${DEADLINE_COLUMNS} from deadlines d join matters m on m.id = d.matter_id
     where d.id in (select d.id from deadlines d ${join} where ${where.sql} order by d.due, d.id limit ?)
     order by d.due, d.id`
  )
  return statement.all(...where.params(from, to), limit) as DeadlineRow[]
}

function hearings(sqlite: Database.Database, input: RangeInput): CalendarHearingItem[] {
  const parts = [`e.type = 'hearing'`, 'e.date between ? and ?']
  const params: unknown[] = [input.from, input.to]
  if (input.matterIds.length > 0) {
    parts.push('e.matter_id in (select value from json_each(?))')
    params.push(JSON.stringify(input.matterIds))
  }
  if (input.kinds.length > 0) {
    parts.push('m.kind in (select value from json_each(?))')
    params.push(JSON.stringify(input.kinds))
  }
  const statement = prepared(
    sqlite,
    `select e.id as eventId, e.matter_id as matterId, e.date, e.title, e.details, m.reference,
       m.title as matterTitle, m.kind
     from timeline_events e join matters m on m.id = e.matter_id
     where ${parts.join(' and ')} order by e.date, e.id`
  )
  return (statement.all(...params) as Omit<CalendarHearingItem, 'type'>[]).map((r) => ({
    type: 'hearing',
    ...r
  }))
}

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
    const counts = deadlineCounts(ctx.sqlite, where, input.from, input.to)
    let rows: DeadlineRow[] = []
    if (input.perDay === undefined) {
      rows = deadlineItems(ctx.sqlite, where, input.from, input.to, input.limit)
    } else {
      // Month view: a few per day from the index, however crowded the month is.
      for (const [date, n] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
        if (rows.length >= input.limit) break
        rows.push(
          ...deadlineItems(
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
    for (const h of hearings(ctx.sqlite, input)) {
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

function bucket(ctx: CoreContext, from: string, to: string): HomeBucket {
  const where = deadlineWhere({ statuses: ['open'], matterIds: [], kinds: [], assignees: [] })
  let count = 0
  for (const n of deadlineCounts(ctx.sqlite, where, from, to).values()) count += n
  const today = ctx.today()
  return { count, items: deadlineItems(ctx.sqlite, where, from, to, HOME_ITEMS).map((r) => toItem(r, today)) }
}

/** Open deadlines: overdue, due within 7 days (today included), and due in days 8 to 30. */
export function calendarHome(ctx: CoreContext): CalendarHome {
  const today = ctx.today()
  return {
    today,
    overdue: bucket(ctx, '0001-01-01', addCalendarDays(today, -1)),
    dueIn7: bucket(ctx, today, addCalendarDays(today, 7)),
    dueIn30: bucket(ctx, addCalendarDays(today, 8), addCalendarDays(today, 30))
  }
}
