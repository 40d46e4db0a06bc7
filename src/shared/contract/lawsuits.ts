// Contract calls for a Schedule A lawsuit's defendants: the stores the complaint names, what
// happened to each (freeze, TRO, preliminary injunction, service, appearance, settlement,
// dismissal), our own stores among them, and the frozen money per currency.
import { z } from 'zod'
import { currencyCode } from './catalogue'
import type { MovedDeadline, NotMovedDeadline } from './deadlines'
import { call, id, optionalDate, optionalText, required } from './kit'

/** Largest amount kept: 10^11 units in cents, well inside a double's exact integers. */
const MAX_CENTS = 10_000_000_000_000

/**
 * A typed amount ("1,234.56", "1234", "0.5") as exact cents, or null when it is not one. No
 * floating point: the digits are read as text, so 0.29 is 29 cents, not 28.999….
 */
export function parseAmountCents(typed: string): number | null {
  const s = typed.normalize('NFKC').trim().replace(/[,\s]/g, '')
  const m = /^(\d{1,11})(?:\.(\d{1,2}))?$/.exec(s)
  if (!m) return null
  const cents = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  return cents <= MAX_CENTS ? cents : null
}

/** Cents as the form shows them to edit: 123456 -> "1234.56". */
export function centsToAmountText(cents: number | null): string {
  if (cents == null) return ''
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
}

/** An amount typed on the form, as cents; blank: null. */
export const amountInput = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v, ctx) => {
    if (v === undefined) return undefined
    if (v === null || v.trim() === '') return null
    const cents = parseAmountCents(v)
    if (cents === null) {
      ctx.addIssue({ code: 'custom', message: 'invalid_amount' })
      return z.NEVER
    }
    return cents
  })

const optionalCurrency = z
  .union([currencyCode, z.literal(''), z.null()])
  .optional()
  .transform((v) => (v === undefined ? undefined : v || null))

const url = optionalText(2000).refine((v) => v == null || /^https?:\/\/\S+$/i.test(v), 'invalid_url')

export const defendantFields = z.object({
  /** The Schedule A row number: "Doe No. 9". */
  doe: z.number({ error: 'invalid_number' }).int('invalid_number').min(1, 'invalid_number').max(100_000),
  store: required(300),
  sellerId: optionalText(100),
  platform: optionalText(100),
  url,
  // no default here: zod 4 fills defaults into .partial() too, so an edit would reset it
  ours: z.boolean().optional(),
  frozenAmount: amountInput,
  frozenCurrency: optionalCurrency,
  frozenOn: optionalDate,
  /** The platform's notice of the freeze: a document of the same matter. */
  freezeNoticeDocumentId: id.nullish(),
  troDate: optionalDate,
  preliminaryInjunctionDate: optionalDate,
  altServiceOrderDate: optionalDate,
  /** The service email's date: for one of our stores it starts the 21 days to answer. */
  servedOn: optionalDate,
  appearanceDate: optionalDate,
  settlementOfferedOn: optionalDate,
  settlementAmount: amountInput,
  settlementCurrency: optionalCurrency,
  dismissedOn: optionalDate,
  fundsReleasedOn: optionalDate,
  notes: optionalText(5000)
})

/**
 * The one rule for a defendant's money and dates, for the form and the core: an amount needs its
 * currency, and nothing is served before the order allowing service by email, nor released
 * before it was frozen. The field and code, or null.
 */
export function defendantError(v: {
  frozenAmount?: number | null
  frozenCurrency?: string | null
  settlementAmount?: number | null
  settlementCurrency?: string | null
  altServiceOrderDate?: string | null
  servedOn?: string | null
  frozenOn?: string | null
  fundsReleasedOn?: string | null
}): { field: string; code: string } | null {
  if (v.frozenAmount != null && !v.frozenCurrency)
    return { field: 'frozenCurrency', code: 'currency_required' }
  if (v.settlementAmount != null && !v.settlementCurrency)
    return { field: 'settlementCurrency', code: 'currency_required' }
  if (v.altServiceOrderDate && v.servedOn && v.servedOn < v.altServiceOrderDate)
    return { field: 'servedOn', code: 'served_before_order' }
  if (v.frozenOn && v.fundsReleasedOn && v.fundsReleasedOn < v.frozenOn)
    return { field: 'fundsReleasedOn', code: 'released_before_frozen' }
  return null
}

const refineDefendant = (v: Parameters<typeof defendantError>[0], ctx: z.RefinementCtx): void => {
  const e = defendantError(v)
  if (e) ctx.addIssue({ code: 'custom', path: [e.field], message: e.code })
}

export const DefendantInput = defendantFields
  .extend({ matterId: id, ours: z.boolean().default(false) })
  .superRefine(refineDefendant)
