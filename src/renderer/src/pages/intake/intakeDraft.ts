import type { CallInput, UploadedFile } from '../../../../shared/contract'
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
  days: string | number
  basis: DeadlineBasis
  from: DeadlineFrom
  /** The user's own date; only used once they edit the due field. */
  due: string
  dueEdited: boolean
  overrideReason: string
}

export interface IntakeDraft {
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

/** Checks the schema cannot make: empty means "required", an override needs its reason. */
export function draftChecks(draft: IntakeDraft, computedDue: string | null): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!draft.letterDate.trim()) errors.letterDate = 'required'
  if (!draft.receivedDate.trim()) errors.receivedDate = 'required'
  const d = draft.deadline
  if (d.stated) {
    if (d.days === '') errors['responseDeadline.days'] = 'required'
    const due = confirmedDue(d, computedDue)
    // Without days there is nothing to compute yet; the days field already says so.
    if (!due && d.days !== '') errors['responseDeadline.due'] = 'required'
    else if (computedDue && due !== computedDue && !d.overrideReason.trim()) {
      errors['responseDeadline.overrideReason'] = 'override_reason_required'
    }
  }
  return errors
}
