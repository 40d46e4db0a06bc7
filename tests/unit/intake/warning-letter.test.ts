// Specification: counsel logs a received warning letter and finds the matter, its
// timeline and its response deadline; bad input is refused without losing anything.
import { describe, expect, it } from 'vitest'
import type { MatterDetail } from '../../../src/shared/model'
import { fixture, ok, openTestCore, patentLetterInput } from '../helpers'

function counts(core: ReturnType<typeof openTestCore>) {
  const n = (table: string) =>
    (core.workspace.ctx.sqlite.prepare(`select count(*) n from ${table}`).get() as { n: number }).n
  return {
    matters: n('matters'),
    parties: n('parties'),
    rights: n('rights'),
    assertions: n('matter_rights'),
    products: n('products'),
    listings: n('listings'),
    links: n('matter_products'),
    events: n('timeline_events'),
    deadlines: n('deadlines'),
    documents: n('documents'),
    audit: n('audit_log')
  }
}

describe('logging a warning letter', () => {
  it('creates the matter with its parties, rights, products, first events and the response deadline', async () => {
    const core = openTestCore()
    const detail = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput())) as MatterDetail
    const { matter } = detail
    expect(matter.reference).toBe('2026-PAT-001')
    expect(matter.kind).toBe('warning_letter')
    expect(matter.status).toBe('open')
    expect(matter.rightsHolder).toBe('Brightline Outdoor Inc.')
    expect(matter.jurisdiction).toBe('US')
    expect(matter.marketplace).toBe('Amazon.com')
    expect(matter.nextDeadline).toBe('2026-11-02')
    expect(detail.parties.map((p) => [p.role, p.name])).toEqual([
      ['rights_holder', 'Brightline Outdoor Inc.'],
      ['sender_firm', 'Harwell & Pike LLP'],
      ['sender_attorney', 'Daniel R. Mercer']
    ])
    expect(detail.ipRights.map((r) => r.number)).toEqual(['US 11,234,567 B2', 'US D987,654'])
    expect(detail.products.map((p) => p.marketplaceItemId)).toEqual(['B0C1234567', 'B0C7654321'])

    const [deadline] = detail.deadlines
    expect(deadline).toMatchObject({
      due: '2026-11-02',
      computedDue: '2026-11-02',
      status: 'open',
      ruleId: 'letter.asserted',
      triggerDate: '2026-10-19'
    })
    expect(deadline?.steps.length).toBeGreaterThan(0)

    const timeline = ok(await core.dispatch('timeline.list', { matterId: matter.id, order: 'asc' }))
    expect(
      timeline.map((i) => (i.kind === 'event' ? `${i.date} ${i.event.type}` : `${i.date} ${i.kind}`))
    ).toEqual(['2026-10-19 letter_dated', '2026-10-20 letter_received', '2026-11-02 deadline'])
  })

  it('numbers references per year and kind: a second patent letter is 2026-PAT-002, a trademark letter 2026-TM-001', async () => {
    const core = openTestCore()
    ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
    const second = ok(
      await core.dispatch('matters.logWarningLetter', patentLetterInput({ title: 'Second letter' }))
    )
    const tm = ok(
      await core.dispatch(
        'matters.logWarningLetter',
        patentLetterInput({
          title: 'TM letter',
          ipRights: [{ type: 'trademark', number: '7,012,345', jurisdiction: 'US' }]
        })
      )
    )
    expect(second.matter.reference).toBe('2026-PAT-002')
    expect(tm.matter.reference).toBe('2026-TM-001')
  })

  it('is found in the register by ASIN, by patent number with or without commas, and by rights holder', async () => {
    const core = openTestCore()
    ok(await core.dispatch('workspace.loadSample', {}))
    const { matter } = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
    for (const search of [
      'B0C1234567',
      'b0c1234567',
      '11,234,567',
      '11234567',
      'D987654',
      'brightline lx-200',
      'Ｂ０Ｃ１２３４５６７'
    ]) {
      const page = ok(await core.dispatch('matters.list', { search }))
      expect(
        page.rows.map((r) => r.id),
        search
      ).toContain(matter.id)
    }
    const page = ok(await core.dispatch('matters.list', { search: 'B0C1234567' }))
    expect(page.total).toBe(1)
    expect(ok(await core.dispatch('matters.list', { search: '100%' })).total).toBe(0)
  })

  it('writes an audit row for the matter and for every part of it', async () => {
    const core = openTestCore()
    const { matter } = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
    const rows = core.workspace.ctx.sqlite
      .prepare('select entity, action, actor from audit_log where matter_id = ? order by id')
      .all(matter.id) as { entity: string; action: string; actor: string }[]
    const entities = rows.map((r) => r.entity)
    expect(entities.filter((e) => e === 'matter')).toHaveLength(1)
    expect(entities.filter((e) => e === 'party')).toHaveLength(3)
    expect(entities.filter((e) => e === 'ip_right')).toHaveLength(2)
    expect(entities.filter((e) => e === 'accused_product')).toHaveLength(2)
    expect(entities.filter((e) => e === 'timeline_event')).toHaveLength(2)
    expect(entities.filter((e) => e === 'deadline')).toHaveLength(1)
    expect(new Set(rows.map((r) => r.actor))).toEqual(new Set(['counsel']))
  })

  it('keeps the letter file in the vault and lists it as the warning-letter document', async () => {
    const core = openTestCore()
    const { importUpload } = await import('../../../src/main/core/documents/uploads')
    const uploaded = await importUpload(
      core.workspace,
      fixture('warning-letter-patent-en.pdf'),
      'warning-letter-patent-en.pdf'
    )
    expect(uploaded).toMatchObject({
      sha256: 'c7d8d067f47cf5a05f3ef541b1a74c6b9364c57d9aea6e0f3f22f8a7a9777073',
      size: 79697,
      mime: 'application/pdf'
    })
    const detail = ok(
      await core.dispatch(
        'matters.logWarningLetter',
        patentLetterInput({ letterFile: { sha256: uploaded.sha256, originalName: uploaded.originalName } })
      )
    )
    expect(detail.documents).toHaveLength(1)
    expect(detail.documents[0]).toMatchObject({
      kind: 'warning_letter',
      documentDate: '2026-10-19',
      size: 79697,
      originalName: 'warning-letter-patent-en.pdf'
    })
    expect(await core.workspace.vault.has(uploaded.sha256)).toBe(true)
  })

  it('accepts a different confirmed date only with a reason, and keeps the computed one beside it', async () => {
    const core = openTestCore()
    const moved = { days: 14, basis: 'calendar', from: 'letter_date', due: '2026-10-30' }
    const refused = await core.dispatch(
      'matters.logWarningLetter',
      patentLetterInput({ responseDeadline: moved })
    )
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'responseDeadline.overrideReason': 'override_reason_required' } }
    })
    const detail = ok(
      await core.dispatch(
        'matters.logWarningLetter',
        patentLetterInput({
          responseDeadline: { ...moved, overrideReason: 'Respond before the Friday board call' }
        })
      )
    )
    expect(detail.deadlines[0]).toMatchObject({
      due: '2026-10-30',
      computedDue: '2026-11-02',
      overrideReason: 'Respond before the Friday board call'
    })
  })
})

