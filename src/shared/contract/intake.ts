// Contract calls for intake: logging a received warning letter as a matter in one step.
import { z } from 'zod'
import type { MatterDetail } from '../model'
import { call, isoDate, optionalText, referenceNumber, required, sha256, TITLE_MAX } from './kit'
import { overrideNeedsReason } from './deadlines'
import { IpRightInput, ProductInput, receivedNotBeforeLetter, referenceField } from './matters'

export const ResponseDeadlineInput = z.object({
  days: z.number().int().min(1, 'out_of_range').max(3650, 'out_of_range'),
  basis: z.enum(['calendar', 'business']),
  from: z.enum(['letter_date', 'received_date']),
  /** The date the user confirmed; must equal the computed one unless overridden. */
  due: isoDate,
  overrideReason: optionalText(500)
})

const warningLetterFields = z.object({
  reference: referenceNumber.optional(),
  title: required(TITLE_MAX),
  letterDate: isoDate,
  receivedDate: isoDate,
  rightsHolder: required(200),
  senderFirm: optionalText(200),
  senderAttorney: optionalText(200),
  senderEmail: optionalText(200),
  senderReference: optionalText(100),
  jurisdiction: optionalText(20),
  marketplace: optionalText(100),
  ipRights: z.array(IpRightInput).min(1, 'at_least_one_right').max(200),
  products: z.array(ProductInput).max(500).default([]),
  demands: optionalText(5000),
  responseDeadline: ResponseDeadlineInput.nullable(),
  letterFile: z.object({ sha256, originalName: required(400) }).nullable()
})

export const WarningLetterInput = warningLetterFields.superRefine(receivedNotBeforeLetter)

/**
 * The intake form: the call's input with a reference that may be blank, and the response date
 * beside the one the form computed, so an override without a reason is caught before saving.
 * The due date is absent while there are no days to count (the days field says what is missing).
 */
export const WarningLetterForm = warningLetterFields
  .extend({
    reference: referenceField,
    responseDeadline: ResponseDeadlineInput.extend({
      due: isoDate.optional(),
      computedDue: isoDate.nullable()
    })
      .superRefine(overrideNeedsReason)
      .nullable()
  })
  .superRefine(receivedNotBeforeLetter)

export const intakeCalls = {
  'matters.logWarningLetter': call<MatterDetail>()(WarningLetterInput)
} as const
