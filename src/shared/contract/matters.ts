// Contract calls for matters: create, edit, change status, the register, and a matter's parts
// (parties, IP rights, accused products).
import { z } from 'zod'
import {
  IP_RIGHT_TYPES,
  MATTER_KINDS,
  MATTER_STATUSES,
  PARTY_ROLES,
  type MatterDetail,
  type MatterSummary
} from '../model'
import { isValidIsoDate } from '../deadlines/calendar'
import type { MovedDeadline, NotMovedDeadline } from './deadlines'
import { responsiblePersonId } from './people'
import type { Undoable } from './undo'
import {
  byId,
  call,
  empty,
  id,
  optionalDate,
  optionalText,
  referenceNumber,
  required,
  searchTerms,
  text,
  TITLE_MAX
} from './kit'

export const PartyInput = z.object({
  role: z.enum(PARTY_ROLES),
  name: required(200),
  organisation: optionalText(200),
  email: optionalText(200),
  phone: optionalText(80),
  address: optionalText(500)
})
/**
 * A right as a matter asserts it. The type, number and jurisdiction name a right of the shared
 * registry (found by rightNumberKey, else added); the claims and closing date are this matter's.
 */
export const IpRightInput = z.object({
  type: z.enum(IP_RIGHT_TYPES),
  number: required(80),
  jurisdiction: required(20),
  title: optionalText(300),
  assertedClaims: z.array(z.string().trim().min(1).max(20)).max(500).optional(),
  closedDate: optionalDate,
  counterfeitAlleged: z.boolean().optional(),
  goodsTypes: z.number().int().min(1).max(1000).nullish()
})
export const ProductInput = z.object({
  name: required(300),
  sku: optionalText(100),
  marketplaceItemId: optionalText(100),
  marketplace: optionalText(100),
  listingUrl: optionalText(2000).refine((v) => v == null || /^https?:\/\/\S+$/i.test(v), 'invalid_url')
})

/** A lawsuit's caption and docket: "N.D. Ill.", "Eastern Division", "1:26-cv-01234", the judges. */
export const caseFields = {
  court: optionalText(200),
  division: optionalText(100),
  caseNumber: optionalText(60),
  judge: optionalText(200),
  magistrateJudge: optionalText(200),
  filingDate: optionalDate
}
export const CASE_FIELDS = Object.keys(caseFields) as (keyof typeof caseFields)[]

const matterFields = {
  reference: referenceNumber.optional(),
  title: required(TITLE_MAX),
  kind: z.enum(MATTER_KINDS),
  status: z.enum(MATTER_STATUSES).default('open'),
  rightsHolder: text(200).default(''),
  jurisdiction: optionalText(20),
  marketplace: optionalText(100),
  letterDate: optionalDate,
  receivedDate: optionalDate,
  senderReference: optionalText(100),
  demands: optionalText(5000),
  notes: optionalText(20000),
  responsiblePersonId,
  ...caseFields
}

/**
 * The one rule for a letter's two dates: it cannot be received before it is dated. The error
 * code, or null. The forms (receivedNotBeforeLetter) and the core's edits both ask this.
 */
export function letterDatesError(v: {
  letterDate?: string | null
  receivedDate?: string | null
}): 'received_before_letter' | null {
  return v.letterDate && v.receivedDate && v.receivedDate < v.letterDate ? 'received_before_letter' : null
}

/**
 * A letter dated or received after today (the core's) is allowed but likely a typo: the forms
 * warn under the field and still save. Field -> 'future_date'.
 */
export function letterDateWarnings(
  v: { letterDate?: string | null; receivedDate?: string | null },
  today: string
): Partial<Record<'letterDate' | 'receivedDate', 'future_date'>> {
  const warnings: Partial<Record<'letterDate' | 'receivedDate', 'future_date'>> = {}
  for (const field of ['letterDate', 'receivedDate'] as const) {
    const date = v[field]?.trim()
    if (date && isValidIsoDate(date) && date > today) warnings[field] = 'future_date'
  }
  return warnings
}

export function receivedNotBeforeLetter(
  v: { letterDate?: string | null; receivedDate?: string | null },
  ctx: z.RefinementCtx
): void {
  const code = letterDatesError(v)
  if (code) ctx.addIssue({ code: 'custom', path: ['receivedDate'], message: code })
}

