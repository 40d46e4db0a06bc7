// Specification: a file dropped on a matter's documents is read and the kind it reads as is
// proposed ("Proposed: Warning letter", and why), but its kind stays "Other" until counsel
// accepts or changes it. The e-mail that delivers a letter stays correspondence; the letter it
// carries is proposed as the warning letter (one document, one kind: the letter is not counted
// twice in a bundle or a filter on warning letters).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { proposeKindFromText } from '../../../src/main/core/documents/kind-proposal'
import { activePdfWorkerCount } from '../../../src/main/core/ingest'
import { openTestCore } from '../helpers'
import { attach, custodyActions, getDoc, newMatter, ok, settle, type TestCore } from './helpers'

afterEach(async () => {
  await vi.waitFor(() => expect(activePdfWorkerCount()).toBe(0), { timeout: 5000 })
})

async function dropped(core: TestCore, file: string) {
  const matterId = await newMatter(core)
  const { documents } = await attach(core, matterId, [file])
  await settle(core)
  return getDoc(core, documents[0]!.id)
}

describe('proposing a document kind from its content', () => {
  it('a US patent warning letter reads as one: a response deadline and a sender firm', async () => {
    const core = openTestCore()
    const doc = await dropped(core, 'warning-letter-patent-en.pdf')
    expect(doc.kind).toBe('other')
    expect(doc.kindProposal).toEqual({
      kind: 'warning_letter',
      certain: true,
      reason: 'letter',
      signals: ['response_deadline', 'sender_firm', 'rights_asserted', 'demands']
    })
  })

  it('a Chinese 律师函 reads as a warning letter too', async () => {
    const core = openTestCore()
    const doc = await dropped(core, 'warning-letter-trademark-zh.pdf')
    expect(doc.kindProposal).toMatchObject({ kind: 'warning_letter', certain: true, reason: 'letter' })
    expect(doc.kindProposal?.signals).toContain('response_deadline')
  })

  it('a Schedule A complaint reads as a complaint: its caption and its Schedule A', async () => {
    const core = openTestCore()
    const doc = await dropped(core, 'complaint-schedule-a.pdf')
    expect(doc.kindProposal).toEqual({
      kind: 'complaint',
      certain: true,
      reason: 'complaint',
      signals: ['case_caption', 'schedule_a']
    })
  })

  it('a non-infringement opinion reads as an opinion, not as the letter it answers', async () => {
    const core = openTestCore()
    const doc = await dropped(core, 'opinion-non-infringement.pdf')
    expect(doc.kindProposal).toEqual({
      kind: 'opinion',
      certain: true,
      reason: 'opinion',
      signals: ['opinion_title', 'non_infringement', 'privileged_marking']
    })
  })

  it('the e-mail delivering a letter stays correspondence; the PDF it carries is proposed as the letter', async () => {
    const core = openTestCore()
    const email = await dropped(core, 'warning-letter.eml')
    expect(email).toMatchObject({ kind: 'correspondence', kindProposal: null })
    expect(email.attachments).toHaveLength(1)
    expect(email.attachments[0]).toMatchObject({
      originalName: 'warning-letter-patent-en.pdf',
      kind: 'other',
      kindProposal: { kind: 'warning_letter', reason: 'letter' }
    })
  })

  it('a PNG is proposed as an evidence screenshot and a JPEG as a product photo, both unsure', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, ['listing-screenshot.png', 'product-photo.jpg'])
    await settle(core)
    const [png, jpeg] = await Promise.all(documents.map((d) => getDoc(core, d.id)))
    expect(png!.kindProposal).toEqual({
      kind: 'evidence_screenshot',
      certain: false,
      reason: 'png_image',
      signals: []
    })
    expect(jpeg!.kindProposal).toEqual({
      kind: 'product_photo',
      certain: false,
      reason: 'jpeg_image',
      signals: []
    })
  })

  it('a damaged PDF gets no proposal and no error beyond its text status', async () => {
    const core = openTestCore()
    const doc = await dropped(core, 'malformed.pdf')
    expect(doc).toMatchObject({ kind: 'other', textStatus: 'failed', kindProposal: null })
  })

  it('a file given a kind when attached is not second-guessed', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, ['warning-letter-patent-en.pdf'], {
      kind: 'prior_art'
    })
    await settle(core)
    expect(await getDoc(core, documents[0]!.id)).toMatchObject({ kind: 'prior_art', kindProposal: null })
  })
})

