// Specification: counsel removes a party, an asserted right, an accused product, a deadline or a
// document from a matter, clicks Undo, and gets back exactly what was there: same fields, same
// ids, in one audited change. A second Undo, a late one, or one the matter's changes since make
// impossible is refused with its reason, and nothing is half put back.
import { describe, expect, it } from 'vitest'
import { UNDO_WINDOW_MS } from '../../../src/shared/contract'
import { openTestCore, ok, patentLetterInput } from '../helpers'
import { attach, custodyActions, settle, type TestCore } from '../documents/helpers'

/** A workspace whose clock the spec moves by hand (undo tokens expire by the core's clock). */
function coreWithClock() {
  let at = Date.UTC(2026, 10, 29, 9, 0, 0)
  const core = openTestCore({ now: () => new Date((at += 1)).toISOString() })
  return { core, advance: (ms: number) => (at += ms) }
}

async function letterMatter(core: TestCore) {
  return ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
}

/** The audit trail of one entity, oldest first: "delete", then "restore". */
function auditActions(core: TestCore, entity: string, id: number): string[] {
  return (
    core.workspace.ctx.sqlite
      .prepare('select action from audit_log where entity = ? and entity_id = ? order by id')
      .all(entity, id) as { action: string }[]
  ).map((r) => r.action)
}

async function chainsIntact(core: TestCore) {
  const report = ok(await core.dispatch('audit.verify', {}))
  expect(report.auditLog.ok).toBe(true)
  expect(report.custody.ok).toBe(true)
}

