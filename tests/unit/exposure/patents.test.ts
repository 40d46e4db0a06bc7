import { describe, expect, it } from 'vitest'
import type { AssertedRight, ExposureInput, MonthlySales } from '../../../src/shared/exposure'
import { codes, exposureOf, linesWith, versionOf } from './fixtures'

/** One utility patent, one version live on Amazon.com and Amazon.de, a letter received 2026-10-20. */
function patentCase(
  right: Partial<AssertedRight>,
  extra: Partial<ExposureInput> & { filed?: string; otherRights?: AssertedRight[] } = {}
): ExposureInput {
  return {
    asOf: '2026-12-01',
    matter: {
      id: 'm1',
      kind: 'lawsuit',
      rights: [
        {
          id: 'pat',
          type: 'utility_patent',
          number: 'US 10,000,001 B1',
          jurisdiction: 'US',
          grantDate: '2019-01-01',
          claims: ['1', '7'],
          ...right
        },
        ...(extra.otherRights ?? [])
      ],
      ...(extra.filed === undefined ? {} : { complaintFiledDate: extra.filed })
    },
    notices: extra.notices ?? [{ id: 'n1', kind: 'letter', date: '2026-10-20', receivedBy: 'US agent' }],
    versions: extra.versions ?? [
      {
        id: 'v1',
        product: { id: 'p', name: 'KB-9' },
        versionName: 'v1',
        listings: [
          {
            id: 'com',
            marketplace: 'Amazon.com',
            itemId: 'B0AAAAAAA1',
            currency: 'USD',
            statusHistory: [{ date: '2020-01-01', status: 'live' }]
          },
          {
            id: 'de',
            marketplace: 'Amazon.de',
            itemId: 'B0AAAAAAA2',
            currency: 'EUR',
            statusHistory: [{ date: '2026-06-01', status: 'live' }]
          }
        ],
        monthlySales: SALES
      }
    ],
    opinions: extra.opinions ?? []
  }
}

const SALES: MonthlySales[] = [
  { month: '2020-10', units: 10, revenue: 100, currency: 'USD', listingId: 'com' },
  { month: '2020-11', units: 10, revenue: 100, currency: 'USD', listingId: 'com' },
  { month: '2026-10', units: 20, revenue: 400.5, currency: 'USD', listingId: 'com' },
  { month: '2026-10', units: 5, revenue: 80, currency: 'EUR', listingId: 'de' },
  { month: '2026-11', units: 30, revenue: 600.25, currency: 'USD', listingId: 'com' },
  { month: '2026-11', units: 7, revenue: 120, currency: 'EUR', listingId: 'de' }
]

function damagesLine(input: ExposureInput) {
  const v = versionOf(exposureOf(input), 'v1')
  const line = linesWith(v.lines, 'damages.')[0]
  return { code: line?.code, date: line?.date, params: line?.params }
}

describe('35 USC 287(a): when damages can start', () => {
  it('a patentee who marked from before issue collects from issue (2019-01-01)', () => {
    expect(damagesLine(patentCase({ marking: { status: 'marked', since: '2018-06-01' } }))).toMatchObject({
      code: 'damages.marked.from-issue',
      date: '2019-01-01'
    })
  })

  it('a patentee who began marking after issue collects from the marking (2024-03-01)', () => {
    expect(damagesLine(patentCase({ marking: { status: 'marked', since: '2024-03-01' } }))).toMatchObject({
      code: 'damages.marked.from-marking',
      date: '2024-03-01'
    })
  })

  it('an unmarked patent: only from actual notice, the letter of 2026-10-20', () => {
    expect(damagesLine(patentCase({ marking: { status: 'not_marked' } }))).toMatchObject({
      code: 'damages.not-marked.notice',
      date: '2026-10-20'
    })
  })

  it('an unmarked patent and a letter that makes no specific charge: from the filing of suit (2026-11-10)', () => {
    const input = patentCase(
      { marking: { status: 'not_marked' } },
      {
        filed: '2026-11-10',
        notices: [{ id: 'n1', kind: 'letter', date: '2026-10-20', specificCharge: false }]
      }
    )
    expect(damagesLine(input)).toMatchObject({ code: 'damages.not-marked.filing', date: '2026-11-10' })
    // The letter still gave knowledge of the patent: notice for the listing count stays 2026-10-20.
    expect(versionOf(exposureOf(input), 'v1').firstNotice?.date).toBe('2026-10-20')
  })

  it('an unmarked patent that no notice names and no suit: nothing accrues yet', () => {
    const input = patentCase(
      { marking: { status: 'not_marked' } },
      {
        otherRights: [{ id: 'tm', type: 'trademark', number: 'US Reg. 5,555,555', jurisdiction: 'US' }],
        notices: [{ id: 'n1', kind: 'marketplace_complaint', date: '2026-10-20', rightIds: ['tm'] }]
      }
    )
    expect(damagesLine(input)).toMatchObject({ code: 'damages.not-marked.none', date: undefined })
  })

  it('marking unknown: the frame uses issue and says the unmarked start (the letter)', () => {
    expect(damagesLine(patentCase({}))).toMatchObject({
      code: 'damages.unknown.notice',
      date: '2019-01-01',
      params: { ifNotMarked: '2026-10-20' }
    })
  })

  it('a letter before issue starts nothing before issue', () => {
    const input = patentCase({ grantDate: '2026-11-03', marking: { status: 'not_marked' } })
    expect(damagesLine(input)).toMatchObject({ code: 'damages.not-marked.notice', date: '2026-11-03' })
  })
})

