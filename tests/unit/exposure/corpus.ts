import type {
  AccusedVersion,
  AssertedRight,
  CounselOpinion,
  DesignAround,
  ExposureInput,
  ExposureNotice,
  PatentMarking
} from '../../../src/shared/exposure'
import { lx200Scenario } from './fixtures'

/**
 * Inputs that between them reach every branch of the engine: each marking, notice kind, opinion
 * conclusion, form and timing, design-around state, listing history and statutory frame.
 */

const MARKINGS: Array<PatentMarking | undefined> = [
  { status: 'not_marked' },
  { status: 'marked', since: '2018-01-01' },
  { status: 'marked', since: '2024-05-01' },
  { status: 'marked', since: '2026-11-25' },
  { status: 'unknown' },
  undefined
]

const OPINION_DATES: Array<[string | undefined, string | undefined]> = [
  ['2026-09-01', '2026-09-20'],
  ['2026-10-20', '2026-10-20'],
  ['2026-10-21', '2026-11-05'],
  ['2026-11-01', '2026-11-12'],
  ['2026-10-25', '2026-11-01'],
  [undefined, '2026-11-28'],
  ['2026-11-01', undefined],
  [undefined, undefined]
]

function opinionVariants(): CounselOpinion[] {
  const out: CounselOpinion[] = []
  let i = 0
  for (const [requestedDate, deliveredDate] of OPINION_DATES) {
    for (const conclusion of ['favourable', 'unfavourable', 'mixed'] as const) {
      for (const [form, both] of [
        ['written', false],
        ['written', true],
        ['oral', false],
        ['oral', true]
      ] as const) {
        const pending = deliveredDate === undefined
        out.push({
          id: `op-${i++}`,
          type:
            (
              [
                'non_infringement',
                'invalidity',
                'unenforceability',
                'fto',
                'design_around_clearance',
                'trademark_clearance'
              ] as const
            )[i % 6] ?? 'fto',
          counsel: i % 2 === 0 ? 'outside' : 'in_house',
          ...(i % 3 === 0 ? {} : { counselName: `Firm ${i}` }),
          ...(requestedDate === undefined ? {} : { requestedDate }),
          ...(deliveredDate === undefined ? {} : { deliveredDate }),
          form,
          conclusion: pending ? 'pending' : conclusion,
          versionIds: ['lx200-v1'],
          covers: both
            ? [{ rightId: 'r-utility' }, { rightId: 'r-design' }]
            : [{ rightId: 'r-utility', claims: ['1'] }]
        })
      }
    }
  }
  return out
}

function scenarioWith(edit: (input: ExposureInput) => ExposureInput): ExposureInput {
  return edit(lx200Scenario())
}

function withRights(base: ExposureInput, edit: (r: AssertedRight) => AssertedRight): ExposureInput {
  return { ...base, matter: { ...base.matter, rights: base.matter.rights.map(edit) } }
}

const copyrightDates: Array<AssertedRight['copyright']> = [
  { firstPublicationDate: '2026-01-10', effectiveRegistrationDate: '2026-05-20' },
  { firstPublicationDate: '2026-01-10', effectiveRegistrationDate: '2026-03-20' },
  { firstPublicationDate: '2025-01-10', effectiveRegistrationDate: '2025-12-01' },
  { effectiveRegistrationDate: '2026-05-01' },
  { registrationDate: '2025-02-01' },
  { firstPublicationDate: '2026-01-10' },
  {}
]

function statutoryCase(rights: AssertedRight[], versions?: AccusedVersion[]): ExposureInput {
  const base = lx200Scenario()
  return {
    ...base,
    matter: { id: 'm-stat', kind: 'marketplace_complaint', rights },
    notices: [{ id: 'n', kind: 'apex', date: '2026-10-20' }],
    versions: versions ?? base.versions,
    opinions: [],
    designArounds: []
  }
}

