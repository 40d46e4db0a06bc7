// What the readers found, as values for the intake form: each keeps the sentence it came from and
// whether it is certain. A value the form needs in another shape (a right's number as counsel
// writes it, a marketplace's name, an absolute date as a number of days) is converted here, once.
import type {
  IntakeProposals,
  Proposal,
  ProposedDeadline,
  ProposedProduct,
  ProposedRight,
  ReadNote
} from '../../../shared/contract/intake'
import { daysBetween } from '../../../shared/deadlines/calendar'
import { JURISDICTIONS, type IpRightType } from '../../../shared/model'
import type {
  ComplaintFields,
  DeadlineValue,
  Field,
  LetterFields,
  MarketplaceNotice,
  NoticeKind,
  RightType,
  RightValue
} from '../ingest'

// The marketplaces' names as the form's suggestions spell them (shared/model COMMON_MARKETPLACES).
const MARKETPLACE_NAMES: Record<string, string> = {
  amazon: 'Amazon.com',
  walmart: 'Walmart.com',
  ebay: 'eBay.com',
  temu: 'Temu.com',
  aliexpress: 'AliExpress.com',
  tiktok: 'TikTok Shop',
  shein: 'Shein'
}

const RIGHT_TYPES: Record<RightType, IpRightType> = {
  utility_patent: 'utility_patent',
  // the app's right types have no separate invention patent: it is the utility patent
  invention_patent_cn: 'utility_patent',
  design_patent: 'design_patent',
  utility_model: 'utility_model',
  registered_design: 'registered_design',
  trademark: 'trademark',
  copyright: 'copyright'
}

const PATENTS = new Set<RightType>([
  'utility_patent',
  'design_patent',
  'invention_patent_cn',
  'utility_model'
])

/** A reader's field as a proposal of another value (same sentence, same certainty). */
function as<T, U>(field: Field<T>, value: U, certain = field.certain): Proposal<U> {
  const p: Proposal<U> = { value, source: field.source, certain }
  if (field.notes?.length) p.notes = field.notes as ReadNote[]
  return p
}

function same<T>(field: Field<T> | null | undefined): Proposal<T> | null {
  if (!field) return null
  const p = as(field, field.value)
  if (field.alternatives?.length) p.alternatives = field.alternatives
  return p
}

export function marketplaceName(platform: string | undefined): string | undefined {
  if (!platform) return undefined
  const code = platform.toLowerCase().replace(/\.[a-z.]+$/, '')
  return MARKETPLACE_NAMES[code] ?? platform
}

function jurisdictionOf(code: string): string | null {
  return (JURISDICTIONS as readonly string[]).includes(code) ? code : null
}

/** "US 11,234,567 B2", "US D987,654": a patent as the letter writes it; marks by their number. */
export function rightNumber(right: RightValue): string {
  if (!PATENTS.has(right.type)) return right.number
  const kind = right.kind ? ` ${right.kind}` : ''
  return right.number.startsWith(right.jurisdiction)
    ? `${right.number}${kind}`
    : `${right.jurisdiction} ${right.number}${kind}`
}

function proposedRight(field: Field<RightValue>): Proposal<ProposedRight> {
  const right = field.value
  return as(field, {
    type: RIGHT_TYPES[right.type],
    number: rightNumber(right),
    jurisdiction: jurisdictionOf(right.jurisdiction)
  })
}

function proposedDeadline(value: DeadlineValue, letterDate: string | null): ProposedDeadline | null {
  if (value.kind === 'relative') {
    return {
      ruleId: 'letter.asserted',
      days: value.days,
      basis: value.basis,
      from: value.from === 'receipt' ? 'received_date' : 'letter_date'
    }
  }
  // a printed date: counted in calendar days from the letter, so the engine shows the same date
  if (!letterDate) return null
  const days = daysBetween(letterDate, value.date)
  return days >= 1
    ? { ruleId: 'letter.asserted', days, basis: 'calendar', from: 'letter_date', date: value.date }
    : null
}

function deadlineProposal(
  field: Field<DeadlineValue> | null,
  letterDate: string | null
): Proposal<ProposedDeadline> | null {
  if (!field) return null
  const value = proposedDeadline(field.value, letterDate)
  if (!value) return null
  const started = field.value.kind === 'absolute' || field.value.fromStated
  const p = as(field, value, field.certain && started)
  const others = (field.alternatives ?? [])
    .map((a) => proposedDeadline(a, letterDate))
    .filter((a): a is ProposedDeadline => a !== null)
  if (others.length) p.alternatives = others
  return p
}

/** The items the letter names, one product row each; named after the product or model when read. */
function productProposals(
  fields: Pick<LetterFields, 'asins' | 'itemIds' | 'products'>,
  defaultMarketplace: string | undefined
): Proposal<ProposedProduct>[] {
  const product = fields.products[0]?.value
  const name = product?.name ?? product?.model
  const row = (id: string, marketplace: string | undefined): ProposedProduct => ({
    name: name ?? id,
    marketplaceItemId: id,
    marketplace: marketplace ?? ''
  })
  return [
    ...fields.asins.map((f) => as(f, row(f.value, defaultMarketplace ?? 'Amazon.com'))),
    ...fields.itemIds.map((f) =>
      as(f, row(f.value.id, marketplaceName(f.value.platform) ?? defaultMarketplace))
    )
  ]
}

