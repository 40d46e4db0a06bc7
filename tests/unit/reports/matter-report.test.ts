// One matter's report, for the general manager in Chinese or outside counsel in English: every
// part of the matter, the deadline explanations in the report's language from their codes, the
// documents with their SHA-256, and privileged content only when counsel includes it.
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderDeadlineMessage } from '../../../src/shared/deadlines'
import type { DeadlineStep } from '../../../src/shared/model'
import { attach } from '../documents/helpers'
import { ok, openTestCore, patentLetterInput } from '../helpers'

async function seed() {
  const core = openTestCore()
  const { dispatch } = core
  const detail = ok(await dispatch('matters.logWarningLetter', patentLetterInput()))
  const matterId = detail.matter.id
  ok(await dispatch('parties.add', { matterId, role: 'other', name: '<script>alert(1)</script> Trading' }))
  const letter = await attach(core, matterId, ['warning-letter-patent-en.pdf'], { kind: 'warning_letter' })
  const memo = await attach(core, matterId, ['opinion-non-infringement.pdf'], {
    kind: 'opinion',
    privileged: true
  })
  ok(
    await dispatch('opinions.create', {
      matterId,
      type: 'non_infringement',
      counsel: 'outside',
      firm: 'Quiet Privileged LLP',
      requestedDate: '2026-10-22',
      deliveredDate: '2026-11-10',
      conclusion: 'favourable',
      privileged: true
    })
  )
  ok(
    await dispatch('opinions.create', {
      matterId,
      type: 'invalidity',
      counsel: 'outside',
      firm: 'Open Reliance LLP',
      requestedDate: '2026-10-22',
      deliveredDate: '2026-11-12',
      conclusion: 'favourable',
      privileged: false,
      waiver: 'waive'
    })
  )
  const deadline = ok(await dispatch('matters.get', { id: matterId })).deadlines[0]!
  return { core, matterId, deadline, letter: letter.documents[0]!, memo: memo.documents[0]! }
}

const html = (file: { path: string }) => fs.readFileSync(file.path, 'utf8')

