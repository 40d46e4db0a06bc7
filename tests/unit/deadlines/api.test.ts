import { describe, expect, it } from 'vitest'
import {
  computeDeadline,
  getRule,
  isDeadlineRuleId,
  renderDeadlineMessage,
  RULES,
  type DeadlineRuleId
} from '../../../src/shared/deadlines'

const EXPECTED_IDS: DeadlineRuleId[] = [
  'us.frcp.answer',
  'us.frcp.answer-waiver',
  'us.frcp.tro-expiry',
  'us.ptab.ipr-bar',
  'us.itc.response',
  'us.dmca.restore-window',
  'cn.cpl.answer',
  'de.zpo.defence-notice',
  'upc.rop.defence',
  'letter.asserted',
  'amazon.apex.response',
  'us.frcp.answer-after-motion',
  'us.frcp.tro-extended',
  'us.frcp.pi-opposition',
  'us.frap.notice-of-appeal',
  'us.ptab.popr',
  'us.dmca.claimant-suit-window',
  'cn.cpl.appeal',
  'de.zpo.berufung',
  'de.zpo.berufungsbegruendung',
  'de.zpo.einspruch',
  'upc.rop.appeal',
  'upc.rop.preliminary-objection'
]

describe('RULES lists every rule with what a UI needs', () => {
  it('has each rule exactly once', () => {
    expect(RULES.map((r) => r.id)).toEqual(EXPECTED_IDS)
  })

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s has names, trigger label and citation in en and zh-CN',
    (_id, rule) => {
      expect(rule.name.en).not.toBe('')
      expect(rule.name['zh-CN']).not.toBe('')
      expect(rule.triggerLabel.en).not.toBe('')
      expect(rule.triggerLabel['zh-CN']).not.toBe('')
      expect(rule.citation).not.toBe('')
      expect(['US', 'CN', 'DE', 'UPC', 'ANY']).toContain(rule.jurisdiction)
      expect(getRule(rule.id)).toBe(rule)
    }
  )

  it.each(RULES.flatMap((r) => r.options.map((o) => [r.id, o.name, o] as const)))(
    '%s option %s is well-formed',
    (_id, _name, o) => {
      expect(o.label.en).not.toBe('')
      expect(o.label['zh-CN']).not.toBe('')
      if (o.type === 'boolean') expect(typeof o.default).toBe('boolean')
      if (o.type === 'number') {
        expect(o.default).toBeGreaterThanOrEqual(o.min)
        expect(o.default).toBeLessThanOrEqual(o.max)
      }
      if (o.type === 'enum') {
        expect(o.values).toContain(o.default)
        expect(Object.keys(o.valueLabels)).toEqual([...o.values])
        for (const v of o.values) expect(o.valueLabels[v]?.['zh-CN']).toBeTruthy()
      }
    }
  )

  it('letter.asserted takes days, basis and jurisdiction as the issue specifies', () => {
    const letter = getRule('letter.asserted')
    expect(letter.options.map((o) => o.name)).toEqual(['days', 'basis', 'jurisdiction'])
    const jurisdiction = letter.options.find((o) => o.name === 'jurisdiction')
    expect(jurisdiction?.type === 'enum' && jurisdiction.default).toBe('US')
  })

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s computes with no options, and explicit defaults give the same result',
    (_id, rule) => {
      const defaults = Object.fromEntries(rule.options.map((o) => [o.name, o.default]))
      const a = computeDeadline({ rule: rule.id, trigger: '2026-12-04', options: {} })
      const b = computeDeadline({ rule: rule.id, trigger: '2026-12-04', options: defaults })
      const c = computeDeadline({ rule: rule.id, trigger: '2026-12-04' })
      expect(b).toEqual(a)
      expect(c).toEqual(a)
      expect(a.rule).toBe(rule.id)
      expect(a.steps.length).toBeGreaterThan(0)
      for (const s of a.steps) expect(renderDeadlineMessage(s.code, s.params, 'en')).not.toBe('')
    }
  )

  it('isDeadlineRuleId narrows strings from storage', () => {
    expect(isDeadlineRuleId('cn.cpl.answer')).toBe(true)
    expect(isDeadlineRuleId('cn.cpl')).toBe(false)
    expect(isDeadlineRuleId(42)).toBe(false)
  })
})
