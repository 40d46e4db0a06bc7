// THE API between the UI and the core. Every call has a name, a zod input schema and an
// output type. Electron IPC and the browser preview's HTTP bridge both serve exactly this.
import { z } from 'zod'
import { deadlineCalls } from './deadlines'
import { documentCalls } from './documents'
import {
  byId,
  call,
  empty,
  id,
  isoDate,
  optionalDate,
  optionalText,
  referenceNumber,
  required,
  sha256,
  text,
  TITLE_MAX
} from './kit'
import {
  EVENT_TYPES,
  IP_RIGHT_TYPES,
  LANGUAGES,
  MATTER_KINDS,
  MATTER_STATUSES,
  PARTY_ROLES,
  type MatterDetail,
  type MatterSummary,
  type TimelineItem,
  type UploadedFile
} from '../model'

export const PartyInput = z.object({
  role: z.enum(PARTY_ROLES),
  name: required(200),
  organisation: optionalText(200),
  email: optionalText(200),
  phone: optionalText(80),
  address: optionalText(500)
})
export const IpRightInput = z.object({
  type: z.enum(IP_RIGHT_TYPES),
  number: required(80),
  jurisdiction: required(20),
  title: optionalText(300)
})
export const ProductInput = z.object({
  name: required(300),
  sku: optionalText(100),
  marketplaceItemId: optionalText(100),
  marketplace: optionalText(100),
  listingUrl: optionalText(2000).refine((v) => v == null || /^https?:\/\/\S+$/i.test(v), 'invalid_url')
})

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
  notes: optionalText(20000)
}

function receivedNotBeforeLetter(
  v: { letterDate?: string | null; receivedDate?: string | null },
  ctx: z.RefinementCtx
): void {
  if (v.letterDate && v.receivedDate && v.receivedDate < v.letterDate) {
    ctx.addIssue({ code: 'custom', path: ['receivedDate'], message: 'received_before_letter' })
  }
}

export const MatterCreateInput = z
  .object({
    ...matterFields,
    parties: z.array(PartyInput).max(100).default([]),
    ipRights: z.array(IpRightInput).max(200).default([]),
    products: z.array(ProductInput).max(500).default([])
  })
  .superRefine(receivedNotBeforeLetter)

export const ResponseDeadlineInput = z.object({
  days: z.number().int().min(1, 'out_of_range').max(3650, 'out_of_range'),
  basis: z.enum(['calendar', 'business']),
  from: z.enum(['letter_date', 'received_date']),
  /** The date the user confirmed; must equal the computed one unless overridden. */
  due: isoDate,
  overrideReason: optionalText(500)
})

export const WarningLetterInput = z
  .object({
    reference: referenceNumber.optional(),
    title: required(TITLE_MAX),
    letterDate: isoDate,
    receivedDate: isoDate,
    rightsHolder: required(200),
    senderFirm: optionalText(200),
    senderAttorney: optionalText(200),
    senderEmail: optionalText(200),
    senderReference: optionalText(100),
    jurisdiction: optionalText(20),
    marketplace: optionalText(100),
    ipRights: z.array(IpRightInput).min(1, 'at_least_one_right').max(200),
    products: z.array(ProductInput).max(500).default([]),
    demands: optionalText(5000),
    responseDeadline: ResponseDeadlineInput.nullable(),
    letterFile: z.object({ sha256, originalName: required(400) }).nullable()
  })
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
    notes: optionalText(20000)
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
  search: text(200).default(''),
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

export const EventInput = z.object({
  matterId: id,
  type: z.enum(EVENT_TYPES).refine((t) => t !== 'status_changed', 'invalid_event_type'),
  date: isoDate,
  // Untitled events are named by their type in the reader's language.
  title: text(300).default(''),
  details: optionalText(5000)
})

export const SettingsInput = z.object({
  language: z.enum(LANGUAGES).optional()
})
export interface Settings {
  language: (typeof LANGUAGES)[number]
}

export interface WorkspaceInfo {
  dir: string
  schemaVersion: number
  matterCount: number
  appVersion: string
}

/** The core's clock: "today" for legal dates is the core's, so the UI and the core never disagree. */
export interface WorkspaceClock {
  /** Local calendar date, YYYY-MM-DD. */
  today: string
  /** UTC ISO moment. */
  now: string
}

export interface Facets {
  jurisdictions: string[]
  marketplaces: string[]
}

export const contract = {
  'workspace.info': call<WorkspaceInfo>()(empty),
  'workspace.clock': call<WorkspaceClock>()(empty),
  'workspace.loadSample': call<{ created: number }>()(empty),
  'settings.get': call<Settings>()(empty),
  'settings.update': call<Settings>()(SettingsInput),
  'matters.list': call<MatterListPage>()(MatterListQuery),
  'matters.facets': call<Facets>()(empty),
  'matters.get': call<MatterDetail>()(byId),
  'matters.create': call<MatterDetail>()(MatterCreateInput),
  'matters.logWarningLetter': call<MatterDetail>()(WarningLetterInput),
  'matters.update': call<MatterDetail>()(MatterUpdateInput),
  'matters.setStatus': call<MatterDetail>()(
    z.object({ id, status: z.enum(MATTER_STATUSES), note: optionalText(2000).default(null) })
  ),
  'matters.suggestReference': call<{ reference: string }>()(
    z.object({ kind: z.enum(MATTER_KINDS), firstRight: z.enum(IP_RIGHT_TYPES).optional() })
  ),
  'parties.add': call<MatterDetail>()(PartyInput.extend({ matterId: id })),
  'parties.update': call<MatterDetail>()(PartyInput.extend({ id })),
  'parties.remove': call<MatterDetail>()(byId),
  'ipRights.add': call<MatterDetail>()(IpRightInput.extend({ matterId: id })),
  'ipRights.update': call<MatterDetail>()(IpRightInput.extend({ id })),
  'ipRights.remove': call<MatterDetail>()(byId),
  'products.add': call<MatterDetail>()(ProductInput.extend({ matterId: id })),
  'products.update': call<MatterDetail>()(ProductInput.extend({ id })),
  'products.remove': call<MatterDetail>()(byId),
  'timeline.list': call<TimelineItem[]>()(
    z.object({ matterId: id, order: z.enum(['asc', 'desc']).default('desc') })
  ),
  'timeline.addEvent': call<MatterDetail>()(EventInput),
  ...deadlineCalls,
  ...documentCalls
} as const

export type Contract = typeof contract
export type CallName = keyof Contract
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>
export type CallOutput<N extends CallName> = Contract[N]['out']
export const CALL_NAMES = Object.keys(contract) as CallName[]

/** What every transport returns: the result, or an error the UI can translate. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError }
export interface CallError {
  /** e.g. validation, not_found, duplicate_reference, newer_database, internal */
  code: string
  /** Field path (dot-joined) -> message code, for errors shown next to a field. */
  fields?: Record<string, string>
  /** Extra values for the translated message (e.g. a size limit). */
  params?: Record<string, string | number>
  /** Developer detail, never shown as the primary message. */
  detail?: string
}

export type { UploadedFile }
export { isoDate, TITLE_MAX } from './kit'
export * from './deadlines'
export * from './documents'