describe('bad input on the intake form', () => {
  const cases: [string, Record<string, unknown>, Record<string, string>][] = [
    [
      'a letter date that does not exist (2026-02-30)',
      { letterDate: '2026-02-30' },
      { letterDate: 'invalid_date' }
    ],
    [
      'a received date that does not exist (2026-13-01)',
      { receivedDate: '2026-13-01' },
      { receivedDate: 'invalid_date' }
    ],
    [
      'a received date before the letter date',
      { letterDate: '2026-10-19', receivedDate: '2026-10-18' },
      { receivedDate: 'received_before_letter' }
    ],
    ['an empty rights holder', { rightsHolder: '   ' }, { rightsHolder: 'required' }],
    ['a 300-character title', { title: 'x'.repeat(300) }, { title: 'too_long' }],
    ['no IP right asserted', { ipRights: [] }, { ipRights: 'at_least_one_right' }],
    [
      'a right without a number',
      { ipRights: [{ type: 'trademark', number: '', jurisdiction: 'US' }] },
      { 'ipRights.0.number': 'required' }
    ],
    [
      'a listing URL that is not a web address',
      { products: [{ name: 'Lantern', listingUrl: 'javascript:alert(1)' }] },
      { 'products.0.listingUrl': 'invalid_url' }
    ]
  ]

  it.each(cases)(
    '%s is refused next to its field and nothing is saved',
    async (_label, overrides, fields) => {
      const core = openTestCore()
      const before = counts(core)
      const result = await core.dispatch('matters.logWarningLetter', patentLetterInput(overrides))
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.code).toBe('validation')
      expect(result.error.fields).toMatchObject(fields)
      expect(counts(core)).toEqual(before)
    }
  )

  it('a duplicate reference number is refused, whatever its letter case', async () => {
    const core = openTestCore()
    ok(await core.dispatch('matters.logWarningLetter', patentLetterInput({ reference: '2026-PAT-007' })))
    const before = counts(core)
    const result = await core.dispatch(
      'matters.logWarningLetter',
      patentLetterInput({ reference: '2026-pat-007' })
    )
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { reference: 'duplicate_reference' } }
    })
    expect(counts(core)).toEqual(before)
  })

  it('keeps emoji and Chinese text exactly as typed', async () => {
    const core = openTestCore()
    const title = '暖岚 NUANLAN 商标律师函 🏮 — 速卖通'
    const detail = ok(
      await core.dispatch(
        'matters.logWarningLetter',
        patentLetterInput({ title, rightsHolder: '杭州暖岚照明科技有限公司' })
      )
    )
    const again = ok(await core.dispatch('matters.get', { id: detail.matter.id }))
    expect(again.matter.title).toBe(title)
    // Two characters is below the trigram index's reach; longer phrases use it.
    expect(ok(await core.dispatch('matters.list', { search: '暖岚' })).total).toBe(1)
    expect(ok(await core.dispatch('matters.list', { search: '商标律师函' })).total).toBe(1)
    expect(ok(await core.dispatch('matters.list', { search: '🏮' })).total).toBe(1)
  })

  it('a failure half-way through saving leaves nothing behind', async () => {
    const core = openTestCore()
    // A fault injected at the last insert: the whole letter must roll back.
    core.workspace.ctx.sqlite.exec(`create trigger fail_products before insert on matter_products
      begin select raise(abort, 'disk full (simulated)'); end`)
    const before = counts(core)
    const result = await core.dispatch('matters.logWarningLetter', patentLetterInput())
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(counts(core)).toEqual(before)
  })
})
