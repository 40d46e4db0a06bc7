import { addYearsClamped, civilFromDays, formatDay } from '../calendar'
import { type RuleDefinition, applyRollover, dayStep, step, triggerStep, warning } from '../engine'
import type { DeadlineWarning } from '../types'
import { dcBusinessPolicy, text, yearMonth } from './common'

/** PTAB: the one-year bar on IPR petitions, rolled per 35 USC 21(b). */
export const usPtabIprBar: RuleDefinition = {
  meta: {
    id: 'us.ptab.ipr-bar',
    name: text(
      'IPR petition time bar (1 year after service of the complaint)',
      '多方复审（IPR）请求时限（起诉状送达后1年）'
    ),
    jurisdiction: 'US',
    triggerLabel: text('Date the complaint alleging infringement was served', '侵权起诉状的送达日'),
    citation: '35 USC 315(b); 35 USC 21(b)',
    options: []
  },
  compute: (ctx) => {
    const policy = dcBusinessPolicy('dc', '35 USC 21(b)')
    const { day: anniversary, clamped } = addYearsClamped(ctx.trigger, 1)
    const roll = applyRollover(policy, ctx.closures, anniversary)
    const warnings: DeadlineWarning[] = []
    if (clamped) {
      // Feb 29 + 1 year: USPTO practice takes the last day of the month (MPEP 710.01(a), Ex parte
      // Messick); it is also the earlier of the two candidates, so it can never make a petition late.
      warnings.push(warning('ptab.ipr.feb29', { trigger: formatDay(ctx.trigger) }))
    }
    return {
      due: roll.due,
      steps: [
        triggerStep('complaint-served', ctx.trigger, '35 USC 315(b)'),
        clamped
          ? dayStep(
              'ptab.ipr.anniversary-clamped',
              policy.calendar,
              ctx.closures,
              anniversary,
              { month: yearMonth(anniversary), dayOfMonth: civilFromDays(ctx.trigger).day },
              '35 USC 315(b); MPEP 710.01(a)'
            )
          : dayStep('ptab.ipr.anniversary', policy.calendar, ctx.closures, anniversary, {}, '35 USC 315(b)'),
        roll.step,
        step('ptab.ipr.privies', {}, '35 USC 315(b)'),
        step('ptab.ipr.holidays', {}, '35 USC 21(b); 5 USC 6103')
      ],
      warnings
    }
  }
}
