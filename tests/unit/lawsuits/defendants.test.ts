// Specification: a Schedule A lawsuit keeps the stores it names, with what happened to each; when
// one of OUR stores is served by email, its answer is due 21 days later (FRCP 12(a)(1)(A)(i)),
// rolled past weekends and federal holidays (FRCP 6(a)(1)(C)), and a corrected service date
// moves the deadline. Dates below are counted by hand on a 2026 calendar.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore } from '../helpers'

type Core = ReturnType<typeof openTestCore>

async function lawsuit(core: Core): Promise<number> {
  const detail = ok(
    await core.dispatch('matters.create', {
      title: 'Brightline Outdoor v. Schedule A defendants',
      kind: 'lawsuit',
      rightsHolder: 'Brightline Outdoor Inc.',
      jurisdiction: 'US',
      court: 'N.D. Ill.',
      division: 'Eastern Division',
      caseNumber: '1:26-cv-04321',
      filingDate: '2026-09-08'
    })
  )
  return detail.matter.id
}

async function ourStore(core: Core, matterId: number, extra: Record<string, unknown> = {}) {
  return ok(
    await core.dispatch('defendants.add', {
      matterId,
      doe: 9,
      store: 'LumoraGear',
      sellerId: 'A2LMRA7QX3K9Z1',
      platform: 'Amazon.com',
      ours: true,
      ...extra
    })
  )
}

async function servedEvents(core: Core, matterId: number) {
  const items = ok(await core.dispatch('timeline.list', { matterId, order: 'asc' }))
  return items.flatMap((i) => (i.kind === 'event' && i.event.type === 'complaint_served' ? [i.event] : []))
}

async function answerDeadlines(core: Core, matterId: number) {
  const detail = ok(await core.dispatch('matters.get', { id: matterId }))
  return detail.deadlines.filter((d) => d.ruleId === 'us.frcp.answer')
}

describe('the answer deadline of our store served on a Schedule A', () => {
  it('is due 21 days after the service email: served Tuesday 3 Nov 2026, answer Tuesday 24 Nov', async () => {
    const core = openTestCore()
    const matterId = await lawsuit(core)
    const d = await ourStore(core, matterId, { servedOn: '2026-11-03' })
    expect(d.answerDeadline).toMatchObject({ due: '2026-11-24', status: 'open' })
    const [deadline] = await answerDeadlines(core, matterId)
    expect(deadline).toMatchObject({ due: '2026-11-24', triggerDate: '2026-11-03' })
    // the service is on the matter's timeline, and the deadline counts from that event
    const [served] = await servedEvents(core, matterId)
    expect(served).toMatchObject({ date: '2026-11-03', title: 'LumoraGear' })
    expect(deadline?.triggerEventId).toBe(served?.id)
  })

  it('rolls a 21st day on a Saturday to Monday: served Saturday 17 Oct, day 21 is Saturday 7 Nov, due Monday 9 Nov', async () => {
    const core = openTestCore()
    const matterId = await lawsuit(core)
    const d = await ourStore(core, matterId)
    expect(d.answerDeadline).toBeNull()
    const served = ok(await core.dispatch('defendants.update', { id: d.id, servedOn: '2026-10-17' }))
    expect(served.answerDeadline?.due).toBe('2026-11-09')
  })

  it('rolls a 21st day on Christmas (Friday 25 Dec 2026) to Monday 28 Dec: served Friday 4 Dec', async () => {
    const core = openTestCore()
    const matterId = await lawsuit(core)
    const d = await ourStore(core, matterId, { servedOn: '2026-12-04' })
    expect(d.answerDeadline?.due).toBe('2026-12-28')
  })

  it('moves when the service date is corrected: 3 Nov -> 5 Nov puts day 21 on Thanksgiving (26 Nov), due Friday 27 Nov', async () => {
    const core = openTestCore()
    const matterId = await lawsuit(core)
    const d = await ourStore(core, matterId, { servedOn: '2026-11-03' })
    const corrected = ok(await core.dispatch('defendants.update', { id: d.id, servedOn: '2026-11-05' }))
    expect(corrected.answerDeadline?.due).toBe('2026-11-27')
    expect(corrected.moved).toEqual([expect.objectContaining({ from: '2026-11-24', to: '2026-11-27' })])
    // one deadline, re-dated; the service event moved with it
    const deadlines = await answerDeadlines(core, matterId)
    expect(deadlines.map((x) => [x.due, x.triggerDate])).toEqual([['2026-11-27', '2026-11-05']])
    expect((await servedEvents(core, matterId)).map((e) => e.date)).toEqual(['2026-11-05'])
  })

  it('is not created for another seller’s store, nor counted twice when the same date is saved again', async () => {
    const core = openTestCore()
    const matterId = await lawsuit(core)
    ok(
      await core.dispatch('defendants.add', {
        matterId,
        doe: 1,
        store: 'BrightTrail Direct',
        servedOn: '2026-11-03'
      })
    )
    expect(await answerDeadlines(core, matterId)).toEqual([])
    const ours = await ourStore(core, matterId, { servedOn: '2026-11-03' })
    ok(
      await core.dispatch('defendants.update', {
        id: ours.id,
        servedOn: '2026-11-03',
        notes: 'Served via email'
      })
    )
    expect((await answerDeadlines(core, matterId)).length).toBe(1)
  })

  it('starts when a store named on the list is confirmed as ours after it was served', async () => {
    const core = openTestCore()
    const matterId = await lawsuit(core)
    const d = ok(
      await core.dispatch('defendants.add', { matterId, doe: 9, store: 'LumoraGear', servedOn: '2026-11-16' })
    )
    expect(d.answerDeadline).toBeNull()
    // Monday 16 Nov + 21 days = Monday 7 Dec
    const confirmed = ok(await core.dispatch('defendants.update', { id: d.id, ours: true }))
    expect(confirmed.answerDeadline?.due).toBe('2026-12-07')
  })
})

