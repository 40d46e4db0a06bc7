import { describe, expect, it } from 'vitest'
import { renderExposureLine, type AssertedRight, type ExposureInput } from '../../../src/shared/exposure'
import { exposureOf } from './fixtures'

/** A marketplace complaint over one right, against a version launched 2026-02-01. */
function withRights(rights: AssertedRight[]): ExposureInput {
  return {
    asOf: '2026-12-01',
    matter: { id: 'm', kind: 'marketplace_complaint', rights },
    notices: [
      { id: 'n', kind: 'marketplace_complaint', date: '2026-09-01', receivedBy: 'Amazon seller account' }
    ],
    versions: [
      {
        id: 'v',
        product: { id: 'p', name: 'Poster set' },
        versionName: 'A',
        launchDate: '2026-02-01',
        listings: [
          {
            id: 'l',
            marketplace: 'Amazon.com',
            itemId: 'B0POSTER01',
            statusHistory: [{ date: '2026-02-01', status: 'live' }]
          }
        ]
      }
    ]
  }
}

function frames(rights: AssertedRight[]) {
  return exposureOf(withRights(rights)).lines.filter(
    (l) => l.section === 'frame' && l.code !== 'frame.privileged'
  )
}

const work = (copyright: AssertedRight['copyright']): AssertedRight => ({
  id: 'w',
  type: 'copyright',
  number: 'VA 2-345-678',
  jurisdiction: 'US',
  copyright
})

describe('17 USC 412: statutory damages only for works registered in time', () => {
  it('registered four months after publication and after infringement began: not available', () => {
    // Published 2026-01-10; three months after is 2026-04-10. Infringement commenced 2026-02-01
    // (launch). Effective registration 2026-05-20: after both, so 412(2) bars 504(c) and 505.
    const [line] = frames([
      work({ firstPublicationDate: '2026-01-10', effectiveRegistrationDate: '2026-05-20' })
    ])
    expect(line).toMatchObject({
      code: 'frame.cr.unavailable.published',
      params: { published: '2026-01-10', graceEnd: '2026-04-10', edr: '2026-05-20', commenced: '2026-02-01' }
    })
    expect(line && renderExposureLine(line, 'en')).toContain(
      'statutory damages and attorney’s fees are not available'
    )
  })

  it('registered within three months of publication: available although infringement came first', () => {
    const [line] = frames([
      work({ firstPublicationDate: '2026-01-10', effectiveRegistrationDate: '2026-03-20' })
    ])
    expect(line).toMatchObject({
      code: 'frame.cr.available.grace',
      params: { min: '$750', max: '$30,000', willfulMax: '$150,000', graceEnd: '2026-04-10' }
    })
  })

  it('registered before the infringement commenced: available', () => {
    const [line] = frames([
      work({ firstPublicationDate: '2025-06-01', effectiveRegistrationDate: '2025-12-01' })
    ])
    expect(line?.code).toBe('frame.cr.available.registered-first')
    expect(line?.citation).toContain('17 USC 412')
  })

  it('an unpublished work registered after the infringement commenced: not available (412(1))', () => {
    const [line] = frames([work({ effectiveRegistrationDate: '2026-03-01' })])
    expect(line?.code).toBe('frame.cr.unavailable.unpublished')
  })

  it('three months after 30 November is the last day of February', () => {
    // Published 2025-11-30: the grace period ends 2026-02-28 (February has no 30th).
    // Infringement commenced 2026-01-05 (from the complaint), after publication, before registration.
    const [line] = frames([
      {
        ...work({ firstPublicationDate: '2025-11-30', effectiveRegistrationDate: '2026-02-28' }),
        infringementCommencedDate: '2026-01-05'
      }
    ])
    expect(line).toMatchObject({ code: 'frame.cr.available.grace', params: { graceEnd: '2026-02-28' } })
  })

  it('a work not registered at all: no statutory damages, and registration is needed to sue', () => {
    const [line] = frames([work({ firstPublicationDate: '2026-01-10' })])
    expect(line?.code).toBe('frame.cr.unregistered')
    expect(line?.citation).toContain('411(a)')
  })

  it('uses the certificate date when the effective date of registration is not recorded, and says so', () => {
    const lines = frames([work({ registrationDate: '2025-12-01' })])
    expect(lines.map((l) => l.code).slice(0, 2)).toEqual([
      'frame.cr.edr-assumed',
      'frame.cr.available.registered-first'
    ])
  })
})

const mark = (over: Partial<AssertedRight>): AssertedRight => ({
  id: 'tm',
  type: 'trademark',
  number: 'US Reg. 6,000,001',
  jurisdiction: 'US',
  ...over
})

describe('15 USC 1117 for marks', () => {
  it('a counterfeit mark: $1,000 to $200,000 per mark per type of goods, $2,000,000 if willful, and treble', () => {
    const lines = frames([mark({ counterfeitAlleged: true })])
    expect(lines[0]).toMatchObject({
      code: 'frame.tm.counterfeit.one-type',
      params: { min: '$1,000', max: '$200,000', willfulMax: '$2,000,000', goodsTypes: 1 },
      citation: '15 USC 1117(c)'
    })
    expect(lines[1]).toMatchObject({ code: 'frame.tm.treble', citation: '15 USC 1117(b)' })
    expect(lines[0] && renderExposureLine(lines[0], 'zh-CN')).toContain(
      '每一假冒商标、每一类商品 $1,000 至 $200,000'
    )
  })

  it('two counterfeit marks, one on two types of goods: three units of the range in total', () => {
    const lines = frames([
      mark({ counterfeitAlleged: true }),
      mark({ id: 'tm2', number: 'US Reg. 6,000,002', counterfeitAlleged: true, goodsTypes: 2 })
    ])
    expect(lines.find((l) => l.code === 'frame.tm.counterfeit.types')?.params).toMatchObject({
      goodsTypes: 2,
      min: '$2,000',
      max: '$400,000',
      willfulMax: '$4,000,000'
    })
    expect(lines.find((l) => l.code === 'frame.tm.counterfeit-total')?.params).toEqual({
      marks: 2,
      min: '$3,000',
      max: '$600,000',
      willfulMax: '$6,000,000'
    })
  })

  it('a mark without counterfeit: profits, damages and costs under 1117(a), no statutory range', () => {
    const lines = frames([mark({})])
    expect(lines.map((l) => l.code)).toEqual(['frame.tm.not-counterfeit', 'frame.not-prediction'])
  })

  it('a Chinese utility model gets no US frame', () => {
    const lines = frames([
      { id: 'um', type: 'utility_model', number: 'CN 2023 2 0000001.1', jurisdiction: 'CN' }
    ])
    expect(lines[0]).toMatchObject({
      code: 'frame.other',
      params: { jurisdiction: 'CN', typeZh: '实用新型' }
    })
  })
})