describe('undoing a removal', () => {
  it('a removed party comes back with every field and its id, and the audit log has both steps', async () => {
    const core = openTestCore()
    const matter = await letterMatter(core)
    const added = ok(
      await core.dispatch('parties.add', {
        matterId: matter.matter.id,
        role: 'sender_attorney',
        name: 'Daniel R. Mercer',
        organisation: 'Harwell & Pike LLP',
        email: 'dmercer@harwellpike.example',
        phone: '+1 312 555 0142',
        address: '200 W Adams St, Chicago, IL'
      })
    )
    const party = added.parties.find((p) => p.name === 'Daniel R. Mercer')!
    const removed = ok(await core.dispatch('parties.remove', { id: party.id }))
    expect(removed.parties.map((p) => p.id)).not.toContain(party.id)

    const restored = ok(await core.dispatch('undo.restore', { token: removed.undoToken }))
    expect(restored).toEqual({ kind: 'party', matterId: matter.matter.id, ids: [party.id] })
    const after = ok(await core.dispatch('matters.get', { id: matter.matter.id }))
    expect(after.parties).toEqual(added.parties)
    expect(auditActions(core, 'party', party.id)).toEqual(['create', 'delete', 'restore'])
    // found again by the register's free-text search
    const found = ok(await core.dispatch('matters.list', { search: 'Harwell' }))
    expect(found.rows.map((r) => r.id)).toContain(matter.matter.id)
    await chainsIntact(core)
  })

  it('undo works once: the second click is told it is already back, and nothing doubles', async () => {
    const core = openTestCore()
    const matter = await letterMatter(core)
    const party = matter.parties[0]!
    const { undoToken } = ok(await core.dispatch('parties.remove', { id: party.id }))
    ok(await core.dispatch('undo.restore', { token: undoToken }))
    const again = await core.dispatch('undo.restore', { token: undoToken })
    expect(again).toMatchObject({ ok: false, error: { code: 'undo_already_restored' } })
    const after = ok(await core.dispatch('matters.get', { id: matter.matter.id }))
    expect(after.parties).toEqual(matter.parties)
  })

  it('an unknown token, or one past its window, is stale', async () => {
    const { core, advance } = coreWithClock()
    const matter = await letterMatter(core)
    const unknown = await core.dispatch('undo.restore', { token: 'not-a-token' })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'undo_stale' } })

    const { undoToken } = ok(await core.dispatch('parties.remove', { id: matter.parties[0]!.id }))
    advance(UNDO_WINDOW_MS + 1)
    const late = await core.dispatch('undo.restore', { token: undoToken })
    expect(late).toMatchObject({ ok: false, error: { code: 'undo_stale' } })
    const after = ok(await core.dispatch('matters.get', { id: matter.matter.id }))
    expect(after.parties.map((p) => p.id)).not.toContain(matter.parties[0]!.id)
  })

  it('a removed right comes back asserted as before, with its claims', async () => {
    const core = openTestCore()
    const matter = await letterMatter(core)
    const right = matter.ipRights[0]!
    const edited = ok(
      await core.dispatch('ipRights.update', { id: right.id, assertedClaims: ['1', '7', '12'] })
    )
    const before = edited.ipRights
    const { undoToken } = ok(await core.dispatch('ipRights.remove', { id: right.id }))
    ok(await core.dispatch('undo.restore', { token: undoToken }))
    const after = ok(await core.dispatch('matters.get', { id: matter.matter.id }))
    expect(after.ipRights).toEqual(before)
    expect(after.ipRights.find((r) => r.id === right.id)?.assertedClaims).toEqual(['1', '7', '12'])
    expect(auditActions(core, 'ip_right', right.id).slice(-2)).toEqual(['delete', 'restore'])
    await chainsIntact(core)
  })

  it('a right asserted again by hand since cannot be restored a second time; nothing is written', async () => {
    const core = openTestCore()
    const matter = await letterMatter(core)
    const right = matter.ipRights[0]!
    const { undoToken } = ok(await core.dispatch('ipRights.remove', { id: right.id }))
    ok(
      await core.dispatch('ipRights.add', {
        matterId: matter.matter.id,
        type: right.type,
        number: right.number,
        jurisdiction: right.jurisdiction
      })
    )
    const auditBefore = core.workspace.ctx.sqlite.prepare('select count(*) n from audit_log').get()
    const refused = await core.dispatch('undo.restore', { token: undoToken })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'undo_conflict', params: { reason: 'right_asserted_again' } }
    })
    expect(core.workspace.ctx.sqlite.prepare('select count(*) n from audit_log').get()).toEqual(auditBefore)
    const after = ok(await core.dispatch('matters.get', { id: matter.matter.id }))
    expect(after.ipRights.filter((r) => r.number === right.number)).toHaveLength(1)
  })

  it('a removed accused product is linked again to the same version and listing', async () => {
    const core = openTestCore()
    const matter = await letterMatter(core)
    const product = matter.products[0]!
    const { undoToken } = ok(await core.dispatch('products.remove', { id: product.id }))
    ok(await core.dispatch('undo.restore', { token: undoToken }))
    const after = ok(await core.dispatch('matters.get', { id: matter.matter.id }))
    expect(after.products).toEqual(matter.products)
    expect(auditActions(core, 'accused_product', product.id).slice(-2)).toEqual(['delete', 'restore'])
    await chainsIntact(core)
  })

  it('a product accused again by hand since is not linked a second time', async () => {
    const core = openTestCore()
    const matter = await letterMatter(core)
    const product = matter.products[0]!
    const { undoToken } = ok(await core.dispatch('products.remove', { id: product.id }))
    ok(
      await core.dispatch('products.add', {
        matterId: matter.matter.id,
        name: product.name,
        sku: product.sku
      })
    )
    const refused = await core.dispatch('undo.restore', { token: undoToken })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'undo_conflict', params: { reason: 'product_accused_again' } }
    })
    const after = ok(await core.dispatch('matters.get', { id: matter.matter.id }))
    expect(after.products.filter((p) => p.sku === product.sku)).toHaveLength(1)
  })

  it('a removed deadline comes back with its due date, steps, status and snoozed reminder', async () => {
    const core = openTestCore()
    const matter = await letterMatter(core)
    const deadline = matter.deadlines[0]!
    ok(await core.dispatch('reminders.snooze', { deadlineId: deadline.id, leadDays: 0, until: '2026-12-01' }))
    ok(await core.dispatch('deadlines.setStatus', { id: deadline.id, status: 'done', doneOn: '2026-11-28' }))
    const before = ok(await core.dispatch('deadlines.get', { id: deadline.id }))
    expect(before.deadline.steps.length).toBeGreaterThan(0)

    const removed = ok(await core.dispatch('deadlines.remove', { id: deadline.id }))
    expect(removed.deadlines.map((d) => d.id)).not.toContain(deadline.id)
    ok(await core.dispatch('undo.restore', { token: removed.undoToken }))

    const after = ok(await core.dispatch('deadlines.get', { id: deadline.id }))
    expect(after).toEqual(before)
    expect(after.deadline).toMatchObject({ due: '2026-11-02', status: 'done' })
    expect(after.reminderStates).toEqual([{ leadDays: 0, snoozedUntil: '2026-12-01', dismissedAt: null }])
    expect(auditActions(core, 'deadline', deadline.id).slice(-2)).toEqual(['delete', 'restore'])
    await chainsIntact(core)
  })

  it('a deadline whose responsible person was removed since is not restored', async () => {
    const core = openTestCore()
    const matter = await letterMatter(core)
    const person = ok(await core.dispatch('people.create', { name: 'Mei Chen' }))
    const deadline = matter.deadlines[0]!
    ok(await core.dispatch('deadlines.update', { id: deadline.id, responsiblePersonId: person.id }))
    const { undoToken } = ok(await core.dispatch('deadlines.remove', { id: deadline.id }))
    ok(await core.dispatch('people.remove', { id: person.id }))
    const refused = await core.dispatch('undo.restore', { token: undoToken })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'undo_conflict', params: { reason: 'person_gone' } }
    })
    const gone = await core.dispatch('deadlines.get', { id: deadline.id })
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('a removed email comes back with its attachment, their pages, and an unbroken custody chain', async () => {
    const core = openTestCore()
    const matter = await letterMatter(core)
    const matterId = matter.matter.id
    const { documents } = await attach(core, matterId, ['warning-letter.eml'])
    await settle(core)
    const mail = documents[0]!
    const letter = mail.attachments[0]!
    const listed = ok(await core.dispatch('documents.list', { matterId }))
    const mailText = ok(await core.dispatch('documents.text', { id: mail.id }))
    const letterText = ok(await core.dispatch('documents.text', { id: letter.id }))
    expect(letterText.pages.length).toBeGreaterThan(0)

    const { undoToken } = ok(await core.dispatch('documents.remove', { id: mail.id }))
    expect(ok(await core.dispatch('documents.list', { matterId }))).toEqual([])
    const restored = ok(await core.dispatch('undo.restore', { token: undoToken }))
    expect(restored.ids.sort()).toEqual([mail.id, letter.id].sort())

    expect(ok(await core.dispatch('documents.list', { matterId }))).toEqual(listed)
    expect(ok(await core.dispatch('documents.text', { id: mail.id }))).toEqual(mailText)
    expect(ok(await core.dispatch('documents.text', { id: letter.id }))).toEqual(letterText)
    expect(custodyActions(core, letter.id)).toEqual(['import', 'remove', 'restore'])
    expect(custodyActions(core, mail.id)).toEqual(['import', 'remove', 'restore'])
    expect(auditActions(core, 'document', mail.id).slice(-2)).toEqual(['remove', 'restore'])
    // the letter's words are found again by search
    const hits = ok(await core.dispatch('search.global', { query: 'Mercer', scope: 'documents' }))
    expect(hits.documents.map((h) => h.documentId)).toContain(letter.id)
    await chainsIntact(core)
  })

  it("a removed opinion letter is the opinion's file again once it comes back", async () => {
    const core = openTestCore()
    const matter = await letterMatter(core)
    const matterId = matter.matter.id
    const { documents } = await attach(core, matterId, ['opinion-non-infringement.pdf'])
    const letter = documents[0]!
    const opinion = ok(
      await core.dispatch('opinions.create', {
        matterId,
        type: 'non_infringement',
        counsel: 'outside',
        firm: 'Okafor Lindqvist & Reyes LLP',
        requestedDate: '2026-10-22',
        deliveredDate: '2026-11-10',
        conclusion: 'favourable',
        documentId: letter.id
      })
    )
    const { undoToken } = ok(await core.dispatch('documents.remove', { id: letter.id }))
    const unlinked = ok(await core.dispatch('opinions.list', { matterId }))
    expect(unlinked.find((o) => o.id === opinion.id)?.documentId).toBeNull()
    ok(await core.dispatch('undo.restore', { token: undoToken }))
    const relinked = ok(await core.dispatch('opinions.list', { matterId }))
    expect(relinked.find((o) => o.id === opinion.id)?.documentId).toBe(letter.id)
  })

  it('a document whose bytes were deleted after its removal cannot come back', async () => {
    const core = openTestCore()
    const matter = await letterMatter(core)
    const { documents } = await attach(core, matter.matter.id, ['product-photo.jpg'])
    const photo = documents[0]!
    const { undoToken } = ok(await core.dispatch('documents.remove', { id: photo.id }))
    ok(await core.dispatch('documents.deleteBytes', { sha256: photo.sha256, confirm: true }))
    const refused = await core.dispatch('undo.restore', { token: undoToken })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'undo_bytes_deleted', params: { name: 'product-photo.jpg' } }
    })
    expect(ok(await core.dispatch('documents.list', { matterId: matter.matter.id }))).toEqual([])
    expect(custodyActions(core, photo.id)).toEqual(['import', 'remove'])
  })
})
