// Reminders are computed, not stored: an open deadline with lead time L reminds from L days
// before its due date; only snoozes and dismissals are saved (reminder_states).
import type { z } from 'zod'
import {
  OVERDUE_LEAD,
  type DueReminders,
  type ReminderKeyInput,
  type ReminderSnoozeInput,
  type ReminderUrgency
} from '../../../shared/contract'
import { addCalendarDays, daysBetween } from '../../../shared/deadlines'
import { inTransaction, writeAudit, type CoreContext } from '../kernel/context'
import { deadlineRow, parseLeadTimes } from '../deadlines/rules'
import { deadlineZone, responsibleOf } from './calendar'
import { AppError } from '../kernel/errors'
import {
  openReminderStates,
  openRowsDueAfter,
  overdueCount,
  overdueRows,
  reminderDisplayRows,
  upcomingRows,
  upsertReminderState,
  type ReminderDisplay,
  type ReminderStateRow
} from './repo'

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

type State = ReminderStateRow

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
  const rows = overdueRows(ctx.sqlite, today, limit + silenced.size)
  const n = overdueCount(ctx.sqlite, today, [...silenced])
  const fired = rows
    .filter((r) => !silenced.has(r.id))
    .slice(0, limit)
    .map((r): Fired => {
      const daysLeft = daysBetween(today, r.due)
      return { deadlineId: r.id, due: r.due, leadDays: OVERDUE_LEAD, daysLeft, urgency: 'overdue' }
    })
  return { fired, count: n }
}

/**
 * In how many days (1 or more) a deadline raises a reminder it does not raise today: the next
 * lead time reached, or the overdue reminder the day after its due date.
 */
export function nextLeadIn(leadTimes: readonly number[], daysLeft: number): number {
  let next = daysLeft + 1
  for (const lead of leadTimes) if (daysLeft - lead > 0 && daysLeft - lead < next) next = daysLeft - lead
  return next
}

/** Deadlines due within a year are read with their lead times; the smallest one reached fires. */
function upcomingReminders(
  ctx: CoreContext,
  today: string,
  states: State[]
): { fired: Fired[]; nextIn: number } {
  const byKey = new Map(states.map((s) => [`${s.deadlineId}:${s.leadDays}`, s]))
  const horizon = addCalendarDays(today, MAX_LEAD)
  const rows = upcomingRows(ctx.sqlite, today, horizon)
  // Nearly every deadline keeps the default lead times, and many share a due date: compute once.
  const leadsOf = new Map<string, number[]>()
  const daysLeftOf = new Map<string, number>()
  const fired: Fired[] = []
  let nextIn = Infinity
  for (const r of rows) {
    let leads = leadsOf.get(r.leads)
    if (!leads) leadsOf.set(r.leads, (leads = parseLeadTimes(r.leads)))
    let daysLeft = daysLeftOf.get(r.due)
    if (daysLeft === undefined) daysLeftOf.set(r.due, (daysLeft = daysBetween(today, r.due)))
    if (nextIn > 1) nextIn = Math.min(nextIn, nextLeadIn(leads, daysLeft))
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
  // Beyond the year only a long lead time can start soon: read on, soonest first, until none can.
  if (nextIn > 1) {
    for (const r of openRowsDueAfter(ctx.sqlite, horizon)) {
      const daysLeft = daysBetween(today, r.due)
      if (daysLeft - MAX_LEAD >= nextIn) break
      nextIn = Math.min(nextIn, nextLeadIn(parseLeadTimes(r.leads), daysLeft))
    }
  }
  return { fired, nextIn }
}

/**
 * The local midnight starting a calendar date, as a UTC ISO moment: the inverse of the clock's
 * localDateOf (kernel/clock.ts), in the same time zone, the user's.
 */
export function localMidnight(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const midnight = new Date(0)
  midnight.setFullYear(y, m - 1, d)
  midnight.setHours(0, 0, 0, 0)
  return midnight.toISOString()
}

/** When the reminders change next: a lead time starts, a deadline becomes overdue, a snooze ends. */
function nextChange(today: string, states: State[], leadIn: number): string | null {
  let nextIn = leadIn
  for (const s of states) {
    if (s.dismissedAt || !s.snoozedUntil || s.snoozedUntil <= today) continue
    nextIn = Math.min(nextIn, daysBetween(today, s.snoozedUntil))
  }
  return Number.isFinite(nextIn) ? localMidnight(addCalendarDays(today, nextIn)) : null
}

export function dueReminders(
  ctx: CoreContext,
  input: { limit: number; urgencies?: readonly ReminderUrgency[] } = { limit: DEFAULT_LIMIT }
): DueReminders {
  const today = ctx.today()
  const states = openReminderStates(ctx.sqlite)
  const listed = (u: ReminderUrgency): boolean => !input.urgencies?.length || input.urgencies.includes(u)
  const overdue = overdueReminders(ctx, today, states, listed('overdue') ? input.limit : 0)
  const { fired: upcoming, nextIn } = upcomingReminders(ctx, today, states)
  // Both lists are in (due, id) order, and overdue < due today < upcoming.
  const shown = [...overdue.fired, ...upcoming.filter((f) => listed(f.urgency))].slice(0, input.limit)
  const display = new Map<number, ReminderDisplay>()
  for (const r of reminderDisplayRows(
    ctx.sqlite,
    shown.map((f) => f.deadlineId)
  ))
    display.set(r.deadlineId, r)
  const counts: Record<ReminderUrgency, number> = { overdue: overdue.count, due_today: 0, upcoming: 0 }
  for (const f of upcoming) counts[f.urgency]++
  const reminders = shown.flatMap((f) => {
    const d = display.get(f.deadlineId)
    if (!d) return []
    const { optionsJson, personId: _id, personName: _name, ownPerson: _own, ...shown } = d
    const timeZone = deadlineZone(d.ruleId, optionsJson)
    return [
      {
        ...shown,
        responsible: responsibleOf(d),
        leadDays: f.leadDays,
        daysLeft: f.daysLeft,
        urgency: f.urgency,
        timeZone
      }
    ]
  })
  return {
    today,
    reminders,
    total: counts.overdue + upcoming.length,
    counts,
    nextAt: nextChange(today, states, nextIn)
  }
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
  inTransaction(ctx, (tx) => {
    upsertReminderState(tx, { deadlineId: input.deadlineId, leadDays: input.leadDays, ...state })
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