describe('confirming a proposed kind', () => {
  it('accepting sets the kind, clears the proposal and records the reclassification', async () => {
    const core = openTestCore()
    const doc = await dropped(core, 'warning-letter-patent-en.pdf')
    const accepted = ok(await core.dispatch('documents.update', { id: doc.id, kind: 'warning_letter' }))
    expect(accepted).toMatchObject({ kind: 'warning_letter', kindProposal: null })
    expect(custodyActions(core, doc.id)).toEqual(['import', 'reclassify'])
    const audit = core.workspace.ctx.sqlite
      .prepare(
        "select before_json as b, after_json as a from audit_log where entity = 'document' and action = 'update'"
      )
      .get() as { b: string; a: string }
    expect(JSON.parse(audit.b)).toMatchObject({ kind: 'other', proposedKind: 'warning_letter' })
    expect(JSON.parse(audit.a)).toEqual({ kind: 'warning_letter', proposedKind: null })
  })

  it('changing it to another kind is the user’s word: the proposal is gone', async () => {
    const core = openTestCore()
    const doc = await dropped(core, 'listing-screenshot.png')
    const changed = ok(await core.dispatch('documents.update', { id: doc.id, kind: 'prior_art' }))
    expect(changed).toMatchObject({ kind: 'prior_art', kindProposal: null })
  })

  it('keeping "Other" dismisses the proposal without changing the kind', async () => {
    const core = openTestCore()
    const doc = await dropped(core, 'product-photo.jpg')
    const kept = ok(await core.dispatch('documents.update', { id: doc.id, kind: 'other' }))
    expect(kept).toMatchObject({ kind: 'other', kindProposal: null })
    expect(custodyActions(core, doc.id)).toEqual(['import'])
    const audit = core.workspace.ctx.sqlite
      .prepare("select after_json as a from audit_log where entity = 'document' and action = 'update'")
      .get() as { a: string }
    expect(JSON.parse(audit.a)).toEqual({ proposedKind: null })
  })

  it('renaming or marking privileged leaves the proposal waiting', async () => {
    const core = openTestCore()
    const doc = await dropped(core, 'complaint-schedule-a.pdf')
    const renamed = ok(
      await core.dispatch('documents.update', { id: doc.id, originalName: 'Complaint.pdf', privileged: true })
    )
    expect(renamed).toMatchObject({ kind: 'other', kindProposal: { kind: 'complaint' } })
  })
})

describe('reading the kind from text alone', () => {
  it('an order of the court: "IT IS HEREBY ORDERED" under a caption', () => {
    const text = [
      'IN THE UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF ILLINOIS',
      'BRIGHTLINE OUTDOOR INC., Plaintiff, v. THE PARTNERSHIPS IDENTIFIED ON SCHEDULE A, Defendants.',
      'Case No. 1:26-cv-04321',
      'SEALED TEMPORARY RESTRAINING ORDER',
      'IT IS HEREBY ORDERED that Defendants are temporarily restrained from selling the products.'
    ].join('\n')
    expect(proposeKindFromText([text])).toEqual({
      kind: 'court_order',
      certain: true,
      reason: 'court_order',
      signals: ['order_language', 'case_caption']
    })
  })

  it('a settlement agreement: its title and its release', () => {
    const text = [
      'SETTLEMENT AGREEMENT',
      'This Settlement Agreement is made between Brightline Outdoor Inc. and Shenzhen Lumora Trading Co., Ltd.',
      'Brightline releases Lumora from all claims under U.S. Patent No. 11,234,567 B2.'
    ].join('\n')
    expect(proposeKindFromText([text])).toMatchObject({
      kind: 'settlement',
      signals: ['settlement_title', 'release_terms']
    })
  })

  it('a Chinese 法律意见书 on non-infringement is an opinion', () => {
    const text =
      '法律意见书\n关于LX-200 v2折叠营地灯是否侵犯第11,234,567号美国专利的不侵权意见。经分析，我们认为该产品不构成侵权。'
    expect(proposeKindFromText([text])).toMatchObject({ kind: 'opinion', reason: 'opinion' })
  })

  it('a note with no letter, filing or opinion in it reads as nothing', () => {
    expect(proposeKindFromText(['Lunch order for the team: noodles at 12:30, paid by card.'])).toBeNull()
    expect(proposeKindFromText(['   '])).toBeNull()
  })
})
