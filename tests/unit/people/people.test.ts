// Specification: Settings keeps the list of people matters and deadlines are assigned to. A name
// is required, trimmed and unique whatever its case; an email must look like one. Someone who
// left is archived: no longer offered, still shown where they were responsible. Only a person
// nothing names can be removed; otherwise the answer says how many records name them.
import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { matterOf, ok, rows } from '../deadlines/app-helpers'

describe('people in Settings', () => {
  it('adds a person with a trimmed name, email and role, and lists people by name', async () => {
    const core = openTestCore()
    ok(
      await core.dispatch('people.create', {
        name: '  Zhang Min ',
        email: 'zhang.min@example.cn',
        role: 'Paralegal'
      })
    )
    ok(await core.dispatch('people.create', { name: 'anna Schmidt', email: '', role: '' }))
    ok(await core.dispatch('people.create', { name: '李伟' }))
    const people = ok(await core.dispatch('people.list', {}))
    expect(people.map((p) => [p.name, p.email, p.role, p.archived, p.matters, p.deadlines])).toEqual([
      ['anna Schmidt', null, null, false, 0, 0],
      ['Zhang Min', 'zhang.min@example.cn', 'Paralegal', false, 0, 0],
      ['李伟', null, null, false, 0, 0]
    ])
    expect(rows(core, `select action, entity from audit_log where entity = 'person'`)).toHaveLength(3)
  })

  it('refuses an empty name, a second "Li Wei" in another case, and an address without a domain', async () => {
    const core = openTestCore()
    const li = ok(await core.dispatch('people.create', { name: 'Li Wei' }))
    expect(await core.dispatch('people.create', { name: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { name: 'required' } }
    })
    expect(await core.dispatch('people.create', { name: ' li wei ' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { name: 'duplicate_person' }, params: { name: 'Li Wei' } }
    })
    expect(await core.dispatch('people.create', { name: 'Mei', email: 'mei@localhost' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { email: 'invalid_email' } }
    })
    expect(await core.dispatch('people.create', { name: 'Mei', email: 'mei at example.com' })).toMatchObject({
      ok: false,
      error: { fields: { email: 'invalid_email' } }
    })
    const other = ok(await core.dispatch('people.create', { name: 'Jonas' }))
    expect(await core.dispatch('people.update', { id: other.id, name: 'LI WEI' })).toMatchObject({
      ok: false,
      error: { fields: { name: 'duplicate_person' } }
    })
    // Correcting one's own name's case is not a clash.
    expect(ok(await core.dispatch('people.update', { id: li.id, name: 'LI Wei' })).name).toBe('LI Wei')
    expect(ok(await core.dispatch('people.list', {})).map((p) => p.name)).toEqual(['Jonas', 'LI Wei'])
  })

  it('archives someone who left: not listed for choosing, listed on request, and can come back', async () => {
    const core = openTestCore()
    const anna = ok(await core.dispatch('people.create', { name: 'Anna Schmidt' }))
    ok(await core.dispatch('people.create', { name: 'Mei' }))
    expect(ok(await core.dispatch('people.setArchived', { id: anna.id, archived: true })).archived).toBe(true)
    expect(ok(await core.dispatch('people.list', {})).map((p) => p.name)).toEqual(['Mei'])
    expect(
      ok(await core.dispatch('people.list', { includeArchived: true })).map((p) => [p.name, p.archived])
    ).toEqual([
      ['Anna Schmidt', true],
      ['Mei', false]
    ])
    ok(await core.dispatch('people.setArchived', { id: anna.id, archived: false }))
    expect(ok(await core.dispatch('people.list', {})).map((p) => p.name)).toEqual(['Anna Schmidt', 'Mei'])
    expect(
      rows(
        core,
        `select action from audit_log where entity = 'person' and entity_id = ? order by id`,
        anna.id
      )
    ).toEqual([{ action: 'create' }, { action: 'archive' }, { action: 'unarchive' }])
  })

  it('removes a person nothing names; one a matter and a deadline name is refused with the counts', async () => {
    const core = openTestCore()
    const matterId = await matterOf(core, 'lawsuit', 'US')
    const mei = ok(await core.dispatch('people.create', { name: 'Mei' }))
    const typo = ok(await core.dispatch('people.create', { name: 'Mie' }))
    ok(await core.dispatch('matters.update', { id: matterId, responsiblePersonId: mei.id }))
    ok(
      await core.dispatch('deadlines.add', {
        matterId,
        title: 'Answer',
        due: '2026-12-21',
        responsiblePersonId: mei.id
      })
    )
    expect(await core.dispatch('people.remove', { id: mei.id })).toMatchObject({
      ok: false,
      error: { code: 'person_in_use', params: { name: 'Mei', matters: 1, deadlines: 1 } }
    })
    expect(ok(await core.dispatch('people.list', {})).find((p) => p.id === mei.id)).toMatchObject({
      matters: 1,
      deadlines: 1
    })
    ok(await core.dispatch('people.remove', { id: typo.id }))
    expect(ok(await core.dispatch('people.list', { includeArchived: true })).map((p) => p.name)).toEqual([
      'Mei'
    ])
    expect(await core.dispatch('people.remove', { id: typo.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })
})
