// Reminders are computed, not stored: an open deadline with lead time L reminds from L days
// before its due date; only snoozes and dismissals are saved (reminder_states).
import type { z } from 'zod'
import {
  OVERDUE_LEAD,
  type DueReminders,
  type Reminder,
  type ReminderKeyInput,
  type ReminderSnoozeInput,
  type ReminderUrgency
} from '../../../shared/contract'
import { addCalendarDays, daysBetween } from '../../../shared/deadlines'
import { writeAudit, type CoreContext } from '../kernel/context'
import { reminderStates } from '../db/schema'
import { deadlineRow, parseLeadTimes } from '../deadlines/rules'
import { AppError } from '../kernel/errors'

/** Lead times are at most 365 days, so nothing further away can remind yet. */
const MAX_LEAD = 365
const DEFAULT_LIMIT = 200

/**
 * The most urgent reminder a deadline raises today, if any: once its day has passed, the overdue
 * reminder; before that, the smallest lead time already reached (the earlier ones are superseded).
 */
export function firedLead(leadTimes: readonly number[], daysLeft: number): number | null {
  if (daysLeft < 0) return OVERDUE_LEAD
  let fired: number | null = null
  for (const lead of leadTimes) if (daysLeft <= lead && (fired === null || lead < fired)) fired = lead
  return fired
}

interface Fired {
  deadlineId: number
  due: string
  leadDays: number
  daysLeft: number
  urgency: ReminderUrgency
}

type Display = Omit<Reminder, 'leadDays' | 'daysLeft' | 'urgency'>
type State = { deadlineId: number; leadDays: number; snoozedUntil: string | null; dismissedAt: string | null }

const quiet = (state: State | undefined, today: string): boolean =>
  // Snoozed until a day: it shows again on that day.
  !!state && (!!state.dismissedAt || (!!state.snoozedUntil && state.snoozedUntil > today))

/**
 * Overdue reminders need no lead times: the first `limit` come from the (status, due) index,
 * and the count is the index's count less the overdue reminders snoozed or dismissed.
 */
function overdueReminders(ctx: CoreContext, today: string, states: State[], limit: number) {
  const silenced = new Set(
    states.filter((s) => s.leadDays === OVERDUE_LEAD && quiet(s, today)).map((s) => s.deadlineId)
  )
  const rows = ctx.sqlite
    .prepare(`select id, due from deadlines where status = 'open' and due < ? order by due, id limit ?`)
    .all(today, limit + silenced.size) as { id: number; due: string }[]
  const { n } = ctx.sqlite
    .prepare(
      `select count(*) - (select count(*) from deadlines d where d.id in (select value from json_each(?))
         and d.status = 'open' and d.due < ?) as n
       from deadlines where status = 'open' and due < ?`
    )
    .get(JSON.stringify([...silenced]), today, today) as { n: number }
  const fired = rows
    .filter((r) => !silenced.has(r.id))
    .slice(0, limit)
    .map((r): Fired => {
      const daysLeft = daysBetween(today, r.due)
      return { deadlineId: r.id, due: r.due, leadDays: OVERDUE_LEAD, daysLeft, urgency: 'overdue' }
    })
  return { fired, count: n }
}

/** Deadlines due within a year are read with their lead times; the smallest one reached fires. */
function upcomingReminders(ctx: CoreContext, today: string, states: State[]): Fired[] {
  const byKey = new Map(states.map((s) => [`${s.deadlineId}:${s.leadDays}`, s]))
  const rows = ctx.sqlite
    .prepare(
      `select id, due, lead_times_json as leads from deadlines
       where status = 'open' and due between ? and ? order by due, id`
    )
    .all(today, addCalendarDays(today, MAX_LEAD)) as { id: number; due: string; leads: string }[]
  // Nearly every deadline keeps the default lead times, and many share a due date: compute once.
  const leadsOf = new Map<string, number[]>()
  const daysLeftOf = new Map<string, number>()
  const fired: Fired[] = []
  for (const r of rows) {
    let leads = leadsOf.get(r.leads)
    if (!leads) leadsOf.set(r.leads, (leads = parseLeadTimes(r.leads)))
    let daysLeft = daysLeftOf.get(r.due)
    if (daysLeft === undefined) daysLeftOf.set(r.due, (daysLeft = daysBetween(today, r.due)))
    const lead = firedLead(leads, daysLeft)
    if (lead === null || quiet(byKey.get(`${r.id}:${lead}`), today)) continue
    fired.push({
      deadlineId: r.id,
      due: r.due,
      leadDays: lead,
      daysLeft,
      urgency: daysLeft === 0 ? 'due_today' : 'upcoming'
    })
  }
  return fired
}

