// Specification: logging an event proposes the deadlines that follow from it, by matter kind,
// event type and jurisdiction; proposals are only saved when counsel accepts them.
import { describe, expect, it } from 'vitest'
import type { CallInput } from '../../../src/shared/contract'
import { openTestCore } from '../helpers'
import { accept, count, logEvent, matterOf, ok } from './app-helpers'

async function proposed(
  kind: Parameters<typeof matterOf>[1],
  jurisdiction: string,
  event: Parameters<typeof logEvent>[2],
  date: string,
  options: { right?: Parameters<typeof matterOf>[3]; title?: string } = {}
) {
  const core = openTestCore()
  const matterId = await matterOf(core, kind, jurisdiction, options.right)
  const eventId = await logEvent(core, matterId, event, date, options.title)
  const result = ok(await core.dispatch('deadlines.proposeForEvent', { matterId, eventId }))
  return { core, matterId, eventId, proposals: result.proposals.map((p) => [p.ruleId, p.due]) }
}

describe('deadlines proposed for an event', () => {
  it.each([
    [
      'a Chinese lawsuit',
      'lawsuit',
      'CN',
      'complaint_served',
      '2026-12-04',
      [['cn.cpl.answer', '2026-12-21']]
    ],
    [
      'a German lawsuit',
      'lawsuit',
      'DE',
      'complaint_served',
      '2026-12-14',
      [['de.zpo.defence-notice', '2026-12-28']]
    ],
    [
      'a UPC action',
      'lawsuit',
      'UPC',
      'complaint_served',
      '2026-12-04',
      // RoP 23: 3 months -> 2027-03-04 (Thu); RoP 19: 1 month -> 2027-01-04 (Mon).
      [
        ['upc.rop.defence', '2027-03-04'],
        ['upc.rop.preliminary-objection', '2027-01-04']
      ]
    ],
    [
      'an ITC investigation',
      'itc_investigation',
      'US',
      'complaint_served',
      '2026-12-04',
      [['us.itc.response', '2026-12-28']]
    ]
  ] as const)('complaint served in %s', async (_name, kind, jurisdiction, event, date, expected) => {
    const { proposals } = await proposed(kind, jurisdiction, event, date)
    expect(proposals).toEqual(expected)
  })

  it('a DMCA counter-notice on a copyright takedown proposes the restoration window', async () => {
    const core = openTestCore()
    const matterId = await matterOf(core, 'marketplace_complaint', 'US', 'copyright')
    const eventId = await logEvent(core, matterId, 'counter_notice_sent', '2026-12-03')
    const [p] = ok(await core.dispatch('deadlines.proposeForEvent', { matterId, eventId })).proposals
    expect(p).toMatchObject({ ruleId: 'us.dmca.restore-window', earliest: '2026-12-17', due: '2026-12-23' })
    expect(p!.rationale.en).toMatch(/10 to 14 business days/)
    expect(p!.rationale['zh-CN']).toMatch(/10 至 14 个工作日/)
  })

  it('a counter-notice on a trademark complaint is not a DMCA matter: nothing proposed', async () => {
    const { proposals } = await proposed('marketplace_complaint', 'US', 'counter_notice_sent', '2026-12-03', {
      right: 'trademark'
    })
    expect(proposals).toEqual([])
  })

  it('a US trademark lawsuit gets the answer but no IPR bar', async () => {
    const { proposals } = await proposed('lawsuit', 'US', 'complaint_served', '2026-12-04', {
      right: 'trademark'
    })
    expect(proposals).toEqual([['us.frcp.answer', '2026-12-28']])
  })

  it('an order entered proposes the TRO expiry only when the order is a TRO', async () => {
    const tro = await proposed('lawsuit', 'US', 'order_entered', '2026-09-15', {
      title: 'Ex parte TRO and asset restraint entered'
    })
    expect(tro.proposals).toEqual([['us.frcp.tro-expiry', '2026-09-29']])
    const other = await proposed('lawsuit', 'US', 'order_entered', '2026-09-15', {
      title: 'Scheduling order entered'
    })
    expect(other.proposals).toEqual([])
  })

  it("the sample lawsuit's TRO entry proposes its expiry", async () => {
    const core = openTestCore()
    ok(await core.dispatch('workspace.loadSample', {}))
    const lawsuit = ok(await core.dispatch('matters.list', { kinds: ['lawsuit'] })).rows[0]!
    const timeline = ok(await core.dispatch('timeline.list', { matterId: lawsuit.id, order: 'asc' }))
    const order = timeline.find((i) => i.kind === 'event' && i.event.type === 'order_entered')!
    const eventId = order.kind === 'event' ? order.event.id : 0
    const { proposals } = ok(
      await core.dispatch('deadlines.proposeForEvent', { matterId: lawsuit.id, eventId })
    )
    expect(proposals.map((p) => [p.ruleId, p.due])).toEqual([['us.frcp.tro-expiry', '2026-09-29']])
  })

  it('proposing saves nothing; accepting an edited list saves all of it or, on one bad row, none of it', async () => {
    const { core, matterId, eventId } = await proposed('lawsuit', 'US', 'complaint_served', '2026-12-04')
    const { proposals } = ok(await core.dispatch('deadlines.proposeForEvent', { matterId, eventId }))
    expect(count(core, 'deadlines')).toBe(0)
    const [answer, bar] = proposals
    const mei = ok(await core.dispatch('people.create', { name: 'Mei' })).id
    const edited: CallInput<'deadlines.addMany'>['deadlines'] = [
      { ...answer!, responsiblePersonId: mei, leadTimes: [14, 3, 0] },
      { ...bar!, due: '2027-11-01' }
    ]
    expect(await accept(core, edited)).toMatchObject({
      ok: false,
      error: { fields: { 'deadlines.1.overrideReason': 'override_reason_required' } }
    })
    expect(count(core, 'deadlines')).toBe(0)
    edited[1] = { ...edited[1]!, overrideReason: 'File well before the bar' }
    const saved = ok(await accept(core, edited))
    expect(
      saved.map((d) => [d.ruleId, d.due, d.computedDue, d.responsible?.name ?? null, d.leadTimes])
    ).toEqual([
      ['us.frcp.answer', '2026-12-28', '2026-12-28', 'Mei', [14, 3, 0]],
      ['us.ptab.ipr-bar', '2027-11-01', '2027-12-06', null, [30, 14, 7, 3, 1, 0]]
    ])
  })

  it('refuses an event of another matter', async () => {
    const core = openTestCore()
    const a = await matterOf(core, 'lawsuit', 'US')
    const b = await matterOf(core, 'lawsuit', 'US')
    const eventOfB = await logEvent(core, b, 'complaint_served', '2026-12-04')
    expect(
      await core.dispatch('deadlines.proposeForEvent', { matterId: a, eventId: eventOfB })
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { eventId: 'event_not_in_matter' } }
    })
  })

  it.each([
    // FRCP 65(b)(2): expires 14 days after entry, not rolled (Mon 11-02 + 14 = Mon 11-16);
    // extended once for a like period: 28 days from entry = Mon 11-30.
    [
      'a TRO entered on a Schedule A lawsuit',
      'tro_entered',
      '2026-11-02',
      [
        ['us.frcp.tro-expiry', '2026-11-16'],
        ['us.frcp.tro-extended', '2026-11-30']
      ]
    ],
    // FRCP 6(c)(2): at least 7 days before a hearing on Thu 12-10, counted back: Thu 12-03.
    ['a PI hearing set', 'pi_hearing_set', '2026-12-10', [['us.frcp.pi-opposition', '2026-12-03']]],
    // FRAP 4(a)(1)(A): within 30 days after entry: Mon 11-02 + 30 = Wed 12-02.
    ['a judgment entered', 'judgment_entered', '2026-11-02', [['us.frap.notice-of-appeal', '2026-12-02']]],
    // FRCP 12(a)(4)(A): 14 days after notice of the ruling: Mon 11-02 + 14 = Mon 11-16.
    [
      'a ruling on a Rule 12 motion',
      'motion_ruling',
      '2026-11-02',
      [['us.frcp.answer-after-motion', '2026-11-16']]
    ]
  ] as const)('%s on a US lawsuit proposes its deadlines', async (_name, event, date, expected) => {
    const { proposals } = await proposed('lawsuit', 'US', event, date)
    expect(proposals).toEqual(expected)
  })

  it('an APEX notice proposes the three weeks to agree to the evaluation', async () => {
    // Amazon's notice Mon 2026-11-02 + 21 days = Mon 2026-11-23; a platform's date, no roll-over.
    const { proposals } = await proposed('marketplace_complaint', 'US', 'apex_notice_received', '2026-11-02')
    expect(proposals).toEqual([['amazon.apex.response', '2026-11-23']])
  })

  it('a judgment served proposes the appeal dates of its jurisdiction', async () => {
    // CPL 171: 15 days from service Fri 12-04 = Sat 12-19, a rest day: next working day Mon 12-21.
    expect((await proposed('lawsuit', 'CN', 'judgment_served', '2026-12-04')).proposals).toEqual([
      ['cn.cpl.appeal', '2026-12-21']
    ])
    // ZPO 517 / 520(2): one month and two months from service Fri 12-04: Mon 2027-01-04, Thu 2027-02-04.
    expect((await proposed('lawsuit', 'DE', 'judgment_served', '2026-12-04')).proposals).toEqual([
      ['de.zpo.berufung', '2027-01-04'],
      ['de.zpo.berufungsbegruendung', '2027-02-04']
    ])
  })
})

describe('a PTAB notice of filing date', () => {
  // 37 CFR 42.107(b): three months from the notice. 2026-11-02 + 3 months = 2027-02-02, a
  // Tuesday. 2026-11-30 + 3 months has no 30 February: the last day, Sunday 2027-02-28, rolls to
  // Monday 2027-03-01 (35 USC 21(b)).
  it.each([
    ['2026-11-02', '2027-02-02'],
    ['2026-11-30', '2027-03-01']
  ])('of %s proposes the preliminary response on %s', async (date, due) => {
    const { proposals } = await proposed('ptab_proceeding', 'US', 'ptab_filing_date_notice', date)
    expect(proposals).toEqual([['us.ptab.popr', due]])
  })
})
