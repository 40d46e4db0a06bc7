// intake.read: an uploaded letter, e-mail, scan or complaint (or pasted text) read into proposals
// for the intake form, each with the sentence it came from; nothing is saved.
import { describe, expect, it } from 'vitest'
import { findTessdata } from '../../../src/main/core/ingest'
import type { IntakeReading, Proposal } from '../../../src/shared/contract'
import { upload } from '../documents/helpers'
import { ok, openTestCore } from '../helpers'

type Core = ReturnType<typeof openTestCore>

async function read(core: Core, name: string, ocr = false): Promise<IntakeReading> {
  const file = await upload(core, name)
  return ok(await core.dispatch('intake.read', { sha256: file.sha256, ocr }))
}

/** The sentence a proposal points at, as the side-by-side view slices it from its page. */
function sourceSentence(reading: IntakeReading, proposal: Proposal<unknown>): string {
  const page = reading.pages.find((p) => p.page === (proposal.source.page ?? 1))
  if (!page) throw new Error('no such page')
  return page.text.slice(proposal.source.start - page.start, proposal.source.end - page.start)
}

function matterCount(core: Core): number {
  return (core.workspace.ctx.sqlite.prepare('select count(*) as n from matters').get() as { n: number }).n
}

const tessdata = findTessdata(['eng'])

