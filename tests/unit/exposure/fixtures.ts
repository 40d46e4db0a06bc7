import {
  computeExposure,
  type AccusedVersion,
  type ExposureInput,
  type ExposureLine,
  type ExposureResult,
  type VersionExposure
} from '../../../src/shared/exposure'

/** Computes and fails the test with the validation errors if the input was refused. */
export function exposureOf(input: ExposureInput): ExposureResult {
  const outcome = computeExposure(input)
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.errors)}`)
  return outcome.result
}

export function versionOf(result: ExposureResult, id: string): VersionExposure {
  const v = result.versions.find((x) => x.versionId === id)
  if (!v) throw new Error(`no version ${id}`)
  return v
}

export function linesWith(lines: readonly ExposureLine[], prefix: string): ExposureLine[] {
  return lines.filter((l) => l.code.startsWith(prefix))
}

export function codes(lines: readonly ExposureLine[]): string[] {
  return lines.map((l) => l.code)
}

/** The scenario: a patent letter against LX-200, v2 a design-around cleared for v2 only. */
export function lx200Scenario(asOf = '2026-12-01'): ExposureInput {
  const product = { id: 'p-lx200', name: 'LX-200', launchDate: '2026-03-01' }
  const v1: AccusedVersion = {
    id: 'lx200-v1',
    product,
    versionName: 'v1',
    launchDate: '2026-03-01',
    listings: [
      {
        id: 'l-v1',
        marketplace: 'Amazon.com',
        itemId: 'B0C1234567',
        currency: 'USD',
        statusHistory: [
          { date: '2026-03-01', status: 'live' },
          { date: '2026-11-30', status: 'removed', reason: 'replaced by v2' }
        ]
      }
    ]
  }
  const v2: AccusedVersion = {
    id: 'lx200-v2',
    product,
    versionName: 'v2',
    launchDate: '2026-11-15',
    listings: [
      {
        id: 'l-v2',
        marketplace: 'Amazon.com',
        itemId: 'B0C7654321',
        currency: 'USD',
        statusHistory: [{ date: '2026-11-15', status: 'live' }]
      }
    ]
  }
  return {
    asOf,
    matter: {
      id: 'm-2026-pat-007',
      kind: 'warning_letter',
      reference: '2026-PAT-007',
      rights: [
        {
          id: 'r-utility',
          type: 'utility_patent',
          number: 'US 11,234,567 B2',
          jurisdiction: 'US',
          grantDate: '2022-01-25',
          expiryDate: '2040-06-30',
          claims: ['1'],
          marking: { status: 'not_marked' }
        },
        {
          id: 'r-design',
          type: 'design_patent',
          number: 'US D987,654',
          jurisdiction: 'US',
          grantDate: '2023-05-02',
          marking: { status: 'not_marked' }
        }
      ]
    },
    notices: [
      {
        id: 'n-letter',
        kind: 'letter',
        letterDate: '2026-10-19',
        date: '2026-10-20',
        receivedBy: 'Shenzhen office',
        rightIds: ['r-utility', 'r-design']
      }
    ],
    versions: [v1, v2],
    opinions: [
      {
        id: 'op-1',
        type: 'non_infringement',
        counsel: 'outside',
        counselName: 'Opinion O-1',
        requestedDate: '2026-10-28',
        deliveredDate: '2026-11-20',
        form: 'written',
        conclusion: 'favourable',
        versionIds: ['lx200-v2'],
        covers: [{ rightId: 'r-utility', claims: ['1'] }, { rightId: 'r-design' }]
      }
    ],
    designArounds: [
      {
        fromVersionId: 'lx200-v1',
        toVersionId: 'lx200-v2',
        avoids: [{ rightId: 'r-utility', claims: ['1'] }, { rightId: 'r-design' }],
        clearingOpinionId: 'op-1',
        newVersionLiveDate: '2026-11-15',
        oldStockSoldOutDate: '2026-11-30'
      }
    ]
  }
}