describe('matter report', () => {
  it('in English: overview, parties, rights, products, the deadline with its engine steps, documents with hashes', async () => {
    const { core, matterId, deadline, letter } = await seed()
    const file = ok(await core.dispatch('reports.matter', { matterId, format: 'html', lang: 'en' }))
    const page = html(file)
    expect(file.fileName).toMatch(/^\d{4}-PAT-\d{3} Matter report 20261129-0900\d{2}\.html$/)
    expect(page).toContain('<html lang="en">')
    expect(page).toContain('As of 2026-11-29 09:00 UTC')
    for (const heading of [
      'Overview',
      'Parties',
      'Rights asserted',
      'Accused product versions and listings',
      'Timeline',
      'Deadlines',
      'Opinions of counsel',
      'Design-arounds',
      'Documents'
    ])
      expect(page).toContain(`<h2>${heading}</h2>`)
    expect(page).toContain('US 11,234,567 B2')
    expect(page).toContain('B0C1234567')
    expect(page).toContain('2026-11-02')
    const steps = deadline.steps as DeadlineStep[]
    expect(steps.length).toBeGreaterThan(0)
    for (const step of steps) {
      const sentence = renderDeadlineMessage(step.code!, step.params ?? {}, 'en')
      expect(page).toContain(sentence.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;'))
    }
    expect(page).toContain(letter.sha256)
    // What the user typed is text, never markup.
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Trading')
    expect(page).not.toMatch(/<script/i)
    expect(page).not.toMatch(/\s(src|href)=/i)
  })

  it('in Chinese: headings, labels and every explanation step rendered in Chinese from their codes', async () => {
    const { core, matterId, deadline } = await seed()
    const page = html(ok(await core.dispatch('reports.matter', { matterId, format: 'html', lang: 'zh-CN' })))
    expect(page).toContain('<html lang="zh-CN">')
    expect(page).toContain('截至 2026-11-29 09:00（UTC）')
    expect(page).toContain('<h2>期限</h2>')
    expect(page).toContain('<h2>文件</h2>')
    expect(page).toContain('发明专利')
    for (const step of deadline.steps as DeadlineStep[])
      expect(page).toContain(
        renderDeadlineMessage(step.code!, step.params ?? {}, 'zh-CN').replace(/&/g, '&amp;')
      )
    expect(page).toContain('"Noto Sans CJK SC"')
  })

  it('leaves privileged opinions, privileged documents and the exposure analysis out unless included', async () => {
    const { core, matterId, letter, memo } = await seed()
    const without = ok(await core.dispatch('reports.matter', { matterId, format: 'html', lang: 'en' }))
    const plain = html(without)
    expect(plain).toContain('Open Reliance LLP')
    expect(plain).not.toContain('Quiet Privileged LLP')
    expect(plain).not.toContain(memo.sha256)
    expect(plain).toContain(letter.sha256)
    expect(plain).not.toContain('<h2>Exposure</h2>')
    expect(plain).not.toContain('PRIVILEGED &amp; CONFIDENTIAL')
    expect(without.skippedPrivileged).toBe(3) // one opinion, one document, the exposure panel
    expect(plain).toContain('Privileged content is left out of this report (3 items).')

    const withAll = ok(
      await core.dispatch('reports.matter', { matterId, format: 'html', lang: 'en', includePrivileged: true })
    )
    const full = html(withAll)
    expect(withAll.skippedPrivileged).toBe(0)
    expect(full).toContain('Quiet Privileged LLP')
    expect(full).toContain(memo.sha256)
    expect(full).toContain('<h2>Exposure</h2>')
    expect(full).toContain('<div class="legend running" role="note">PRIVILEGED &amp; CONFIDENTIAL')
  })

  it('a lawsuit shows its case fields and its Schedule A defendants, our store marked, frozen sums exact', async () => {
    const core = openTestCore()
    const { dispatch } = core
    const suit = ok(
      await dispatch('matters.create', {
        kind: 'lawsuit',
        title: 'Brightline v. The Partnerships and Unincorporated Associations Identified on Schedule A',
        rightsHolder: 'Brightline Outdoor Inc.',
        jurisdiction: 'US',
        court: 'N.D. Ill.',
        division: 'Eastern Division',
        caseNumber: '1:26-cv-04321',
        judge: 'Hon. Martha Reyes',
        filingDate: '2026-11-02'
      })
    )
    const matterId = suit.matter.id
    ok(
      await dispatch('defendants.add', {
        matterId,
        doe: 1,
        store: 'LumenGoods',
        frozenAmount: '1234.56',
        frozenCurrency: 'USD'
      })
    )
    ok(
      await dispatch('defendants.add', {
        matterId,
        doe: 2,
        store: 'Shenzhen Guangming Outdoor Store 深圳光明户外',
        ours: true,
        sellerId: 'A1B2C3D4E5',
        frozenAmount: '0.10',
        frozenCurrency: 'USD'
      })
    )
    const page = html(ok(await dispatch('reports.matter', { matterId, format: 'html', lang: 'en' })))
    expect(page).toContain('<h2>Case</h2>')
    expect(page).toContain('1:26-cv-04321')
    expect(page).toContain('Hon. Martha Reyes')
    expect(page).toContain('<h2>Defendants (Schedule A)</h2>')
    expect(page).toContain('2 defendants, 1 of them our stores')
    expect(page).toContain('Frozen in all: USD 1,234.66; our stores: USD 0.10')
    expect(page).toContain('<strong>Shenzhen Guangming Outdoor Store 深圳光明户外</strong>')
  })

  it('records the export in the matter’s audit trail, with what was left out', async () => {
    const { core, matterId } = await seed()
    const file = ok(await core.dispatch('reports.matter', { matterId, format: 'html', lang: 'zh-CN' }))
    const row = core.workspace.ctx.sqlite
      .prepare("select matter_id, after_json from audit_log where action = 'export_matter_report'")
      .get() as { matter_id: number; after_json: string }
    expect(row.matter_id).toBe(matterId)
    expect(JSON.parse(row.after_json)).toMatchObject({
      fileName: file.fileName,
      format: 'html',
      lang: 'zh-CN',
      includePrivileged: false,
      skippedPrivileged: 3,
      asOf: file.asOf
    })
  })

  it('refuses a matter that does not exist', async () => {
    const core = openTestCore()
    const result = await core.dispatch('reports.matter', { matterId: 999, format: 'html', lang: 'en' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})
