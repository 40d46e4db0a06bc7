// Specification: the sample's Schedule A lawsuit stands as a real one does a few weeks after the
// TRO, so a new user (and the reports' end-to-end test) sees a defendants table with our store.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore } from '../helpers'

describe('the sample Schedule A lawsuit', () => {
  it('loaded on 2026-11-25 is 2026-LIT-001 with its case fields, 15 defendants, our Doe No. 9 and its open answer', async () => {
    const core = openTestCore({ today: () => '2026-11-25' })
    ok(await core.dispatch('workspace.loadSample', {}))
    const [row] = ok(await core.dispatch('matters.list', { search: '1:26-cv-04321' })).rows
    expect(row?.reference).toBe('2026-LIT-001')
    const detail = ok(await core.dispatch('matters.get', { id: row!.id }))
    expect(detail.matter).toMatchObject({
      kind: 'lawsuit',
      court: 'U.S. District Court for the Northern District of Illinois',
      division: 'Eastern Division',
      caseNumber: '1:26-cv-04321',
      judge: 'Harriet M. Vollmer',
      magistrateJudge: 'Curtis A. Lindahl',
      filingDate: '2026-09-08',
      senderReference: null
    })
    const list = ok(await core.dispatch('defendants.list', { matterId: row!.id }))
    expect(list).toMatchObject({ total: 15, ours: 1 })
    const ours = list.rows.find((d) => d.ours)
    // served Monday 2026-11-23 + 21 days = Monday 2026-12-14
    expect(ours).toMatchObject({
      doe: 9,
      store: 'LumoraGear',
      sellerId: 'A2LMRA7QX3K9Z1',
      frozenAmountCents: 1_843_752,
      servedOn: '2026-11-23',
      answerDeadline: { due: '2026-12-14', status: 'open' }
    })
    // still frozen: 4,812.30 + 23,940.18 + 18,437.52 + 655.40 = 47,845.40 (Doe 2's 1,207.00 was released)
    expect(list.frozen).toEqual([{ currency: 'USD', cents: 4_784_540, defendants: 4 }])
    const settings = ok(await core.dispatch('settings.get', {}))
    expect(settings.ownStores).toContainEqual(
      expect.objectContaining({ name: 'LumoraGear', sellerId: 'A2LMRA7QX3K9Z1' })
    )
  })
})
