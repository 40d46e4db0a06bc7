import { formatDay } from '../calendar'
import { type RuleDefinition, dayStep, step, triggerStep } from '../engine'
import { usFederalCalendar } from '../holidays'
import { text } from './common'

/** Amazon Patent Evaluation Express (APEX): 3 weeks to agree to the evaluation. */
export const amazonApexResponse: RuleDefinition = {
  meta: {
    id: 'amazon.apex.response',
    name: text(
      'Amazon APEX: agree to the patent evaluation or obtain a retraction',
      '亚马逊 APEX：同意专利评估或促使撤回投诉'
    ),
    jurisdiction: 'ANY',
    triggerLabel: text("Date of Amazon's APEX notice", '亚马逊 APEX 通知日期'),
    citation: 'Amazon Patent Evaluation Express (APEX) program terms',
    options: []
  },
  compute: (ctx) => {
    const due = ctx.trigger + 21
    // Only to label the day (a US federal holiday is named); the date never moves.
    const calendar = usFederalCalendar()
    return {
      due,
      steps: [
        triggerStep('apex-notice', ctx.trigger, 'APEX program terms'),
        dayStep(
          'count.weeks',
          calendar,
          ctx.closures,
          due,
          { weeks: 3, trigger: formatDay(ctx.trigger) },
          'APEX program terms'
        ),
        step('apex.no-rollover', {}),
        step('apex.consequence', {}, 'APEX program terms')
      ],
      warnings: []
    }
  }
}