/** The edit drawer's form: the same fields without the matter (the drawer knows it). */
export const DefendantForm = defendantFields.superRefine(refineDefendant)
export const DefendantUpdateInput = defendantFields.partial().extend({ id }).superRefine(refineDefendant)

export const DefendantListQuery = z.object({
  matterId: id,
  oursOnly: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200)
})

/** Where a defendant stands, the furthest step reached; the table's status column. */
export const DEFENDANT_STATUSES = [
  'named',
  'frozen',
  'tro',
  'preliminary_injunction',
  'served',
  'appeared',
  'settlement_offered',
  'dismissed',
  'funds_released'
] as const
export type DefendantStatus = (typeof DEFENDANT_STATUSES)[number]

export interface Defendant {
  id: number
  matterId: number
  doe: number
  store: string
  sellerId: string | null
  platform: string | null
  url: string | null
  ours: boolean
  sourceDocumentId: number | null
  sourcePage: number | null
  frozenAmountCents: number | null
  frozenCurrency: string | null
  frozenOn: string | null
  freezeNoticeDocumentId: number | null
  troDate: string | null
  preliminaryInjunctionDate: string | null
  altServiceOrderDate: string | null
  servedOn: string | null
  appearanceDate: string | null
  settlementOfferedOn: string | null
  settlementAmountCents: number | null
  settlementCurrency: string | null
  dismissedOn: string | null
  fundsReleasedOn: string | null
  notes: string | null
  status: DefendantStatus
  /** For one of our stores served: the answer deadline counted from the service date. */
  answerDeadline: { id: number; due: string; status: string } | null
}

/** The furthest step a defendant reached, by the dates recorded. */
export function defendantStatus(d: {
  frozenOn: string | null
  frozenAmountCents: number | null
  troDate: string | null
  preliminaryInjunctionDate: string | null
  servedOn: string | null
  appearanceDate: string | null
  settlementOfferedOn: string | null
  dismissedOn: string | null
  fundsReleasedOn: string | null
}): DefendantStatus {
  if (d.fundsReleasedOn) return 'funds_released'
  if (d.dismissedOn) return 'dismissed'
  if (d.settlementOfferedOn) return 'settlement_offered'
  if (d.appearanceDate) return 'appeared'
  if (d.servedOn) return 'served'
  if (d.preliminaryInjunctionDate) return 'preliminary_injunction'
  if (d.troDate) return 'tro'
  if (d.frozenOn || d.frozenAmountCents != null) return 'frozen'
  return 'named'
}

export interface FrozenTotal {
  currency: string
  cents: number
  defendants: number
}

export interface DefendantPage {
  /** Rows matching the filter. */
  total: number
  offset: number
  rows: Defendant[]
  /** Every defendant of the matter, and how many are ours (the filter does not change these). */
  all: number
  ours: number
  /** Money still frozen per currency over every defendant of the matter (released funds left out), exact. */
  frozen: FrozenTotal[]
  /** The same, for our stores only. */
  frozenOurs: FrozenTotal[]
}

/**
 * Reading a matter's Schedule A document into defendants. With `confirm` false it only reads and
 * reports; with `confirm` true it adds the rows not yet on the matter. A seller-id match with our
 * stores (Settings) is ours for certain; a name-only match is ours only when its Doe number is in
 * `confirmedDoes`.
 */
export const ScheduleAImportInput = z.object({
  matterId: id,
  documentId: id,
  confirm: z.boolean().default(false),
  confirmedDoes: z.array(z.number().int().min(1)).max(100_000).default([])
})

export interface ScheduleAImportRow {
  doe: number
  store: string
  sellerId: string | null
  platform: string | null
  url: string | null
  page: number | null
  /** 'seller_id': certain; 'name': possible, for the user to confirm; null: not ours. */
  match: 'seller_id' | 'name' | null
  ownStore: string | null
  /** A defendant with this Doe number is already on the matter: left as it is. */
  exists: boolean
}

export interface ScheduleAImportResult {
  rows: ScheduleAImportRow[]
  /** Saved (confirm true): the rows added. */
  added: number
  skipped: number
  /** The reader's notes (no Schedule A found, rows it could not read, ...). */
  notes: { code: string; params?: Record<string, string | number> }[]
}

/** A saved defendant and, as a corrected event date does, what its new service date moved. */
export type DefendantSaveResult = Defendant & { moved: MovedDeadline[]; notMoved: NotMovedDeadline[] }

export const lawsuitCalls = {
  'defendants.list': call<DefendantPage>()(DefendantListQuery),
  'defendants.add': call<DefendantSaveResult>()(DefendantInput),
  'defendants.update': call<DefendantSaveResult>()(DefendantUpdateInput),
  'defendants.remove': call<{ removed: number }>()(z.object({ id })),
  'defendants.importScheduleA': call<ScheduleAImportResult>()(ScheduleAImportInput)
} as const
