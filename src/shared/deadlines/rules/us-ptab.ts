import { addYearsClamped, civilFromDays, formatDay } from '../calendar'
import {
  type RuleDefinition,
  applyRollover,
  dayStep,
  messageStep,
  step,
  triggerStep,
  warning
} from '../engine'
import { US_DC_ZONE } from '../forums'
import type { DeadlineWarning } from '../types'
import { dcBusinessPolicy, monthsStep, text, yearMonth } from './common'
import { closureWarnings } from './us-court'

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
    options: [],
    timeZone: 'America/New_York'
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
        step('ptab.ipr.holidays', {}, '35 USC 21(b); 5 USC 6103'),
        messageStep(policy.calendar.description, '35 USC 21(b)'),
        step('tz.office-midnight', { timeZone: US_DC_ZONE }, '37 CFR 1.6(a)(4)')
      ],
      warnings: [...warnings, ...closureWarnings(roll.skipped)],
      timeZone: US_DC_ZONE
    }
  }
}

/** PTAB: the patent owner's preliminary response, 3 months from the notice of filing date. */
export const usPtabPopr: RuleDefinition = {
  meta: {
    id: 'us.ptab.popr',
    name: text('Patent owner preliminary response (PTAB, IPR)', '专利权人初步答复（PTAB 多方复审）'),
    jurisdiction: 'US',
    triggerLabel: text('Date of the notice according the petition a filing date', '请求获得申请日的通知日期'),
    citation: '37 CFR 42.107(b); 35 USC 21(b)',
    options: [],
    timeZone: 'America/New_York'
  },
  compute: (ctx) => {
    const policy = dcBusinessPolicy('dc', '35 USC 21(b); 37 CFR 1.7(a)')
    const period = monthsStep(
      policy.calendar,
      ctx.closures,
      ctx.trigger,
      3,
      '37 CFR 42.107(b)',
      '37 CFR 42.107(b); MPEP 710.01(a)'
    )
    const roll = applyRollover(policy, ctx.closures, period.day)
    return {
      due: roll.due,
      steps: [
        triggerStep('ptab-notice', ctx.trigger, '37 CFR 42.107(b)'),
        period.step,
        roll.step,
        step('ptab.popr.note', {}, '37 CFR 42.107(b); 35 USC 314(b)'),
        messageStep(policy.calendar.description, '35 USC 21(b)'),
        step('tz.office-midnight', { timeZone: US_DC_ZONE }, '37 CFR 1.6(a)(4)')
      ],
      warnings: closureWarnings(roll.skipped),
      timeZone: US_DC_ZONE
    }
  }
}
