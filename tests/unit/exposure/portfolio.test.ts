import { describe, expect, it } from 'vitest'
import { computePortfolio, type AccusedVersion, type PortfolioMatter } from '../../../src/shared/exposure'
import { lx200Scenario } from './fixtures'

const ASOF = '2026-12-01'

function version(id: string, name: string, live: string, removed?: string): AccusedVersion {
  return {
    id,
    product: { id: `p-${name}`, name },
    versionName: 'v1',
    listings: [
      {
        id: `l-${id}`,
        marketplace: 'Amazon.com',
        itemId: `ASIN-${id}`,
        statusHistory: [
          { date: live, status: 'live' },
          ...(removed ? [{ date: removed, status: 'removed' as const }] : [])
        ]
      }
    ]
  }
}

function scenario(): PortfolioMatter {
  const { asOf: _asOf, ...m } = lx200Scenario(ASOF)
  return m
}

// KB-9: letter 2026-09-01, live until 2026-10-31 (60 days: 29 in September + 31 in October), covered
// by a written favourable opinion delivered before the letter.
const kb9: PortfolioMatter = {
  matter: {
    id: 'm-kb9',
    kind: 'warning_letter',
    rights: [{ id: 'p', type: 'utility_patent', number: 'US 9,999,999', jurisdiction: 'US', claims: ['3'] }]
  },
  notices: [{ id: 'n', kind: 'letter', date: '2026-09-01' }],
  versions: [version('kb9-v1', 'KB-9', '2026-01-01', '2026-10-31')],
  opinions: [
    {
      id: 'o',
      type: 'fto',
      counsel: 'outside',
      requestedDate: '2026-05-01',
      deliveredDate: '2026-06-01',
      form: 'written',
      conclusion: 'favourable',
      versionIds: ['kb9-v1'],
      covers: [{ rightId: 'p' }]
    }
  ]
}

// CUP-1: an Amazon trademark complaint received 2026-11-21, still live on 2026-12-01: 10 days.
const cup: PortfolioMatter = {
  matter: {
    id: 'm-cup',
    kind: 'marketplace_complaint',
    rights: [
      {
        id: 't',
        type: 'trademark',
        number: 'US Reg. 7,000,000',
        jurisdiction: 'US',
        counterfeitAlleged: true
      }
    ]
  },
  notices: [
    { id: 'n', kind: 'marketplace_complaint', date: '2026-11-21', receivedBy: 'Amazon seller account' }
  ],
  versions: [version('cup-v1', 'CUP-1', '2026-02-01')]
}

// NEW-1: a pre-launch clearance, nothing asserted.
const clearance: PortfolioMatter = {
  matter: {
    id: 'm-new',
    kind: 'clearance',
    rights: [{ id: 'x', type: 'design_patent', number: 'US D1,000,000', jurisdiction: 'US' }]
  },
  notices: [],
  versions: [{ id: 'new-v1', product: { id: 'p-new', name: 'NEW-1' }, versionName: 'v1', listings: [] }]
}

// The same LX-200 v1 also drew a trademark complaint: one row, three open assertions.
const lxTrademark: PortfolioMatter = {
  matter: {
    id: 'm-lx-tm',
    kind: 'marketplace_complaint',
    rights: [{ id: 't', type: 'trademark', number: 'US Reg. 8,000,000', jurisdiction: 'US' }]
  },
  notices: [{ id: 'n', kind: 'apex', date: '2026-11-01' }],
  versions: [scenario().versions[0] as AccusedVersion]
}

describe('the portfolio, ordered by risk', () => {
  const outcome = computePortfolio({ asOf: ASOF, matters: [kb9, clearance, cup, scenario(), lxTrademark] })
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors))
  const rows = outcome.rows

  it('puts listings live after notice without a covering opinion first, then days live, then assertions', () => {
    expect(
      rows.map((r) => [r.versionId, r.liveAfterNoticeUncovered, r.daysLiveAfterNotice, r.openAssertions])
    ).toEqual([
      ['lx200-v1', true, 41, 3],
      ['cup-v1', true, 10, 1],
      ['kb9-v1', false, 60, 1],
      ['lx200-v2', false, 16, 2],
      ['new-v1', false, 0, 0]
    ])
  })

  it('merges a version named in two matters into one row', () => {
    const lx = rows[0]
    expect(lx?.matterIds).toEqual(['m-2026-pat-007', 'm-lx-tm'])
    expect(lx?.coverage).toBe('none')
    expect(lx?.gaps.map((g) => [g.matterId, g.code])).toEqual([
      ['m-2026-pat-007', 'gap.none.claim'],
      ['m-2026-pat-007', 'gap.none.right'],
      ['m-lx-tm', 'gap.none.right']
    ])
    expect(lx?.firstNotice?.date).toBe('2026-10-20')
  })

  it('shows listing status and coverage per row, and clearance items with no assertion', () => {
    const cupRow = rows.find((r) => r.versionId === 'cup-v1')
    expect(cupRow).toMatchObject({ liveListings: 1, listings: 1, coverage: 'none', clearance: false })
    expect(rows.find((r) => r.versionId === 'kb9-v1')).toMatchObject({ liveListings: 0, coverage: 'covered' })
    expect(rows.find((r) => r.versionId === 'new-v1')).toMatchObject({
      clearance: true,
      coverage: 'no_assertion',
      openAssertions: 0
    })
  })

  it('is privileged work product', () => {
    expect(outcome.privileged).toBe(true)
  })

  it('breaks a tie in days by the number of open assertions', () => {
    const two: PortfolioMatter = {
      ...cup,
      matter: {
        ...cup.matter,
        id: 'm-two',
        rights: [
          ...cup.matter.rights,
          { id: 't2', type: 'trademark', number: 'US Reg. 7,000,001', jurisdiction: 'US' }
        ]
      },
      versions: [version('cup-v2', 'CUP-2', '2026-02-01')]
    }
    const r = computePortfolio({ asOf: ASOF, matters: [cup, two] })
    expect(r.ok && r.rows.map((x) => x.versionId)).toEqual(['cup-v2', 'cup-v1'])
  })
})
