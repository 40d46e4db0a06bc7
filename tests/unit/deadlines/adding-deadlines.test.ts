// Specification: a deadline is added by hand (title and date) or from a named rule (a trigger
// event or date, options); bad input is refused field by field and saves nothing; the rule
// picker gets every rule, grouped by jurisdiction; edits and removals are audited.
import { describe, expect, it } from 'vitest'
import { DeadlineInput } from '../../../src/shared/contract'
import { RULES } from '../../../src/shared/deadlines'
import { addDeadline, addDeadlines } from '../../../src/main/core/deadlines/deadlines'
import { inTransaction } from '../../../src/main/core/kernel/context'
import { openTestCore } from '../helpers'
import { count, logEvent, matterOf, ok, rows } from './app-helpers'

async function lawsuit() {
  const core = openTestCore()
  const matterId = await matterOf(core, 'lawsuit', 'US')
  return { core, matterId }
}

describe('the rule picker and the preview', () => {
  it('lists every rule grouped by jurisdiction, with names in English and Chinese, trigger label, citation and options', async () => {
    const core = openTestCore()
    const groups = ok(await core.dispatch('deadlines.rules', {}))
    expect(groups.map((g) => g.jurisdiction)).toEqual(['US', 'CN', 'DE', 'UPC', 'ANY'])
    // Every rule of the catalogue, once (the engine's catalogue grows; the picker follows it).
    expect(groups.flatMap((g) => g.rules.map((r) => r.id)).sort()).toEqual(RULES.map((r) => r.id).sort())
    const waiver = groups[0]!.rules.find((r) => r.id === 'us.frcp.answer-waiver')!
    expect(waiver.name['zh-CN']).toBeTruthy()
    expect(waiver.triggerLabel.en).toMatch(/waiver/)
    expect(waiver.citation).toMatch(/FRCP 12\(a\)\(1\)\(A\)\(ii\)/)
    expect(waiver.options.map((o) => o.name)).toContain('abroad')
  })

  it('previews a date with its explanation before anything is saved', async () => {
    const core = openTestCore()
    const preview = ok(
      await core.dispatch('deadlines.preview', {
        ruleId: 'us.frcp.answer-waiver',
        trigger: '2026-12-04',
        options: { abroad: true }
      })
    )
    expect(preview.due).toBe('2027-03-04')
    expect(preview.steps.length).toBeGreaterThan(1)
    expect(count(core, 'deadlines')).toBe(0)
  })

  it('engine refusals come back as field errors with the reason as detail', async () => {
    const core = openTestCore()
    expect(
      await core.dispatch('deadlines.preview', { ruleId: 'us.frcp.reply', trigger: '2026-12-04' })
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { ruleId: 'deadline_unknown_rule' } }
    })
    const badOption = await core.dispatch('deadlines.preview', {
      ruleId: 'us.frcp.answer',
      trigger: '2026-12-04',
      options: { abroad: true }
    })
    expect(badOption).toMatchObject({
      ok: false,
      error: { fields: { 'options.abroad': 'deadline_invalid_option' } }
    })
    expect(!badOption.ok && badOption.error.detail).toMatch(/does not take option "abroad"/)
    expect(
      await core.dispatch('deadlines.preview', { ruleId: 'us.frcp.answer', trigger: '1850-01-01' })
    ).toMatchObject({
      ok: false,
      error: { fields: { trigger: 'deadline_date_out_of_range' } }
    })
  })
})

