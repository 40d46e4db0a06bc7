// Contract calls for deadlines: rules, triggers, states, calendar, reminders, closures, ICS.
import { z } from 'zod'
import type { DeadlineJurisdiction, DeadlineResult, DeadlineRule, DeadlineRuleId } from '../deadlines'
import {
  DEADLINE_STATUSES,
  JURISDICTIONS,
  MATTER_KINDS,
  type Deadline,
  type DeadlineStatus,
  type DeadlineStep,
  type MatterDetail,
  type MatterKind,
  type TimelineEvent
} from '../model'
import { call, empty, id, isoDate, optionalDate, optionalText, required, text } from './kit'

/** Days before the due date on which to remind; 0 is the day itself. */
export const DEFAULT_LEAD_TIMES: readonly number[] = [30, 14, 7, 3, 1, 0]
/** The reminder an open deadline raises once its day has passed (reminder_states.lead_days). */
export const OVERDUE_LEAD = -1
/** The longest range calendar.range answers (an agenda of a little over a year). */
export const CALENDAR_MAX_DAYS = 400

const LeadTimes = z
  .array(z.number().int('out_of_range').min(0, 'out_of_range').max(365, 'out_of_range'))
  .max(20, 'too_many')
const RuleOptions = z.record(z.string(), z.unknown()).default({})

function byHandOrByRule(
  v: {
    ruleId?: string | null
    title: string
    due?: string | null
    triggerEventId?: number | null
    triggerDate?: string | null
  },
  ctx: z.RefinementCtx
): void {
  if (v.ruleId) {
    // A rule counts from an event of the matter or from a date typed in.
    if (v.triggerEventId == null && !v.triggerDate)
      ctx.addIssue({ code: 'custom', path: ['triggerDate'], message: 'required' })
    return
  }
  if (!v.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'required' })
  if (!v.due) ctx.addIssue({ code: 'custom', path: ['due'], message: 'required' })
  if (v.triggerEventId != null || v.triggerDate)
    ctx.addIssue({ code: 'custom', path: ['ruleId'], message: 'required' })
}

/** By hand (title, due) or from a rule (ruleId + triggerEventId or triggerDate, options). */
export const DeadlineInput = z
  .object({
    matterId: id,
    /** '' for a rule deadline: the UI labels it by the rule's name in the reader's language. */
    title: text(300).default(''),
    /** Omitted for a rule deadline: the computed date. A different date needs overrideReason. */
    due: optionalDate,
    ruleId: optionalText(80),
    /** A timeline event of the same matter whose date is the trigger; moving it moves the deadline. */
    triggerEventId: id.nullish(),
    triggerDate: optionalDate,
    options: RuleOptions,
    overrideReason: optionalText(500),
    assignee: optionalText(120),
    leadTimes: LeadTimes.default([...DEFAULT_LEAD_TIMES])
  })
  .superRefine(byHandOrByRule)

export const DeadlineStatusInput = z.object({
  id,
  status: z.enum(DEADLINE_STATUSES),
  /** For done: the day it was done; defaults to today. */
  doneOn: optionalDate
})

const overrideReason = z
  .string({ error: 'override_reason_required' })
  .trim()
  .min(1, 'override_reason_required')
  .max(500, 'too_long')

export const DeadlineOverrideInput = z.object({ id, due: isoDate, reason: overrideReason })
export const DeadlineUpdateInput = z.object({
  id,
  title: text(300).optional(),
  assignee: optionalText(120),
  leadTimes: LeadTimes.optional()
})
export const DeadlinePreviewInput = z.object({ ruleId: required(80), trigger: isoDate, options: RuleOptions })
export const ProposeForEventInput = z.object({ matterId: id, eventId: id })
export const DeadlineAddManyInput = z.object({
  deadlines: z.array(DeadlineInput).min(1, 'required').max(100, 'too_many')
})
export const RecomputeInput = z.object({ ids: z.array(id).min(1, 'required').max(1000, 'too_many') })

export const EventUpdateInput = z.object({
  id,
  date: isoDate.optional(),
  title: required(300).optional(),
  details: optionalText(5000)
})

export const CALENDAR_LAYERS = ['deadlines', 'hearings'] as const

