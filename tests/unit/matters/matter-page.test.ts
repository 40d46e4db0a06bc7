// Specification: the matter page edits every field, records status changes, and its
// timeline shows events, deadlines, documents and status changes in date order.
import { describe, expect, it } from 'vitest'
import type { MatterKind } from '../../../src/shared/model'
import { ok, openTestCore, patentLetterInput } from '../helpers'

async function loggedLetter() {
  const core = openTestCore()
  const detail = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
  return { core, id: detail.matter.id }
}

describe('the matter page', () => {
  it('edits fields and audits only what changed, with the value before and after', async () => {
    const { core, id } = await loggedLetter()
    const detail = ok(
      await core.dispatch('matters.update', {
        id,
        title: 'Brightline — LX-200 lantern',
        notes: 'Ask for claim charts'
      })
    )
    expect(detail.matter.title).toBe('Brightline — LX-200 lantern')
    const audit = core.workspace.ctx.sqlite
      .prepare(`select before_json, after_json from audit_log where entity = 'matter' and action = 'update'`)
      .get() as { before_json: string; after_json: string }
    expect(JSON.parse(audit.before_json)).toEqual({
      title: 'Brightline Outdoor — lantern patents (LX-200)',
      notes: null
    })
    expect(JSON.parse(audit.after_json)).toEqual({
      title: 'Brightline — LX-200 lantern',
      notes: 'Ask for claim charts'
    })
  })

  it('correcting the letter date moves the response deadline that counts from it', async () => {
    const { core, id } = await loggedLetter()
    ok(await core.dispatch('matters.update', { id, letterDate: '2026-10-16' }))
    const detail = ok(await core.dispatch('matters.get', { id }))
    // 14 calendar days from Friday 2026-10-16 is Friday 2026-10-30.
    expect(detail.deadlines[0]).toMatchObject({
      due: '2026-10-30',
      computedDue: '2026-10-30',
      triggerDate: '2026-10-16'
    })
    const timeline = ok(await core.dispatch('timeline.list', { matterId: id, order: 'asc' }))
    expect(timeline[0]).toMatchObject({ kind: 'event', date: '2026-10-16' })
  })

  it('refuses an edit that puts the received date before the letter date', async () => {
    const { core, id } = await loggedLetter()
    const result = await core.dispatch('matters.update', { id, receivedDate: '2026-10-01' })
    expect(result).toMatchObject({ ok: false, error: { fields: { receivedDate: 'received_before_letter' } } })
    expect(ok(await core.dispatch('matters.get', { id })).matter.receivedDate).toBe('2026-10-20')
  })

  it('changing the reference to one another matter has is refused', async () => {
    const { core, id } = await loggedLetter()
    const other = ok(
      await core.dispatch('matters.create', { title: 'Clearance', kind: 'clearance', reference: 'CLR-1' })
    )
    expect(other.matter.reference).toBe('CLR-1')
    const result = await core.dispatch('matters.update', { id, reference: 'clr-1' })
    expect(result).toMatchObject({ ok: false, error: { fields: { reference: 'duplicate_reference' } } })
  })

  it('records a status change on the timeline with the statuses before and after', async () => {
    const { core, id } = await loggedLetter()
    const detail = ok(
      await core.dispatch('matters.setStatus', {
        id,
        status: 'negotiating',
        note: 'Call with Harwell & Pike'
      })
    )
    expect(detail.matter.status).toBe('negotiating')
    const timeline = ok(await core.dispatch('timeline.list', { matterId: id, order: 'desc' }))
    const change = timeline.find((i) => i.kind === 'event' && i.event.type === 'status_changed')
    expect(change && change.kind === 'event' && change.event).toMatchObject({
      date: '2026-11-29',
      fromStatus: 'open',
      toStatus: 'negotiating',
      details: 'Call with Harwell & Pike'
    })
  })

  it('adds an event and shows the timeline newest first or oldest first', async () => {
    const { core, id } = await loggedLetter()
    ok(
      await core.dispatch('timeline.addEvent', {
        matterId: id,
        type: 'response_sent',
        date: '2026-10-30',
        title: 'Response sent: non-infringement position'
      })
    )
    const desc = ok(await core.dispatch('timeline.list', { matterId: id, order: 'desc' }))
    const asc = ok(await core.dispatch('timeline.list', { matterId: id, order: 'asc' }))
    expect(desc.map((i) => i.date)).toEqual(['2026-11-02', '2026-10-30', '2026-10-20', '2026-10-19'])
    expect(asc.map((i) => i.date)).toEqual([...desc.map((i) => i.date)].reverse())
  })

  it('a status change cannot be forged as an ordinary event', async () => {
    const { core, id } = await loggedLetter()
    const result = await core.dispatch('timeline.addEvent', {
      matterId: id,
      type: 'status_changed',
      date: '2026-10-30',
      title: 'x'
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { type: 'invalid_event_type' } }
    })
  })

  it('adds, edits and removes parties, rights and products, and search follows', async () => {
    const { core, id } = await loggedLetter()
    let detail = ok(
      await core.dispatch('products.add', {
        matterId: id,
        name: 'LX-200 v2',
        sku: 'LX-200V2',
        marketplaceItemId: 'B0D0000042'
      })
    )
    const added = detail.products.find((p) => p.sku === 'LX-200V2')
    expect(added).toBeDefined()
    expect(ok(await core.dispatch('matters.list', { search: 'B0D0000042' })).total).toBe(1)
    detail = ok(
      await core.dispatch('products.update', {
        id: added!.id,
        name: 'LX-200 v2',
        sku: 'LX-200V2',
        marketplaceItemId: 'B0D0000043'
      })
    )
    expect(ok(await core.dispatch('matters.list', { search: 'B0D0000042' })).total).toBe(0)
    detail = ok(await core.dispatch('products.remove', { id: added!.id }))
    expect(detail.products).toHaveLength(2)
    detail = ok(
      await core.dispatch('parties.add', {
        matterId: id,
        role: 'our_counsel',
        name: 'Margaret S. Lindqvist',
        organisation: 'Okafor Lindqvist & Reyes LLP'
      })
    )
    expect(detail.parties.at(-1)).toMatchObject({ role: 'our_counsel', name: 'Margaret S. Lindqvist' })
    detail = ok(
      await core.dispatch('ipRights.add', {
        matterId: id,
        type: 'trademark',
        number: '7,012,345',
        jurisdiction: 'US'
      })
    )
    expect(detail.ipRights).toHaveLength(3)
    const audited = core.workspace.ctx.sqlite
      .prepare(`select action from audit_log where entity = 'accused_product' and matter_id = ? order by id`)
      .all(id)
      .map((r) => (r as { action: string }).action)
    expect(audited).toEqual(['create', 'create', 'create', 'update', 'delete'])
  })

  it('a deadline marked done leaves the register, and the next open one takes its place', async () => {
    const { core, id } = await loggedLetter()
    const extra = ok(
      await core.dispatch('deadlines.add', {
        matterId: id,
        title: 'Board decision on design-around',
        due: '2026-12-15'
      })
    )
    const first = ok(await core.dispatch('matters.get', { id })).deadlines[0]!
    ok(await core.dispatch('deadlines.setStatus', { id: first.id, status: 'done', doneOn: '2026-10-30' }))
    const detail = ok(await core.dispatch('matters.get', { id }))
    expect(detail.matter.nextDeadline).toBe(extra.due)
    expect(detail.deadlines.find((d) => d.id === first.id)).toMatchObject({
      status: 'done',
      doneOn: '2026-10-30'
    })
  })

  it('an unknown matter is a clear not-found, not a crash', async () => {
    const core = openTestCore()
    expect(await core.dispatch('matters.get', { id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
    expect(await core.dispatch('nope.never', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_call' }
    })
  })
})

describe('other matter kinds, created by hand', () => {
  it.each([
    ['marketplace_complaint', 'MKT'],
    ['lawsuit', 'LIT'],
    ['itc_investigation', 'ITC'],
    ['ptab_proceeding', 'PTAB'],
    ['opposition', 'OPP'],
    ['clearance', 'CLR']
  ])('a %s gets a reference like 2026-%s-001', async (kind, code) => {
    const core = openTestCore()
    const detail = ok(await core.dispatch('matters.create', { title: `A ${kind}`, kind: kind as MatterKind }))
    expect(detail.matter.reference).toBe(`2026-${code}-001`)
    expect(detail.matter.kind).toBe(kind)
  })
})
