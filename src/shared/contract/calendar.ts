// Contract calls for the calendar: every matter's deadlines and hearings by date, home, reminders,
// and the closure days the user declares.
import { z } from 'zod'
import {
  DEADLINE_STATUSES,
  JURISDICTIONS,
  MATTER_KINDS,
  type DeadlineStatus,
  type MatterKind,
  type ResponsibleRef
} from '../model'
import type { RecomputeCandidate } from './deadlines'
import { call, empty, id, isoDate, text } from './kit'

/** The reminder an open deadline raises once its day has passed (reminder_states.lead_days). */
export const OVERDUE_LEAD = -1
/** The longest range calendar.range answers (an agenda of a little over a year). */
export const CALENDAR_MAX_DAYS = 400

export const CALENDAR_LAYERS = ['deadlines', 'hearings'] as const

/**
 * Only what these people are responsible for: a deadline by its own person, else its matter's
 * (effectiveResponsible); a hearing by its matter's. `unassigned` adds what nobody answers for.
 * Neither given: everyone's.
 */
export const ResponsibleFilter = z.object({
  personIds: z.array(id).max(100, 'too_many').default([]),
  unassigned: z.boolean().default(false)
})

export const CalendarRangeInput = z
  .object({
    from: isoDate,
    /** Inclusive. */
    to: isoDate,
    matterIds: z.array(id).max(1000, 'too_many').default([]),
    kinds: z.array(z.enum(MATTER_KINDS)).default([]),
    ...ResponsibleFilter.shape,
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

export const REMINDER_URGENCIES = ['overdue', 'due_today', 'upcoming'] as const

export const RemindersDueInput = z
  .object({
    limit: z.number().int().min(1, 'out_of_range').max(1000, 'out_of_range').default(200),
    /**
     * Only reminders of these urgencies are listed (counts stay whole): the upcoming ones, say,
     * when thousands of overdue ones would fill the limit first. Empty: all.
     */
    urgencies: z.array(z.enum(REMINDER_URGENCIES)).max(3, 'too_many').default([])
  })
  .default({ limit: 200, urgencies: [] })

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

// ---- Outputs ----

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
  /** The deadline's own person, else its matter's. */
  responsible: ResponsibleRef | null
  /** Where the deadline ends at midnight (the court's zone), when its rule has a forum. */
  timeZone?: string | null
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

export type ReminderUrgency = (typeof REMINDER_URGENCIES)[number]

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
  /** The deadline's own person, else its matter's. */
  responsible: ResponsibleRef | null
  /** Where the deadline ends at midnight (the court's zone), when its rule has a forum. */
  timeZone?: string | null
}
export interface DueReminders {
  today: string
  /** Overdue first (most overdue first), then due today, then upcoming; one per deadline, the most urgent. */
  reminders: Reminder[]
  /** Every reminder due now, also those past the limit: for a badge. */
  total: number
  counts: Record<ReminderUrgency, number>
  /**
   * When this answer changes next, as a UTC ISO moment from the core's clock: the local midnight
   * at which a lead time of an open deadline starts (or one becomes overdue), or a snooze ends.
   * null when nothing is ahead. Set one timer to it and ask again, instead of polling. (daysLeft
   * also counts down at every midnight; a change of day is the screen's to notice.)
   */
  nextAt: string | null
}

export interface ClosureDay {
  date: string
  jurisdiction: string | null
  reason: string
}
export interface ClosureChange {
  closures: ClosureDay[]
  /** Saved deadlines are never moved silently: offer deadlines.recompute for these. */
  affected: RecomputeCandidate[]
}

/** One rule for both sides: closures with no jurisdiction apply to every rule, the others to theirs. */
export function closureDatesFor(jurisdiction: string | null, closures: readonly ClosureDay[]): string[] {
  const dates: string[] = []
  for (const c of closures) if (c.jurisdiction === null || c.jurisdiction === jurisdiction) dates.push(c.date)
  return dates
}

export const calendarCalls = {
  'calendar.range': call<CalendarRange>()(CalendarRangeInput),
  'calendar.home': call<CalendarHome>()(ResponsibleFilter.default({ personIds: [], unassigned: false })),
  'reminders.due': call<DueReminders>()(RemindersDueInput),
  'reminders.snooze': call<DueReminders>()(ReminderSnoozeInput),
  'reminders.dismiss': call<DueReminders>()(ReminderKeyInput),
  'closures.list': call<ClosureDay[]>()(empty),
  'closures.add': call<ClosureChange>()(ClosureInput),
  'closures.remove': call<ClosureChange>()(ClosureKeyInput)
} as const
