// Specification: the timeline puts an undated document on the user's own calendar day of its
// import, not on the UTC date of the moment.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importUpload } from '../../../src/main/core/documents/uploads'
import { fixture, ok, openTestCore, patentLetterInput } from '../helpers'

describe('an undated document on the timeline', () => {
  const tz = process.env.TZ
  beforeEach(() => {
    process.env.TZ = 'Asia/Shanghai'
  })
  afterEach(() => {
    process.env.TZ = tz
  })

  it('sits on the local day it was imported', async () => {
    // 2026-11-28T17:30Z is 2026-11-29 01:30 in Shanghai (UTC+8).
    const core = openTestCore({ now: () => '2026-11-28T17:30:00.000Z' })
    const { matter } = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
    const uploaded = await importUpload(core.workspace, fixture('warning-letter-patent-en.pdf'), 'letter.pdf')
    ok(
      await core.dispatch('documents.attach', {
        matterId: matter.id,
        files: [{ sha256: uploaded.sha256, originalName: 'letter.pdf' }]
      })
    )
    const timeline = ok(await core.dispatch('timeline.list', { matterId: matter.id, order: 'asc' }))
    const document = timeline.find((i) => i.kind === 'document')
    expect(document?.date).toBe('2026-11-29')
  })
})