describe('adding a deadline', () => {
  it('from a rule and a date: the title may stay empty, the due date is computed, lead times default', async () => {
    const { core, matterId } = await lawsuit()
    const mei = ok(await core.dispatch('people.create', { name: 'Mei' })).id
    const d = ok(
      await core.dispatch('deadlines.add', {
        matterId,
        ruleId: 'us.frcp.answer',
        triggerDate: '2026-12-04',
        responsiblePersonId: mei
      })
    )
    expect(d).toMatchObject({
      title: '',
      due: '2026-12-28',
      computedDue: '2026-12-28',
      triggerDate: '2026-12-04',
      triggerEventId: null,
      overridden: false,
      overdue: false,
      responsiblePersonId: mei,
      responsible: { id: mei, name: 'Mei', own: true },
      leadTimes: [30, 14, 7, 3, 1, 0]
    })
    // The stored explanation reads on its own: each step keeps its code and its English sentence.
    const stored = ok(await core.dispatch('deadlines.get', { id: d.id }))
    expect(stored.deadline.steps[1]).toMatchObject({
      code: 'count.days.holiday',
      text: '+21 days = 2026-12-25 (Friday; Christmas Day)',
      citation: 'FRCP 12(a)(1)(A)(i)'
    })
  })

  it('by hand it needs a title and a date', async () => {
    const { core, matterId } = await lawsuit()
    expect(await core.dispatch('deadlines.add', { matterId, title: '', due: '' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { title: 'required', due: 'required' } }
    })
    const d = ok(
      await core.dispatch('deadlines.add', {
        matterId,
        title: 'Board decision on design-around',
        due: '2026-12-15',
        leadTimes: [0, 7, 7, 2]
      })
    )
    expect(d).toMatchObject({ ruleId: null, computedDue: null, due: '2026-12-15', leadTimes: [7, 2, 0] })
  })

  it.each([
    [
      'an unknown rule',
      { ruleId: 'us.frcp.reply', triggerDate: '2026-12-04' },
      { ruleId: 'deadline_unknown_rule' }
    ],
    [
      'a trigger date that does not exist',
      { ruleId: 'us.frcp.answer', triggerDate: '2026-02-30' },
      { triggerDate: 'invalid_date' }
    ],
    ['a rule without a trigger', { ruleId: 'us.frcp.answer' }, { triggerDate: 'required' }],
    [
      'an option the rule does not take',
      { ruleId: 'us.frcp.answer', triggerDate: '2026-12-04', options: { abroad: true } },
      { 'options.abroad': 'deadline_invalid_option' }
    ],
    [
      'a lead time over a year',
      { ruleId: 'us.frcp.answer', triggerDate: '2026-12-04', leadTimes: [400] },
      { 'leadTimes.0': 'out_of_range' }
    ],
    [
      'a trigger event that does not exist',
      { ruleId: 'us.frcp.answer', triggerEventId: 9999 },
      { triggerEventId: 'event_not_found' }
    ]
  ])('refuses %s, and saves nothing', async (_name, input, fields) => {
    const { core, matterId } = await lawsuit()
    const audit = count(core, 'audit_log')
    expect(await core.dispatch('deadlines.add', { matterId, ...input })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields }
    })
    expect(count(core, 'deadlines')).toBe(0)
    expect(count(core, 'audit_log')).toBe(audit)
  })

  it('refuses a trigger event of another matter, and a stale trigger date beside the event', async () => {
    const { core, matterId } = await lawsuit()
    const other = await matterOf(core, 'lawsuit', 'US')
    const foreign = await logEvent(core, other, 'complaint_served', '2026-12-04')
    expect(
      await core.dispatch('deadlines.add', { matterId, ruleId: 'us.frcp.answer', triggerEventId: foreign })
    ).toMatchObject({
      ok: false,
      error: { fields: { triggerEventId: 'event_not_in_matter' } }
    })
    const own = await logEvent(core, matterId, 'complaint_served', '2026-12-03')
    expect(
      await core.dispatch('deadlines.add', {
        matterId,
        ruleId: 'us.frcp.answer',
        triggerEventId: own,
        triggerDate: '2026-12-04'
      })
    ).toMatchObject({
      ok: false,
      error: { fields: { triggerDate: 'trigger_mismatch' }, params: { eventDate: '2026-12-03' } }
    })
    expect(count(core, 'deadlines')).toBe(0)
  })

  it('an unknown matter is not found', async () => {
    const core = openTestCore()
    expect(
      await core.dispatch('deadlines.add', { matterId: 4242, title: 'x', due: '2026-12-01' })
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })
})