const matterCreateFields = z.object({
  ...matterFields,
  parties: z.array(PartyInput).max(100).default([]),
  ipRights: z.array(IpRightInput).max(200).default([]),
  products: z.array(ProductInput).max(500).default([])
})

export const MatterCreateInput = matterCreateFields.superRefine(receivedNotBeforeLetter)

/** A form's reference field: left blank, the core numbers the matter itself. */
export const referenceField = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .pipe(referenceNumber.optional())

/** The new-matter form: matters.create, whose reference may be left blank. */
export const MatterCreateForm = matterCreateFields
  .extend({ reference: referenceField })
  .superRefine(receivedNotBeforeLetter)

export const MatterUpdateInput = z
  .object({
    id,
    reference: referenceNumber.optional(),
    title: required(TITLE_MAX).optional(),
    rightsHolder: text(200).optional(),
    jurisdiction: optionalText(20),
    marketplace: optionalText(100),
    letterDate: optionalDate,
    receivedDate: optionalDate,
    senderReference: optionalText(100),
    demands: optionalText(5000),
    notes: optionalText(20000),
    responsiblePersonId,
    ...caseFields
  })
  .superRefine(receivedNotBeforeLetter)

export const REGISTER_SORT_COLUMNS = [
  'reference',
  'title',
  'kind',
  'status',
  'rightsHolder',
  'jurisdiction',
  'marketplace',
  'nextDeadline',
  'lastActivityAt'
] as const
export type RegisterSortColumn = (typeof REGISTER_SORT_COLUMNS)[number]

export const MatterListQuery = z.object({
  search: searchTerms(200).default(''),
  statuses: z.array(z.enum(MATTER_STATUSES)).default([]),
  kinds: z.array(z.enum(MATTER_KINDS)).default([]),
  jurisdictions: z.array(text(20)).default([]),
  marketplaces: z.array(text(100)).default([]),
  sort: z.enum(REGISTER_SORT_COLUMNS).default('nextDeadline'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100)
})
export interface MatterListPage {
  total: number
  offset: number
  rows: MatterSummary[]
}

/**
 * matters.update answers with the matter and, as timeline.updateEvent does, what a corrected
 * letter or received date did to the deadlines counted from it: the review the form shows.
 */
export type MatterUpdateResult = MatterDetail & { moved: MovedDeadline[]; notMoved: NotMovedDeadline[] }

/** The matter that already holds a reference, as the forms name it beside the field. */
export interface ReferenceHolder {
  id: number
  reference: string
  title: string
}

export interface Facets {
  jurisdictions: string[]
  marketplaces: string[]
}

export const matterCalls = {
  'matters.list': call<MatterListPage>()(MatterListQuery),
  'matters.facets': call<Facets>()(empty),
  'matters.get': call<MatterDetail>()(byId),
  'matters.create': call<MatterDetail>()(MatterCreateInput),
  'matters.update': call<MatterUpdateResult>()(MatterUpdateInput),
  'matters.setStatus': call<MatterDetail>()(
    z.object({ id, status: z.enum(MATTER_STATUSES), note: optionalText(2000).default(null) })
  ),
  'matters.suggestReference': call<{ reference: string }>()(
    z.object({ kind: z.enum(MATTER_KINDS), firstRight: z.enum(IP_RIGHT_TYPES).optional() })
  ),
  /** Read-only: which matter (other than exceptId) holds this reference in any letter case. */
  'matters.checkReference': call<ReferenceHolder | null>()(
    z.object({ reference: referenceNumber, exceptId: id.optional() })
  ),
  'parties.add': call<MatterDetail>()(PartyInput.extend({ matterId: id })),
  'parties.update': call<MatterDetail>()(PartyInput.extend({ id })),
  'parties.remove': call<MatterDetail & Undoable>()(byId),
  'ipRights.add': call<MatterDetail>()(IpRightInput.extend({ matterId: id })),
  'ipRights.update': call<MatterDetail>()(IpRightInput.partial().extend({ id })),
  'ipRights.remove': call<MatterDetail & Undoable>()(byId),
  'products.add': call<MatterDetail>()(ProductInput.extend({ matterId: id })),
  'products.update': call<MatterDetail>()(ProductInput.extend({ id })),
  'products.remove': call<MatterDetail & Undoable>()(byId)
} as const
