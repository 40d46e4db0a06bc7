// Specification: a marketplace's notice (an Amazon APEX invitation, a Walmart IP claim) read at
// intake proposes a marketplace-complaint matter with the deadline that follows from it, and an
// e-mailed letter is read together with the PDF it carries. Nothing is saved until it is logged.
// The notices here are fictional (tests/unit/ingest/notices). Dates were counted by hand.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IntakeReading, WarningLetterInput } from '../../../src/shared/contract'
import type { MatterDetail } from '../../../src/shared/model'
import type { z } from 'zod'
import { upload } from '../documents/helpers'
import { fixture, ok, openTestCore } from '../helpers'

type Core = ReturnType<typeof openTestCore>
type LetterInput = z.input<typeof WarningLetterInput>

const notice = (name: string): string =>
  fs.readFileSync(path.join(__dirname, '../ingest/notices', name), 'utf8')

async function readText(core: Core, text: string): Promise<IntakeReading> {
  return ok(await core.dispatch('intake.read', { text }))
}

/** The form's input from a reading, as the user accepts it, with the dates they confirm. */
function accepted(
  reading: IntakeReading,
  dates: { notice: string; received: string; due: string }
): LetterInput {
  const p = reading.proposals
  const d = p.responseDeadline?.value
  return {
    kind: 'marketplace_complaint',
    title: p.title?.value ?? 'Marketplace notice',
    letterDate: dates.notice,
    receivedDate: dates.received,
    rightsHolder: p.rightsHolder?.value ?? '',
    senderEmail: p.senderEmail?.value,
    senderReference: p.senderReference?.value,
    jurisdiction: p.jurisdiction?.value ?? 'US',
    marketplace: p.marketplace?.value,
    ipRights: p.ipRights.map((r) => ({ ...r.value, jurisdiction: r.value.jurisdiction ?? '', title: '' })),
    products: p.products.map((r) => ({ ...r.value, sku: '', listingUrl: '' })),
    responseDeadline: d
      ? { ruleId: d.ruleId, days: d.days, basis: d.basis, from: d.from, due: dates.due }
      : null,
    letterFile: null
  }
}

function timelineOf(core: Core, matterId: number) {
  return core.dispatch('timeline.list', { matterId, order: 'asc' })
}

describe('a marketplace notice at intake', () => {
  it('an APEX invitation proposes the APEX rule: 3 weeks from the notice', async () => {
    const core = openTestCore()
    const reading = await readText(core, notice('amazon-apex.txt'))
    expect(reading).toMatchObject({ kind: 'marketplace_notice', noticeKind: 'amazon_apex' })
    const p = reading.proposals
    expect(p.responseDeadline).toMatchObject({
      value: { ruleId: 'amazon.apex.response', days: 21, basis: 'calendar', from: 'letter_date' },
      certain: true
    })
    expect(p.rightsHolder?.value).toBe('Brightline Outdoor Inc.')
    expect(p.senderReference?.value).toBe('APEX-2026-1103-55821')
    expect(p.ipRights.map((r) => r.value.number)).toEqual(['US 11,234,567 B2'])
    expect(p.products.map((r) => r.value.marketplaceItemId)).toEqual(['B0C1234567', 'B0C7654321'])
  })

  it('logs the APEX notice as a marketplace complaint whose deadline falls on Thanksgiving and does not move', async () => {
    const core = openTestCore()
    const reading = await readText(core, notice('amazon-apex.txt'))
    // notice of Thursday 2026-11-05 + 21 days = Thursday 2026-11-26, Thanksgiving: APEX counts
    // calendar days and the program's terms move nothing for a holiday
    const detail = ok(
      await core.dispatch(
        'matters.logWarningLetter',
        accepted(reading, { notice: '2026-11-05', received: '2026-11-05', due: '2026-11-26' })
      )
    ) as MatterDetail
    expect(detail.matter.kind).toBe('marketplace_complaint')
    expect(detail.matter.status).toBe('open')
    expect(detail.matter.reference).toMatch(/^\d{4}-PAT-\d{3}$/)
    expect(detail.deadlines).toHaveLength(1)
    expect(detail.deadlines[0]).toMatchObject({
      ruleId: 'amazon.apex.response',
      due: '2026-11-26',
      computedDue: '2026-11-26',
      triggerDate: '2026-11-05'
    })
    // the notice is the event (it is the APEX rule's trigger); it arrived the same day
    const timeline = ok(await timelineOf(core, detail.matter.id))
    expect(
      timeline.map((i) => (i.kind === 'event' ? `${i.date} ${i.event.type}` : `${i.date} ${i.kind}`))
    ).toEqual(['2026-11-05 apex_notice_received', '2026-11-26 deadline'])
  })

  it('refuses an APEX date other than the 3 weeks without a reason, and saves nothing', async () => {
    const core = openTestCore()
    const reading = await readText(core, notice('amazon-apex.txt'))
    const result = await core.dispatch(
      'matters.logWarningLetter',
      accepted(reading, { notice: '2026-11-05', received: '2026-11-05', due: '2026-11-27' })
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } })
    const n = core.workspace.ctx.sqlite.prepare('select count(*) n from matters').get() as { n: number }
    expect(n.n).toBe(0)
  })

  it('an APEX e-mail that states another period offers it beside the program rule, not certain', async () => {
    const core = openTestCore()
    const text = notice('amazon-apex.txt').replace(/21 days/g, '14 days')
    const p = (await readText(core, text)).proposals
    expect(p.responseDeadline).toMatchObject({
      value: { ruleId: 'amazon.apex.response', days: 21 },
      certain: false,
      alternatives: [{ ruleId: 'letter.asserted', days: 14, basis: 'calendar', from: 'letter_date' }]
    })
  })

  it('a Walmart claim counts its own 10 business days from its arrival, Thanksgiving skipped', async () => {
    const core = openTestCore()
    const reading = await readText(core, notice('walmart-ip-claim.txt'))
    expect(reading).toMatchObject({ kind: 'marketplace_notice', noticeKind: 'walmart_ip_claim' })
    expect(reading.proposals.responseDeadline?.value).toEqual({
      ruleId: 'letter.asserted',
      days: 10,
      basis: 'business',
      from: 'received_date'
    })
    // sent Friday 2026-11-20, seen Monday 2026-11-23; business days from the 23rd:
    // 24, 25, (26 Thanksgiving), 27, 30, Dec 1, 2, 3, 4, 7, 8 -> Tuesday 2026-12-08
    const detail = ok(
      await core.dispatch(
        'matters.logWarningLetter',
        accepted(reading, { notice: '2026-11-20', received: '2026-11-23', due: '2026-12-08' })
      )
    ) as MatterDetail
    expect(detail.matter.kind).toBe('marketplace_complaint')
    expect(detail.deadlines[0]).toMatchObject({
      ruleId: 'letter.asserted',
      due: '2026-12-08',
      triggerDate: '2026-11-23'
    })
    const timeline = ok(await timelineOf(core, detail.matter.id))
    expect(timeline.flatMap((i) => (i.kind === 'event' ? [`${i.date} ${i.event.type}`] : []))).toEqual([
      '2026-11-20 marketplace_complaint_received',
      '2026-11-23 letter_received'
    ])
  })

  it('an APEX notice e-mailed as .eml is dated by its Date header', async () => {
    const core = openTestCore()
    const eml = [
      'From: Amazon Patent Evaluation Express <apex-notices@amazon.example>',
      'To: LumoraGear <seller@lumora.example>',
      'Date: Tue, 03 Nov 2026 09:15:00 +0000',
      'Subject: Invitation to participate in Amazon Patent Evaluation Express (APEX)',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="utf-8"',
      '',
      notice('amazon-apex.txt').split('\n').slice(3).join('\r\n')
    ].join('\r\n')
    const file = await upload(core, Buffer.from(eml, 'utf8'), 'apex.eml')
    const reading = ok(await core.dispatch('intake.read', { sha256: file.sha256 }))
    expect(reading).toMatchObject({ kind: 'marketplace_notice', noticeKind: 'amazon_apex' })
    expect(reading.proposals.letterDate).toMatchObject({ value: '2026-11-03', certain: false })
    expect(reading.proposals.receivedDate).toMatchObject({ value: '2026-11-03', certain: false })
  })
})

