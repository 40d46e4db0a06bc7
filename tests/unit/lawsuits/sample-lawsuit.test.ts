// Specification: the sample's Schedule A lawsuit stands as a real one does a few weeks after the
// TRO, so a new user (and the reports' end-to-end test) sees a defendants table with our store.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore } from '../helpers'
import { settle } from '../documents/helpers'

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

  it('has the complaint and its Schedule A as PDF documents, dated its filing day, whose table reads back as the defendants', async () => {
    const core = openTestCore({ today: () => '2026-11-25' })
    ok(await core.dispatch('workspace.loadSample', {}))
    await settle(core)
    const [row] = ok(await core.dispatch('matters.list', { search: '1:26-cv-04321' })).rows
    const docs = ok(await core.dispatch('documents.list', { matterId: row!.id }))
    expect(docs.map((d) => [d.originalName, d.kind, d.documentDate, d.mime, d.textStatus])).toEqual([
      ['Complaint 1-26-cv-04321.pdf', 'complaint', '2026-09-08', 'application/pdf', 'done'],
      ['Schedule A 1-26-cv-04321.pdf', 'complaint', '2026-09-08', 'application/pdf', 'done']
    ])
    const scheduleA = docs.find((d) => d.originalName.startsWith('Schedule A'))!
    const read = ok(
      await core.dispatch('defendants.importScheduleA', { matterId: row!.id, documentId: scheduleA.id })
    )
    expect(read.rows).toHaveLength(15)
    expect(read.rows.find((r) => r.doe === 9)).toMatchObject({ store: 'LumoraGear', match: 'seller_id' })
    // every row is already on the matter: nothing would be added twice
    expect(read.skipped).toBe(15)
    const found = ok(await core.dispatch('search.global', { query: 'Vollmer', scope: 'documents' }))
    expect(found.documents.map((d) => d.documentId)).toContain(docs[0]!.id)
  })
})
