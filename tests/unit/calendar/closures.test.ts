// Specification: closure days the user declares (a court closed by order) extend periods like
// holidays do, for every jurisdiction or just one; declaring one never moves a saved deadline
// by itself, it answers which ones would move so the user can accept it.
import { describe, expect, it } from 'vitest'
import { renderDeadlineMessage } from '../../../src/shared/deadlines'
import { openTestCore } from '../helpers'
import { matterOf, ok, rows } from '../deadlines/app-helpers'

describe('closure days', () => {
  it('a closure on the last day pushes a preview to the next open day', async () => {
    const core = openTestCore()
    const before = ok(
      await core.dispatch('deadlines.preview', {
        ruleId: 'us.frcp.answer',
        trigger: '2026-12-04',
        options: {}
      })
    )
    expect(before.due).toBe('2026-12-28')
    ok(await core.dispatch('closures.add', { date: '2026-12-28', reason: 'Courthouse closed by order' }))
    const after = ok(
      await core.dispatch('deadlines.preview', {
        ruleId: 'us.frcp.answer',
        trigger: '2026-12-04',
        options: {}
      })
    )
    expect(after.due).toBe('2026-12-29')
    expect(after.steps.map((s) => renderDeadlineMessage(s.code, s.params, 'en')).join('\n')).toContain(
      'closure day'
    )
  })

  it("a closure for one jurisdiction leaves the other jurisdictions' rules alone", async () => {
    const core = openTestCore()
    ok(
      await core.dispatch('closures.add', {
        date: '2026-12-28',
        jurisdiction: 'DE',
        reason: 'Landgericht closed'
      })
    )
    const us = ok(
      await core.dispatch('deadlines.preview', {
        ruleId: 'us.frcp.answer',
        trigger: '2026-12-04',
        options: {}
      })
    )
    expect(us.due).toBe('2026-12-28')
    // 2 weeks from Monday 2026-12-14 end on Monday the 28th, closed in Germany.
    const de = ok(
      await core.dispatch('deadlines.preview', {
        ruleId: 'de.zpo.defence-notice',
        trigger: '2026-12-14',
        options: {}
      })
    )
    expect(de.due).toBe('2026-12-29')
  })

  it('declaring a closure lists the open deadlines it would move, moves none of them, and recompute applies it', async () => {
    const core = openTestCore()
    const matterId = await matterOf(core, 'lawsuit', 'US')
    const answer = ok(
      await core.dispatch('deadlines.add', { matterId, ruleId: 'us.frcp.answer', triggerDate: '2026-12-04' })
    )
    const unrelated = ok(
      await core.dispatch('deadlines.add', { matterId, ruleId: 'us.frcp.answer', triggerDate: '2027-01-04' })
    )
    const done = ok(
      await core.dispatch('deadlines.add', { matterId, ruleId: 'us.frcp.answer', triggerDate: '2026-12-05' })
    )
    ok(await core.dispatch('deadlines.setStatus', { id: done.id, status: 'done' }))

    const change = ok(
      await core.dispatch('closures.add', { date: '2026-12-28', jurisdiction: 'US', reason: 'Clerk closed' })
    )
    expect(change.closures).toEqual([{ date: '2026-12-28', jurisdiction: 'US', reason: 'Clerk closed' }])
    expect(change.affected).toEqual([
      expect.objectContaining({
        deadlineId: answer.id,
        due: '2026-12-28',
        computedDue: '2026-12-28',
        recomputedDue: '2026-12-29'
      })
    ])
    expect(ok(await core.dispatch('deadlines.get', { id: answer.id })).deadline.due).toBe('2026-12-28')

    const { moved } = ok(
      await core.dispatch('deadlines.recompute', { ids: change.affected.map((a) => a.deadlineId) })
    )
    expect(moved.map((m) => [m.deadlineId, m.from, m.to])).toEqual([[answer.id, '2026-12-28', '2026-12-29']])
    expect(ok(await core.dispatch('matters.get', { id: matterId })).matter.nextDeadline).toBe('2026-12-29')

    // Removing the closure offers the way back.
    const removed = ok(await core.dispatch('closures.remove', { date: '2026-12-28' }))
    expect(removed.closures).toEqual([])
    expect(removed.affected.map((a) => [a.deadlineId, a.recomputedDue])).toEqual([[answer.id, '2026-12-28']])
    expect(unrelated.due).toBe('2027-01-25')
  })

  it('lists closures by date, refuses a second closure on the same day, and audits each change', async () => {
    const core = openTestCore()
    ok(await core.dispatch('closures.add', { date: '2027-01-02', reason: 'Office closed' }))
    ok(await core.dispatch('closures.add', { date: '2026-12-31', jurisdiction: 'CN' }))
    expect(ok(await core.dispatch('closures.list', {}))).toEqual([
      { date: '2026-12-31', jurisdiction: 'CN', reason: '' },
      { date: '2027-01-02', jurisdiction: null, reason: 'Office closed' }
    ])
    expect(await core.dispatch('closures.add', { date: '2027-01-02' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { date: 'duplicate_closure' } }
    })
    expect(
      await core.dispatch('closures.add', { date: '2027-01-03', jurisdiction: 'Atlantis' })
    ).toMatchObject({
      ok: false,
      error: { fields: { jurisdiction: 'invalid' } }
    })
    expect(await core.dispatch('closures.remove', { date: '2027-05-05' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
    ok(await core.dispatch('closures.remove', { date: '2027-01-02' }))
    expect(rows(core, `select action from audit_log where entity = 'closure_day' order by id`)).toEqual([
      { action: 'create' },
      { action: 'create' },
      { action: 'delete' }
    ])
  })
})