export const CalendarRangeInput = z
  .object({
    from: isoDate,
    /** Inclusive. */
    to: isoDate,
    matterIds: z.array(id).max(1000, 'too_many').default([]),
    kinds: z.array(z.enum(MATTER_KINDS)).default([]),
    /** '' stands for "nobody assigned". Deadlines only: hearings have no assignee. */
    assignees: z.array(text(120)).max(100, 'too_many').default([]),
    /** Empty: every status. Deadlines only. */
    statuses: z.array(z.enum(DEADLINE_STATUSES)).default([]),
    include: z.array(z.enum(CALENDAR_LAYERS)).default([...CALENDAR_LAYERS]),
    /** Month view: at most this many deadlines per day (days[] still counts them all). */
    perDay: z.number().int().min(1, 'out_of_range').max(500, 'out_of_range').optional(),
    limit: z.number().int().min(1, 'out_of_range').max(10_000, 'out_of_range').default(2000)
  })
  .superRefine((v, ctx) => {
    if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'range_reversed' })
    else if (Date.parse(v.to) - Date.parse(v.from) >= CALENDAR_MAX_DAYS * 86_400_000) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'range_too_long' })
    }
  })

export const RemindersDueInput = z
  .object({ limit: z.number().int().min(1, 'out_of_range').max(1000, 'out_of_range').default(200) })
  .default({ limit: 200 })

export const ReminderKeyInput = z.object({
  deadlineId: id,
  /** A lead time of the deadline, or OVERDUE_LEAD (-1) for the overdue reminder. */
  leadDays: z.number().int().min(OVERDUE_LEAD, 'out_of_range').max(365, 'out_of_range')
})
export const ReminderSnoozeInput = ReminderKeyInput.extend({ until: isoDate })

export const ClosureInput = z.object({
  date: isoDate,
  /** null: closed for every jurisdiction. */
  jurisdiction: z
    .enum(JURISDICTIONS)
    .nullish()
    .transform((v) => v ?? null),
  reason: text(300).default('')
})
export const ClosureKeyInput = z.object({ date: isoDate })
export const IcsExportInput = z.object({ matterId: id.optional() })

// ---- Outputs ----

/** A deadline as these calls return it: the stored record plus what is derived at read time. */
export interface DeadlineRecord extends Deadline {
  leadTimes: number[]
  /** Open and past due, as of today (never stored). */
  overdue: boolean
  /** A manual due date replaces the computed one (overrideReason says why). */
  overridden: boolean
}

export interface DeadlineRuleGroup {
  jurisdiction: DeadlineJurisdiction
  rules: DeadlineRule[]
}

export interface MatterRef {
  id: number
  reference: string
  title: string
  kind: MatterKind
  jurisdiction: string | null
}

export interface DeadlineDetail {
  deadline: DeadlineRecord
  matter: MatterRef
  triggerEvent: TimelineEvent | null
  rule: DeadlineRule | null
  reminderStates: { leadDays: number; snoozedUntil: string | null; dismissedAt: string | null }[]
}

export interface DeadlineProposal {
  /** Row of the template table that proposed it. */
  templateId: string
  /** Why this deadline follows from the event (English, one line). */
  rationale: string
  matterId: number
  ruleId: DeadlineRuleId
  title: string
  triggerEventId: number
  triggerDate: string
  options: Record<string, unknown>
  due: string
  earliest: string | null
  steps: DeadlineStep[]
  warnings: string[]
  leadTimes: number[]
  /** The deadline already saved for this rule and event, if any (the UI unticks it). */
  existingDeadlineId: number | null
}

export interface Proposals {
  event: TimelineEvent
  /** The jurisdiction the templates were chosen for (the matter's, else its first right's). */
  jurisdiction: string | null
  proposals: DeadlineProposal[]
}

/** A deadline whose date (or computed date) changed because its trigger or the closures did. */
export interface MovedDeadline {
  deadlineId: number
  matterId: number
  title: string
  ruleId: string | null
  from: string
  to: string
  computedFrom: string | null
  computedTo: string
  /** The manual due date was kept: from === to while the computed date moved; warn the user. */
  overridden: boolean
}

export interface NotMovedDeadline {
  deadlineId: number
  title: string
  ruleId: string | null
  status: DeadlineStatus
  due: string
  /** closed: done, waived or missed, so left as it was. */
  reason: 'closed' | 'no_rule' | 'no_trigger'
}

export interface EventUpdateResult {
  detail: MatterDetail
  event: TimelineEvent
  moved: MovedDeadline[]
  notMoved: NotMovedDeadline[]
}

export interface RecomputeResult {
  moved: MovedDeadline[]
  unchanged: number[]
  notMoved: NotMovedDeadline[]
}