describe('reading what arrives at intake', () => {
  it('proposes the English patent letter: sender, rights holder, both patents, both ASINs, the 14-day deadline', async () => {
    const core = openTestCore()
    const reading = await read(core, 'warning-letter-patent-en.pdf')
    expect(reading).toMatchObject({ kind: 'letter', status: 'read', ocr: false, language: 'en' })
    expect(reading.pages.map((p) => p.page)).toEqual([1, 2])
    const p = reading.proposals
    expect(p.letterDate).toMatchObject({ value: '2026-10-19', certain: true })
    expect(p.senderFirm?.value).toBe('HARWELL & PIKE LLP')
    expect(p.senderAttorney?.value).toBe('Daniel R. Mercer')
    expect(p.senderReference?.value).toBe('BRO-2026-0412')
    expect(p.rightsHolder?.value).toBe('Brightline Outdoor Inc.')
    expect(p.ipRights.map((r) => r.value)).toEqual([
      { type: 'utility_patent', number: 'US 11,234,567 B2', jurisdiction: 'US' },
      { type: 'design_patent', number: 'US D987,654', jurisdiction: 'US' }
    ])
    expect(p.products.map((r) => [r.value.marketplaceItemId, r.value.marketplace])).toEqual([
      ['B0C1234567', 'Amazon.com'],
      ['B0C7654321', 'Amazon.com']
    ])
    expect(p.responseDeadline).toMatchObject({
      value: { days: 14, basis: 'calendar', from: 'letter_date' },
      certain: true
    })
    expect(p.demands.map((d) => d.value)).toContain('stop_selling')
    // the title is composed, not read: always for the user to confirm
    expect(p.title?.certain).toBe(false)
    // each source is the sentence on its page, as the side-by-side view highlights it
    const deadline = p.responseDeadline as Proposal<unknown>
    expect(deadline.source.page).toBe(2)
    expect(sourceSentence(reading, deadline).replace(/\s+/g, ' ')).toContain(
      'within fourteen (14) days of the date of this letter'
    )
    expect(sourceSentence(reading, p.ipRights[1] as Proposal<unknown>)).toContain('D987,654')
    // nothing is saved
    expect(matterCount(core)).toBe(0)
  })

  it('proposes the Chinese trademark letter, its AliExpress listings and the seven-day deadline', async () => {
    const core = openTestCore()
    const reading = await read(core, 'warning-letter-trademark-zh.pdf')
    expect(reading).toMatchObject({ kind: 'letter', language: 'zh' })
    const p = reading.proposals
    expect(p.letterDate?.value).toBe('2026-11-03')
    expect(p.rightsHolder?.value).toBe('杭州暖岚照明科技有限公司')
    expect(p.senderFirm?.value).toBe('广州澄砚律师事务所')
    expect(p.ipRights.map((r) => r.value)).toEqual([
      { type: 'trademark', number: '12345678', jurisdiction: 'CN' }
    ])
    expect(p.products.map((r) => r.value.marketplaceItemId)).toEqual(['1005006123456789', '1005006987654321'])
    expect(p.marketplace?.value).toBe('AliExpress.com')
    expect(p.responseDeadline?.value).toEqual({
      ruleId: 'letter.asserted',
      days: 7,
      basis: 'calendar',
      from: 'letter_date'
    })
    expect(sourceSentence(reading, p.responseDeadline as Proposal<unknown>)).toContain(
      '自本函发出之日起七日内'
    )
  })

  it('reads an e-mail: its body proposes the letter, its Date header the day it arrived', async () => {
    const core = openTestCore()
    const reading = await read(core, 'warning-letter.eml')
    expect(reading.kind).toBe('letter')
    const p = reading.proposals
    expect(p.rightsHolder?.value).toBe('Brightline Outdoor Inc.')
    expect(p.ipRights.map((r) => r.value.number)).toEqual(['US 11,234,567 B2', 'US D987,654'])
    expect(p.products.map((r) => r.value.marketplaceItemId)).toEqual(['B0C1234567', 'B0C7654321'])
    expect(p.receivedDate).toMatchObject({ value: '2026-10-19', certain: false })
    expect(p.responseDeadline?.value.days).toBe(14)
  })

  it('finds our store LumoraGear as Doe No. 9 on page 6 of the Schedule A complaint', async () => {
    const core = openTestCore()
    ok(
      await core.dispatch('settings.update', {
        ownStores: [{ name: 'LumoraGear', marketplace: 'Amazon.com' }, { name: 'Lumora Home' }]
      })
    )
    const reading = await read(core, 'complaint-schedule-a.pdf')
    expect(reading.kind).toBe('complaint')
    expect(reading.complaint?.caseNumber?.value).toBe('1:26-cv-04321')
    expect(reading.complaint?.judge?.value).toBe('Harriet M. Vollmer')
    expect(reading.complaint?.scheduleARows).toBe(15)
    // a name match without our seller id is possible, not certain
    expect(reading.complaint?.ownStores).toEqual([
      expect.objectContaining({ doe: 9, store: 'LumoraGear', page: 6, reason: 'name', certain: false })
    ])
    expect(reading.proposals.rightsHolder?.value).toBe('Brightline Outdoor Inc.')
    // the case number is proposed for the lawsuit's own field, not as the sender's reference
    expect(reading.proposals.senderReference).toBeNull()
  })

  it('is certain of our store when the seller id matches', async () => {
    const core = openTestCore()
    ok(
      await core.dispatch('settings.update', { ownStores: [{ name: 'Lumora', sellerId: 'A2LMRA7QX3K9Z1' }] })
    )
    const reading = await read(core, 'complaint-schedule-a.pdf')
    expect(reading.complaint?.ownStores).toEqual([
      expect.objectContaining({ doe: 9, reason: 'seller_id', certain: true, ownStore: 'Lumora' })
    ])
  })

  it('says a scanned PDF has no text layer and proposes nothing until OCR is asked for', async () => {
    const core = openTestCore()
    const reading = await read(core, 'scanned-only.pdf')
    expect(reading).toMatchObject({ status: 'no_text_layer', ocr: false })
    expect(reading.proposals.letterDate).toBeNull()
    expect(reading.proposals.ipRights).toEqual([])
  })

  it.skipIf(tessdata === null)(
    'reads a scan by OCR on request, every value uncertain',
    async () => {
      const core = openTestCore()
      const reading = await read(core, 'scanned-only.pdf', true)
      expect(reading).toMatchObject({ status: 'read', ocr: true })
      expect(reading.pages[0]?.text).toContain('QUARRY')
      const p = reading.proposals
      expect(p.letterDate).toMatchObject({ value: '2026-09-28', certain: false })
      const all = [...Object.values(p)].flatMap((v) => (Array.isArray(v) ? v : v ? [v] : []))
      expect(all.length).toBeGreaterThan(3)
      expect(all.every((v) => !v.certain)).toBe(true)
    },
    240_000
  )

  it('reads pasted text: a marketplace notice is recognised as one', async () => {
    const core = openTestCore()
    const text = [
      'From: Amazon <notice-dispute@amazon.example>',
      'Subject: Notice: Policy Warning',
      '',
      'We removed some of your listings because we received a report from a rights owner that they infringe.',
      'Complaint ID: 1598765432',
      'Rights owner: Fernhill Lighting GmbH',
      'Rights owner email: ip@fernhill.example',
      'ASIN: B0F5551234',
      'Infringement type: Patent',
      'Patent number: US 10,998,877',
      'If you believe this is in error, you have 17 days to respond.',
      'Fictional document for software testing.'
    ].join('\n')
    const reading = ok(await core.dispatch('intake.read', { text }))
    expect(reading.kind).toBe('marketplace_notice')
    expect(reading.noticeKind).toBe('amazon_ip_takedown')
    expect(reading.proposals.rightsHolder?.value).toBe('Fernhill Lighting GmbH')
    expect(reading.proposals.senderReference?.value).toBe('1598765432')
    expect(reading.proposals.products.map((r) => r.value.marketplaceItemId)).toEqual(['B0F5551234'])
  })

  it('refuses what it cannot read with a code the form translates', async () => {
    const core = openTestCore()
    const unknown = await core.dispatch('intake.read', { sha256: 'a'.repeat(64) })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'file_missing' } })

    const long = await core.dispatch('intake.read', {
      sha256: (await upload(core, 'exhibit-long.pdf')).sha256
    })
    expect(long).toMatchObject({
      ok: false,
      error: { code: 'too_many_pages', params: { pages: 400, limit: 250 } }
    })

    const french = await core.dispatch('intake.read', {
      text: 'Madame, Monsieur, nous vous mettons en demeure de cesser immédiatement la vente des produits contrefaisants. Veuillez agréer nos salutations distinguées.'
    })
    expect(french).toMatchObject({
      ok: false,
      error: { code: 'language_unsupported', params: { language: 'fr' } }
    })

    const damaged = await core.dispatch('intake.read', {
      sha256: (await upload(core, 'malformed.pdf')).sha256
    })
    expect(damaged).toMatchObject({ ok: false, error: { code: 'read_failed' } })

    const photo = await core.dispatch('intake.read', {
      sha256: (await upload(core, 'product-photo.jpg')).sha256
    })
    expect(photo).toMatchObject({ ok: false, error: { code: 'read_unsupported_type' } })

    const nothing = await core.dispatch('intake.read', { text: '   ' })
    expect(nothing).toMatchObject({ ok: false, error: { code: 'validation' } })
  })
})
