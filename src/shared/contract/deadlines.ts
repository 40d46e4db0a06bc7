// Contract calls for deadlines: rules, triggers, states, overrides, recompute, ICS.
import { z } from 'zod'
import type {
  DeadlineJurisdiction,
  DeadlineResult,
  DeadlineRule,
  DeadlineRuleId,
  LocalizedText
} from '../deadlines'
import {
  DEADLINE_STATUSES,
  LANGUAGES,
  type Deadline,
  type DeadlineStatus,
  type ComputedText,
  type DeadlineStep,
  type MatterDetail,
  type MatterKind,
  type TimelineEvent
} from '../model'
import { responsiblePersonId } from './people'
import { call, empty, id, isoDate, optionalDate, optionalText, required, text } from './kit'
import type { Undoable } from './undo'

/** Days before the due date on which to remind; 0 is the day itself. */
export const DEFAULT_LEAD_TIMES: readonly number[] = [30, 14, 7, 3, 1, 0]

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

const deadlineFields = z.object({
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
  /** The deadline's own responsible person; null: its matter's person answers for it. */
  responsiblePersonId,
  leadTimes: LeadTimes.default([...DEFAULT_LEAD_TIMES])
})

/** By hand (title, due) or from a rule (ruleId + triggerEventId or triggerDate, options). */
export const DeadlineInput = deadlineFields.superRefine(byHandOrByRule)

export const DeadlineStatusInput = z.object({
  id,
  status: z.enum(DEADLINE_STATUSES),
  /** For done: the day it was done; defaults to today. */
  doneOn: optionalDate
})

// ---- The override rule: one place for the core, the forms and intake ----

/** The error code (and translation key) when a date other than the computed one has no reason. */
export const OVERRIDE_REASON_REQUIRED = 'override_reason_required'

/** A due date other than the one the rule computed is a manual override. */
export function isOverride(computedDue: string | null | undefined, due: string | null | undefined): boolean {
  return !!computedDue && !!due && due !== computedDue
}

/**
 * The one rule: an override needs a reason (blank does not count). Returns the error code for the
 * reason field, or null. Forms call it to show the error before saving; the core, to refuse.
 */
export function overrideReasonError(
  computedDue: string | null | undefined,
  due: string | null | undefined,
  reason: string | null | undefined
): typeof OVERRIDE_REASON_REQUIRED | null {
  return isOverride(computedDue, due) && !reason?.trim() ? OVERRIDE_REASON_REQUIRED : null
}

/** deadlines.override always sets a date by hand, so its reason is required outright. */
const overrideReason = z
  .string({ error: OVERRIDE_REASON_REQUIRED })
  .trim()
  .min(1, OVERRIDE_REASON_REQUIRED)
  .max(500, 'too_long')

/** The override rule on a form that holds the computed date beside the chosen one. */
export function overrideNeedsReason(
  v: { computedDue?: string | null; due?: string | null; overrideReason?: string | null },
  ctx: z.RefinementCtx
): void {
  const code = overrideReasonError(v.computedDue, v.due, v.overrideReason)
  if (code) ctx.addIssue({ code: 'custom', path: ['overrideReason'], message: code })
}

export const DeadlineOverrideInput = z.object({ id, due: isoDate, reason: overrideReason })
export const DeadlineUpdateInput = z.object({
  id,
  title: text(300).optional(),
  responsiblePersonId,
  leadTimes: LeadTimes.optional()
})
export const DeadlinePreviewInput = z.object({ ruleId: required(80), trigger: isoDate, options: RuleOptions })
export const ProposeForEventInput = z.object({ matterId: id, eventId: id })
export const DeadlineAddManyInput = z.object({
  deadlines: z.array(DeadlineInput).min(1, 'required').max(100, 'too_many')
})
export const RecomputeInput = z.object({ ids: z.array(id).min(1, 'required').max(1000, 'too_many') })

export const IcsExportInput = z.object({
  matterId: id.optional(),
  /** The language of the event titles and descriptions. */
  lang: z.enum(LANGUAGES).default('en')
})

// ---- Form-shaped variants: what a form checks before it calls, with the same rules ----

/** The add-deadline form: deadlines.add's input plus the date the rule's preview computed. */
export const DeadlineFormInput = deadlineFields
  .extend({ computedDue: optionalDate })
  .superRefine(byHandOrByRule)
  .superRefine(overrideNeedsReason)

/** The mark-done dialog asks for the day it was done (the call alone would take today). */
export const DeadlineDoneInput = z.object({ id, doneOn: isoDate })

/** The review of a logged event's proposals: a ticked one needs a date, and a reason if it moved. */
export const ProposalsReviewInput = z.object({
  choices: z.array(
    z.discriminatedUnion('accept', [
      z
        .object({
          accept: z.literal(true),
          due: isoDate,
          computedDue: isoDate,
          overrideReason: optionalText(500)
        })
        .superRefine(overrideNeedsReason),
      z.object({ accept: z.literal(false) })
    ])
  )
})

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
  /** Why this deadline follows from the event, one line in each language. */
  rationale: LocalizedText
  matterId: number
  ruleId: DeadlineRuleId
  title: string
  triggerEventId: number
  triggerDate: string
  options: Record<string, unknown>
  due: string
  earliest: string | null
  steps: DeadlineStep[]
  warnings: ComputedText[]
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

export interface RecomputeResult {
  moved: MovedDeadline[]
  unchanged: number[]
  notMoved: NotMovedDeadline[]
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
  'deadlines.remove': call<MatterDetail & Undoable>()(DeadlineId),
  'deadlines.recompute': call<RecomputeResult>()(RecomputeInput),
  'deadlines.exportIcs': call<IcsFile>()(IcsExportInput)
} as const
