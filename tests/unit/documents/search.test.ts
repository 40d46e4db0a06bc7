// Specification: one search box finds matters by any field and any word in any document,
// with the page it is on and a snippet whose hits are marked as data, Chinese included.
import { afterAll, describe, expect, it } from 'vitest'
import type { GlobalSearchResult, SnippetPart } from '../../../src/shared/contract'
import { openTestCore } from '../helpers'
import { attach, newMatter, ok, openSharedCore, settle, type TestCore } from './helpers'

const hitsOf = (parts: SnippetPart[]): string[] => parts.filter((p) => p.hit).map((p) => p.text)
const textOf = (parts: SnippetPart[]): string => parts.map((p) => p.text).join('')

interface Evidence {
  core: TestCore
  patent: number
  trademark: number
  ids: Record<string, number>
}

async function buildEvidence(core: TestCore): Promise<Evidence> {
  const patent = await newMatter(core, 'Brightline Outdoor — lantern patents')
  const trademark = ok(
    await core.dispatch('matters.create', {
      title: '暖岚 NUANLAN 商标 — 速卖通',
      kind: 'warning_letter',
      rightsHolder: '杭州暖岚照明科技有限公司'
    })
  ).matter.id
  const a = await attach(
    core,
    patent,
    ['warning-letter-patent-en.pdf', 'scanned-only.pdf', 'complaint-schedule-a.pdf'],
    {
      kind: 'warning_letter',
      documentDate: '2026-10-19'
    }
  )
  const b = await attach(core, trademark, ['warning-letter-trademark-zh.pdf'], {
    kind: 'warning_letter',
    documentDate: '2026-11-03'
  })
  const c = await attach(core, patent, ['opinion-non-infringement.pdf'], {
    kind: 'opinion',
    documentDate: '2026-11-10',
    privileged: true
  })
  await settle(core)
  const ids: Record<string, number> = {}
  for (const d of [...a.documents, ...b.documents, ...c.documents]) ids[d.originalName] = d.id
  return { core, patent, trademark, ids }
}

// Reading the five PDFs takes seconds: the read-only specs share one workspace.
let shared: { evidence: Promise<Evidence>; close: () => void } | undefined
function evidenceWorkspace(): Promise<Evidence> {
  if (!shared) {
    const { core, close } = openSharedCore()
    shared = { evidence: buildEvidence(core), close }
  }
  return shared.evidence
}
afterAll(() => shared?.close())

async function search(core: TestCore, input: Record<string, unknown>): Promise<GlobalSearchResult> {
  return ok(await core.dispatch('search.global', input as never))
}

