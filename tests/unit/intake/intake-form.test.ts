// Specification: the intake and new-matter forms check the rules the core checks on save (a
// letter is not received before it is dated; an override of the response date needs a reason),
// and a reference left blank is numbered by the core.
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { MatterCreateForm, OVERRIDE_REASON_REQUIRED, WarningLetterForm } from '../../../src/shared/contract'

function problems(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value)
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

const letter = {
  reference: '',
  title: 'Brightline Outdoor — lantern patents',
  letterDate: '2026-10-19',
  receivedDate: '2026-10-20',
  rightsHolder: 'Brightline Outdoor Inc.',
  ipRights: [{ type: 'utility_patent', number: 'US 11,234,567 B2', jurisdiction: 'US', title: '' }],
  products: [],
  responseDeadline: {
    days: 14,
    basis: 'calendar',
    from: 'letter_date',
    due: '2026-11-02',
    computedDue: '2026-11-02',
    overrideReason: ''
  },
  letterFile: null
}

describe('the intake form', () => {
  it('accepts a letter whose reference is left for the core to number', () => {
    expect(problems(WarningLetterForm, letter)).toEqual({})
  })

  it('says a letter cannot be received before its date', () => {
    expect(problems(WarningLetterForm, { ...letter, receivedDate: '2026-10-18' })).toEqual({
      receivedDate: 'received_before_letter'
    })
  })

  it('asks for a reason when the confirmed response date is not the computed one', () => {
    const moved = { ...letter.responseDeadline, due: '2026-11-09' }
    expect(problems(WarningLetterForm, { ...letter, responseDeadline: moved })).toEqual({
      'responseDeadline.overrideReason': OVERRIDE_REASON_REQUIRED
    })
    const explained = { ...moved, overrideReason: 'Extension agreed by phone' }
    expect(problems(WarningLetterForm, { ...letter, responseDeadline: explained })).toEqual({})
  })

  it('says only the days are missing while there is nothing to count yet', () => {
    const blank = { ...letter.responseDeadline, days: undefined, due: undefined, computedDue: null }
    expect(Object.keys(problems(WarningLetterForm, { ...letter, responseDeadline: blank }))).toEqual([
      'responseDeadline.days'
    ])
  })
})

describe('the new-matter form', () => {
  const matter = { kind: 'marketplace_complaint', title: 'Takedown of LX-200 listing', reference: '' }

  it('leaves a blank reference to the core and checks a typed one', () => {
    expect(problems(MatterCreateForm, matter)).toEqual({})
    expect(problems(MatterCreateForm, { ...matter, reference: '#1' })).toEqual({
      reference: 'invalid_reference'
    })
  })

  it('says a letter cannot be received before its date', () => {
    expect(
      problems(MatterCreateForm, { ...matter, letterDate: '2026-03-02', receivedDate: '2026-03-01' })
    ).toEqual({ receivedDate: 'received_before_letter' })
  })
})
