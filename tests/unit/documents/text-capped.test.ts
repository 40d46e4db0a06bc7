// Specification: a PDF longer than the page cap is indexed up to the cap, and the document says so
// ("Indexed the first 5,000 of 200,000 pages"): its page count is the PDF's, pagesIndexed the pages
// search knows, textError why it stopped. A workspace from before the column keeps its documents.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { activePdfWorkerCount } from '../../../src/main/core/ingest'
import { textPdf } from '../../../src/main/core/workspace/sample-pdf'
import type * as pdfSafety from '../../../src/shared/pdf-safety'
import { ok, openTestCore, workspaceBefore } from '../helpers'
import { attach, getDoc, newMatter, settle } from './helpers'

// The real cap is 5,000 pages (tests/unit/ingest/pdf-process.test.ts reads past it); 20 here.
vi.mock('../../../src/shared/pdf-safety', async (importOriginal) => ({
  ...(await importOriginal<typeof pdfSafety>()),
  PDF_MAX_INDEXED_PAGES: 20
}))

afterEach(async () => {
  await vi.waitFor(() => expect(activePdfWorkerCount()).toBe(0), { timeout: 5000 })
})

const WORDS: Record<number, string> = { 1: 'Heron', 20: 'Kestrel', 21: 'Osprey', 25: 'Plover' }

function exhibit(pages: number): Buffer {
  return textPdf(
    Array.from({ length: pages }, (_, i) => {
      const n = i + 1
      const runs = [{ x: 72, y: 720, text: `Exhibit 9 page ${n} of ${pages}` }]
      if (WORDS[n]) runs.push({ x: 72, y: 700, text: `Capture of the ${WORDS[n]} listing` })
      return runs
    }),
    'Exhibit 9'
  )
}

describe('a PDF longer than the page cap', () => {
  it('is indexed up to the cap and says how many of how many pages', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, [{ source: exhibit(25), name: 'exhibit-9.pdf' }])
    await settle(core)
    const doc = await getDoc(core, documents[0]!.id)
    expect(doc).toMatchObject({
      textStatus: 'done',
      pageCount: 25,
      pagesIndexed: 20,
      textError: 'pages_capped'
    })
    const text = ok(await core.dispatch('documents.text', { id: doc.id }))
    expect(text.pages.map((p) => p.page)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    const found = async (query: string) =>
      JSON.stringify(ok(await core.dispatch('search.global', { query }))).includes('exhibit-9.pdf')
    expect(await found('Heron')).toBe(true)
    expect(await found('Kestrel')).toBe(true)
    expect(await found('Osprey')).toBe(false)
    expect(await found('Plover')).toBe(false)
    const audit = core.workspace.ctx.sqlite
      .prepare("select after_json from audit_log where action = 'extract_text' and entity_id = ?")
      .get(doc.id) as { after_json: string } | undefined
    expect(JSON.parse(audit?.after_json ?? '{}')).toMatchObject({ pageCount: 25, pagesIndexed: 20 })
  })

  it('a PDF within the cap is indexed whole, with nothing said', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, [{ source: exhibit(20), name: 'exhibit-20.pdf' }])
    await settle(core)
    expect(await getDoc(core, documents[0]!.id)).toMatchObject({
      textStatus: 'done',
      pageCount: 20,
      pagesIndexed: null,
      textError: null
    })
  })
})

const OLD_ROWS = `
  insert into matters (id, reference, title, kind) values (1, '2026-PAT-001', 'Brightline letter', 'warning_letter');
  insert into blobs (sha256, size, mime, detected_kind) values
    ('c7d8d067f47cf5a05f3ef541b1a74c6b9364c57d9aea6e0f3f22f8a7a9777073', 79697, 'application/pdf', 'pdf');
  insert into documents (id, matter_id, sha256, original_name, size, mime, kind, text_status, page_count) values
    (1, 1, 'c7d8d067f47cf5a05f3ef541b1a74c6b9364c57d9aea6e0f3f22f8a7a9777073', 'letter.pdf', 79697,
     'application/pdf', 'warning_letter', 'done', 2);
`

describe('opening a workspace from before pagesIndexed', () => {
  it('keeps each document as read in full', async () => {
    const core = openTestCore({ dir: workspaceBefore('0011_document_pages_indexed', OLD_ROWS) })
    const docs = ok(await core.dispatch('documents.list', { matterId: 1 }))
    expect(docs.map((d) => [d.originalName, d.pageCount, d.pagesIndexed])).toEqual([['letter.pdf', 2, null]])
  })
})
