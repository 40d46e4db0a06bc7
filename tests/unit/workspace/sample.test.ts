// The sample workspace is dated relative to the day it is loaded, so a new user in any year
// sees a live docket: upcoming deadlines, references named after the current year.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore } from '../helpers'

describe('the sample workspace', () => {
  it('loaded on 2027-06-02 has its deadlines ahead and its references named for 2027', async () => {
    const core = openTestCore({ today: () => '2027-06-02', now: () => '2027-06-02T08:00:00.000Z' })
    ok(await core.dispatch('workspace.loadSample', {}))
    const home = ok(await core.dispatch('calendar.home', {}))
    expect(home.today).toBe('2027-06-02')
    // The Amazon takedown decision (due 9 days after the sample's writing day) is still ahead.
    expect(home.dueIn7.count + home.dueIn30.count).toBeGreaterThanOrEqual(2)
    const list = ok(await core.dispatch('matters.list', { limit: 50 }))
    const references = list.rows.map((m) => m.reference)
    expect(references).toContain('2027-PAT-001')
    expect(references.every((r) => r.startsWith('2027-'))).toBe(true)
  })

  it('moves its dates by whole weeks, so every weekday (and so every computed deadline) holds', async () => {
    const written = openTestCore({ today: () => '2026-11-25' })
    const later = openTestCore({ today: () => '2027-06-02', now: () => '2027-06-02T08:00:00.000Z' })
    ok(await written.dispatch('workspace.loadSample', {}))
    ok(await later.dispatch('workspace.loadSample', {}))
    const dues = async (core: typeof written, from: string, to: string): Promise<string[]> =>
      ok(await core.dispatch('calendar.range', { from, to })).items.map((d) => d.date)
    const before = await dues(written, '2026-09-01', '2027-02-28')
    const after = await dues(later, '2027-03-09', '2027-08-28')
    expect(after).toHaveLength(before.length)
    const weekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay()
    expect(after.map(weekday)).toEqual(before.map(weekday))
    // 2026-11-25 to 2027-06-02 is 189 days: 27 weeks.
    const shift = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000
    expect(after.map((d, i) => shift(d) - shift(before[i]!))).toEqual(before.map(() => 189))
  })
})

describe('the sample catalogue and its exposure', () => {
  it('shows the clip set still live after the Arcwell letter with no opinion, first in the portfolio', async () => {
    // Written on 2026-11-25: the letter arrived 2026-11-18; the clip set went live 2026-04-06.
    const core = openTestCore({ today: () => '2026-11-25' })
    ok(await core.dispatch('workspace.loadSample', {}))
    const view = ok(await core.dispatch('exposure.portfolio', {}))
    if (!view.ok) throw new Error(JSON.stringify(view.errors))
    expect(view.skipped).toEqual([])
    // 2026-11-18 to 2026-11-25: 7 days live after notice, still live.
    expect(view.rows[0]).toMatchObject({
      productName: 'Magnetic cable clip set (6 pcs)',
      liveAfterNoticeUncovered: true,
      daysLiveAfterNotice: 7,
      liveListings: 1
    })
    // The tent light: complaint received 2026-11-19, removed 2026-11-20, one day live after notice.
    expect(view.rows.find((r) => r.productName === 'Rechargeable LED tent light')).toMatchObject({
      daysLiveAfterNotice: 1,
      liveListings: 0
    })
  })
})