describe('a defendant’s record', () => {
  it('keeps the freeze, TRO, preliminary injunction, service, settlement and release, with money in exact cents', async () => {
    const core = openTestCore()
    const matterId = await lawsuit(core)
    const d = await ourStore(core, matterId, {
      frozenAmount: '12,345.67',
      frozenCurrency: 'usd',
      frozenOn: '2026-09-15',
      troDate: '2026-09-12',
      preliminaryInjunctionDate: '2026-10-06',
      altServiceOrderDate: '2026-09-12',
      servedOn: '2026-09-16',
      settlementOfferedOn: '2026-10-20',
      settlementAmount: '0.29',
      settlementCurrency: 'USD'
    })
    expect(d).toMatchObject({
      frozenAmountCents: 1_234_567,
      frozenCurrency: 'USD',
      settlementAmountCents: 29,
      status: 'settlement_offered'
    })
    const dismissed = ok(await core.dispatch('defendants.update', { id: d.id, dismissedOn: '2026-11-02' }))
    expect(dismissed.status).toBe('dismissed')
    expect(ok(await core.dispatch('defendants.list', { matterId })).frozen).toEqual([
      { currency: 'USD', cents: 1_234_567, defendants: 1 }
    ])
    const released = ok(await core.dispatch('defendants.update', { id: d.id, fundsReleasedOn: '2026-11-10' }))
    expect(released.status).toBe('funds_released')
    // released money is no longer frozen; the row keeps what was frozen
    expect(ok(await core.dispatch('defendants.list', { matterId })).frozen).toEqual([])
    expect(released.frozenAmountCents).toBe(1_234_567)
  })

  it('refuses an amount without its currency, a date that does not exist, service before the order allowing it, and a Doe number twice', async () => {
    const core = openTestCore()
    const matterId = await lawsuit(core)
    const noCurrency = await core.dispatch('defendants.add', {
      matterId,
      doe: 3,
      store: 'CampLuxe Store',
      frozenAmount: '500'
    })
    expect(noCurrency).toMatchObject({
      ok: false,
      error: { fields: { frozenCurrency: 'currency_required' } }
    })
    const badDate = await core.dispatch('defendants.add', {
      matterId,
      doe: 3,
      store: 'CampLuxe Store',
      troDate: '2026-02-30'
    })
    expect(badDate).toMatchObject({ ok: false, error: { fields: { troDate: expect.any(String) } } })
    const badAmount = await core.dispatch('defendants.add', {
      matterId,
      doe: 3,
      store: 'CampLuxe Store',
      frozenAmount: '12.345',
      frozenCurrency: 'USD'
    })
    expect(badAmount).toMatchObject({ ok: false, error: { fields: { frozenAmount: 'invalid_amount' } } })
    const early = await core.dispatch('defendants.add', {
      matterId,
      doe: 3,
      store: 'CampLuxe Store',
      altServiceOrderDate: '2026-09-12',
      servedOn: '2026-09-11'
    })
    expect(early).toMatchObject({ ok: false, error: { fields: { servedOn: 'served_before_order' } } })
    await ourStore(core, matterId)
    const twice = await core.dispatch('defendants.add', { matterId, doe: 9, store: 'Someone else' })
    expect(twice).toMatchObject({ ok: false, error: { fields: { doe: 'duplicate_doe' } } })
    // clearing the currency under a saved amount is refused on the stored row too
    const frozen = ok(
      await core.dispatch('defendants.add', {
        matterId,
        doe: 4,
        store: 'YiwuHaoguang Store',
        frozenAmount: '80',
        frozenCurrency: 'USD'
      })
    )
    const cleared = await core.dispatch('defendants.update', { id: frozen.id, frozenCurrency: '' })
    expect(cleared).toMatchObject({ ok: false, error: { fields: { frozenCurrency: 'currency_required' } } })
    const list = ok(await core.dispatch('defendants.list', { matterId }))
    expect(list.rows.map((r) => [r.doe, r.frozenCurrency])).toEqual([
      [4, 'USD'],
      [9, null]
    ])
  })

  it('belongs to a lawsuit only', async () => {
    const core = openTestCore()
    const clearance = ok(
      await core.dispatch('matters.create', { title: 'Lantern launch check', kind: 'clearance' })
    )
    const refused = await core.dispatch('defendants.add', {
      matterId: clearance.matter.id,
      doe: 1,
      store: 'X'
    })
    expect(refused).toMatchObject({ ok: false, error: { fields: { matterId: 'not_a_lawsuit' } } })
  })
})

