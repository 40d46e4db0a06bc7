// Specification: correcting a letter's date on the matter form shows what moved, as correcting
// the letter event on the timeline does: the deadlines moved, and those left where they were.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore, patentLetterInput } from '../helpers'

async function loggedLetter() {
  const core = openTestCore()
  const detail = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
  return { core, id: detail.matter.id, response: detail.deadlines[0]! }
}

describe('changing a letter date on the matter form', () => {
  it('answers which deadlines moved, from and to', async () => {
    const { core, id, response } = await loggedLetter()
    const result = ok(await core.dispatch('matters.update', { id, letterDate: '2026-10-16' }))
    expect(result.matter.letterDate).toBe('2026-10-16')
    // 14 calendar days from Friday 2026-10-16 is Friday 2026-10-30 (was 2026-11-02).
    expect(result.moved).toEqual([
      expect.objectContaining({
        deadlineId: response.id,
        matterId: id,
        ruleId: 'letter.asserted',
        from: '2026-11-02',
        to: '2026-10-30',
        computedFrom: '2026-11-02',
        computedTo: '2026-10-30',
        overridden: false
      })
    ])
    expect(result.notMoved).toEqual([])
    expect(result.deadlines[0]).toMatchObject({ due: '2026-10-30' })
  })

  it('names a closed deadline that was left where it was, as the timeline correction does', async () => {
    const { core, id, response } = await loggedLetter()
    ok(await core.dispatch('deadlines.setStatus', { id: response.id, status: 'done', doneOn: '2026-10-30' }))
    const result = ok(await core.dispatch('matters.update', { id, letterDate: '2026-10-16' }))
    expect(result.moved).toEqual([])
    expect(result.notMoved).toEqual([
      expect.objectContaining({ deadlineId: response.id, reason: 'closed', due: '2026-11-02' })
    ])
    // The same review the timeline gives when the letter event itself is corrected.
    const timeline = ok(await core.dispatch('timeline.list', { matterId: id, order: 'asc' }))
    const letterEvent = timeline.find((i) => i.kind === 'event' && i.event.type === 'letter_dated')
    if (letterEvent?.kind !== 'event') throw new Error('no letter event')
    const viaTimeline = ok(
      await core.dispatch('timeline.updateEvent', { id: letterEvent.event.id, date: '2026-10-15' })
    )
    expect(viaTimeline.notMoved).toEqual(result.notMoved)
  })

  it('an edit that moves no date answers with nothing moved', async () => {
    const { core, id } = await loggedLetter()
    const result = ok(await core.dispatch('matters.update', { id, notes: 'Ask for claim charts' }))
    expect(result).toMatchObject({ moved: [], notMoved: [] })
    const unchanged = ok(await core.dispatch('matters.update', { id, notes: 'Ask for claim charts' }))
    expect(unchanged).toMatchObject({ moved: [], notMoved: [] })
  })
})
