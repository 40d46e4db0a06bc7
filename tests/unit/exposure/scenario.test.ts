import { describe, expect, it } from 'vitest'
import { renderExposureLine } from '../../../src/shared/exposure'
import { codes, exposureOf, linesWith, lx200Scenario, versionOf } from './fixtures'

// The end-to-end scenario in pure form. A patent letter dated 2026-10-19, received
// 2026-10-20, asserts claim 1 of US 11,234,567 B2 and US D987,654 against LX-200.
describe('LX-200: a letter, a design-around, an opinion for v2 only', () => {
  const result = exposureOf(lx200Scenario())
  const v1 = versionOf(result, 'lx200-v1')
  const v2 = versionOf(result, 'lx200-v2')

  it('is privileged work product and says it is a frame, not a prediction', () => {
    expect(result.privileged).toBe(true)
    expect(codes(result.lines)).toContain('frame.privileged')
    expect(codes(result.lines)).toContain('frame.not-prediction')
  })

  it('dates first notice from receipt (2026-10-20), not from the letter date, and names who received it', () => {
    expect(result.firstNotice).toEqual({
      noticeId: 'n-letter',
      kind: 'letter',
      date: '2026-10-20',
      receivedBy: 'Shenzhen office'
    })
    const first = linesWith(result.lines, 'notice.first')[0]
    expect(first && renderExposureLine(first, 'en')).toBe(
      'First notice: warning letter received on 2026-10-20 by Shenzhen office.'
    )
    expect(codes(result.lines)).toContain('notice.letter-dated')
  })

  it('counts 41 days that B0C1234567 (v1) stayed live after notice', () => {
    // 2026-10-20 -> 2026-10-31: 11 days; November 1 -> 30: 30 more; taken down on the 30th: 41.
    expect(v1.listings[0]?.daysLiveAfterNotice).toBe(41)
    expect(v1.daysLiveAfterNotice).toBe(41)
    expect(v1.liveListings).toBe(0)
    const listing = linesWith(v1.lines, 'listing.after-notice')[0]
    expect(listing?.params).toMatchObject({
      item: 'B0C1234567',
      days: 41,
      from: '2026-10-20',
      to: '2026-11-30'
    })
  })

  it('finds no opinion covering claim 1 of US 11,234,567 B2 for v1: a gap, in plain words', () => {
    expect(v1.liveAfterNoticeUncovered).toBe(true)
    expect(v1.coverage).toEqual([
      { rightId: 'r-utility', claim: '1', status: 'none', opinionIds: [] },
      { rightId: 'r-design', claim: '', status: 'none', opinionIds: [] }
    ])
    expect(codes(v1.gaps)).toEqual(['gap.none.claim', 'gap.none.right'])
    expect(v1.gaps.map((g) => renderExposureLine(g, 'en'))).toEqual([
      'LX-200 v1 live 41 days after notice, no opinion covering claim 1 of US 11,234,567 B2.',
      'LX-200 v1 live 41 days after notice, no opinion covering US D987,654.'
    ])
    expect(renderExposureLine(v1.gaps[0] ?? { code: '', params: {} }, 'zh-CN')).toBe(
      'LX-200 v1 在通知后在售 41 天，没有涵盖 US 11,234,567 B2 权利要求 1 的律师意见。'
    )
  })

  it('adds the 35 USC 298 note after a missing patent opinion (no suit yet)', () => {
    const note = linesWith(v1.lines, 'note.298')[0]
    expect(note?.code).toBe('note.298.no-suit')
    expect(note?.citation).toContain('35 USC 298')
  })

  it('dates damages for the unmarked patents from the letter (actual notice, 35 USC 287(a))', () => {
    const starts = linesWith(v1.lines, 'damages.')
    expect(starts.map((l) => [l.code, l.date])).toEqual([
      ['damages.not-marked.notice', '2026-10-20'],
      ['damages.not-marked.notice', '2026-10-20']
    ])
  })

  it('treats v2 as covered: the opinion of 2026-11-20 covers both rights for v2', () => {
    expect(v2.coverage.map((c) => c.status)).toEqual(['covered', 'covered'])
    expect(v2.gaps).toEqual([])
    expect(v2.liveAfterNoticeUncovered).toBe(false)
    // Live since 2026-11-15, still live on 2026-12-01: 16 days.
    expect(v2.daysLiveAfterNotice).toBe(16)
    const delivered = linesWith(v2.lines, 'opinion.delivered')[0]
    // 2026-10-20 -> 2026-11-20: 11 + 20 = 31 days.
    expect(delivered).toMatchObject({ code: 'opinion.delivered.after-notice', params: { days: 31 } })
    const requested = linesWith(v2.lines, 'opinion.requested')[0]
    expect(requested).toMatchObject({ code: 'opinion.requested.after-notice', params: { days: 8 } })
  })

  it('notes that v2 went live five days before its clearing opinion, and v1 old stock sold to 2026-11-30', () => {
    const early = linesWith(v2.lines, 'da.live-before-clearance')[0]
    expect(early?.params).toMatchObject({ live: '2026-11-15', date: '2026-11-20', days: 5 })
    const stock = linesWith(v1.lines, 'da.old-stock')[0]
    expect(stock).toMatchObject({ code: 'da.old-stock.after-notice', params: { days: 41 } })
  })

  it('frames the US patents with 284 (up to three times) and 285 (fees)', () => {
    const frames = result.lines.filter((l) => l.code.startsWith('frame.patent'))
    expect(frames.map((l) => l.citation)).toEqual([
      expect.stringContaining('35 USC 284'),
      '35 USC 285',
      expect.stringContaining('35 USC 284'),
      '35 USC 285'
    ])
  })

  it('dates every line that is about a day', () => {
    for (const l of [...v1.lines, ...v2.lines]) {
      if (l.code.startsWith('listing.after-notice') || l.code.startsWith('damages.not-marked.notice')) {
        expect(l.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      }
    }
  })
})
