import {
  CASE_FIELDS,
  type CallInput,
  type ClosureDay,
  type ResponseRule,
  type UploadedFile
} from '../../../../shared/contract'
import { previewLetterDeadline, type PreviewOutcome } from '../../lib/deadlinePreview'
import type { IpRightType } from '../../../../shared/model'

export interface RightRow {
  key: string
  type: IpRightType
  number: string
  jurisdiction: string | null
  title: string
}

export interface ProductRow {
  key: string
  name: string
  sku: string
  marketplaceItemId: string
  marketplace: string
  listingUrl: string
}

export type DeadlineBasis = 'calendar' | 'business'
export type DeadlineFrom = 'letter_date' | 'received_date'

export interface DeadlineDraft {
  stated: boolean
  /** The period the letter states, or (a marketplace complaint) Amazon's APEX 3 weeks. */
  rule: ResponseRule
  days: string | number
  basis: DeadlineBasis
  from: DeadlineFrom
  /** The user's own date; only used once they edit the due field. */
  due: string
  dueEdited: boolean
  overrideReason: string
}

/** A complaint's case fields as the form holds them ('' for empty). */
export type CaseDraft = Record<(typeof CASE_FIELDS)[number], string>

export interface IntakeDraft extends CaseDraft {
  /**
   * lawsuit: a complaint was read; it is logged as a lawsuit with its case fields.
   * marketplace_complaint: a marketplace's notice; its letter date is the notice's.
   */
  kind: 'warning_letter' | 'marketplace_complaint' | 'lawsuit'
  reference: string
  referenceEdited: boolean
  title: string
  letterDate: string
  receivedDate: string
  rightsHolder: string
  senderFirm: string
  senderAttorney: string
  senderEmail: string
  senderReference: string
  jurisdiction: string | null
  marketplace: string
  ipRights: RightRow[]
  products: ProductRow[]
  demands: string
  deadline: DeadlineDraft
  letterFile: UploadedFile | null
}

let nextKey = 0
export function rowKey(): string {
  nextKey += 1
  return `row-${nextKey}`
}

export function emptyRight(jurisdiction: string | null = null): RightRow {
  return { key: rowKey(), type: 'utility_patent', number: '', jurisdiction, title: '' }
}

export function emptyProduct(marketplace = ''): ProductRow {
  return { key: rowKey(), name: '', sku: '', marketplaceItemId: '', marketplace, listingUrl: '' }
}

export function emptyDraft(): IntakeDraft {
  return {
    kind: 'warning_letter',
    ...(Object.fromEntries(CASE_FIELDS.map((k) => [k, ''])) as CaseDraft),
    reference: '',
    referenceEdited: false,
    title: '',
    letterDate: '',
    receivedDate: '',
    rightsHolder: '',
    senderFirm: '',
    senderAttorney: '',
    senderEmail: '',
    senderReference: '',
    jurisdiction: null,
    marketplace: '',
    ipRights: [emptyRight()],
    products: [],
    demands: '',
    deadline: {
      stated: true,
      rule: 'letter.asserted',
      days: '',
      basis: 'calendar',
      from: 'received_date',
      due: '',
      dueEdited: false,
      overrideReason: ''
    },
    letterFile: null
  }
}

/**
 * Nothing typed or attached: the draft equals a new one but for its rows' keys and the reference
 * the core suggested (it arrives on its own, a moment after the form opens).
 */
export function isEmptyDraft(draft: IntakeDraft): boolean {
  const withoutKeys = (d: IntakeDraft): string =>
    JSON.stringify({ ...d, reference: d.referenceEdited ? d.reference : '' }, (k, v: unknown) =>
      k === 'key' ? undefined : v
    )
  return withoutKeys(draft) === withoutKeys(emptyDraft())
}

// The draft outlives a trip to another page; it is cleared on save or on discard.
let kept: IntakeDraft | null = null
export function keptDraft(): IntakeDraft {
  return kept ?? emptyDraft()
}
export function keepDraft(draft: IntakeDraft | null): void {
  kept = draft
}

/** The due date the user is confirming: their own, or the computed one. */
export function confirmedDue(deadline: DeadlineDraft, computedDue: string | null): string {
  return deadline.dueEdited ? deadline.due.trim() : (computedDue ?? '')
}

export function toInput(
  draft: IntakeDraft,
  computedDue: string | null
): CallInput<'matters.logWarningLetter'> {
  const d = draft.deadline
  const due = confirmedDue(d, computedDue)
  return {
    kind: draft.kind,
    // a letter has no case fields; a lawsuit sends what the form holds
    ...(draft.kind === 'lawsuit'
      ? (Object.fromEntries(CASE_FIELDS.map((k) => [k, draft[k]])) as CaseDraft)
      : {}),
    reference: draft.reference.trim() || undefined,
    title: draft.title,
    letterDate: draft.letterDate.trim(),
    receivedDate: draft.receivedDate.trim(),
    rightsHolder: draft.rightsHolder,
    senderFirm: draft.senderFirm,
    senderAttorney: draft.senderAttorney,
    senderEmail: draft.senderEmail,
    senderReference: draft.senderReference,
    jurisdiction: draft.jurisdiction,
    marketplace: draft.marketplace,
    ipRights: draft.ipRights.map((r) => ({
      type: r.type,
      number: r.number,
      jurisdiction: r.jurisdiction ?? '',
      title: r.title
    })),
    products: draft.products.map((p) => ({
      name: p.name,
      sku: p.sku,
      marketplaceItemId: p.marketplaceItemId,
      marketplace: p.marketplace,
      listingUrl: p.listingUrl
    })),
    demands: draft.demands,
    responseDeadline: d.stated
      ? {
          ruleId: d.rule,
          days: typeof d.days === 'number' ? d.days : Number.NaN,
          basis: d.basis,
          from: d.from,
          due,
          overrideReason: d.overrideReason
        }
      : null,
    letterFile: draft.letterFile
      ? { sha256: draft.letterFile.sha256, originalName: draft.letterFile.originalName }
      : null
  }
}

/** The response date the letter's terms give, counted as the core will count it (closures too). */
export function previewResponse(draft: IntakeDraft, closures: readonly ClosureDay[]): PreviewOutcome {
  const d = draft.deadline
  return previewLetterDeadline({
    rule: d.rule,
    // APEX counts from the notice
    trigger: d.from === 'letter_date' || d.rule !== 'letter.asserted' ? draft.letterDate : draft.receivedDate,
    days: d.days,
    basis: d.basis,
    jurisdiction: draft.jurisdiction,
    closures
  })
}

export function computedDueOf(outcome: PreviewOutcome): string | null {
  return outcome.state === 'ok' ? outcome.preview.due : null
}

/**
 * The draft as the contract's WarningLetterForm checks it: the call's input with the reference
 * as typed (blank: the core numbers it), blank days as absent, and the computed response date
 * beside the confirmed one (the override rule).
 */
export function toFormInput(draft: IntakeDraft, computedDue: string | null) {
  const input = toInput(draft, computedDue)
  const d = draft.deadline
  const due = confirmedDue(d, computedDue)
  return {
    ...input,
    reference: draft.reference,
    responseDeadline: input.responseDeadline && {
      ...input.responseDeadline,
      days: typeof d.days === 'number' ? d.days : undefined,
      // Without days there is nothing to compute yet; the days field already says so.
      due: !due && d.days === '' ? undefined : due,
      computedDue
    }
  }
}
