// Logging a received warning letter: the matter, its parties, rights and products, the
// letter-dated and received events, the asserted response deadline and the letter file, in
// one transaction. Each part is written by its own area's service: intake only puts them together.
import type { z } from 'zod'
import { DeadlineInput, type WarningLetterInput } from '../../../shared/contract'
import { JURISDICTIONS, type DocumentKind, type EventType, type MatterDetail } from '../../../shared/model'
import { inTransaction, type CoreContext, type Tx } from '../kernel/context'
import { AppError } from '../kernel/errors'
import { addDeadline } from '../deadlines/deadlines'
import { insertArrivedDocument } from '../documents/attach'
import { knownBlob } from '../documents/documents'
import type { EmailIntake } from './email-intake'
import { getMatter, insertNewMatter, type CreateInput } from '../matters/matters'
import { touchMatter } from '../matters/touch'
import { addEventRow } from '../timeline/events'

type LetterInput = z.output<typeof WarningLetterInput>
type ResponseDeadline = NonNullable<LetterInput['responseDeadline']>

function letterParties(input: LetterInput): CreateInput['parties'] {
  type Party = CreateInput['parties'][number]
  const party = (role: Party['role'], name: string): Party => ({
    role,
    name,
    organisation: null,
    email: null,
    phone: null,
    address: null
  })
  const parties = [party('rights_holder', input.rightsHolder)]
  if (input.senderFirm) parties.push(party('sender_firm', input.senderFirm))
  if (input.senderAttorney) {
    parties.push({
      ...party('sender_attorney', input.senderAttorney),
      organisation: input.senderFirm ?? null,
      email: input.senderEmail ?? null
    })
  }
  return parties
}

/** The deadlines service names its own fields; on the intake form they are the response deadline's. */
function onResponseDeadlineFields(error: unknown): unknown {
  if (!(error instanceof AppError) || error.code !== 'validation' || !error.fields) return error
  const fields: Record<string, string> = {}
  for (const [field, code] of Object.entries(error.fields)) {
    fields[field === 'overrideReason' ? 'responseDeadline.overrideReason' : 'responseDeadline.due'] = code
  }
  return new AppError('validation', { fields, params: error.params, detail: error.message })
}

/**
 * The asserted response deadline, through the deadlines service: computed by the letter rule with
 * the workspace's holidays and declared closure days, counted from the letter's own event so it
 * follows a corrected date. A confirmed date other than the computed one needs a reason.
 */
function addResponseDeadline(
  ctx: CoreContext,
  tx: Tx,
  matterId: number,
  response: ResponseDeadline,
  triggerEventId: number,
  jurisdiction: string
): void {
  const input = DeadlineInput.parse({
    matterId,
    ruleId: response.ruleId,
    triggerEventId,
    // APEX counts its own 3 weeks; the letter rule counts the period the letter states
    options:
      response.ruleId === 'letter.asserted'
        ? { days: response.days, basis: response.basis, jurisdiction }
        : {},
    due: response.due,
    overrideReason: response.overrideReason
  })
  try {
    // In the letter's transaction: the deadline commits with the matter, or nothing does.
    addDeadline(ctx, input, tx)
  } catch (error) {
    throw onResponseDeadlineFields(error)
  }
}

/** What the file logged with each kind is, in the documents list. */
const DOCUMENT_KIND: Record<LetterInput['kind'], DocumentKind> = {
  warning_letter: 'warning_letter',
  marketplace_complaint: 'correspondence',
  lawsuit: 'complaint'
}

/** The timeline event a marketplace's notice is: APEX has its own (its rule's trigger). */
function noticeEventType(response: ResponseDeadline | null): EventType {
  return response?.ruleId === 'amazon.apex.response'
    ? 'apex_notice_received'
    : 'marketplace_complaint_received'
}

/**
 * `letterEmail`: the letter file read as an e-mail (readEmailForIntake), when it is one, so its
 * attachments are stored as the e-mail's documents.
 */
export function logWarningLetter(
  ctx: CoreContext,
  input: LetterInput,
  letterEmail: EmailIntake | null = null
): MatterDetail {
  const stated = input.jurisdiction ?? input.ipRights[0]?.jurisdiction ?? 'US'
  // Holiday warnings need a jurisdiction we know; anything else counts weekends only.
  const jurisdiction = (JURISDICTIONS as readonly string[]).includes(stated) ? stated : 'OTHER'
  const letterBlob = input.letterFile ? knownBlob(ctx.db, input.letterFile.sha256) : null
  if (input.letterFile && !letterBlob) {
    throw new AppError('validation', { fields: { letterFile: 'file_missing' } })
  }

  return inTransaction(ctx, (tx) => {
    const matterId = insertNewMatter(ctx, tx, {
      reference: input.reference,
      kind: input.kind,
      // a complaint logged at intake is a suit already under way
      status: input.kind === 'lawsuit' ? 'litigating' : 'open',
      notes: null,
      fields: input,
      parts: { parties: letterParties(input), ipRights: input.ipRights, products: input.products }
    })

    // System events carry no title: the UI names them by type, in the reader's language.
    const event = (type: EventType, date: string): number =>
      addEventRow(ctx, tx, { matterId, type, date, title: '', details: null })
    const response = input.responseDeadline
    let letterEventId: number
    let receivedEventId: number
    if (input.kind === 'marketplace_complaint') {
      // the notice is the event (an APEX invitation starts the program's 3 weeks); its arrival
      // is a second event only when it came on another day
      letterEventId = event(noticeEventType(response), input.letterDate)
      receivedEventId =
        input.receivedDate === input.letterDate ? letterEventId : event('letter_received', input.receivedDate)
    } else {
      letterEventId = event('letter_dated', input.letterDate)
      receivedEventId = event('letter_received', input.receivedDate)
    }

    if (response) {
      // APEX counts from Amazon's notice, whatever the form's "from" says
      const fromReceipt = response.from === 'received_date' && response.ruleId === 'letter.asserted'
      addResponseDeadline(
        ctx,
        tx,
        matterId,
        response,
        fromReceipt ? receivedEventId : letterEventId,
        jurisdiction
      )
    }

    if (input.letterFile && letterBlob) {
      // an e-mailed letter is kept whole, its attachments (the letter itself, often) beside it
      insertArrivedDocument(ctx, tx, {
        matterId,
        blob: letterBlob,
        name: input.letterFile.originalName,
        email: letterEmail,
        kind: DOCUMENT_KIND[input.kind],
        documentDate: input.letterDate,
        privileged: false
      })
    }

    touchMatter(ctx, tx, matterId)
    return getMatter(ctx, matterId)
  })
}
