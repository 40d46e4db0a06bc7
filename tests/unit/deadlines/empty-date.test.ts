// Specification (issue 13): an empty required date says "required", a date that does not exist
// says "not a valid date", both next to the field.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore, patentLetterInput } from '../helpers'

describe('a required date left empty', () => {
  it('is "required"; 2026-02-30 is "invalid_date"; nothing is saved', async () => {
    const core = openTestCore()
    const letter = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
    const before = letter.deadlines.length
    const empty = await core.dispatch('deadlines.add', {
      matterId: letter.matter.id,
      title: 'Reply',
      due: ''
    })
    expect(empty).toMatchObject({ ok: false, error: { code: 'validation', fields: { due: 'required' } } })
    const impossible = await core.dispatch('deadlines.add', {
      matterId: letter.matter.id,
      title: 'Reply',
      due: '2026-02-30'
    })
    expect(impossible).toMatchObject({ ok: false, error: { fields: { due: 'invalid_date' } } })
    expect(ok(await core.dispatch('matters.get', { id: letter.matter.id })).deadlines).toHaveLength(before)
  })
})
