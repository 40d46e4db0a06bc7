// Contract calls for opinions of counsel, design-arounds and clearance before launch: what the
// seller relied on, what it changed, and what it checked before a listing went live.
import { z } from 'zod'
import { call, id, optionalDate, optionalText, required } from './kit'

export const OPINION_TYPES = [
  'non_infringement',
  'invalidity',
  'unenforceability',
  'fto',
  'design_around_clearance',
  'trademark_clearance'
] as const
export type OpinionTypeCode = (typeof OPINION_TYPES)[number]
export const OPINION_CONCLUSIONS = ['favourable', 'unfavourable', 'mixed', 'pending'] as const
export type OpinionConclusionCode = (typeof OPINION_CONCLUSIONS)[number]
export const COUNSEL_KINDS = ['outside', 'in_house'] as const
export const OPINION_FORMS = ['written', 'oral'] as const
/** Whether to rely on the opinion at trial, which waives privilege over its subject. */
export const WAIVER_DECISIONS = ['undecided', 'keep', 'waive'] as const
export const CLEARANCE_DECISIONS = ['launch', 'redesign', 'do_not_launch', 'launch_with_licence'] as const
export type ClearanceDecision = (typeof CLEARANCE_DECISIONS)[number]
export const SEARCH_KINDS = ['patent', 'design', 'trademark', 'copyright'] as const

/** A right and the claims an opinion addresses or a design-around avoids; no claims: the whole right. */
export const CoverInput = z.object({
  rightId: id,
  claims: z.array(z.string().trim().min(1).max(20)).max(500).default([])
})

/** The rule for an opinion's two dates and its conclusion. The field and code, or null. */
export function opinionDatesError(v: {
  requestedDate?: string | null
  deliveredDate?: string | null
  conclusion?: string
}): { field: string; code: string } | null {
  if (v.requestedDate && v.deliveredDate && v.deliveredDate < v.requestedDate)
    return { field: 'deliveredDate', code: 'delivered_before_requested' }
  if (v.conclusion && v.conclusion !== 'pending' && !v.deliveredDate)
    return { field: 'deliveredDate', code: 'delivered_date_missing' }
  return null
}

const opinionFields = z.object({
  type: z.enum(OPINION_TYPES),
  counsel: z.enum(COUNSEL_KINDS),
  firm: optionalText(200),
  attorney: optionalText(200),
  requestedDate: optionalDate,
  factsGiven: optionalText(10000),
  deliveredDate: optionalDate,
  form: z.enum(OPINION_FORMS).default('written'),
  conclusion: z.enum(OPINION_CONCLUSIONS),
  documentId: id.nullish(),
  privileged: z.boolean().default(true),
  waiver: z.enum(WAIVER_DECISIONS).default('undecided'),
  waiverDecidedOn: optionalDate,
  notes: optionalText(10000),
  covers: z.array(CoverInput).max(200).default([]),
  versionIds: z.array(id).max(500).default([])
})

const refineOpinion = (v: Parameters<typeof opinionDatesError>[0], ctx: z.RefinementCtx): void => {
  const e = opinionDatesError(v)
  if (e) ctx.addIssue({ code: 'custom', path: [e.field], message: e.code })
}

export const OpinionInput = opinionFields.extend({ matterId: id }).superRefine(refineOpinion)
export const OpinionUpdateInput = opinionFields.partial().extend({ id }).superRefine(refineOpinion)

const designAroundFields = z.object({
  fromVersionId: id,
  toVersionId: id,
  changes: required(5000),
  avoids: z.array(CoverInput).max(200).default([]),
  clearingOpinionId: id.nullish(),
  newVersionLiveDate: optionalDate,
  oldStockSoldOutDate: optionalDate,
  documentIds: z.array(id).max(200).default([])
})
const refineDesignAround = (
  v: { fromVersionId?: number; toVersionId?: number },
  ctx: z.RefinementCtx
): void => {
  if (v.fromVersionId !== undefined && v.fromVersionId === v.toVersionId)
    ctx.addIssue({ code: 'custom', path: ['toVersionId'], message: 'same_version' })
}
export const DesignAroundInput = designAroundFields.superRefine(refineDesignAround)
export const DesignAroundUpdateInput = designAroundFields
  .partial()
  .extend({ id })
  .superRefine(refineDesignAround)

