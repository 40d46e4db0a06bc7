import {
  type RuleDefinition,
  type RollPolicy,
  applyRollover,
  coverageWarnings,
  optionBool,
  step,
  triggerStep
} from '../engine'
import { chinaCalendar } from '../holidays-cn'
import { booleanOption, daysStep, text } from './common'

/**
 * PRC Civil Procedure Law (2023 revision, in force 2024-01-01). Article numbers: 85 (periods) and
 * 128 (answer) did not change in 2023; the 30-day answer period for a defendant without domicile
 * in China is art. 285 (it was art. 275 in the 2021 text and art. 268 before that).
 */
export const cnCplAnswer: RuleDefinition = {
  meta: {
    id: 'cn.cpl.answer',
    name: text('Statement of defence (PRC civil procedure)', '提交答辩状（中国民事诉讼）'),
    jurisdiction: 'CN',
    triggerLabel: text('Date the copy of the complaint was received', '收到起诉状副本之日'),
    citation: 'PRC Civil Procedure Law (2023) arts. 128, 285, 85',
    options: [
      booleanOption(
        'abroad',
        text('Defendant has no domicile in the PRC (30 days)', '被告在中华人民共和国领域内没有住所（30日）')
      )
    ]
  },
  compute: (ctx) => {
    const abroad = optionBool(ctx, 'abroad')
    const days = abroad ? 30 : 15
    const policy: RollPolicy = { id: 'cn', calendar: chinaCalendar(), citation: 'CPL art. 85' }
    const count = daysStep(
      policy.calendar,
      ctx.closures,
      ctx.trigger,
      days,
      abroad ? 'CPL art. 285 (2023 revision; art. 275 in the 2021 text)' : 'CPL art. 128'
    )
    const roll = applyRollover(policy, ctx.closures, count.day)
    return {
      due: roll.due,
      steps: [
        triggerStep('cn-complaint', ctx.trigger, 'CPL art. 85'),
        count.step,
        roll.step,
        step('cn.rest-days', {}, 'CPL art. 85'),
        ...(abroad ? [step('cn.abroad-extension', {}, 'CPL art. 285')] : [])
      ],
      warnings: coverageWarnings(policy.calendar, count.day, roll.due)
    }
  }
}
