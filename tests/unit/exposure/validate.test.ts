import { describe, expect, it } from 'vitest'
import {
  computeExposure,
  computePortfolio,
  exposureMessages,
  renderExposureError,
  type ExposureInput,
  type ExposureValidationError
} from '../../../src/shared/exposure'
import { lx200Scenario } from './fixtures'

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] }

function broken(edit: (input: Mutable<ExposureInput>) => void): ExposureValidationError[] {
  const input = structuredClone(lx200Scenario()) as Mutable<ExposureInput>
  edit(input)
  const outcome = computeExposure(input)
  if (outcome.ok) throw new Error('accepted')
  return [...outcome.errors]
}

const at = (errors: ExposureValidationError[]) => errors.map((e) => [e.path, e.code])

describe('bad input is refused with the field and a code, never a thrown error', () => {
  it('a date that does not exist (30 February)', () => {
    expect(
      at(broken((i) => void ((i.versions[0] as { launchDate?: string }).launchDate = '2026-02-30')))
    ).toEqual([['versions[0].launchDate', 'invalid_date']])
  })

  it('an opinion delivered before it was requested', () => {
    const errors = broken((i) => {
      const o = i.opinions?.[0] as { deliveredDate?: string }
      o.deliveredDate = '2026-10-01'
    })
    expect(at(errors)).toEqual([['opinions[0].deliveredDate', 'delivered_before_requested']])
    expect(renderExposureError(errors[0] as ExposureValidationError, 'en')).toBe(
      'opinions[0].deliveredDate: delivered on 2026-10-01, before it was requested on 2026-10-28.'
    )
  })

  it('a listing taken down before it went live', () => {
    const errors = broken((i) => {
      const history = i.versions[0]?.listings[0]?.statusHistory as Array<{ date: string; status: string }>
      history[1] = { date: '2026-02-15', status: 'removed' }
    })
    expect(at(errors)).toEqual([['versions[0].listings[0].statusHistory[1].date', 'removed_before_live']])
  })

  it('a version launched before its product', () => {
    expect(
      at(broken((i) => void ((i.versions[0] as { launchDate?: string }).launchDate = '2026-01-15')))
    ).toEqual([['versions[0].launchDate', 'version_before_product']])
  })

  it('negative units and a currency that is not the listing’s', () => {
    const errors = broken((i) => {
      ;(i.versions[0] as { monthlySales?: unknown[] }).monthlySales = [
        { month: '2026-11', units: -3, revenue: 10, currency: 'USD', listingId: 'l-v1' },
        { month: '2026-11', units: 3, revenue: 10, currency: 'EUR', listingId: 'l-v1' },
        { month: '2026-13', units: 3, revenue: 10, currency: 'usd' }
      ]
    })
    expect(at(errors)).toEqual([
      ['versions[0].monthlySales[0].units', 'negative_units'],
      ['versions[0].monthlySales[1].currency', 'currency_mismatch'],
      ['versions[0].monthlySales[2].month', 'invalid_month'],
      ['versions[0].monthlySales[2].currency', 'invalid_currency']
    ])
    expect(renderExposureError(errors[1] as ExposureValidationError, 'zh-CN')).toBe(
      'versions[0].monthlySales[1].currency：EUR 与链接 l-v1 的币种（USD）不符。'
    )
  })

  it('references to rights, versions and opinions that do not exist, and duplicate ids', () => {
    const errors = broken((i) => {
      ;(i.notices[0] as { rightIds?: string[] }).rightIds = ['r-utility', 'r-missing']
      ;(i.opinions?.[0] as unknown as { versionIds: string[] }).versionIds = ['lx200-v9']
      ;(i.designArounds?.[0] as { clearingOpinionId?: string }).clearingOpinionId = 'op-9'
      ;(i.versions[1] as { id: string }).id = 'lx200-v1'
    })
    expect(at(errors)).toEqual(
      expect.arrayContaining([
        ['versions[1].id', 'duplicate_id'],
        ['notices[0].rightIds[1]', 'unknown_right'],
        ['opinions[0].versionIds[0]', 'unknown_version'],
        ['designArounds[0].clearingOpinionId', 'unknown_opinion']
      ])
    )
  })

  it('events after today (asOf) and an opinion with a conclusion but no delivery date', () => {
    const errors = broken((i) => {
      ;(i.notices[0] as { date: string }).date = '2027-01-05'
      const o = i.opinions?.[0] as { deliveredDate?: string }
      delete o.deliveredDate
    })
    expect(at(errors)).toEqual([
      ['notices[0].date', 'after_as_of'],
      ['opinions[0].deliveredDate', 'delivered_date_missing']
    ])
  })

  it('garbage of any shape comes back as errors', () => {
    for (const junk of [
      null,
      undefined,
      42,
      'x',
      [],
      {},
      { asOf: '2026-12-01' },
      { asOf: '2026-12-01', matter: 5, notices: {}, versions: [null] }
    ]) {
      const outcome = computeExposure(junk)
      expect(outcome.ok).toBe(false)
    }
    expect(computePortfolio({ asOf: 'soon', matters: [] })).toMatchObject({ ok: false })
  })

  it('portfolio errors point into the matter that is wrong', () => {
    const bad = structuredClone(lx200Scenario()) as Mutable<ExposureInput>
    ;(bad.versions[0] as { launchDate?: string }).launchDate = '2026-02-30'
    const { asOf: _asOf, ...matter } = bad
    const outcome = computePortfolio({ asOf: '2026-12-01', matters: [matter] })
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.path)).toEqual(['matters[0].versions[0].launchDate'])
  })

  it('every error code has an English and a Chinese sentence', () => {
    const codes = Object.keys(exposureMessages.en).filter((c) => c.startsWith('error.'))
    expect(codes.length).toBe(20)
    for (const c of codes) expect(exposureMessages['zh-CN'][c]).toBeDefined()
  })
})
