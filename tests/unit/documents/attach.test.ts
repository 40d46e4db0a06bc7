// Specification: counsel drops files and forwarded emails onto a matter; each is kept byte for
// byte with its chain of custody, an email shows its headers and its attachments as documents.
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { localDateOf as localToday } from '../../../src/main/core/kernel/clock'
import { fixture, openTestCore } from '../helpers'
import {
  attach,
  attachmentPart,
  custodyActions,
  email,
  getDoc,
  newMatter,
  ok,
  settle,
  upload
} from './helpers'

const LETTER_SHA = 'c7d8d067f47cf5a05f3ef541b1a74c6b9364c57d9aea6e0f3f22f8a7a9777073'

describe('attaching files to a matter', () => {
  it('records each file with its size, detected type, importer and an import custody event carrying its hash', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents, problems } = await attach(
      core,
      matterId,
      ['warning-letter-patent-en.pdf', 'listing-screenshot.png'],
      {
        kind: 'evidence_screenshot',
        documentDate: '2026-10-02'
      }
    )
    expect(problems).toEqual([])
    expect(
      documents.map((d) => [d.originalName, d.size, d.mime, d.viewer, d.kind, d.documentDate, d.importedBy])
    ).toEqual([
      [
        'warning-letter-patent-en.pdf',
        79_697,
        'application/pdf',
        'pdf',
        'evidence_screenshot',
        '2026-10-02',
        'counsel'
      ],
      [
        'listing-screenshot.png',
        143_481,
        'image/png',
        'image',
        'evidence_screenshot',
        '2026-10-02',
        'counsel'
      ]
    ])
    const custody = ok(await core.dispatch('documents.custody', { documentId: documents[0]!.id }))
    expect(custody).toMatchObject([{ action: 'import', actor: 'counsel', sha256: LETTER_SHA, matterId }])
    const audit = core.workspace.ctx.sqlite
      .prepare("select count(*) n from audit_log where entity = 'document' and action = 'import'")
      .get() as { n: number }
    expect(audit.n).toBe(2)
    // the matter shows the documents too
    const detail = ok(await core.dispatch('matters.get', { id: matterId }))
    expect(detail.documents.map((d) => d.originalName)).toContain('listing-screenshot.png')
  })

  it('extracts text in the background: the PDF is pending at first, then searchable page by page', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, ['warning-letter-patent-en.pdf'])
    expect(documents[0]!.textStatus).toBe('pending')
    await settle(core)
    const doc = await getDoc(core, documents[0]!.id)
    expect(doc).toMatchObject({ textStatus: 'done', pageCount: 2, textError: null })
    const text = ok(await core.dispatch('documents.text', { id: doc.id }))
    expect(text.pages.map((p) => p.page)).toEqual([1, 2])
    expect(text.pages[0]!.text).toContain('HARWELL & PIKE LLP')
  })

  it('waitForText answers once the text is read, for a UI or an end-to-end test that cannot await the queue', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, [
      'warning-letter-trademark-zh.pdf',
      'product-photo.jpg'
    ])
    const done = ok(await core.dispatch('documents.waitForText', { ids: documents.map((d) => d.id) }))
    expect(done.map((d) => d.textStatus)).toEqual(['done', 'not_applicable'])
  })

  it('a wait for text still running when the workspace closes ends quietly, with nothing read', async () => {
    const errors: unknown[] = []
    const core = openTestCore({
      log: { error: (...a: unknown[]) => errors.push(a), warn: () => {}, info: () => {} }
    })
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, ['exhibit-long.pdf'])
    const waiting = core.dispatch('documents.waitForText', {
      ids: documents.map((d) => d.id),
      timeoutMs: 30_000
    })
    core.workspace.close()
    expect(await waiting).toEqual({ ok: true, value: [] })
    expect(errors).toEqual([])
  })

  it('the same file dropped twice on a matter is kept once and the second drop is reported', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    await attach(core, matterId, ['product-photo.jpg'])
    const again = await attach(core, matterId, [{ source: 'product-photo.jpg', name: 'IMG_0001.jpg' }])
    expect(again.documents).toEqual([])
    expect(again.problems).toMatchObject([{ name: 'IMG_0001.jpg', code: 'already_attached' }])
    // another matter may hold the same bytes: stored once in the vault, two documents
    const other = await newMatter(core, 'Second matter')
    const second = await attach(core, other, ['product-photo.jpg'])
    expect(second.documents).toHaveLength(1)
    const blobs = core.workspace.ctx.sqlite.prepare('select count(*) n from blobs').get() as { n: number }
    expect(blobs.n).toBe(1)
    await settle(core)
  })

  it('refuses a file that was never uploaded, next to its field, and a matter that does not exist', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const missing = await core.dispatch('documents.attach', {
      matterId,
      files: [{ sha256: 'a'.repeat(64), originalName: 'ghost.pdf' }]
    })
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'files.0.sha256': 'file_missing' } }
    })
    const uploaded = await upload(core, 'product-photo.jpg')
    const noMatter = await core.dispatch('documents.attach', { matterId: 999, files: [uploaded] })
    expect(noMatter).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