function titleProposal(
  holder: Field<string> | null,
  rights: Proposal<ProposedRight>[]
): Proposal<string> | null {
  if (!holder) return null
  const numbers = rights.slice(0, 2).map((r) => r.value.number)
  const value = numbers.length ? `${holder.value} — ${numbers.join(', ')}` : holder.value
  // composed by us from what was read: always for the user to confirm
  return as(holder, value, false)
}

function marketplaceProposal(fields: LetterFields): Proposal<string> | null {
  const store = fields.stores.find((s) => s.value.platform)
  if (store) return as(store, marketplaceName(store.value.platform) ?? '', false)
  const item = fields.itemIds.find((i) => i.value.platform)
  if (item) return as(item, marketplaceName(item.value.platform) ?? '', false)
  const asin = fields.asins[0]
  return asin ? as(asin, 'Amazon.com', false) : null
}

function jurisdictionProposal(rights: Field<RightValue>[]): Proposal<string> | null {
  const first = rights.find((r) => jurisdictionOf(r.value.jurisdiction))
  return first ? as(first, first.value.jurisdiction, false) : null
}

export function emptyProposals(): IntakeProposals {
  return {
    title: null,
    letterDate: null,
    receivedDate: null,
    rightsHolder: null,
    senderFirm: null,
    senderAttorney: null,
    senderEmail: null,
    senderReference: null,
    jurisdiction: null,
    marketplace: null,
    ipRights: [],
    products: [],
    demands: [],
    responseDeadline: null
  }
}

export function letterProposals(fields: LetterFields): IntakeProposals {
  const ipRights = fields.rights.map(proposedRight)
  const marketplace = marketplaceProposal(fields)
  return {
    ...emptyProposals(),
    title: titleProposal(fields.rightsHolder, ipRights),
    letterDate: same(fields.letterDate),
    rightsHolder: same(fields.rightsHolder),
    senderFirm: same(fields.senderFirm),
    senderAttorney: same(fields.senderAttorneys[0]),
    senderReference: same(fields.senderReference),
    jurisdiction: jurisdictionProposal(fields.rights),
    marketplace,
    ipRights,
    products: productProposals(fields, marketplace?.value || undefined),
    demands: fields.demands.map((d) => as(d, d.value as string)),
    responseDeadline: deadlineProposal(fields.deadline, fields.letterDate?.value ?? null)
  }
}

/** APEX gives 3 weeks from Amazon's notice (the program's terms), whatever period the e-mail repeats. */
const APEX_WEEKS_DAYS = 21

/**
 * The deadline a notice sets: the APEX program's for an APEX invitation (read from the notice's
 * kind, so as certain as that), else the period the notice states, counted from the notice.
 */
function noticeDeadline(notice: MarketplaceNotice): Proposal<ProposedDeadline> | null {
  const period = notice.period
  if (notice.kind.value === 'amazon_apex') {
    const stated = period && (period.value.days !== APEX_WEEKS_DAYS || period.value.basis !== 'calendar')
    const p = as<NoticeKind, ProposedDeadline>(notice.kind, {
      ruleId: 'amazon.apex.response',
      days: APEX_WEEKS_DAYS,
      basis: 'calendar',
      from: 'letter_date'
    })
    // a notice that states another period: offered beside the program's, never instead of it
    if (stated) {
      p.certain = false
      const { days, basis } = period.value
      p.alternatives = [{ ruleId: 'letter.asserted', days, basis, from: 'letter_date' }]
    }
    return p
  }
  // a notice's period runs from the notice, which is the day it arrived
  return period
    ? as(period, {
        ruleId: 'letter.asserted' as const,
        days: period.value.days,
        basis: period.value.basis,
        from: 'received_date' as const
      })
    : null
}

export function noticeProposals(notice: MarketplaceNotice): IntakeProposals {
  const ipRights = notice.rights.map(proposedRight)
  const marketplace = notice.marketplace
    ? as(notice.marketplace, marketplaceName(notice.marketplace.value) ?? '')
    : null
  return {
    ...emptyProposals(),
    title: titleProposal(notice.rightsOwner, ipRights),
    rightsHolder: same(notice.rightsOwner),
    senderEmail: same(notice.rightsOwnerEmail),
    senderReference: same(notice.complaintId),
    jurisdiction: jurisdictionProposal(notice.rights),
    marketplace,
    ipRights,
    products: productProposals({ ...notice, products: [] }, marketplace?.value),
    responseDeadline: noticeDeadline(notice)
  }
}

export function complaintProposals(fields: ComplaintFields): IntakeProposals {
  const ipRights = fields.rights.map(proposedRight)
  return {
    ...emptyProposals(),
    title: titleProposal(fields.plaintiff, ipRights),
    letterDate: same(fields.filingDate),
    rightsHolder: same(fields.plaintiff),
    senderFirm: same(fields.plaintiffFirm),
    senderAttorney: same(fields.plaintiffAttorneys[0]),
    // the case number, court and judges are the complaint reading's own (the lawsuit's case fields)
    jurisdiction: fields.court ? as(fields.court, 'US') : null,
    ipRights
  }
}

/** Every value of a reading as uncertain (OCR text, an unsupported language). */
export function allUncertain(proposals: IntakeProposals): IntakeProposals {
  const off = <T>(p: Proposal<T> | null): Proposal<T> | null => (p ? { ...p, certain: false } : null)
  const out = { ...proposals } as unknown as Record<string, unknown>
  for (const [key, value] of Object.entries(proposals)) {
    out[key] = Array.isArray(value) ? value.map((p: Proposal<unknown>) => off(p)) : off(value)
  }
  return out as unknown as IntakeProposals
}

export { same as proposalOf }
