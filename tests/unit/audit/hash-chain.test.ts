// The audit log and the chain of custody are sealed by hash, entry to entry: a changed entry,
// a deleted one (in the middle or at the end) or one slipped in by hand is found by audit.verify.
import { describe, expect, it } from 'vitest'
import { importUpload } from '../../../src/main/core/documents/uploads'
import { fixture, ok, openTestCore, patentLetterInput, workspaceBefore } from '../helpers'

async function workspaceWithHistory() {
  const core = openTestCore()
  const file = await importUpload(core.workspace, fixture('warning-letter-patent-en.pdf'), 'letter.pdf')
  const letter = ok(
    await core.dispatch(
      'matters.logWarningLetter',
      patentLetterInput({ letterFile: { sha256: file.sha256, originalName: 'letter.pdf' } })
    )
  )
  ok(await core.dispatch('matters.update', { id: letter.matter.id, notes: 'Called outside counsel.' }))
  ok(
    await core.dispatch('documents.update', {
      id: letter.documents[0]!.id,
      originalName: 'Harwell letter.pdf'
    })
  )
  return core
}

describe('hash-chained audit log and chain of custody', () => {
  it('an untouched workspace verifies', async () => {
    const core = await workspaceWithHistory()
    const report = ok(await core.dispatch('audit.verify', {}))
    expect(report.auditLog.ok).toBe(true)
    expect(report.auditLog.entries).toBeGreaterThan(3)
    expect(report.custody.ok).toBe(true)
    expect(report.custody.entries).toBeGreaterThanOrEqual(2)
  })

  it('finds an audit entry changed after the fact', async () => {
    const core = await workspaceWithHistory()
    const sqlite = core.workspace.ctx.sqlite
    const target = sqlite.prepare("select id from audit_log where action like '%update%' limit 1").get() as {
      id: number
    }
    sqlite
      .prepare('update audit_log set after_json = \'{"notes":"nothing happened"}\' where id = ?')
      .run(target.id)
    const report = ok(await core.dispatch('audit.verify', {}))
    expect(report.auditLog).toMatchObject({ ok: false, brokenAt: { id: target.id, reason: 'changed' } })
  })

  it('finds an audit entry deleted from the middle and one deleted from the end', async () => {
    const core = await workspaceWithHistory()
    const sqlite = core.workspace.ctx.sqlite
    sqlite.prepare('delete from audit_log where id = 2').run()
    expect(ok(await core.dispatch('audit.verify', {})).auditLog).toMatchObject({
      ok: false,
      brokenAt: { id: 3, reason: 'missing_before' }
    })

    const fresh = await workspaceWithHistory()
    const last = fresh.workspace.ctx.sqlite.prepare('select max(id) as id from audit_log').get() as {
      id: number
    }
    fresh.workspace.ctx.sqlite.prepare('delete from audit_log where id = ?').run(last.id)
    expect(ok(await fresh.dispatch('audit.verify', {})).auditLog).toMatchObject({
      ok: false,
      brokenAt: { id: last.id, reason: 'missing_at_end' }
    })
  })

  it('finds a custody entry whose hash no longer matches what it says happened', async () => {
    const core = await workspaceWithHistory()
    const sqlite = core.workspace.ctx.sqlite
    const first = sqlite.prepare('select id from custody_events order by id limit 1').get() as { id: number }
    sqlite.prepare("update custody_events set actor = 'someone else' where id = ?").run(first.id)
    expect(ok(await core.dispatch('audit.verify', {})).custody).toMatchObject({
      ok: false,
      brokenAt: { id: first.id, reason: 'changed' }
    })
  })

  it('an entry inserted by hand, without its seal, is found', async () => {
    const core = await workspaceWithHistory()
    core.workspace.ctx.sqlite
      .prepare(
        "insert into audit_log (at, actor, action, entity) values ('2026-11-29T10:00:00.000Z', 'x', 'delete', 'matter')"
      )
      .run()
    expect(ok(await core.dispatch('audit.verify', {})).auditLog.brokenAt?.reason).toBe('unsealed')
  })
})

describe('a workspace from before the hash chains', () => {
  it('is migrated and its existing entries sealed in order, so it verifies', async () => {
    // A workspace written by the version before 0005_hash_chains: plain rows, no hash columns yet.
    // (Every migration from 0005 on is dropped: a later one alone would mark 0005 as passed,
    // since the migrator goes by the last one applied.)
    const dir = workspaceBefore(
      '0005_hash_chains',
      `
      insert into audit_log (at, actor, action, entity) values ('2026-10-01T09:00:00.000Z', 'counsel', 'create', 'matter');
      insert into audit_log (at, actor, action, entity) values ('2026-10-02T09:00:00.000Z', 'counsel', 'update', 'matter');
      insert into custody_events (at, actor, action, sha256) values ('2026-10-01T09:00:00.000Z', 'counsel', 'import', '${'a'.repeat(64)}');
    `
    )

    const migrated = openTestCore({ dir })
    const report = ok(await migrated.dispatch('audit.verify', {}))
    expect(report.auditLog).toEqual({ ok: true, entries: 2 })
    expect(report.custody).toEqual({ ok: true, entries: 1 })
  })
})

describe('the chain across bulk writes', () => {
  it('a recompute that moves several deadlines at once keeps the audit chain whole', async () => {
    const core = openTestCore()
    const lawsuit = ok(
      await core.dispatch('matters.create', { title: 'US lawsuit', kind: 'lawsuit', jurisdiction: 'US' })
    )
    ok(
      await core.dispatch('timeline.addEvent', {
        matterId: lawsuit.matter.id,
        type: 'complaint_served',
        date: '2026-12-04'
      })
    )
    const timeline = ok(await core.dispatch('timeline.list', { matterId: lawsuit.matter.id }))
    const served = timeline.find((i) => i.kind === 'event' && i.event.type === 'complaint_served')
    const eventId = served?.kind === 'event' ? served.event.id : 0
    for (const ruleId of ['us.frcp.answer', 'us.ptab.ipr-bar'] as const) {
      ok(
        await core.dispatch('deadlines.add', { matterId: lawsuit.matter.id, ruleId, triggerEventId: eventId })
      )
    }
    const moved = ok(await core.dispatch('timeline.updateEvent', { id: eventId, date: '2026-12-03' }))
    expect(moved.moved.length).toBe(2)
    expect(ok(await core.dispatch('audit.verify', {})).auditLog.ok).toBe(true)
  })
})