export function dueReminders(
  ctx: CoreContext,
  input: { limit: number } = { limit: DEFAULT_LIMIT }
): DueReminders {
  const today = ctx.today()
  const states = ctx.db.select().from(reminderStates).all()
  const overdue = overdueReminders(ctx, today, states, input.limit)
  const upcoming = upcomingReminders(ctx, today, states)
  // Both lists are in (due, id) order, and overdue < due today < upcoming.
  const shown = [...overdue.fired, ...upcoming].slice(0, input.limit)
  const display = new Map<number, Display>()
  const rows = ctx.sqlite
    .prepare(
      `select d.id as deadlineId, d.matter_id as matterId, m.reference, m.title as matterTitle, d.title,
         d.rule_id as ruleId, d.due, d.assignee
       from deadlines d join matters m on m.id = d.matter_id
       where d.id in (select value from json_each(?))`
    )
    .all(JSON.stringify(shown.map((f) => f.deadlineId))) as Display[]
  for (const r of rows) display.set(r.deadlineId, r)
  const counts: Record<ReminderUrgency, number> = { overdue: overdue.count, due_today: 0, upcoming: 0 }
  for (const f of upcoming) counts[f.urgency]++
  const reminders = shown.flatMap((f) => {
    const d = display.get(f.deadlineId)
    return d ? [{ ...d, leadDays: f.leadDays, daysLeft: f.daysLeft, urgency: f.urgency }] : []
  })
  return { today, reminders, total: counts.overdue + upcoming.length, counts }
}

function checkKey(ctx: CoreContext, input: z.output<typeof ReminderKeyInput>): { matterId: number } {
  const row = deadlineRow(ctx.db, input.deadlineId)
  if (input.leadDays !== OVERDUE_LEAD && !parseLeadTimes(row.leadTimesJson).includes(input.leadDays)) {
    throw new AppError('validation', { fields: { leadDays: 'unknown_lead_time' } })
  }
  return { matterId: row.matterId }
}

function saveState(
  ctx: CoreContext,
  input: z.output<typeof ReminderKeyInput>,
  matterId: number,
  action: 'snooze' | 'dismiss',
  state: { snoozedUntil: string | null; dismissedAt: string | null }
): void {
  ctx.db.transaction((tx) => {
    tx.insert(reminderStates)
      .values({ deadlineId: input.deadlineId, leadDays: input.leadDays, ...state })
      .onConflictDoUpdate({ target: [reminderStates.deadlineId, reminderStates.leadDays], set: state })
      .run()
    writeAudit(ctx, tx, {
      action,
      entity: 'reminder',
      entityId: input.deadlineId,
      matterId,
      after: { leadDays: input.leadDays, ...state }
    })
  })
}

export function snoozeReminder(ctx: CoreContext, input: z.output<typeof ReminderSnoozeInput>): DueReminders {
  const { matterId } = checkKey(ctx, input)
  if (input.until <= ctx.today()) throw new AppError('validation', { fields: { until: 'snooze_not_future' } })
  saveState(ctx, input, matterId, 'snooze', { snoozedUntil: input.until, dismissedAt: null })
  return dueReminders(ctx)
}

export function dismissReminder(ctx: CoreContext, input: z.output<typeof ReminderKeyInput>): DueReminders {
  const { matterId } = checkKey(ctx, input)
  saveState(ctx, input, matterId, 'dismiss', { snoozedUntil: null, dismissedAt: ctx.now() })
  return dueReminders(ctx)
}