export const ClearanceInput = z
  .object({
    matterId: id,
    versionId: id,
    searched: z
      .array(
        z.object({ kind: z.enum(SEARCH_KINDS), countries: z.array(z.string().trim().min(2).max(10)).max(50) })
      )
      .max(20)
      .default([]),
    searchReportDocumentId: id.nullish(),
    opinionId: id.nullish(),
    decision: z.enum(CLEARANCE_DECISIONS).nullish(),
    decisionDate: optionalDate
  })
  .superRefine((v, ctx) => {
    if (v.decision && !v.decisionDate)
      ctx.addIssue({ code: 'custom', path: ['decisionDate'], message: 'required' })
  })

// ---- Results ----

export interface OpinionCoverRecord {
  rightId: number
  number: string
  claims: string[]
}

export interface OpinionRecord {
  id: number
  matterId: number
  matterReference: string
  type: OpinionTypeCode
  counsel: (typeof COUNSEL_KINDS)[number]
  firm: string | null
  attorney: string | null
  requestedDate: string | null
  factsGiven: string | null
  deliveredDate: string | null
  form: (typeof OPINION_FORMS)[number]
  conclusion: OpinionConclusionCode
  documentId: number | null
  documentName: string | null
  privileged: boolean
  waiver: (typeof WAIVER_DECISIONS)[number]
  waiverDecidedOn: string | null
  notes: string | null
  covers: OpinionCoverRecord[]
  versions: { id: number; productName: string; versionName: string }[]
}

export interface DesignAroundRecord {
  id: number
  fromVersion: { id: number; productName: string; versionName: string }
  toVersion: { id: number; productName: string; versionName: string }
  changes: string
  avoids: OpinionCoverRecord[]
  clearingOpinionId: number | null
  newVersionLiveDate: string | null
  oldStockSoldOutDate: string | null
  documentIds: number[]
}

export type ChecklistItemCode =
  'clearance_matter' | 'rights_searched' | 'search_report' | 'clearance_opinion' | 'decision'

export interface ChecklistItem {
  code: ChecklistItemCode
  done: boolean
  /** e.g. the opinion's conclusion, the decision and its date. */
  params?: Record<string, string | number>
}

/** What is still missing before a version's listing goes live. */
export interface LaunchChecklist {
  versionId: number
  productName: string
  versionName: string
  clearanceMatterId: number | null
  items: ChecklistItem[]
  ready: boolean
}

export interface ClearanceRecord {
  matterId: number
  versionId: number
  /** The product of the version (the screen offers its other versions). */
  productId: number
  searched: { kind: (typeof SEARCH_KINDS)[number]; countries: string[] }[]
  searchReportDocumentId: number | null
  opinionId: number | null
  decision: ClearanceDecision | null
  decisionDate: string | null
  checklist: LaunchChecklist
}

export const opinionCalls = {
  'opinions.list': call<OpinionRecord[]>()(z.object({ matterId: id.optional(), versionId: id.optional() })),
  'opinions.create': call<OpinionRecord>()(OpinionInput),
  'opinions.update': call<OpinionRecord>()(OpinionUpdateInput),
  'opinions.remove': call<{ id: number }>()(z.object({ id })),
  'designArounds.create': call<DesignAroundRecord>()(DesignAroundInput),
  'designArounds.update': call<DesignAroundRecord>()(DesignAroundUpdateInput),
  'designArounds.remove': call<{ id: number }>()(z.object({ id })),
  'clearance.get': call<ClearanceRecord | null>()(z.object({ matterId: id })),
  'clearance.set': call<ClearanceRecord>()(ClearanceInput),
  'clearance.checklist': call<LaunchChecklist>()(z.object({ versionId: id }))
} as const
