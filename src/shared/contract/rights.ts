// Contract calls for the registry of rights asserted against us: one record per patent, mark,
// design or work, shared by every letter, notice and suit that names it, with its claims.
import { z } from 'zod'
import { IP_RIGHT_TYPES, type IpRightType } from '../model'
import { call, id, optionalDate, optionalText, required, searchTerms } from './kit'

export const RIGHT_STATUSES = [
  'pending',
  'in_force',
  'expired',
  'lapsed',
  'invalidated',
  'abandoned',
  'unknown'
] as const
export type RightStatus = (typeof RIGHT_STATUSES)[number]

export const MARKING_STATUSES = ['marked', 'not_marked', 'unknown'] as const
export type MarkingStatus = (typeof MARKING_STATUSES)[number]

/**
 * The registry's key for a number: separators (spaces, commas, dots, dashes, slashes) dropped,
 * Latin letters in capitals, so "US 11,234,567" and "us11234567" are one right. The 0006
 * migration computes the same key in SQL.
 */
export function rightNumberKey(number: string): string {
  return number.replace(/[ \u00a0,.\-/]/g, '').replace(/[a-z]/g, (c) => c.toUpperCase())
}

/** Filing, grant and expiry in order; a marking date only for a marked patent. The error and its field, or null. */
export function rightDatesError(v: {
  filingDate?: string | null
  grantDate?: string | null
  expiryDate?: string | null
  effectiveRegistrationDate?: string | null
  registrationDate?: string | null
}): { field: string; code: string } | null {
  if (v.filingDate && v.grantDate && v.grantDate < v.filingDate)
    return { field: 'grantDate', code: 'grant_before_filing' }
  const start = v.grantDate ?? v.filingDate
  if (start && v.expiryDate && v.expiryDate < start)
    return { field: 'expiryDate', code: 'expiry_before_grant' }
  if (v.registrationDate && v.effectiveRegistrationDate && v.registrationDate < v.effectiveRegistrationDate)
    return { field: 'effectiveRegistrationDate', code: 'effective_after_registration' }
  return null
}

const rightFields = {
  owner: optionalText(300),
  title: optionalText(300),
  status: z.enum(RIGHT_STATUSES).optional(),
  filingDate: optionalDate,
  grantDate: optionalDate,
  expiryDate: optionalDate,
  markingStatus: z.enum(MARKING_STATUSES).optional(),
  markedSince: optionalDate,
  registrationDate: optionalDate,
  effectiveRegistrationDate: optionalDate,
  firstPublicationDate: optionalDate,
  notes: optionalText(5000)
}

const refineRight = (
  v: Parameters<typeof rightDatesError>[0] & { markingStatus?: string; markedSince?: string | null },
  ctx: z.RefinementCtx
): void => {
  const e = rightDatesError(v)
  if (e) ctx.addIssue({ code: 'custom', path: [e.field], message: e.code })
  if (v.markedSince && v.markingStatus && v.markingStatus !== 'marked')
    ctx.addIssue({ code: 'custom', path: ['markedSince'], message: 'marked_since_needs_marked' })
}

export const RightUpdateInput = z
  .object({
    id,
    type: z.enum(IP_RIGHT_TYPES).optional(),
    number: required(80).optional(),
    jurisdiction: required(20).optional(),
    ...rightFields
  })
  .superRefine(refineRight)

export const ClaimInput = z.object({
  number: required(20),
  independent: z.boolean().default(true),
  dependsOn: optionalText(20),
  text: optionalText(20000)
})

export const SetClaimsInput = z
  .object({ rightId: id, claims: z.array(ClaimInput).max(500) })
  .superRefine((v, ctx) => {
    const seen = new Set<string>()
    v.claims.forEach((c, i) => {
      if (seen.has(c.number))
        ctx.addIssue({ code: 'custom', path: ['claims', i, 'number'], message: 'duplicate' })
      seen.add(c.number)
      if (!c.independent && c.dependsOn && !v.claims.some((d) => d.number === c.dependsOn))
        ctx.addIssue({ code: 'custom', path: ['claims', i, 'dependsOn'], message: 'unknown_claim' })
    })
  })

export const RightListQuery = z.object({
  search: searchTerms(200).default(''),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100)
})

// ---- Results ----

export interface Claim {
  id: number
  number: string
  independent: boolean
  dependsOn: string | null
  text: string | null
}

export interface RegistryRight {
  id: number
  type: IpRightType
  number: string
  jurisdiction: string
  owner: string | null
  title: string | null
  status: RightStatus
  filingDate: string | null
  grantDate: string | null
  expiryDate: string | null
  markingStatus: MarkingStatus
  markedSince: string | null
  registrationDate: string | null
  effectiveRegistrationDate: string | null
  firstPublicationDate: string | null
  notes: string | null
  updatedAt: string
}

/** One matter's assertion of a right, as the product and right pages list them. */
export interface AssertionOfRight {
  assertionId: number
  matterId: number
  reference: string
  right: RegistryRight
  claims: string[]
  closedDate: string | null
}

export interface RightRecord {
  right: RegistryRight
  claims: Claim[]
  assertions: AssertionOfRight[]
}

export interface RightListPage {
  total: number
  offset: number
  rows: (RegistryRight & { matterCount: number; claimCount: number })[]
}

export const rightCalls = {
  'rights.list': call<RightListPage>()(RightListQuery),
  'rights.get': call<RightRecord>()(z.object({ id })),
  'rights.update': call<RightRecord>()(RightUpdateInput),
  'rights.setClaims': call<RightRecord>()(SetClaimsInput)
} as const
