// Specification: a search term with a NUL or another control character (pasted from a PDF or a
// terminal) is answered like the words around it, never as an internal error: FTS5 would stop
// reading the query at the NUL, and indexed text never holds control characters anyway.
import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { attach, newMatter, ok, settle } from './helpers'

describe('control characters in a search', () => {
  it('a NUL between words searches for both words; in a short CJK term too', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const note = Buffer.from('Call notes: treble damages threatened; 商标 infringement alleged.\n', 'utf8')
    const { documents } = await attach(core, matterId, [{ source: note, name: 'notes.txt' }])
    await settle(core)
    for (const query of ['treble\u0000damages', 'treble\u0000', '\u0000商标', 'damages\u0007\u001b']) {
      const result = ok(await core.dispatch('search.global', { query }))
      expect(
        result.documents.map((h) => h.documentId),
        JSON.stringify(query)
      ).toEqual([documents[0]!.id])
    }
  })

  it('a query of control characters only is refused as empty, with a validation code', async () => {
    const core = openTestCore()
    const result = await core.dispatch('search.global', { query: '\u0000\u0000' })
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fields: { query: 'required' } } })
  })
})
