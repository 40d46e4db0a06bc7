// Every query of the calendar area: the calendar and home lists, due reminders, reminder states
// (snoozes, dismissals) and the closure days the user declares. Only this file (and db/) sees the
// tables. The calendar is a read model over deadlines, matters and hearings: those are read joins
// on hot paths (prepared statements on the (status, due) index); their rows are written by their
// own areas. SQLite-only SQL (json_each) is kept in the named functions below.
import type Database from 'better-sqlite3'
import { and, asc, eq, inArray, isNotNull, lte, notInArray, sql } from 'drizzle-orm'
import type { CalendarHearingItem, ClosureDay, Reminder } from '../../../shared/contract'
import { DEADLINE_STATUSES, type DeadlineStatus, type MatterKind } from '../../../shared/model'
import { closureDays, deadlines, matters, reminderStates, timelineEvents } from '../db/schema'
import { prepared } from '../db/statements'
import type { DbOrTx } from '../kernel/context'

type Sqlite = Database.Database

// ---- calendar range and home ----

export interface DeadlineFilter {
  statuses: readonly DeadlineStatus[]
  matterIds: readonly number[]
  kinds: readonly MatterKind[]
  /** Responsible people (the deadline's own, else its matter's); unassigned: nobody's too. */
  personIds: readonly number[]
  unassigned: boolean
}

/** A hearing's responsible filter: its matter's person (or nobody), or null for no filter. */
function matterPersonClause(filter: {
  personIds: readonly number[]
  unassigned: boolean
}): { sql: string; params: unknown[] } | null {
  const alternatives: string[] = []
  const params: unknown[] = []
  if (filter.personIds.length > 0) {
    alternatives.push('m.responsible_person_id in (select value from json_each(?))')
    params.push(JSON.stringify(filter.personIds))
  }
  if (filter.unassigned) alternatives.push('m.responsible_person_id is null')
  return alternatives.length ? { sql: `(${alternatives.join(' or ')})`, params } : null
}

/**
 * A deadline's responsible filter: the one rule (effectiveResponsible) in SQL, the deadline's own
 * person, else its matter's. Written without a join: the matters of those people are one list
 * SQLite builds once per statement (matters_responsible_idx), so the (status, due) walk only
 * looks each row's matter up in it.
 */
function deadlinePersonClause(filter: {
  personIds: readonly number[]
  unassigned: boolean
}): { sql: string; params: unknown[] } | null {
  const alternatives: string[] = []
  const params: unknown[] = []
  if (filter.personIds.length > 0) {
    const ids = JSON.stringify(filter.personIds)
    alternatives.push(
      `d.responsible_person_id in (select value from json_each(?))`,
      `(d.responsible_person_id is null and d.matter_id in
         (select id from matters where responsible_person_id in (select value from json_each(?))))`
    )
    params.push(ids, ids)
  }
  if (filter.unassigned)
    alternatives.push(
      `(d.responsible_person_id is null and d.matter_id in
         (select id from matters where responsible_person_id is null))`
    )
  return alternatives.length ? { sql: `(${alternatives.join(' or ')})`, params } : null
}

/** The one rule (effectiveResponsible) in SQL: the deadline's own person, else its matter's. */
const RESPONSIBLE = 'coalesce(d.responsible_person_id, m.responsible_person_id)'

/** A filter made into SQL once per call, then run for the counts and for each day's items. */
export interface DeadlineWhere {
  sql: string
  joinMatters: boolean
  /** Placeholders in order: the statuses, from, to, then the optional filters. */
  params: (from: string, to: string) => unknown[]
}

/** Status is always listed so SQLite walks deadlines_status_due_idx, one range per status. */
export function deadlineWhere(filter: DeadlineFilter): DeadlineWhere {
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
  const people = deadlinePersonClause(filter)
  if (people) {
    parts.push(people.sql)
    extra.push(...people.params)
  }
  return { sql: parts.join(' and '), joinMatters, params: (from, to) => [...statuses, from, to, ...extra] }
}

export interface CalendarDeadlineRow extends ResponsibleColumns {
  id: number
  matterId: number
  title: string
  due: string
  status: DeadlineStatus
  ruleId: string | null
  overridden: number
  reference: string
  matterTitle: string
  kind: MatterKind
  optionsJson: string
}

const DEADLINE_COLUMNS = `d.id, d.matter_id as matterId, d.title, d.due, d.status, d.rule_id as ruleId,
  p.id as personId, p.name as personName, d.responsible_person_id is not null as ownPerson,
  d.override_reason is not null as overridden, m.reference, m.title as matterTitle, m.kind,
  d.options_json as optionsJson`

/** Joins the responsible person (RESPONSIBLE) onto deadlines d joined with matters m. */
const JOIN_RESPONSIBLE = `left join people p on p.id = ${RESPONSIBLE}`

