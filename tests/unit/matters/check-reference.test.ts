// Specification: before saving, the intake and new-matter forms ask the core which matter already
// holds the reference typed (any letter case, as the save's own check reads it), so a duplicate
// shows with every other error in one round and names the matter that has it. Asking changes
// nothing; the save still refuses a duplicate and names the holder too.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore, patentLetterInput } from '../helpers'

async function workspaceWithLetter() {
  const core = openTestCore()
  const logged = ok(
    await core.dispatch('matters.logWarningLetter', patentLetterInput({ reference: '2026-PAT-001' }))
  )
  return { core, matter: logged.matter }
}

describe('checking a reference before saving', () => {
  it('answers with the matter that holds it, whatever the letter case typed', async () => {
    const { core, matter } = await workspaceWithLetter()
    const holder = ok(await core.dispatch('matters.checkReference', { reference: ' 2026-pat-001 ' }))
    expect(holder).toEqual({
      id: matter.id,
      reference: '2026-PAT-001',
      title: 'Brightline Outdoor — lantern patents (LX-200)'
    })
  })

  it('answers null for a reference no matter holds', async () => {
    const { core } = await workspaceWithLetter()
    expect(ok(await core.dispatch('matters.checkReference', { reference: '2026-PAT-002' }))).toBeNull()
  })

  it('does not count the matter being edited as holding its own reference', async () => {
    const { core, matter } = await workspaceWithLetter()
    const own = await core.dispatch('matters.checkReference', {
      reference: '2026-PAT-001',
      exceptId: matter.id
    })
    expect(ok(own)).toBeNull()
    const other = ok(await core.dispatch('matters.create', { title: 'Clearance', kind: 'clearance' }))
    const taken = ok(
      await core.dispatch('matters.checkReference', { reference: '2026-PAT-001', exceptId: other.matter.id })
    )
    expect(taken?.id).toBe(matter.id)
  })

  it('refuses a reference that is not one, as the save would', async () => {
    const { core } = await workspaceWithLetter()
    const result = await core.dispatch('matters.checkReference', { reference: '-PAT 1' })
    expect(result).toMatchObject({ ok: false, error: { fields: { reference: 'invalid_reference' } } })
  })

  it('changes nothing: no audit row, the matter untouched', async () => {
    const { core, matter } = await workspaceWithLetter()
    const auditRows = () =>
      (core.workspace.ctx.sqlite.prepare('select count(*) as n from audit_log').get() as { n: number }).n
    const before = auditRows()
    ok(await core.dispatch('matters.checkReference', { reference: '2026-PAT-001' }))
    expect(auditRows()).toBe(before)
    expect(ok(await core.dispatch('matters.get', { id: matter.id })).matter.updatedAt).toBe(matter.updatedAt)
  })

  it('the save still refuses the duplicate, naming the matter that holds it', async () => {
    const { core, matter } = await workspaceWithLetter()
    const result = await core.dispatch('matters.create', {
      title: 'Second lantern letter',
      kind: 'warning_letter',
      reference: '2026-pat-001'
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { reference: 'duplicate_reference' },
        params: {
          holderId: matter.id,
          holderReference: '2026-PAT-001',
          holderTitle: 'Brightline Outdoor — lantern patents (LX-200)'
        }
      }
    })
  })
})
