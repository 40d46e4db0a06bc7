// Specification: the rights asserted against us are one registry across matters. The same
// patent in a letter and in a suit is one right, however its number is written; each matter
// records which of its claims it asserts; the registry keeps dates, marking and claims.
import { describe, expect, it } from 'vitest'
import type { CallResult } from '../../../src/shared/contract'
import { ok, openTestCore, patentLetterInput } from '../helpers'

function refused<T>(result: CallResult<T>): { code: string; fields?: Record<string, string> } {
  if (result.ok) throw new Error('expected the call to be refused')
  return result.error
}

describe('the rights registry', () => {
  it('a patent named in a letter and in a suit is one right; each matter asserts its own claims', async () => {
    const core = openTestCore()
    const letter = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
    const suit = ok(
      await core.dispatch('matters.create', {
        title: 'Brightline v. Sellers',
        kind: 'lawsuit',
        ipRights: [
          { type: 'utility_patent', number: 'us11234567b2', jurisdiction: 'us', assertedClaims: ['1', '7'] }
        ]
      })
    )
    const rightId = letter.ipRights[0]!.rightId
    expect(suit.ipRights[0]).toMatchObject({
      rightId,
      number: 'US 11,234,567 B2',
      assertedClaims: ['1', '7']
    })
    expect(letter.ipRights[0]!.assertedClaims).toEqual([])
    const record = ok(await core.dispatch('rights.get', { id: rightId }))
    expect(record.assertions.map((a) => [a.reference, a.claims])).toEqual([
      [letter.matter.reference, []],
      [suit.matter.reference, ['1', '7']]
    ])
  })

  it('editing the registry right shows in every matter that asserts it', async () => {
    const core = openTestCore()
    const letter = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
    const suit = ok(
      await core.dispatch('matters.create', {
        title: 'Brightline v. Sellers',
        kind: 'lawsuit',
        ipRights: [{ type: 'utility_patent', number: 'US 11,234,567 B2', jurisdiction: 'US' }]
      })
    )
    const rightId = letter.ipRights[0]!.rightId
    ok(
      await core.dispatch('rights.update', {
        id: rightId,
        owner: 'Brightline Outdoor Inc.',
        status: 'in_force',
        filingDate: '2021-05-03',
        grantDate: '2024-02-13',
        expiryDate: '2041-05-03',
        markingStatus: 'marked',
        markedSince: '2024-06-01',
        title: 'Collapsible lantern with telescoping diffuser'
      })
    )
    for (const id of [letter.matter.id, suit.matter.id]) {
      const detail = ok(await core.dispatch('matters.get', { id }))
      expect(detail.ipRights[0]!.title).toBe('Collapsible lantern with telescoping diffuser')
    }
    const saved = ok(await core.dispatch('rights.get', { id: rightId })).right
    expect(saved).toMatchObject({
      markingStatus: 'marked',
      markedSince: '2024-06-01',
      grantDate: '2024-02-13'
    })
  })

  it('keeps the claims of a patent, independent or dependent on another', async () => {
    const core = openTestCore()
    const letter = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
    const rightId = letter.ipRights[0]!.rightId
    const record = ok(
      await core.dispatch('rights.setClaims', {
        rightId,
        claims: [
          { number: '1', independent: true, text: 'A collapsible lantern comprising…' },
          { number: '2', independent: false, dependsOn: '1' },
          { number: '7', independent: true }
        ]
      })
    )
    expect(record.claims.map((c) => [c.number, c.independent, c.dependsOn])).toEqual([
      ['1', true, null],
      ['2', false, '1'],
      ['7', true, null]
    ])
    expect(
      refused(
        await core.dispatch('rights.setClaims', {
          rightId,
          claims: [{ number: '3', independent: false, dependsOn: '9' }]
        })
      ).fields
    ).toEqual({ 'claims.0.dependsOn': 'unknown_claim' })
    expect(ok(await core.dispatch('rights.get', { id: rightId })).claims).toHaveLength(3)
  })

  it('refuses dates out of order: a grant before filing, an expiry before grant; a copyright registered before its effective date', async () => {
    const core = openTestCore()
    const letter = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
    const rightId = letter.ipRights[0]!.rightId
    expect(
      refused(
        await core.dispatch('rights.update', {
          id: rightId,
          filingDate: '2022-01-01',
          grantDate: '2021-12-31'
        })
      ).fields
    ).toEqual({ grantDate: 'grant_before_filing' })
    ok(await core.dispatch('rights.update', { id: rightId, grantDate: '2024-02-13' }))
    // The saved grant date counts when only the expiry is typed.
    expect(
      refused(await core.dispatch('rights.update', { id: rightId, expiryDate: '2024-01-01' })).fields
    ).toEqual({
      expiryDate: 'expiry_before_grant'
    })
    expect(
      refused(
        await core.dispatch('rights.update', {
          id: rightId,
          registrationDate: '2024-01-01',
          effectiveRegistrationDate: '2024-03-01'
        })
      ).fields
    ).toEqual({ effectiveRegistrationDate: 'effective_after_registration' })
    expect(ok(await core.dispatch('rights.get', { id: rightId })).right.expiryDate).toBeNull()
  })

  it('correcting a number on a matter alone corrects the registry; where others assert it, only this matter moves', async () => {
    const core = openTestCore()
    const letter = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
    const design = letter.ipRights[1]!
    ok(await core.dispatch('ipRights.update', { id: design.id, number: 'US D987,655' }))
    const after = ok(await core.dispatch('matters.get', { id: letter.matter.id })).ipRights[1]!
    expect(after).toMatchObject({ rightId: design.rightId, number: 'US D987,655' })

    const suit = ok(
      await core.dispatch('matters.create', {
        title: 'Suit',
        kind: 'lawsuit',
        ipRights: [{ type: 'design_patent', number: 'USD987655', jurisdiction: 'US' }]
      })
    )
    expect(suit.ipRights[0]!.rightId).toBe(design.rightId)
    ok(await core.dispatch('ipRights.update', { id: suit.ipRights[0]!.id, number: 'US D111,222' }))
    const letterNow = ok(await core.dispatch('matters.get', { id: letter.matter.id })).ipRights[1]!
    const suitNow = ok(await core.dispatch('matters.get', { id: suit.matter.id })).ipRights[0]!
    expect(letterNow.number).toBe('US D987,655')
    expect(suitNow.number).toBe('US D111,222')
    expect(suitNow.rightId).not.toBe(design.rightId)
  })
})
