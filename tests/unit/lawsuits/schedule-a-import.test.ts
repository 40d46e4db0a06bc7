// Specification: the complaint's Schedule A, attached to the lawsuit, becomes its defendants table.
// Our store found by its seller id is ours for certain; a store matched by name only is proposed
// and becomes ours only when counsel confirms it. Reading again adds nothing twice.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore } from '../helpers'
import { attach, settle } from '../documents/helpers'

type Core = ReturnType<typeof openTestCore>

async function lawsuitWithComplaint(core: Core) {
  const matterId = ok(
    await core.dispatch('matters.create', {
      title: 'Brightline Outdoor v. Schedule A defendants',
      kind: 'lawsuit',
      jurisdiction: 'US'
    })
  ).matter.id
  const attached = await attach(core, matterId, ['complaint-schedule-a.pdf'])
  await settle(core)
  return { matterId, documentId: attached.documents[0]!.id }
}

describe('importing the Schedule A of the complaint (../shared/fixtures/complaint-schedule-a.pdf)', () => {
  it('reads its 15 stores, finds LumoraGear as Doe No. 9 by seller id, and saves only on confirmation', async () => {
    const core = openTestCore()
    ok(
      await core.dispatch('settings.update', {
        ownStores: [
          { name: 'LumoraGear', sellerId: 'A2LMRA7QX3K9Z1', marketplace: 'Amazon.com' },
          // same name as Doe 14 once "Shop" is dropped, no seller id: only possibly ours
          { name: 'Boreal Beam', marketplace: 'eBay.com' }
        ]
      })
    )
    const { matterId, documentId } = await lawsuitWithComplaint(core)
    const preview = ok(await core.dispatch('defendants.importScheduleA', { matterId, documentId }))
    expect(preview.rows.map((r) => r.doe)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
    expect(preview.rows.find((r) => r.doe === 9)).toMatchObject({
      store: 'LumoraGear',
      sellerId: 'A2LMRA7QX3K9Z1',
      match: 'seller_id',
      ownStore: 'LumoraGear',
      page: 6
    })
    expect(preview.rows.find((r) => r.doe === 14)).toMatchObject({ store: 'Boreal Beam Shop', match: 'name' })
    expect(preview.added).toBe(0)
    expect(ok(await core.dispatch('defendants.list', { matterId })).total).toBe(0)

    const saved = ok(
      await core.dispatch('defendants.importScheduleA', { matterId, documentId, confirm: true })
    )
    expect(saved.added).toBe(15)
    const list = ok(await core.dispatch('defendants.list', { matterId }))
    expect(list).toMatchObject({ total: 15, ours: 1 })
    // a name-only match waits for counsel: Doe 14 is not ours until confirmed
    expect(list.rows.filter((r) => r.ours).map((r) => [r.doe, r.store])).toEqual([[9, 'LumoraGear']])
    expect(list.rows.find((r) => r.doe === 9)).toMatchObject({
      platform: 'Amazon.com',
      sourceDocumentId: documentId,
      sourcePage: 6
    })

    const again = ok(
      await core.dispatch('defendants.importScheduleA', { matterId, documentId, confirm: true })
    )
    expect(again).toMatchObject({ added: 0, skipped: 15 })
    expect(ok(await core.dispatch('defendants.list', { matterId })).total).toBe(15)
  })

  it('makes a name-only match ours when counsel confirms its Doe number', async () => {
    const core = openTestCore()
    ok(
      await core.dispatch('settings.update', {
        ownStores: [{ name: 'Boreal Beam', marketplace: 'eBay.com' }]
      })
    )
    const { matterId, documentId } = await lawsuitWithComplaint(core)
    ok(
      await core.dispatch('defendants.importScheduleA', {
        matterId,
        documentId,
        confirm: true,
        confirmedDoes: [14]
      })
    )
    const ours = ok(await core.dispatch('defendants.list', { matterId, oursOnly: true }))
    expect(ours.rows.map((r) => [r.doe, r.store])).toEqual([[14, 'Boreal Beam Shop']])
  })
})
