// Specification: the global search says how many matters its terms find, exactly, also when it
// lists only the first `limit` of them ("50 of 1,429 matters"), for long and short (CJK) terms.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore } from '../helpers'

type Core = ReturnType<typeof openTestCore>

async function createMatters(core: Core, n: number, title: (i: number) => string): Promise<void> {
  for (let i = 0; i < n; i++) {
    ok(await core.dispatch('matters.create', { title: title(i), kind: 'warning_letter', jurisdiction: 'US' }))
  }
}

describe('the global search counts every matching matter', () => {
  it('with 75 lantern matters and a limit of 50, it lists 50 and counts 75', async () => {
    const core = openTestCore()
    await createMatters(core, 75, (i) => `Brightline lantern patents ${i + 1}`)
    await createMatters(core, 10, (i) => `Arcwell kettle design ${i + 1}`)

    const result = ok(await core.dispatch('search.global', { query: 'lantern', limit: 50 }))
    expect(result.matters).toHaveLength(50)
    expect(result.matterTotal).toBe(75)
    // The register's search finds the same number.
    expect(ok(await core.dispatch('matters.list', { search: 'lantern', limit: 10 })).total).toBe(75)
  })

  it('counts matches of a two-character Chinese term, which the trigram index cannot serve', async () => {
    const core = openTestCore()
    await createMatters(core, 30, (i) => `暖岚 商标 投诉 ${i + 1}`)
    await createMatters(core, 5, (i) => `专利 ${i + 1}`)
    const result = ok(await core.dispatch('search.global', { query: '商标', limit: 20 }))
    expect(result.matters).toHaveLength(20)
    expect(result.matterTotal).toBe(30)
  })

  it('a list shorter than the limit is the whole count; a document-only search counts no matters', async () => {
    const core = openTestCore()
    await createMatters(core, 3, (i) => `Quarry clip ${i}`)
    expect(ok(await core.dispatch('search.global', { query: 'quarry', limit: 50 })).matterTotal).toBe(3)
    expect(
      ok(await core.dispatch('search.global', { query: 'quarry', scope: 'documents', limit: 50 })).matterTotal
    ).toBe(0)
  })
})