describe('editing, finishing and removing a deadline', () => {
  it('updates title, responsible person and lead times, auditing only what changed', async () => {
    const { core, matterId } = await lawsuit()
    const mei = ok(await core.dispatch('people.create', { name: 'Mei' })).id
    const d = ok(
      await core.dispatch('deadlines.add', { matterId, ruleId: 'us.frcp.answer', triggerDate: '2026-12-04' })
    )
    const updated = ok(
      await core.dispatch('deadlines.update', {
        id: d.id,
        title: 'Answer (LumoraGear)',
        responsiblePersonId: mei,
        leadTimes: [10, 0]
      })
    )
    expect(updated).toMatchObject({
      title: 'Answer (LumoraGear)',
      responsible: { id: mei, name: 'Mei', own: true },
      leadTimes: [10, 0],
      due: '2026-12-28'
    })
    ok(await core.dispatch('deadlines.update', { id: d.id, responsiblePersonId: mei }))
    const audit = rows<{ before_json: string; after_json: string }>(
      core,
      `select before_json, after_json from audit_log where entity = 'deadline' and action = 'update'`
    )
    expect(audit).toHaveLength(1)
    expect(JSON.parse(audit[0]!.after_json)).toEqual({
      title: 'Answer (LumoraGear)',
      responsiblePersonId: mei,
      leadTimes: [10, 0]
    })
  })

  it('a deadline set by hand keeps a title', async () => {
    const { core, matterId } = await lawsuit()
    const d = ok(
      await core.dispatch('deadlines.add', { matterId, title: 'Board decision', due: '2026-12-15' })
    )
    expect(await core.dispatch('deadlines.update', { id: d.id, title: '' })).toMatchObject({
      ok: false,
      error: { fields: { title: 'required' } }
    })
  })

  it('done takes today unless a date is given; overdue is computed from today, not stored', async () => {
    const { core, matterId } = await lawsuit()
    const late = ok(
      await core.dispatch('deadlines.add', { matterId, title: 'Initial disclosures', due: '2026-11-20' })
    )
    expect(late.overdue).toBe(true)
    const done = ok(await core.dispatch('deadlines.setStatus', { id: late.id, status: 'done' }))
    expect(done).toMatchObject({ status: 'done', doneOn: '2026-11-29', overdue: false })
    const missed = ok(await core.dispatch('deadlines.setStatus', { id: late.id, status: 'missed' }))
    expect(missed).toMatchObject({ status: 'missed', doneOn: null, overdue: false })
    const reopened = ok(await core.dispatch('deadlines.setStatus', { id: late.id, status: 'open' }))
    expect(reopened.overdue).toBe(true)
  })

  it('removing a deadline refreshes the next deadline of the matter and keeps the record in the audit log', async () => {
    const { core, matterId } = await lawsuit()
    const first = ok(await core.dispatch('deadlines.add', { matterId, title: 'First', due: '2026-12-01' }))
    ok(await core.dispatch('deadlines.add', { matterId, title: 'Second', due: '2026-12-09' }))
    const detail = ok(await core.dispatch('deadlines.remove', { id: first.id }))
    expect(detail.matter.nextDeadline).toBe('2026-12-09')
    expect(detail.deadlines.map((d) => d.title)).toEqual(['Second'])
    const [audit] = rows<{ before_json: string }>(
      core,
      `select before_json from audit_log where action = 'delete' and entity = 'deadline'`
    )
    expect(JSON.parse(audit!.before_json)).toMatchObject({ title: 'First', due: '2026-12-01' })
    expect(await core.dispatch('deadlines.remove', { id: first.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })
})

describe('another area adding a deadline inside its own transaction (intake logging a letter)', () => {
  const letterDeadline = (matterId: number) =>
    DeadlineInput.parse({
      matterId,
      ruleId: 'letter.asserted',
      triggerDate: '2026-12-01',
      // `from` is the letter's own metadata: saved, not given to the engine.
      options: { days: 5, basis: 'business', from: 'letter_date' }
    })

  it('commits with the caller, applies the declared closure days, and saves the options as given', async () => {
    const { core, matterId } = await lawsuit()
    const ctx = core.workspace.ctx
    const before = ok(
      await core.dispatch('deadlines.preview', {
        ruleId: 'letter.asserted',
        trigger: '2026-12-01',
        options: { days: 5, basis: 'business' }
      })
    ).due
    ok(await core.dispatch('closures.add', { date: '2026-12-03', reason: 'Court closed' }))
    const record = inTransaction(ctx, (tx) => addDeadline(ctx, letterDeadline(matterId), tx))
    expect(record.due).not.toBe(before)
    expect(record.due).toBe(
      ok(
        await core.dispatch('deadlines.preview', {
          ruleId: 'letter.asserted',
          trigger: '2026-12-01',
          options: { days: 5, basis: 'business', jurisdiction: 'US' }
        })
      ).due
    )
    expect(record.options).toEqual({ days: 5, basis: 'business', from: 'letter_date' })
    expect(record.steps.length).toBeGreaterThan(0)
  })

  it('is undone with the caller when the caller fails after it', async () => {
    const { core, matterId } = await lawsuit()
    const ctx = core.workspace.ctx
    expect(() =>
      inTransaction(ctx, (tx) => {
        addDeadline(ctx, letterDeadline(matterId), tx)
        throw new Error('the letter file was missing')
      })
    ).toThrow('the letter file was missing')
    expect(count(core, 'deadlines')).toBe(0)
    expect(rows(core, `select * from audit_log where entity = 'deadline'`)).toEqual([])
  })

  it('refuses another date than the computed one without a reason, naming its own field', async () => {
    const { core, matterId } = await lawsuit()
    const ctx = core.workspace.ctx
    const input = { ...letterDeadline(matterId), due: '2027-01-15' }
    expect(() => inTransaction(ctx, (tx) => addDeadlines(ctx, { deadlines: [input] }, tx))).toThrow(
      expect.objectContaining({ fields: { 'deadlines.0.overrideReason': 'override_reason_required' } })
    )
    expect(count(core, 'deadlines')).toBe(0)
  })
})
