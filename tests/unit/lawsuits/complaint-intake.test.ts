// Specification: a complaint read at intake is logged as a lawsuit, its caption landing in the
// lawsuit's own case fields (court, division, case number, judge, magistrate judge, filed), the
// complaint kept as a document of kind complaint; a letter stays a warning letter.
import { describe, expect, it } from 'vitest'
import { CASE_FIELDS } from '../../../src/shared/contract'
import { upload } from '../documents/helpers'
import { ok, openTestCore } from '../helpers'

describe('a complaint logged at intake', () => {
  it('becomes lawsuit 2026-LIT-001 with the case fields read from ../shared/fixtures/complaint-schedule-a.pdf', async () => {
    const core = openTestCore()
    const file = await upload(core, 'complaint-schedule-a.pdf')
    const reading = ok(await core.dispatch('intake.read', { sha256: file.sha256 }))
    const complaint = reading.complaint!
    // what counsel accepts, field by field, on the form
    const caseFields = Object.fromEntries(CASE_FIELDS.map((k) => [k, complaint[k]?.value ?? null]))
    expect(caseFields).toMatchObject({
      caseNumber: '1:26-cv-04321',
      judge: 'Harriet M. Vollmer',
      magistrateJudge: 'Curtis A. Lindahl',
      filingDate: '2026-09-08'
    })
    const detail = ok(
      await core.dispatch('matters.logWarningLetter', {
        kind: 'lawsuit',
        ...caseFields,
        title: 'Brightline Outdoor v. Schedule A defendants',
        letterDate: '2026-09-08',
        receivedDate: '2026-11-23',
        rightsHolder: 'Brightline Outdoor Inc.',
        jurisdiction: 'US',
        ipRights: [{ type: 'utility_patent', number: 'US 11,234,567 B2', jurisdiction: 'US' }],
        responseDeadline: null,
        letterFile: { sha256: file.sha256, originalName: file.originalName }
      })
    )
    expect(detail.matter).toMatchObject({
      kind: 'lawsuit',
      status: 'litigating',
      reference: '2026-LIT-001',
      caseNumber: '1:26-cv-04321',
      filingDate: '2026-09-08',
      senderReference: null
    })
    expect(detail.documents.map((d) => d.kind)).toEqual(['complaint'])
    expect(ok(await core.dispatch('matters.list', { search: '1:26-cv-04321' })).total).toBe(1)
  })

  it('refuses a filing date that does not exist next to its field, saving nothing', async () => {
    const core = openTestCore()
    const refused = await core.dispatch('matters.logWarningLetter', {
      kind: 'lawsuit',
      filingDate: '2026-09-31',
      title: 'Suit',
      letterDate: '2026-09-08',
      receivedDate: '2026-11-23',
      rightsHolder: 'Brightline Outdoor Inc.',
      ipRights: [{ type: 'utility_patent', number: 'US 11,234,567 B2', jurisdiction: 'US' }],
      responseDeadline: null,
      letterFile: null
    })
    expect(refused).toMatchObject({ ok: false, error: { fields: { filingDate: expect.any(String) } } })
    expect(ok(await core.dispatch('matters.list', {})).total).toBe(0)
  })
})
