// Logging a received warning letter: the matter, its parties, rights and products, the
// letter-dated and received events, the asserted response deadline and the letter file, in
// one transaction.
import { eq } from 'drizzle-orm'
import type { z } from 'zod'
import type { WarningLetterInput } from '../../../shared/contract'
import { computeDeadline, DeadlineError } from '../../../shared/deadlines'
import { JURISDICTIONS, type MatterDetail } from '../../../shared/model'
import { writeAudit, type CoreContext } from '../kernel/context'
import { touchMatter } from '../matters/touch'
import { insertDocument } from '../documents/attach'
import { blobs, deadlines } from '../db/schema'
import { AppError } from '../kernel/errors'
import { toDeadline } from '../db/mappers'
import {
  addEventRow,
  getMatter,
  insertChildren,
  insertMatter,
  matterValues,
  suggestReference,
  type CreateInput
} from '../matters/matters'
import { refreshSearchText } from '../matters/search-text'

type LetterInput = z.output<typeof WarningLetterInput>

export function logWarningLetter(ctx: CoreContext, input: LetterInput): MatterDetail {
  const response = input.responseDeadline
  let computed: ReturnType<typeof computeDeadline> | null = null
  const stated = input.jurisdiction ?? input.ipRights[0]?.jurisdiction ?? 'US'
  // Holiday warnings need a jurisdiction we know; anything else counts weekends only.
  const jurisdiction = (JURISDICTIONS as readonly string[]).includes(stated) ? stated : 'OTHER'
  if (response) {
    const trigger = response.from === 'letter_date' ? input.letterDate : input.receivedDate
    try {
      computed = computeDeadline({
        rule: 'letter.asserted',
        trigger,
        options: { days: response.days, basis: response.basis, jurisdiction }
      })
    } catch (error) {
      if (!(error instanceof DeadlineError)) throw error
      throw new AppError('validation', {
        fields: { 'responseDeadline.due': `deadline_${error.code}` },
        detail: error.message
      })
    }
    if (computed.due !== response.due && !response.overrideReason) {
      throw new AppError('validation', {
        fields: { 'responseDeadline.overrideReason': 'override_reason_required' },
        params: { computed: computed.due }
      })
    }
  }
  const letterBlob = input.letterFile
    ? ctx.db.select().from(blobs).where(eq(blobs.sha256, input.letterFile.sha256)).get()
    : null
  if (input.letterFile && !letterBlob) {
    throw new AppError('validation', { fields: { letterFile: 'file_missing' } })
  }

  return ctx.db.transaction((tx) => {
    const reference = input.reference ?? suggestReference(ctx, 'warning_letter', input.ipRights[0]?.type, tx)
    const matterId = insertMatter(
      ctx,
      tx,
      matterValues(input, { reference, kind: 'warning_letter', status: 'open', notes: null })
    )
    const letterParties: CreateInput['parties'] = [
      {
        role: 'rights_holder',
        name: input.rightsHolder,
        organisation: null,
        email: null,
        phone: null,
        address: null
      }
    ]
    if (input.senderFirm) {
      letterParties.push({
        role: 'sender_firm',
        name: input.senderFirm,
        organisation: null,
        email: null,
        phone: null,
        address: null
      })
    }
    if (input.senderAttorney) {
      letterParties.push({
        role: 'sender_attorney',
        name: input.senderAttorney,
        organisation: input.senderFirm,
        email: input.senderEmail,
        phone: null,
        address: null
      })
    }
    insertChildren(ctx, tx, matterId, {
      parties: letterParties,
      ipRights: input.ipRights,
      products: input.products
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

    if (response && computed) {
      const row = tx
        .insert(deadlines)
        .values({
          matterId,
          title: '',
          due: response.due,
          status: 'open',
          ruleId: 'letter.asserted',
          triggerDate: response.from === 'letter_date' ? input.letterDate : input.receivedDate,
          // The deadline follows its trigger event if the letter's dates are corrected later.
          triggerEventId: response.from === 'received_date' ? receivedEventId : letterEventId,
          optionsJson: JSON.stringify({ days: response.days, basis: response.basis, jurisdiction }),
          stepsJson: JSON.stringify(computed.steps),
          warningsJson: JSON.stringify(computed.warnings),
          computedDue: computed.due,
          overrideReason: response.due === computed.due ? null : response.overrideReason,
          createdAt: ctx.now(),
          updatedAt: ctx.now()
        })
        .returning()
        .get()
      writeAudit(ctx, tx, {
        action: 'create',
        entity: 'deadline',
        entityId: row.id,
        matterId,
        after: toDeadline(row)
      })
    }

    if (input.letterFile && letterBlob) {
      insertDocument(ctx, tx, {
        matterId,
        sha256: input.letterFile.sha256,
        originalName: input.letterFile.originalName,
        size: letterBlob.size,
        mime: letterBlob.mime,
        kind: 'warning_letter',
        documentDate: input.letterDate,
        privileged: false
      })
    }

    refreshSearchText(tx, matterId)
    touchMatter(ctx, tx, matterId)
    return getMatter(ctx, matterId)
  })
}