export function exposureCorpus(): ExposureInput[] {
  const inputs: ExposureInput[] = [lx200Scenario(), lx200Scenario('2026-11-30')]
  const notices: ExposureNotice[][] = [
    [{ id: 'n', kind: 'letter', date: '2026-10-20' }],
    [
      {
        id: 'n',
        kind: 'marketplace_complaint',
        date: '2026-10-20',
        receivedBy: 'Amazon',
        specificCharge: false
      }
    ],
    [{ id: 'n', kind: 'apex', date: '2026-10-20', receivedBy: 'Amazon' }],
    [{ id: 'n', kind: 'complaint_served', date: '2026-11-12', receivedBy: 'Registered agent' }],
    []
  ]
  for (const marking of MARKINGS) {
    for (const filed of [undefined, '2026-11-10']) {
      for (const ns of notices) {
        for (const grant of ['2022-01-25', '2026-11-01', undefined]) {
          inputs.push(
            scenarioWith((b) => {
              const x = withRights(b, (r) => {
                const { grantDate: _g, marking: _m, ...rest } = r
                return {
                  ...rest,
                  ...(grant === undefined ? {} : { grantDate: grant }),
                  ...(marking === undefined ? {} : { marking })
                }
              })
              return {
                ...x,
                matter: { ...x.matter, ...(filed === undefined ? {} : { complaintFiledDate: filed }) },
                notices: ns
              }
            })
          )
        }
      }
    }
  }
  // Opinions of every conclusion, form, counsel and timing, with and without a complaint.
  for (const filed of [undefined, '2026-11-01']) {
    inputs.push(
      scenarioWith((b) => ({
        ...b,
        matter: { ...b.matter, ...(filed === undefined ? {} : { complaintFiledDate: filed }) },
        opinions: opinionVariants(),
        designArounds: []
      }))
    )
    for (const o of opinionVariants()) {
      inputs.push(
        scenarioWith((b) => ({
          ...b,
          matter: { ...b.matter, ...(filed === undefined ? {} : { complaintFiledDate: filed }) },
          opinions: [o],
          designArounds: []
        }))
      )
    }
  }
  // Design-arounds in every state.
  const das: Array<(d: DesignAround) => DesignAround> = [
    ({ clearingOpinionId: _c, ...d }) => d,
    ({ newVersionLiveDate: _n, ...d }) => d,
    (d) => ({ ...d, oldStockSoldOutDate: '2026-10-01' }),
    ({ oldStockSoldOutDate: _o, ...d }) => d
  ]
  for (const edit of das) {
    inputs.push(scenarioWith((b) => ({ ...b, designArounds: (b.designArounds ?? []).map(edit) })))
  }
  inputs.push(scenarioWith((b) => ({ ...b, notices: [] })))
  for (const o of [
    { conclusion: 'pending' as const, deliveredDate: undefined },
    { conclusion: 'unfavourable' as const },
    { versionIds: ['lx200-v1'] }
  ]) {
    inputs.push(
      scenarioWith((b) => ({
        ...b,
        opinions: (b.opinions ?? []).map((x) => {
          const merged = { ...x, ...o }
          if (merged.deliveredDate === undefined) delete (merged as { deliveredDate?: string }).deliveredDate
          return merged as CounselOpinion
        })
      }))
    )
  }
  // Listing histories: never live, removed before notice, removed and reinstated, no notice.
  inputs.push(
    scenarioWith((b) => ({
      ...b,
      versions: b.versions.map((v, i) =>
        i === 0
          ? {
              ...v,
              listings: [
                { id: 'a', marketplace: 'Amazon.com', itemId: 'A1', statusHistory: [] },
                {
                  id: 'b',
                  marketplace: 'Walmart.com',
                  itemId: 'W1',
                  statusHistory: [
                    { date: '2026-03-01', status: 'live' },
                    { date: '2026-09-01', status: 'removed' }
                  ]
                },
                {
                  id: 'c',
                  marketplace: 'Amazon.de',
                  itemId: 'D1',
                  currency: 'EUR',
                  statusHistory: [
                    { date: '2026-03-01', status: 'live' },
                    { date: '2026-10-25', status: 'suspended', reason: 'APEX' },
                    { date: '2026-11-05', status: 'reinstated' },
                    { date: '2026-11-20', status: 'removed' }
                  ]
                }
              ],
              monthlySales: [
                { month: '2026-09', units: 5, revenue: 50, currency: 'USD', listingId: 'b' },
                { month: '2026-11', units: 5, revenue: 70, currency: 'EUR', listingId: 'c' }
              ]
            }
          : { ...v, monthlySales: [{ month: '2026-01', units: 1, revenue: 1, currency: 'USD' }] }
      )
    }))
  )
  inputs.push({ ...lx200Scenario(), notices: [] })
  // A right closed before asOf; an expired patent; a clearance matter.
  inputs.push(
    withRights(lx200Scenario(), (r) => (r.id === 'r-design' ? { ...r, closedDate: '2026-11-25' } : r))
  )
  inputs.push(
    withRights(
      scenarioWith((b) => ({
        ...b,
        versions: b.versions.map((v) => ({
          ...v,
          monthlySales: [
            { month: '2026-09', units: 1, revenue: 10, currency: 'USD' },
            { month: '2026-11', units: 1, revenue: 10, currency: 'USD' }
          ]
        }))
      })),
      (r) => ({
        ...r,
        grantDate: '2006-01-01',
        expiryDate: r.id === 'r-design' ? '2026-09-30' : '2026-11-15'
      })
    )
  )
  inputs.push(scenarioWith((b) => ({ ...b, matter: { ...b.matter, kind: 'clearance' }, notices: [] })))
  // Statutory frames.
  for (const copyright of copyrightDates) {
    inputs.push(
      statutoryCase([
        {
          id: 'w',
          type: 'copyright',
          number: 'VA 1',
          jurisdiction: 'US',
          ...(copyright ? { copyright } : {})
        }
      ])
    )
  }
  inputs.push(
    statutoryCase(
      [
        {
          id: 'w',
          type: 'copyright',
          number: 'VA 1',
          jurisdiction: 'US',
          copyright: { registrationDate: '2026-01-01' }
        }
      ],
      [{ id: 'v0', product: { id: 'p', name: 'Planned' }, versionName: 'v0', listings: [] }]
    )
  )
  inputs.push(
    statutoryCase([
      { id: 't1', type: 'trademark', number: 'TM 1', jurisdiction: 'US', counterfeitAlleged: true },
      {
        id: 't2',
        type: 'trademark',
        number: 'TM 2',
        jurisdiction: 'US',
        counterfeitAlleged: true,
        goodsTypes: 3
      },
      { id: 't3', type: 'trademark', number: 'TM 3', jurisdiction: 'US' },
      { id: 'u', type: 'utility_model', number: 'CN 1', jurisdiction: 'CN' },
      { id: 'd', type: 'registered_design', number: 'EU 1', jurisdiction: 'EU' },
      { id: 'p', type: 'utility_patent', number: 'DE 1', jurisdiction: 'DE' }
    ])
  )
  // A suit before 35 USC 298; sales older than the six-year look-back, with and without a suit.
  inputs.push({
    asOf: '2013-03-01',
    matter: {
      id: 'old',
      kind: 'lawsuit',
      complaintFiledDate: '2012-06-01',
      rights: [{ id: 'p', type: 'utility_patent', number: 'US 7,000,000', jurisdiction: 'US', claims: ['1'] }]
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
  })
  for (const filed of [undefined, '2026-11-10']) {
    const base = withRights(lx200Scenario(), (r) => ({
      ...r,
      grantDate: '2015-01-01',
      marking: { status: 'marked', since: '2015-01-01' }
    }))
    inputs.push({
      ...base,
      matter: { ...base.matter, ...(filed === undefined ? {} : { complaintFiledDate: filed }) },
      versions: base.versions.map((v) => ({
        ...v,
        monthlySales: [
          { month: '2019-05', units: 1, revenue: 10, currency: 'USD' },
          { month: '2026-11', units: 1, revenue: 10, currency: 'USD' }
        ]
      }))
    })
  }
  return inputs
}
