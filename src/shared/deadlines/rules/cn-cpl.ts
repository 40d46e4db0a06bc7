import {
  type RuleDefinition,
  type RollPolicy,
  applyRollover,
  coverageWarnings,
  labelDay,
  optionBool,
  triggerStep
} from '../engine'
import { chinaCalendar } from '../holidays-cn'
import { booleanOption, text } from './common'

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
    const policy: RollPolicy = {
      calendar: chinaCalendar(),
      holidayTerm: 'statutory holiday',
      nextPhrase: 'the period ends on the first day after the rest day(s)',
      citation: 'CPL art. 85'
    }
    const lastDay = ctx.trigger + days
    const roll = applyRollover(policy, ctx.closures, lastDay)
    return {
      due: roll.due,
      steps: [
        triggerStep('complaint received', ctx.trigger, 'CPL art. 85'),
        {
          text: `+${days} days = ${labelDay(policy.calendar, ctx.closures, lastDay, policy.holidayTerm)}`,
          citation: abroad ? 'CPL art. 285 (2023 revision; art. 275 in the 2021 text)' : 'CPL art. 128'
        },
        roll.step,
        {
          text:
            'Saturdays and Sundays are rest days unless the State Council made them make-up working days (调休); ' +
            'holidays inside the period are counted. A defence posted before the period ends is in time',
          citation: 'CPL art. 85'
        },
        ...(abroad
          ? [
              {
                text: "The court may extend the period on the defendant's application",
                citation: 'CPL art. 285'
              }
            ]
          : [])
      ],
      warnings: coverageWarnings(policy.calendar, lastDay, roll.due)
    }
  }
}
