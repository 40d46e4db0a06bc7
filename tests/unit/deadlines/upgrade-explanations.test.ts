// Deadlines saved before explanations were coded hold English sentences; after the upgrade they
// carry codes (and so read in Chinese), unless the engine would now compute another date, in which
// case the saved explanation of the saved date is kept as it was.
import { describe, expect, it } from 'vitest'
import { upgradeStoredExplanations } from '../../../src/main/core/deadlines/upgrade-explanations'
import { renderDeadlineMessage } from '../../../src/shared/deadlines'
import { openTestCore } from '../helpers'
import { matterOf, ok } from './app-helpers'

describe('upgrading English explanations to codes', () => {
  it('gives codes to a deadline whose date the engine still computes, and keeps one it would not', async () => {
    const core = openTestCore()
    const lawsuit = await matterOf(core, 'lawsuit', 'US')
    const answer = ok(
      await core.dispatch('deadlines.add', {
        matterId: lawsuit,
        ruleId: 'us.frcp.answer',
        triggerDate: '2026-12-04'
      })
    )
    const other = ok(
      await core.dispatch('deadlines.add', {
        matterId: lawsuit,
        ruleId: 'us.frcp.answer',
        triggerDate: '2026-11-02'
      })
    )
    const sqlite = core.workspace.ctx.sqlite
    // As an older version saved them: English text only.
    const legacy = JSON.stringify([{ text: 'The 21st day after service is Friday, December 25, 2026.' }])
    sqlite
      .prepare('update deadlines set steps_json = ?, warnings_json = ? where id in (?, ?)')
      .run(legacy, JSON.stringify(['An English warning']), answer.id, other.id)
    // The second one's saved computed date no longer matches what the engine gives.
    sqlite.prepare("update deadlines set computed_due = '2026-11-24' where id = ?").run(other.id)

    expect(upgradeStoredExplanations(core.workspace.ctx)).toEqual({ upgraded: 1, kept: 1 })
    const upgraded = ok(await core.dispatch('deadlines.get', { id: answer.id })).deadline
    expect(upgraded.steps.every((s) => typeof s.code === 'string')).toBe(true)
    const zh = upgraded.steps.map((s) => renderDeadlineMessage(s.code!, s.params ?? {}, 'zh-CN')).join(' ')
    expect(zh).toMatch(/圣诞节/)
    const kept = ok(await core.dispatch('deadlines.get', { id: other.id })).deadline
    expect(kept.steps).toEqual([{ text: 'The 21st day after service is Friday, December 25, 2026.' }])
    expect(kept.warnings).toEqual([{ text: 'An English warning' }])
  })
})