describe('an e-mailed letter at intake', () => {
  it('is read with the PDF it carries, and logged with that PDF as its attachment', async () => {
    const core = openTestCore()
    const file = await upload(core, fixture('warning-letter.eml'))
    const reading = ok(await core.dispatch('intake.read', { sha256: file.sha256 }))
    // page 1: the e-mail; pages 2-3: the attached two-page letter
    expect(reading.pages).toHaveLength(3)
    expect(reading.notes).toContainEqual({
      code: 'email_attachment_read',
      params: { name: 'warning-letter-patent-en.pdf', pages: 2 }
    })
    // the letter date is the PDF's own, read from it, not the e-mail's
    expect(reading.proposals.letterDate).toMatchObject({ value: '2026-10-19', certain: true })
    expect(reading.proposals.letterDate?.source.page).toBe(2)
    expect(reading.proposals.senderFirm?.value).toBeTruthy()

    const detail = ok(
      await core.dispatch('matters.logWarningLetter', {
        title: 'Brightline e-mailed letter',
        letterDate: '2026-10-19',
        receivedDate: '2026-10-19',
        rightsHolder: 'Brightline Outdoor Inc.',
        ipRights: [{ type: 'utility_patent', number: 'US 11,234,567 B2', jurisdiction: 'US', title: '' }],
        responseDeadline: null,
        letterFile: { sha256: file.sha256, originalName: 'warning-letter.eml' }
      })
    ) as MatterDetail
    const docs = ok(await core.dispatch('documents.list', { matterId: detail.matter.id }))
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ originalName: 'warning-letter.eml', kind: 'warning_letter' })
    expect(docs[0]?.attachments.map((a) => a.originalName)).toEqual(['warning-letter-patent-en.pdf'])
  })

  it('says which attached PDF it could not read and still reads the e-mail', async () => {
    const core = openTestCore()
    const broken = fs.readFileSync(fixture('malformed.pdf'))
    const eml = [
      'From: "Daniel R. Mercer" <dmercer@harwellpike.example>',
      'To: legal@lumora.example',
      'Date: Mon, 19 Oct 2026 15:02:11 -0500',
      'Subject: Notice of infringement',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      'Please see the attached letter on behalf of Brightline Outdoor Inc.',
      '--b1',
      'Content-Type: application/pdf; name="letter.pdf"',
      'Content-Disposition: attachment; filename="letter.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      broken.toString('base64').replace(/.{76}/g, '$&\r\n'),
      '--b1--',
      ''
    ].join('\r\n')
    const file = await upload(core, Buffer.from(eml, 'utf8'), 'broken.eml')
    const reading = ok(await core.dispatch('intake.read', { sha256: file.sha256 }))
    expect(reading.pages).toHaveLength(1)
    expect(reading.notes).toContainEqual(
      expect.objectContaining({
        code: 'email_attachment_unread',
        params: expect.objectContaining({ name: 'letter.pdf' })
      })
    )
  })
})
