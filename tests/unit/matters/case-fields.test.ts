// Specification: a lawsuit keeps its caption and docket (court, division, case number, judge,
// magistrate judge, filing date) in fields of its own, edited like any other field, refused when
// a date does not exist or a text is too long, and found by its case number everywhere.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore } from '../helpers'

const CASE = {
  court: 'U.S. District Court for the Northern District of Illinois',
  division: 'Eastern Division',
  caseNumber: '1:26-cv-04321',
  judge: 'Harriet M. Vollmer',
  magistrateJudge: 'Curtis A. Lindahl',
  filingDate: '2026-09-08'
}

describe('a lawsuit’s case fields', () => {
  it('are saved with the matter, edited, and cleared', async () => {
    const core = openTestCore()
    const created = ok(
      await core.dispatch('matters.create', {
        title: 'Brightline Outdoor v. Schedule A defendants',
        kind: 'lawsuit',
        jurisdiction: 'US',
        ...CASE,
        caseNumber: '  1:26-cv-04321 '
      })
    )
    expect(created.matter).toMatchObject(CASE)
    const edited = ok(
      await core.dispatch('matters.update', {
        id: created.matter.id,
        judge: 'Rosa T. Delgado',
        magistrateJudge: ''
      })
    )
    expect(edited.matter).toMatchObject({
      judge: 'Rosa T. Delgado',
      magistrateJudge: null,
      caseNumber: '1:26-cv-04321'
    })
  })

  it('refuse a filing date that does not exist and a case number past 60 characters, keeping the matter as it was', async () => {
    const core = openTestCore()
    const id = ok(await core.dispatch('matters.create', { title: 'Suit', kind: 'lawsuit', ...CASE })).matter
      .id
    const badDate = await core.dispatch('matters.update', { id, filingDate: '2026-02-29' })
    expect(badDate).toMatchObject({ ok: false, error: { fields: { filingDate: expect.any(String) } } })
    const tooLong = await core.dispatch('matters.update', { id, caseNumber: 'x'.repeat(61) })
    expect(tooLong).toMatchObject({ ok: false, error: { fields: { caseNumber: 'too_long' } } })
    expect(ok(await core.dispatch('matters.get', { id })).matter).toMatchObject(CASE)
  })

  it('find the matter by its case number in the register and in the global search', async () => {
    const core = openTestCore()
    ok(
      await core.dispatch('matters.create', {
        title: 'Another matter',
        kind: 'lawsuit',
        caseNumber: '1:26-cv-09999'
      })
    )
    const id = ok(
      await core.dispatch('matters.create', {
        title: 'Brightline Outdoor v. Schedule A defendants',
        kind: 'lawsuit',
        ...CASE
      })
    ).matter.id
    const register = ok(await core.dispatch('matters.list', { search: '1:26-cv-04321' }))
    expect(register.rows.map((r) => r.id)).toEqual([id])
    const byJudge = ok(await core.dispatch('matters.list', { search: 'Vollmer' }))
    expect(byJudge.rows.map((r) => r.id)).toEqual([id])
    const global = ok(await core.dispatch('search.global', { query: '1:26-cv-04321', scope: 'matters' }))
    expect(global.matters.map((m) => m.id)).toEqual([id])
    expect(global.matters[0]?.snippet?.field).toBe('caseNumber')
  })
})
