// Specification: a search term of one or two characters (华为, 3M) finds the matters that hold
// it, wherever in the matter it is (the last field included), through the matters index's own
// vocabulary rather than a LIKE over every matter; workspaces written before keep finding them.
import { describe, expect, it } from 'vitest'
import { searchPlan } from '../../../src/main/core/matters/search-text'
import { ok, openTestCore, workspaceBefore } from '../helpers'

async function withMatters() {
  const core = openTestCore()
  const add = async (title: string, rightsHolder?: string) =>
    ok(await core.dispatch('matters.create', { title, kind: 'warning_letter', rightsHolder })).matter.id
  const ids = {
    // The rights holder comes late in the matter's text: "3M" is its last characters.
    threeM: await add('Scotch tape listing takedown', '3M'),
    huawei: await add('华为 外观设计专利 警告函'),
    other: await add('Brightline lantern patents', 'Brightline Outdoor')
  }
  return { core, ids }
}

const found = async (core: ReturnType<typeof openTestCore>, search: string) =>
  ok(await core.dispatch('matters.list', { search })).rows.map((r) => r.id)

describe('searching the register for a short term', () => {
  it('finds a two-character term at the very end of a matter, in Chinese and in full-width forms', async () => {
    const { core, ids } = await withMatters()
    expect(await found(core, '3M')).toEqual([ids.threeM])
    expect(await found(core, '３Ｍ')).toEqual([ids.threeM])
    expect(await found(core, '华为')).toEqual([ids.huawei])
    expect(await found(core, '3m scotch')).toEqual([ids.threeM])
    expect(await found(core, '警告')).toEqual([ids.huawei])
    // Held by no matter: none, and the count says so.
    expect(ok(await core.dispatch('matters.list', { search: '微软' }))).toMatchObject({ total: 0, rows: [] })
    const global = ok(await core.dispatch('search.global', { query: '华为', scope: 'matters' }))
    expect(global.matters.map((m) => m.id)).toEqual([ids.huawei])
    expect(global.matterTotal).toBe(1)
  })

  it('is a MATCH on the trigrams that start with it, a LIKE only when there are too many', () => {
    const lookup = (prefix: string) => (prefix === '3m' ? ['3m\n', '3m '] : prefix === 'a' ? null : [])
    // on the text column only: matters_fts also holds the register's filter values
    expect(searchPlan('3M lantern', lookup)).toEqual({
      match: 'search_text : (("3m\n" OR "3m ") AND "lantern")',
      likes: []
    })
    expect(searchPlan('a', lookup)).toEqual({ match: null, likes: ['%a%'] })
    // In no matter: kept as typed, which the trigram index matches nothing for.
    expect(searchPlan('微软', lookup)).toEqual({ match: 'search_text : ("微软")', likes: [] })
  })

  it('finds short terms in matters a workspace stored before their text ended with a newline', () => {
    const dir = workspaceBefore(
      '0013_search_text_ends_with_newline',
      `insert into matters (id, reference, title, kind, rights_holder, search_text)
         values (1, '2026-PAT-001', 'Scotch tape listing takedown', 'warning_letter', '3M',
                 '2026-pat-001' || char(10) || 'scotch tape listing takedown' || char(10) || '3m');`
    )
    const core = openTestCore({ dir })
    expect(
      core.workspace.ctx.sqlite.prepare('select search_text from matters where id = 1').pluck().get()
    ).toBe('2026-pat-001\nscotch tape listing takedown\n3m\n')
    return core.dispatch('matters.list', { search: '3m' }).then((page) => {
      expect(ok(page).rows.map((r) => r.id)).toEqual([1])
    })
  })
})
