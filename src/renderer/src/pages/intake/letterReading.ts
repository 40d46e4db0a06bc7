// A letter read by intake.read, as values for the intake draft: each filled field is "proposed"
// (keyed by its draft path, rows by their key) until the user accepts it or edits it.
import type { TFunction } from 'i18next'
import { CASE_FIELDS, type IntakeReading, type Proposal, type ReadSource } from '../../../../shared/contract'
import { emptyProduct, emptyRight, type IntakeDraft, type ProductRow, type RightRow } from './intakeDraft'

export interface PendingProposal {
  source: ReadSource
  certain: boolean
  /** Other readings, as text, for the tooltip. */
  alternatives?: string[]
}

/** Proposed fields not yet accepted: 'senderFirm', 'responseDeadline', 'ipRights.<row key>', ... */
export type Pending = Record<string, PendingProposal>

export const TEXT_FIELDS = [
  'title',
  'letterDate',
  'receivedDate',
  'rightsHolder',
  'senderFirm',
  'senderAttorney',
  'senderEmail',
  'senderReference',
  'marketplace'
] as const

function pending<T>(p: Proposal<T>, show: (v: T) => string = String): PendingProposal {
  const out: PendingProposal = { source: p.source, certain: p.certain }
  if (p.alternatives?.length) out.alternatives = p.alternatives.map(show)
  return out
}

const isBlankRight = (r: RightRow): boolean => r.number.trim() === '' && r.title.trim() === ''

/**
 * The draft with the reading's proposals in the fields still empty (what the user typed stays), and
 * the fields that now hold a proposal.
 */
export function applyReading(
  draft: IntakeDraft,
  reading: IntakeReading,
  t: TFunction
): { patch: Partial<IntakeDraft>; pending: Pending } {
  const p = reading.proposals
  const patch: Partial<IntakeDraft> = {}
  const out: Pending = {}
  for (const field of TEXT_FIELDS) {
    const proposal = p[field]
    if (!proposal || String(draft[field] ?? '').trim() !== '') continue
    patch[field] = proposal.value
    out[field] = pending(proposal)
  }
  // A complaint is logged as a lawsuit: its caption fills the case fields still empty.
  const complaint = reading.kind === 'complaint' ? reading.complaint : null
  // a marketplace's notice is logged as a marketplace complaint, dated by the notice
  if (reading.kind === 'marketplace_notice') patch.kind = 'marketplace_complaint'
  if (complaint) {
    patch.kind = 'lawsuit'
    for (const field of CASE_FIELDS) {
      const proposal = complaint[field]
      if (!proposal || draft[field].trim() !== '') continue
      patch[field] = proposal.value
      out[field] = pending(proposal)
    }
  }
  if (p.jurisdiction && !draft.jurisdiction) {
    patch.jurisdiction = p.jurisdiction.value
    out.jurisdiction = pending(p.jurisdiction)
  }

  const rights = draft.ipRights.filter((r) => !isBlankRight(r))
  const known = new Set(rights.map((r) => r.number.replace(/\W/g, '').toUpperCase()))
  const newRights: RightRow[] = []
  for (const proposal of p.ipRights) {
    if (known.has(proposal.value.number.replace(/\W/g, '').toUpperCase())) continue
    const row = { ...emptyRight(proposal.value.jurisdiction), ...proposal.value }
    newRights.push(row)
    out[`ipRights.${row.key}`] = pending(proposal, (v) => v.number)
  }
  if (newRights.length) patch.ipRights = [...rights, ...newRights]

  const ids = new Set(draft.products.map((r) => r.marketplaceItemId.trim()))
  const newProducts: ProductRow[] = []
  for (const proposal of p.products) {
    if (ids.has(proposal.value.marketplaceItemId)) continue
    const row = { ...emptyProduct(), ...proposal.value }
    newProducts.push(row)
    out[`products.${row.key}`] = pending(proposal, (v) => v.marketplaceItemId)
  }
  if (newProducts.length) patch.products = [...draft.products, ...newProducts]

  const [firstDemand] = p.demands
  if (firstDemand && draft.demands.trim() === '') {
    patch.demands = p.demands.map((d) => t(`intakeRead.demandCodes.${d.value}`)).join('\n')
    out.demands = { source: firstDemand.source, certain: p.demands.every((d) => d.certain) }
  }

  const d = p.responseDeadline
  if (d && draft.deadline.days === '') {
    const { ruleId: rule, days, basis, from } = d.value
    patch.deadline = { ...draft.deadline, stated: true, rule, days, basis, from, due: '', dueEdited: false }
    out.responseDeadline = pending(d, (v) => t('intakeRead.deadlineAlternative', { count: v.days }))
  }
  return { patch, pending: out }
}

/** Proposals the user took over by editing: a field in the patch, or a row whose values changed. */
export function editedProposals(draft: IntakeDraft, patch: Partial<IntakeDraft>, current: Pending): string[] {
  const keys = Object.keys(patch).map((k) => (k === 'deadline' ? 'responseDeadline' : k))
  const out = keys.filter((k) => k in current)
  const rows = (name: 'ipRights' | 'products', before: { key: string }[], after?: { key: string }[]) => {
    if (!after) return
    for (const row of before) {
      const now = after.find((r) => r.key === row.key)
      if (`${name}.${row.key}` in current && JSON.stringify(now) !== JSON.stringify(row))
        out.push(`${name}.${row.key}`)
    }
  }
  rows('ipRights', draft.ipRights, patch.ipRights)
  rows('products', draft.products, patch.products)
  return out
}

export function withoutKeys(current: Pending, keys: string[]): Pending {
  if (!keys.length) return current
  return Object.fromEntries(Object.entries(current).filter(([k]) => !keys.includes(k)))
}

// The reading outlives a trip to another page, like the draft; cleared on save or discard.
export interface KeptReading {
  reading: IntakeReading | null
  pending: Pending
}
let kept: KeptReading = { reading: null, pending: {} }
export function keptReading(): KeptReading {
  return kept
}
export function keepReading(next: KeptReading | null): void {
  kept = next ?? { reading: null, pending: {} }
}