describe('the defendants table', () => {
  it('pages 320 defendants by Doe number, filters our stores, and totals frozen money per currency exactly', async () => {
    const core = openTestCore()
    const matterId = await lawsuit(core)
    for (let doe = 1; doe <= 320; doe++) {
      ok(
        await core.dispatch('defendants.add', {
          matterId,
          doe,
          store: `Store ${doe}`,
          ours: doe === 9 || doe === 250,
          // 0.10 USD on every odd row, 1.00 EUR on every tenth: floating point would drift here
          ...(doe % 10 === 0
            ? { frozenAmount: '1', frozenCurrency: 'EUR' }
            : doe % 2 === 1
              ? { frozenAmount: '0.10', frozenCurrency: 'USD' }
              : {})
        })
      )
    }
    const first = ok(await core.dispatch('defendants.list', { matterId, limit: 100 }))
    expect(first).toMatchObject({ total: 320, all: 320, ours: 2 })
    expect(first.rows.map((r) => r.doe).slice(0, 3)).toEqual([1, 2, 3])
    const last = ok(await core.dispatch('defendants.list', { matterId, offset: 300, limit: 100 }))
    expect(last.rows.map((r) => r.doe)).toEqual(Array.from({ length: 20 }, (_, i) => 301 + i))
    // 160 odd rows x 10 cents = 1,600 cents; 32 tenth rows x 100 cents = 3,200 cents
    expect(first.frozen).toEqual([
      { currency: 'EUR', cents: 3200, defendants: 32 },
      { currency: 'USD', cents: 1600, defendants: 160 }
    ])
    // ours: Doe 9 (0.10 USD) and Doe 250 (1.00 EUR)
    expect(first.frozenOurs).toEqual([
      { currency: 'EUR', cents: 100, defendants: 1 },
      { currency: 'USD', cents: 10, defendants: 1 }
    ])
    const ours = ok(await core.dispatch('defendants.list', { matterId, oursOnly: true }))
    expect(ours.rows.map((r) => r.doe)).toEqual([9, 250])
    expect(ours.total).toBe(2)
  })

  it('forgets a defendant named by mistake, and keeps its answer deadline for counsel to close', async () => {
    const core = openTestCore()
    const matterId = await lawsuit(core)
    const d = await ourStore(core, matterId, { servedOn: '2026-11-03' })
    ok(await core.dispatch('defendants.remove', { id: d.id }))
    expect(ok(await core.dispatch('defendants.list', { matterId })).total).toBe(0)
    expect((await answerDeadlines(core, matterId)).map((x) => x.due)).toEqual(['2026-11-24'])
  })
})
