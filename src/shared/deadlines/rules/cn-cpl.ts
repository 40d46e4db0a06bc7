import {
  type RuleDefinition,
  type RollPolicy,
  applyRollover,
  coverageWarnings,
  optionBool,
  optionString,
  warning,
  step,
  triggerStep
} from '../engine'
import { formatDay, isWeekendDay, yearOfDay, type DayNumber } from '../calendar'
import { CHINA_ZONE } from '../forums'
import { chinaCalendar, chinaYearSource } from '../holidays-cn'
import type { DeadlineWarning } from '../types'
import { booleanOption, daysStep, enumOption, text } from './common'

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
    timeZone: CHINA_ZONE,
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
      warnings: chinaWarnings(count.day, roll.due),
      timeZone: CHINA_ZONE
    }
  }
}

/**
 * Coverage warnings, and for a year whose make-up working days are not yet published, a last day
 * on a weekend that was rolled over: it may become a working day.
 */
function chinaWarnings(lastDay: DayNumber, due: DayNumber): DeadlineWarning[] {
  const warnings = coverageWarnings(chinaCalendar(), lastDay, due)
  const year = yearOfDay(lastDay)
  if (lastDay !== due && isWeekendDay(lastDay) && chinaYearSource(year) === 'statutory') {
    warnings.push(
      warning('cn.coverage.weekend-last-day', { date: formatDay(lastDay), year, due: formatDay(due) })
    )
  }
  return warnings
}

/** CPL (2023) art. 171 (15 days for a judgment, 10 for a ruling) and art. 286 (30 days without domicile). */
export const cnCplAppeal: RuleDefinition = {
  meta: {
    id: 'cn.cpl.appeal',
    name: text(
      'Appeal against a first-instance judgment or ruling (PRC)',
      '对第一审判决、裁定提起上诉（中国民事诉讼）'
    ),
    jurisdiction: 'CN',
    triggerLabel: text('Date the judgment or ruling was served', '判决书或裁定书送达之日'),
    citation: 'PRC Civil Procedure Law (2023) arts. 171, 286, 85',
    options: [
      booleanOption(
        'abroad',
        text('Party has no domicile in the PRC (30 days)', '当事人在中华人民共和国领域内没有住所（30日）')
      ),
      enumOption(
        'decision',
        text('Decision appealed', '上诉的裁判'),
        {
          judgment: text('Judgment (15 days)', '判决（15日）'),
          ruling: text('Ruling (10 days)', '裁定（10日）')
        },
        'judgment'
      )
    ],
    timeZone: CHINA_ZONE
  },
  compute: (ctx) => {
    const abroad = optionBool(ctx, 'abroad')
    const ruling = optionString(ctx, 'decision') === 'ruling'
    const days = abroad ? 30 : ruling ? 10 : 15
    const policy: RollPolicy = { id: 'cn', calendar: chinaCalendar(), citation: 'CPL art. 85' }
    const count = daysStep(
      policy.calendar,
      ctx.closures,
      ctx.trigger,
      days,
      abroad ? 'CPL art. 286 (2023 revision)' : ruling ? 'CPL art. 171(2)' : 'CPL art. 171(1)'
    )
    const roll = applyRollover(policy, ctx.closures, count.day)
    return {
      due: roll.due,
      steps: [
        triggerStep(ruling ? 'cn-ruling' : 'cn-judgment', ctx.trigger, 'CPL art. 85'),
        count.step,
        roll.step,
        step('cn.rest-days', {}, 'CPL art. 85'),
        step('cn.appeal.where', {}, 'CPL arts. 85, 172, 173'),
        ...(abroad ? [step('cn.abroad-extension', {}, 'CPL art. 286')] : [])
      ],
      warnings: chinaWarnings(count.day, roll.due),
      timeZone: CHINA_ZONE
    }
  }
}
