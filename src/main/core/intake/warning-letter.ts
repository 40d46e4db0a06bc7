// Logging a received warning letter: the matter, its parties, rights and products, the
// letter-dated and received events, the asserted response deadline and the letter file, in
// one transaction. Each part is written by its own area's service: intake only puts them together.
import type { z } from 'zod'
import { DeadlineInput, type WarningLetterInput } from '../../../shared/contract'
import { JURISDICTIONS, type MatterDetail } from '../../../shared/model'
import { inTransaction, type CoreContext, type Tx } from '../kernel/context'
import { AppError } from '../kernel/errors'
import { addDeadline } from '../deadlines/deadlines'
import { insertDocument } from '../documents/attach'
import { getMatter, insertNewMatter, type CreateInput } from '../matters/matters'
import { touchMatter } from '../matters/touch'
import { addEventRow } from '../timeline/events'
import { knownBlob } from '../documents/documents'

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
    ruleId: 'letter.asserted',
    triggerEventId,
    options: { days: response.days, basis: response.basis, jurisdiction },
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

export function logWarningLetter(ctx: CoreContext, input: LetterInput): MatterDetail {
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
    const letterEventId = addEventRow(ctx, tx, {
      matterId,
      type: 'letter_dated',
      date: input.letterDate,
      title: '',
      details: null
    })
    const receivedEventId = addEventRow(ctx, tx, {
      matterId,
      type: 'letter_received',
      date: input.receivedDate,
      title: '',
      details: null
    })

    const response = input.responseDeadline
    if (response) {
      const trigger = response.from === 'received_date' ? receivedEventId : letterEventId
      addResponseDeadline(ctx, tx, matterId, response, trigger, jurisdiction)
    }

    if (input.letterFile && letterBlob) {
      insertDocument(ctx, tx, {
        matterId,
        sha256: input.letterFile.sha256,
        originalName: input.letterFile.originalName,
        size: letterBlob.size,
        mime: letterBlob.mime,
        kind: input.kind === 'lawsuit' ? 'complaint' : 'warning_letter',
        documentDate: input.letterDate,
        privileged: false
      })
    }

    touchMatter(ctx, tx, matterId)
    return getMatter(ctx, matterId)
  })
}
