// Specification (issue 13, "The same file twice"): the same bytes are one piece of evidence in a
// matter. A loose PDF dropped again, or dropped after the email that carried it, is not added a
// second time, and counsel is told which document already holds it. An email is kept whole as
// received: an attachment the matter already holds stays inside it, and counsel is told so.
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture, openTestCore } from '../helpers'
import { attach, attachmentPart, email, newMatter, settle } from './helpers'

const letter = fs.readFileSync(fixture('warning-letter-patent-en.pdf'))
const forwarded = email({
  subject: 'Fwd: Notice of infringement',
  body: 'Please see the attached letter.',
  parts: [attachmentPart('Brightline letter.pdf', 'application/pdf', letter)]
})

describe('the same file twice in a matter', () => {
  it('a loose PDF after the email that carried it is not added, and the email attachment is named', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const first = await attach(core, matterId, [{ source: forwarded, name: 'Fwd notice.eml' }])
    expect(first.problems).toEqual([])
    const child = first.documents[0]!.attachments[0]!
    const again = await attach(core, matterId, [{ source: letter, name: 'letter-final.pdf' }])
    expect(again.documents).toEqual([])
    expect(again.problems).toEqual([
      {
        name: 'letter-final.pdf',
        code: 'already_attached',
        params: { documentId: child.id, existingName: 'Brightline letter.pdf' }
      }
    ])
    await settle(core)
  })

  it('an email carrying a PDF the matter already holds is kept whole, and the duplicate is said', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const loose = await attach(core, matterId, [{ source: letter, name: 'letter-final.pdf' }])
    const looseId = loose.documents[0]!.id
    const mail = await attach(core, matterId, [{ source: forwarded, name: 'Fwd notice.eml' }])
    expect(mail.documents[0]!.attachments.map((a) => a.originalName)).toEqual(['Brightline letter.pdf'])
    expect(mail.problems).toEqual([
      {
        name: 'Brightline letter.pdf',
        code: 'attachment_already_attached',
        params: { email: 'Fwd notice.eml', documentId: looseId, existingName: 'letter-final.pdf' }
      }
    ])
    await settle(core)
  })

  it('both in one drop: the loose copy after the email is refused, naming the attachment', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const both = await attach(core, matterId, [
      { source: forwarded, name: 'Fwd notice.eml' },
      { source: letter, name: 'letter-final.pdf' }
    ])
    expect(both.documents.map((d) => d.originalName)).toEqual(['Fwd notice.eml'])
    expect(both.problems).toEqual([
      {
        name: 'letter-final.pdf',
        code: 'already_attached',
        params: { existingName: 'Brightline letter.pdf' }
      }
    ])
    await settle(core)
  })
})