/** Matching deadlines per due date in [from, to]. */
export function deadlineCountsByDay(
  sqlite: Sqlite,
  where: DeadlineWhere,
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

/** How many deadlines match in [from, to]: one COUNT off deadlines_status_due_idx, no rows read. */
export function deadlineCount(sqlite: Sqlite, where: DeadlineWhere, from: string, to: string): number {
  const join = where.joinMatters ? 'join matters m on m.id = d.matter_id' : ''
  const statement = prepared(sqlite, `select count(*) as n from deadlines d ${join} where ${where.sql}`)
  return (statement.get(...where.params(from, to)) as { n: number }).n
}

/** The first `limit` matching deadlines in [from, to], in (due, id) order, with their matters. */
export function deadlineItemRows(
  sqlite: Sqlite,
  where: DeadlineWhere,
  from: string,
  to: string,
  limit: number
): CalendarDeadlineRow[] {
  // Ids first, from the covering index alone; rows and matters are read only for those returned.
  const join = where.joinMatters ? 'join matters m on m.id = d.matter_id' : ''
  const statement = prepared(
    sqlite,
    `select ${DEADLINE_COLUMNS} from deadlines d join matters m on m.id = d.matter_id ${JOIN_RESPONSIBLE}
     where d.id in (select d.id from deadlines d ${join} where ${where.sql} order by d.due, d.id limit ?)
     order by d.due, d.id`
  )
  return statement.all(...where.params(from, to), limit) as CalendarDeadlineRow[]
}

/** Hearing events in [from, to] (of some matters or kinds), by date, with their matters. */
export function hearingRows(
  sqlite: Sqlite,
  range: {
    from: string
    to: string
    matterIds: readonly number[]
    kinds: readonly MatterKind[]
    personIds: readonly number[]
    unassigned: boolean
  }
): Omit<CalendarHearingItem, 'type'>[] {
  const parts = [`e.type = 'hearing'`, 'e.date between ? and ?']
  const params: unknown[] = [range.from, range.to]
  if (range.matterIds.length > 0) {
    parts.push('e.matter_id in (select value from json_each(?))')
    params.push(JSON.stringify(range.matterIds))
  }
  if (range.kinds.length > 0) {
    parts.push('m.kind in (select value from json_each(?))')
    params.push(JSON.stringify(range.kinds))
  }
  const people = matterPersonClause(range)
  if (people) {
    parts.push(people.sql)
    params.push(...people.params)
  }
  const statement = prepared(
    sqlite,
    `select e.id as eventId, e.matter_id as matterId, e.date, e.title, e.details, m.reference,
       m.title as matterTitle, m.kind
     from timeline_events e join matters m on m.id = e.matter_id
     where ${parts.join(' and ')} order by e.date, e.id`
  )
  return statement.all(...params) as Omit<CalendarHearingItem, 'type'>[]
}

// ---- reminders ----

export interface ReminderStateRow {
  deadlineId: number
  leadDays: number
  snoozedUntil: string | null
  dismissedAt: string | null
}

/**
 * Snoozes and dismissals of open deadlines: only those can remind. SQLite-only: CROSS JOIN keeps
 * the few reminder states the outer loop; a plain join let the planner walk every open deadline.
 */
export function openReminderStates(sqlite: Sqlite): ReminderStateRow[] {
  return prepared(
    sqlite,
    `select s.deadline_id as deadlineId, s.lead_days as leadDays, s.snoozed_until as snoozedUntil,
       s.dismissed_at as dismissedAt
     from reminder_states s cross join deadlines d on d.id = s.deadline_id
     where d.status = 'open'`
  ).all() as ReminderStateRow[]
}

export function reminderStatesOf(tx: DbOrTx, deadlineId: number): ReminderStateRow[] {
  return tx
    .select()
    .from(reminderStates)
    .where(eq(reminderStates.deadlineId, deadlineId))
    .orderBy(asc(reminderStates.leadDays))
    .all()
}

export function upsertReminderState(tx: DbOrTx, row: ReminderStateRow): void {
  const { deadlineId, leadDays, ...state } = row
  tx.insert(reminderStates)
    .values({ deadlineId, leadDays, ...state })
    .onConflictDoUpdate({ target: [reminderStates.deadlineId, reminderStates.leadDays], set: state })
    .run()
}

export function deleteReminderStates(tx: DbOrTx, deadlineIds: readonly number[]): void {
  if (deadlineIds.length === 0) return
  tx.delete(reminderStates)
    .where(inArray(reminderStates.deadlineId, [...deadlineIds]))
    .run()
}

/** Drops a deadline's states of every lead time but `kept`. */
export function deleteReminderStatesExcept(tx: DbOrTx, deadlineId: number, kept: readonly number[]): void {
  tx.delete(reminderStates)
    .where(and(eq(reminderStates.deadlineId, deadlineId), notInArray(reminderStates.leadDays, [...kept])))
    .run()
}

/** The first `limit` open deadlines due before `today`, most overdue first. */
export function overdueRows(sqlite: Sqlite, today: string, limit: number): { id: number; due: string }[] {
  return prepared(
    sqlite,
    `select id, due from deadlines where status = 'open' and due < ? order by due, id limit ?`
  ).all(today, limit) as { id: number; due: string }[]
}

/** Open deadlines due before `today`, less those among `except`. */
export function overdueCount(sqlite: Sqlite, today: string, except: readonly number[]): number {
  const row = prepared(
    sqlite,
    `select count(*) - (select count(*) from deadlines d where d.id in (select value from json_each(?))
       and d.status = 'open' and d.due < ?) as n
     from deadlines where status = 'open' and due < ?`
  ).get(JSON.stringify(except), today, today) as { n: number }
  return row.n
}

export interface UpcomingRow {
  id: number
  due: string
  /** lead_times_json as saved. */
  leads: string
}

/** Open deadlines due in [from, to] with their lead times, in (due, id) order. */
export function upcomingRows(sqlite: Sqlite, from: string, to: string): UpcomingRow[] {
  return prepared(
    sqlite,
    `select id, due, lead_times_json as leads from deadlines
     where status = 'open' and due between ? and ? order by due, id`
  ).all(from, to) as UpcomingRow[]
}

/** Open deadlines due after `date`, soonest first, read lazily: the caller stops when it knows enough. */
export function openRowsDueAfter(sqlite: Sqlite, date: string): IterableIterator<UpcomingRow> {
  return prepared(
    sqlite,
    `select id, due, lead_times_json as leads from deadlines
     where status = 'open' and due > ? order by due, id`
  ).iterate(date) as IterableIterator<UpcomingRow>
}

export type ReminderDisplay = Omit<
  Reminder,
  'leadDays' | 'daysLeft' | 'urgency' | 'timeZone' | 'responsible'
> &
  ResponsibleColumns & { optionsJson: string }

/** The responsible person as the calendar's SQL reads it (JOIN_RESPONSIBLE). */
export interface ResponsibleColumns {
  personId: number | null
  personName: string | null
  /** 1: the deadline's own person; 0: its matter's. */
  ownPerson: number
}

/** What a reminder shows of its deadline and matter, for the deadlines listed. */
export function reminderDisplayRows(sqlite: Sqlite, deadlineIds: readonly number[]): ReminderDisplay[] {
  return prepared(
    sqlite,
    `select d.id as deadlineId, d.matter_id as matterId, m.reference, m.title as matterTitle, d.title,
       d.rule_id as ruleId, d.due, p.id as personId, p.name as personName,
       d.responsible_person_id is not null as ownPerson, d.options_json as optionsJson
     from deadlines d join matters m on m.id = d.matter_id ${JOIN_RESPONSIBLE}
     where d.id in (select value from json_each(?))`
  ).all(JSON.stringify(deadlineIds)) as ReminderDisplay[]
}

// ---- closure days ----

export function closureRows(tx: DbOrTx): ClosureDay[] {
  return tx.select().from(closureDays).orderBy(asc(closureDays.date)).all()
}

export function findClosureRow(tx: DbOrTx, date: string): ClosureDay | undefined {
  return tx.select().from(closureDays).where(eq(closureDays.date, date)).get()
}

export function insertClosureRow(tx: DbOrTx, row: ClosureDay): void {
  tx.insert(closureDays).values(row).run()
}

export function deleteClosureRow(tx: DbOrTx, date: string): void {
  tx.delete(closureDays).where(eq(closureDays.date, date)).run()
}

export interface CountingDeadlineRow {
  d: typeof deadlines.$inferSelect
  reference: string
  jurisdiction: string | null
  /** The trigger event's date, when the deadline counts from an event. */
  eventDate: string | null
}

/** Open rule deadlines whose counting window (after the trigger, up to the computed date) holds `date`. */
export function openRuleDeadlinesCountingOver(tx: DbOrTx, date: string): CountingDeadlineRow[] {
  return tx
    .select({
      d: deadlines,
      reference: matters.reference,
      jurisdiction: matters.jurisdiction,
      eventDate: timelineEvents.date
    })
    .from(deadlines)
    .innerJoin(matters, eq(matters.id, deadlines.matterId))
    .leftJoin(timelineEvents, eq(timelineEvents.id, deadlines.triggerEventId))
    .where(
      and(
        eq(deadlines.status, 'open'),
        isNotNull(deadlines.ruleId),
        lte(deadlines.triggerDate, date),
        sql`coalesce(${deadlines.computedDue}, ${deadlines.due}) >= ${date}`
      )
    )
    .all()
}