describe('global search', () => {
  it('"D987,654" finds page 1 of the patent letter, with the number marked in the snippet', async () => {
    const { core, ids, patent } = await evidenceWorkspace()
    const result = await search(core, { query: 'D987,654' })
    const letterPages = result.documents.filter((h) => h.documentId === ids['warning-letter-patent-en.pdf'])
    // page 1 asserts it; page 2 lists it among the enclosures
    expect(letterPages.map((h) => h.page)).toEqual([1, 2])
    const letter = letterPages[0]
    expect(letter).toMatchObject({
      page: 1,
      matterId: patent,
      matterReference: '2026-PAT-001',
      kind: 'warning_letter'
    })
    expect(hitsOf(letter!.snippet)).toEqual(['D987,654'])
    expect(textOf(letter!.snippet)).toMatch(/Design Patent No\. D987,654/)
    // the complaint names the design patent too, on its own pages
    expect(result.documents.some((h) => h.documentId === ids['complaint-schedule-a.pdf'])).toBe(true)
    // and the matter itself holds the right
    expect(result.matters.map((m) => m.id)).toContain(patent)
  })

  it('finds the Chinese letter by 律师函 (three characters) and by 商标 (two, below the trigram index)', async () => {
    const { core, ids } = await evidenceWorkspace()
    for (const query of ['律师函', '商标', '自本函发出之日起七日内']) {
      const result = await search(core, { query })
      const hit = result.documents.find((h) => h.documentId === ids['warning-letter-trademark-zh.pdf'])
      expect(hit, query).toBeDefined()
      expect(hitsOf(hit!.snippet).join(''), query).toContain(query)
    }
    // a short term together with a long one: both must be on the page
    const both = await search(core, { query: '商标 12345678' })
    expect(both.documents.map((h) => h.documentId)).toContain(ids['warning-letter-trademark-zh.pdf'])
    expect((await search(core, { query: '商标 D987,654' })).documents).toEqual([])
  })

  it('a scanned letter is not found by its words, but is counted as not searchable and listed as such', async () => {
    const { core, ids, patent } = await evidenceWorkspace()
    const result = await search(core, { query: 'Quarry' })
    expect(result.documents).toEqual([])
    expect(result.notSearchable).toEqual({ noTextLayer: 1, failed: 0, pending: 0 })
    const list = ok(await core.dispatch('documents.list', { matterId: patent }))
    expect(list.find((d) => d.id === ids['scanned-only.pdf'])).toMatchObject({ textStatus: 'no_text_layer' })
  })

  it('filters by matter, document kind, date range and privilege', async () => {
    const { core, ids, trademark } = await evidenceWorkspace()
    const names = async (input: Record<string, unknown>): Promise<number[]> =>
      [
        ...new Set(
          (await search(core, { query: 'Lumora', limit: 200, ...input })).documents.map((h) => h.documentId)
        )
      ].sort()
    const all = await names({})
    expect(all).toContain(ids['opinion-non-infringement.pdf'])
    expect(await names({ privileged: false })).not.toContain(ids['opinion-non-infringement.pdf'])
    expect(await names({ privileged: true })).toEqual([ids['opinion-non-infringement.pdf']])
    expect(await names({ kinds: ['opinion'] })).toEqual([ids['opinion-non-infringement.pdf']])
    expect(await names({ from: '2026-11-01', to: '2026-11-05' })).toEqual([
      ids['warning-letter-trademark-zh.pdf']
    ])
    expect(await names({ matterIds: [trademark], query: '深圳市璐莫拉贸易有限公司' })).toEqual([
      ids['warning-letter-trademark-zh.pdf']
    ])
    expect((await search(core, { query: '璐莫拉', from: '2026-11-04' })).documents).toEqual([])
  })

  it('answers per page: a term on several pages gives one hit per page; the limit says when there are more', async () => {
    const { core, ids } = await evidenceWorkspace()
    const result = await search(core, { query: 'BRIGHTLINE', scope: 'documents', limit: 3 })
    expect(result.matters).toEqual([])
    expect(result.documents).toHaveLength(3)
    expect(result.moreDocuments).toBe(true)
    const complaint = await search(core, { query: '1:26-cv-04321', matterIds: [], limit: 50 })
    const pages = complaint.documents
      .filter((h) => h.documentId === ids['complaint-schedule-a.pdf'])
      .map((h) => h.page)
    expect(pages.sort()).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('matters are found by any field, with the field it was found in', async () => {
    const { core, patent } = await evidenceWorkspace()
    const byAsin = await search(core, { query: 'B0C7654321', scope: 'matters' })
    expect(byAsin.matters).toMatchObject([{ id: patent, snippet: { field: 'product' } }])
    expect(hitsOf(byAsin.matters[0]!.snippet!.parts)).toEqual(['B0C7654321'])
    const byTitle = await search(core, { query: 'lantern patents', scope: 'matters' })
    expect(byTitle.matters).toMatchObject([{ id: patent, snippet: null }])
  })

  it('full-width digits typed with a Chinese input method find half-width text', async () => {
    const { core, ids } = await evidenceWorkspace()
    const result = await search(core, { query: 'Ｄ９８７，６５４' })
    expect(result.documents.map((h) => h.documentId)).toContain(ids['warning-letter-patent-en.pdf'])
  })

  it('search text is data: quotes, wildcards and FTS syntax in a query are searched for literally', async () => {
    const { core } = await evidenceWorkspace()
    for (const query of [
      '"',
      'NEAR(a b)',
      '100%',
      'a_b',
      '*',
      'OR AND NOT',
      "'); drop table documents; --"
    ]) {
      const result = await core.dispatch('search.global', { query })
      expect(result.ok, query).toBe(true)
    }
    const count = core.workspace.ctx.sqlite.prepare('select count(*) n from documents').get() as { n: number }
    expect(count.n).toBe(5)
  })

  it('a 1-2 character term is found wherever it is on the page, even as its last word, and an absent one finds nothing', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const note = Buffer.from('Call notes: 3M asked about the mark. 对方主张注册商标', 'utf8')
    const { documents } = await attach(core, matterId, [{ source: note, name: 'call.txt' }])
    await settle(core)
    for (const query of ['商标', '3m', '3M', 'M', '注', '商标 3M']) {
      const hits = (await search(core, { query })).documents
      expect(
        hits.map((h) => h.documentId),
        query
      ).toEqual([documents[0]!.id])
    }
    expect((await search(core, { query: '暖岚' })).documents).toEqual([])
    expect((await search(core, { query: '3M 暖岚' })).documents).toEqual([])
  })

  it('a removed document is no longer found', async () => {
    const { core, ids } = await buildEvidence(openTestCore())
    ok(await core.dispatch('documents.remove', { id: ids['warning-letter-trademark-zh.pdf']! }))
    expect((await search(core, { query: '律师函' })).documents).toEqual([])
    expect((await search(core, { query: '商标' })).documents).toEqual([])
  })
})