describe('email intake', () => {
  it('stores the forwarded warning letter email with its headers and body, and the PDF as a child document', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents, problems } = await attach(core, matterId, ['warning-letter.eml'])
    expect(problems).toEqual([])
    const [mail] = documents
    // The document date is the day the email arrived on this machine's calendar.
    const arrived = localToday(new Date('2026-10-19T20:02:11Z'))
    expect(mail).toMatchObject({
      viewer: 'email',
      kind: 'correspondence',
      textStatus: 'done',
      documentDate: arrived
    })
    expect(mail!.email).toMatchObject({
      from: { name: 'Daniel R. Mercer', address: 'dmercer@harwellpike.example' },
      to: [{ address: 'legal@lumora.example' }],
      cc: [{ address: 'obrandt@harwellpike.example' }],
      date: '2026-10-19T20:02:11.000Z',
      subject: 'Notice of Patent Infringement - Brightline Outdoor / ASIN B0C1234567',
      messageId: '<20261019200211.7A41C3E09B@mail.harwellpike.example>',
      problems: []
    })
    expect(mail!.attachments).toHaveLength(1)
    const letter = mail!.attachments[0]!
    expect(letter).toMatchObject({
      originalName: 'warning-letter-patent-en.pdf',
      sha256: LETTER_SHA,
      parentId: mail!.id,
      size: 79_697
    })
    const body = ok(await core.dispatch('documents.text', { id: mail!.id }))
    expect(body.pages[0]!.text).toContain('Subject: Notice of Patent Infringement')
    expect(body.pages[0]!.text).toContain('B0C7654321')
    expect(custodyActions(core, letter.id)).toEqual(['import'])

    await settle(core)
    expect((await getDoc(core, letter.id)).textStatus).toBe('done')
    // the list nests the attachment under its email
    const list = ok(await core.dispatch('documents.list', { matterId }))
    expect(list.map((d) => [d.originalName, d.attachments.map((a) => a.originalName)])).toEqual([
      ['warning-letter.eml', ['warning-letter-patent-en.pdf']]
    ])
  })

  it('an email without attachments is stored as one document', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const raw = email({
      subject: 'Follow-up on TRAILGLOW',
      body: 'Please confirm removal of ASIN B0C1234567.'
    })
    const { documents, problems } = await attach(core, matterId, [{ source: raw, name: 'follow-up.eml' }])
    expect(problems).toEqual([])
    expect(documents[0]).toMatchObject({
      viewer: 'email',
      attachments: [],
      email: { subject: 'Follow-up on TRAILGLOW' }
    })
  })

  it('an email with a broken MIME part is kept with its problems reported, and what could be read is stored', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const photo = fs.readFileSync(fixture('product-photo.jpg'))
    const raw = email({
      subject: 'Evidence photos',
      body: 'Photo attached; the second one did not survive the mail gateway.',
      parts: [
        attachmentPart('lantern.jpg', 'image/jpeg', photo),
        'Content-Type: application/pdf; name="cut.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjMK!!!not base64'
      ],
      close: false
    })
    const { documents, problems } = await attach(core, matterId, [{ source: raw, name: 'photos.eml' }])
    const codes = problems.map((p) => p.code)
    expect(codes).toContain('email_damaged')
    expect(problems.map((p) => String(p.params?.detail))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^unterminated_multipart/),
        expect.stringMatching(/^invalid_base64/)
      ])
    )
    const [mail] = documents
    expect(mail!.email?.problems.length).toBeGreaterThan(0)
    expect(mail!.attachments.map((a) => a.originalName)).toContain('lantern.jpg')
    expect(mail!.attachments.find((a) => a.originalName === 'lantern.jpg')!.sha256).toBe(
      '8b7e495b88e893fbc55608979bbe69ac5dcfc044ca3c18a3932b7ad662c35a19'
    )
    await settle(core)
  })

  it('an HTML attachment is never stored as viewable evidence: it is skipped and reported', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const html = fs.readFileSync(fixture('not-really.pdf'))
    const raw = email({
      subject: 'Invoice',
      body: 'See the invoice.',
      parts: [attachmentPart('Invoice_2026-10-19.pdf', 'application/pdf', html)]
    })
    const { documents, problems } = await attach(core, matterId, [{ source: raw, name: 'invoice.eml' }])
    expect(problems).toMatchObject([
      { name: 'Invoice_2026-10-19.pdf', code: 'refused_attachment', params: { mime: 'text/html' } }
    ])
    expect(documents[0]!.attachments).toEqual([])
    expect(documents[0]!.email?.problems).toContain('refused_attachment: Invoice_2026-10-19.pdf')
    // the refused bytes are not left in the vault either
    const sha = '6c3b262be8b921238c4c21b03723d980c2125c8150dc03f3f443e3dad6e22a4d'
    expect(await core.workspace.vault.has(sha)).toBe(false)
  })

  it('attachments of a privileged email are privileged too, at intake and when re-classified later', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, ['warning-letter.eml'], { privileged: true })
    expect(documents[0]!.privileged).toBe(true)
    expect(documents[0]!.attachments[0]!.privileged).toBe(true)
    const cleared = ok(await core.dispatch('documents.update', { id: documents[0]!.id, privileged: false }))
    expect(cleared.attachments.map((a) => a.privileged)).toEqual([false])
    expect(custodyActions(core, cleared.attachments[0]!.id)).toEqual(['import', 'reclassify'])
    await settle(core)
  })
})
