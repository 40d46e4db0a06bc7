// Specification: a workspace from before kind proposals keeps every document as it was. Nothing
// is proposed for documents already filed; their kinds stay exactly as counsel set them.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore, workspaceBefore } from '../helpers'

const OLD_ROWS = `
  insert into matters (id, reference, title, kind) values (1, '2026-PAT-001', 'Brightline letter', 'warning_letter');
  insert into blobs (sha256, size, mime, detected_kind) values
    ('c7d8d067f47cf5a05f3ef541b1a74c6b9364c57d9aea6e0f3f22f8a7a9777073', 79697, 'application/pdf', 'pdf');
  insert into documents (id, matter_id, sha256, original_name, size, mime, kind, text_status) values
    (1, 1, 'c7d8d067f47cf5a05f3ef541b1a74c6b9364c57d9aea6e0f3f22f8a7a9777073', 'letter.pdf', 79697,
     'application/pdf', 'warning_letter', 'done'),
    (2, 1, 'c7d8d067f47cf5a05f3ef541b1a74c6b9364c57d9aea6e0f3f22f8a7a9777073', 'copy.pdf', 79697,
     'application/pdf', 'other', 'done');
`

describe('opening a workspace from before kind proposals', () => {
  it('keeps each document and its kind, with nothing proposed', async () => {
    const core = openTestCore({ dir: workspaceBefore('0010_document_kind_proposal', OLD_ROWS) })
    const docs = ok(await core.dispatch('documents.list', { matterId: 1 }))
    expect(docs.map((d) => [d.originalName, d.kind, d.kindProposal])).toEqual([
      ['letter.pdf', 'warning_letter', null],
      ['copy.pdf', 'other', null]
    ])
  })
})
