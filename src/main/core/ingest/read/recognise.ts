// What a text reads as (a letter, a marketplace notice, a court filing), from the readers' fields.
// Intake reads what arrived with it; the documents area proposes a document's kind with it.
import type { ReadKind } from '../../../../shared/contract/intake'
import { extractComplaintFields, type ComplaintFields } from './complaint'
import { extractLetterFields } from './letter-fields'
import { readMarketplaceNotice, type MarketplaceNotice } from './marketplace'
import { readScheduleA, type ScheduleA } from './schedule-a'
import type { LetterFields, ReadOptions } from './types'

const SCHEDULE_A_HEADING = /\bSCHEDULE\s*["“]?\s*A\b|\bSchedule\s+["“]?A["”]?(?![a-z])/

/** Every reader's fields of one text. */
export interface Readings {
  letter: LetterFields
  notice: MarketplaceNotice
  complaint: ComplaintFields
  scheduleA: ScheduleA
}

export function readAll(text: string, options: ReadOptions = {}): Readings {
  return {
    letter: extractLetterFields(text, options),
    notice: readMarketplaceNotice(text, options),
    complaint: extractComplaintFields(text, options),
    scheduleA: readScheduleA(text, options)
  }
}

/** A court caption: a case number with a plaintiff and defendants. */
export function hasCaption(text: string, r: Readings): boolean {
  return r.complaint.caseNumber !== null && /\bplaintiffs?\b/i.test(text) && /\bdefendants?\b/i.test(text)
}

/** A Schedule A of defendants, under its heading. */
export function hasScheduleA(text: string, r: Readings): boolean {
  return (
    SCHEDULE_A_HEADING.test(text) &&
    r.scheduleA.rows.length > 0 &&
    !r.scheduleA.notes.some((n) => n.code === 'no_schedule_a' || n.code === 'schedule_a_no_header')
  )
}

/** A court filing has a caption (case number, plaintiff, defendants) or a Schedule A of defendants. */
export function recognise(text: string, r: Readings): ReadKind {
  if (hasCaption(text, r) || hasScheduleA(text, r)) return 'complaint'
  // a law firm's letter about a listing names the marketplace too; a notice has its own complaint id
  const notice = r.notice.kind.value !== 'unknown'
  if (notice && (r.notice.complaintId !== null || r.letter.senderFirm === null)) return 'marketplace_notice'
  return 'letter'
}