describe('money at stake for a patent: per currency, within the term and the six-year look-back', () => {
  it('keeps USD and EUR apart in sales after notice', () => {
    const v = versionOf(exposureOf(patentCase({ marking: { status: 'not_marked' } })), 'v1')
    const after = v.sales.find((w) => w.kind === 'after_notice' && w.rightId === undefined)
    // Notice 2026-10-20 to asOf 2026-12-01: October (partly) and November.
    expect(after?.totals).toEqual([
      {
        currency: 'EUR',
        units: 12,
        revenue: 200,
        months: ['2026-10', '2026-11'],
        partialMonths: ['2026-10']
      },
      {
        currency: 'USD',
        units: 50,
        revenue: 1000.75,
        months: ['2026-10', '2026-11'],
        partialMonths: ['2026-10']
      }
    ])
    expect(linesWith(v.lines, 'money.after-notice.currency').map((l) => l.params.currency)).toEqual([
      'EUR',
      'USD'
    ])
  })

  it('cuts the damages period six years before the complaint (filed 2026-11-10 -> from 2020-11-10)', () => {
    const input = patentCase({ marking: { status: 'marked', since: '2018-06-01' } }, { filed: '2026-11-10' })
    const v = versionOf(exposureOf(input), 'v1')
    const damages = v.sales.find((w) => w.kind === 'damages_period')
    // Marked from issue (2019-01-01), but "no recovery ... more than six years prior to the filing":
    // 2026-11-10 minus six years is 2020-11-10. October 2020 falls out; November 2020 is partly in.
    expect(damages?.from).toBe('2020-11-10')
    expect(damages?.totals.find((t) => t.currency === 'USD')).toEqual({
      currency: 'USD',
      units: 60,
      revenue: 1100.75,
      months: ['2020-11', '2026-10', '2026-11'],
      partialMonths: ['2020-11']
    })
    const cut = linesWith(v.lines, 'money.lookback')[0]
    expect(cut).toMatchObject({
      code: 'money.lookback.complaint',
      params: { cutoff: '2020-11-10', filed: '2026-11-10' },
      citation: '35 USC 286'
    })
  })

  it('before any complaint the look-back counts from asOf', () => {
    const v = versionOf(exposureOf(patentCase({ marking: { status: 'marked', since: '2018-06-01' } })), 'v1')
    // asOf 2026-12-01 minus six years: 2020-12-01, so both 2020 months fall out.
    expect(v.sales.find((w) => w.kind === 'damages_period')?.from).toBe('2020-12-01')
    expect(linesWith(v.lines, 'money.lookback')[0]?.code).toBe('money.lookback.as-of')
  })

  it('stops at the end of the term', () => {
    const v = versionOf(
      exposureOf(patentCase({ marking: { status: 'not_marked' }, expiryDate: '2026-10-31' })),
      'v1'
    )
    const after = v.sales.find((w) => w.kind === 'after_notice' && w.rightId === 'pat')
    expect(after).toMatchObject({ from: '2026-10-20', to: '2026-10-31' })
    expect(after?.totals.map((t) => [t.currency, t.units])).toEqual([
      ['EUR', 5],
      ['USD', 20]
    ])
    expect(codes(v.lines)).toContain('money.term-ended')
  })
})

describe('35 USC 298 applies to suits filed on or after 14 January 2013', () => {
  function filedOn(date: string): string | undefined {
    const input: ExposureInput = {
      asOf: '2013-03-01',
      matter: {
        id: 'old',
        kind: 'lawsuit',
        complaintFiledDate: date,
        rights: [
          { id: 'p', type: 'utility_patent', number: 'US 7,000,000', jurisdiction: 'US', claims: ['1'] }
        ]
      },
      notices: [{ id: 'n', kind: 'letter', date: '2012-05-01' }],
      versions: [
        {
          id: 'v',
          product: { id: 'p', name: 'Old' },
          versionName: 'v1',
          listings: [
            {
              id: 'l',
              marketplace: 'eBay.com',
              itemId: '1',
              statusHistory: [{ date: '2012-01-01', status: 'live' }]
            }
          ]
        }
      ]
    }
    return linesWith(versionOf(exposureOf(input), 'v').lines, 'note.298')[0]?.code
  }

  it('filed 2013-01-14 (the day the technical corrections were enacted): 298 applies', () => {
    expect(filedOn('2013-01-14')).toBe('note.298.applies')
  })

  it('filed 2013-01-13: before 298, the absence of an opinion may still be argued', () => {
    expect(filedOn('2013-01-13')).toBe('note.298.pre-aia')
  })
})
