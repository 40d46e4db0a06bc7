// A letter's dates live twice: on the matter and as its letter_dated / letter_received events.
// This keeps the matter's copy; the timeline keeps the events (timeline/event-dates.ts).
// Imports nothing that reaches matters.ts, so the timeline can call it from inside matters.ts's edits.
import { letterDatesError } from '../../../shared/contract'
import { writeAudit, type CoreContext, type Tx } from '../kernel/context'
import { AppError, notFound } from '../kernel/errors'
import { getMatterRow, updateMatterRow } from './repo'

export type LetterDateField = 'letterDate' | 'receivedDate'

/** Refuses a received date before the letter date (the contract's rule), on the form's field. */
export function assertLetterDates(
  dates: { letterDate: string | null; receivedDate: string | null },
  field: string
): void {
  const code = letterDatesError(dates)
  if (code) throw new AppError('validation', { fields: { [field]: code } })
}

/** A re-dated letter event carries the matter's letter or received date with it. */
export function setMatterLetterDate(
  ctx: CoreContext,
  tx: Tx,
  matterId: number,
  field: LetterDateField,
  date: string,
  errorField: string
): void {
  const m = getMatterRow(tx, matterId)
  if (!m) throw notFound('matter', matterId)
  if (m[field] === date) return
  assertLetterDates({ letterDate: m.letterDate, receivedDate: m.receivedDate, [field]: date }, errorField)
  updateMatterRow(tx, matterId, { [field]: date })
  writeAudit(ctx, tx, {
    action: 'update',
    entity: 'matter',
    entityId: matterId,
    matterId,
    before: { [field]: m[field] },
    after: { [field]: date }
  })
}