interface CalendarItemBase {
  date: string
  matterId: number
  reference: string
  matterTitle: string
  kind: MatterKind
  title: string
}
export interface CalendarDeadlineItem extends CalendarItemBase {
  type: 'deadline'
  deadlineId: number
  ruleId: string | null
  status: DeadlineStatus
  overdue: boolean
  overridden: boolean
  assignee: string | null
}
export interface CalendarHearingItem extends CalendarItemBase {
  type: 'hearing'
  eventId: number
  details: string | null
}
export type CalendarItem = CalendarDeadlineItem | CalendarHearingItem

export interface CalendarRange {
  from: string
  to: string
  /** By date; on one date deadlines come before hearings. */
  items: CalendarItem[]
  /** Every day with something on it, counting all matches (also those perDay or limit left out). */
  days: { date: string; deadlines: number; hearings: number }[]
  total: number
  /** Some matches are not in items (perDay or limit); days[] has the counts. */
  truncated: boolean
}

export interface HomeBucket {
  count: number
  /** The first 100, soonest first (most overdue first). */
  items: CalendarDeadlineItem[]
}
export interface CalendarHome {
  today: string
  /** Open and due before today. */
  overdue: HomeBucket
  /** Open and due today through today + 7. */
  dueIn7: HomeBucket
  /** Open and due after today + 7 through today + 30. */
  dueIn30: HomeBucket
}

export type ReminderUrgency = 'overdue' | 'due_today' | 'upcoming'

export interface Reminder {
  deadlineId: number
  matterId: number
  reference: string
  matterTitle: string
  title: string
  ruleId: string | null
  due: string
  /** The lead time that fired (OVERDUE_LEAD once the day has passed): the key to snooze or dismiss. */
  leadDays: number
  /** Days from today to the due date; negative when overdue. */
  daysLeft: number
  urgency: ReminderUrgency
  assignee: string | null
}
export interface DueReminders {
  today: string
  /** Overdue first (most overdue first), then due today, then upcoming; one per deadline, the most urgent. */
  reminders: Reminder[]
  /** Every reminder due now, also those past the limit: for a badge. */
  total: number
  counts: Record<ReminderUrgency, number>
}

export interface ClosureDay {
  date: string
  jurisdiction: string | null
  reason: string
}
/** An open deadline whose computed date would change under the current closure days. */
export interface RecomputeCandidate {
  deadlineId: number
  matterId: number
  reference: string
  title: string
  ruleId: string
  due: string
  computedDue: string | null
  recomputedDue: string
  overridden: boolean
}
export interface ClosureChange {
  closures: ClosureDay[]
  /** Saved deadlines are never moved silently: offer deadlines.recompute for these. */
  affected: RecomputeCandidate[]
}

export interface IcsFile {
  fileName: string
  content: string
  count: number
}

const DeadlineId = z.object({ id })

export const deadlineCalls = {
  'deadlines.rules': call<DeadlineRuleGroup[]>()(empty),
  'deadlines.preview': call<DeadlineResult>()(DeadlinePreviewInput),
  'deadlines.get': call<DeadlineDetail>()(DeadlineId),
  'deadlines.add': call<DeadlineRecord>()(DeadlineInput),
  'deadlines.addMany': call<DeadlineRecord[]>()(DeadlineAddManyInput),
  'deadlines.proposeForEvent': call<Proposals>()(ProposeForEventInput),
  'deadlines.update': call<DeadlineRecord>()(DeadlineUpdateInput),
  'deadlines.override': call<DeadlineRecord>()(DeadlineOverrideInput),
  'deadlines.setStatus': call<DeadlineRecord>()(DeadlineStatusInput),
  'deadlines.remove': call<MatterDetail>()(DeadlineId),
  'deadlines.recompute': call<RecomputeResult>()(RecomputeInput),
  'deadlines.exportIcs': call<IcsFile>()(IcsExportInput),
  'timeline.updateEvent': call<EventUpdateResult>()(EventUpdateInput),
  'calendar.range': call<CalendarRange>()(CalendarRangeInput),
  'calendar.home': call<CalendarHome>()(empty),
  'reminders.due': call<DueReminders>()(RemindersDueInput),
  'reminders.snooze': call<DueReminders>()(ReminderSnoozeInput),
  'reminders.dismiss': call<DueReminders>()(ReminderKeyInput),
  'closures.list': call<ClosureDay[]>()(empty),
  'closures.add': call<ClosureChange>()(ClosureInput),
  'closures.remove': call<ClosureChange>()(ClosureKeyInput)
} as const
