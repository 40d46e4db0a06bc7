// Specification (issue 10): a deadline whose rule has a forum carries the court's time zone to
// the calendar and the reminders, so each can say when midnight there is on the reader's clock.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore } from '../helpers'

describe("the court's time zone on the calendar and in reminders", () => {
  it('a PTAB deadline ends in America/New_York; a deadline set by hand has no court zone', async () => {
    const core = openTestCore()
    const matter = ok(
      await core.dispatch('matters.create', { title: 'IPR2026-01234', kind: 'ptab_proceeding' })
    )
    const matterId = matter.matter.id
    // 37 CFR 42.107(b): 2026-09-14 + 3 months = 2026-12-14, a Monday.
    ok(await core.dispatch('deadlines.add', { matterId, ruleId: 'us.ptab.popr', triggerDate: '2026-09-14' }))
    ok(await core.dispatch('deadlines.add', { matterId, title: 'Call the client', due: '2026-12-10' }))
    const range = ok(await core.dispatch('calendar.range', { from: '2026-12-01', to: '2026-12-31' }))
    const zones = range.items.map((i) => [i.date, i.type === 'deadline' ? i.timeZone : undefined])
    expect(zones).toEqual([
      ['2026-12-10', null],
      ['2026-12-14', 'America/New_York']
    ])
    const due = ok(await core.dispatch('reminders.due', {}))
    expect(due.reminders.find((r) => r.due === '2026-12-14')?.timeZone).toBe('America/New_York')
  })
})
