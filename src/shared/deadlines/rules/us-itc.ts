import { formatDay } from '../calendar'
import {
  type RuleDefinition,
  applyRollover,
  countWorkingDays,
  dayStep,
  messageStep,
  skipsStep,
  step,
  triggerStep
} from '../engine'
import { US_DC_ZONE } from '../forums'
import { dcBusinessPolicy, text } from './common'
import { closureWarnings } from './us-court'

/** US ITC Section 337: response to the complaint and notice of investigation. */
export const usItcResponse: RuleDefinition = {
  meta: {
    id: 'us.itc.response',
    name: text('Response to a Section 337 complaint (US ITC)', '337调查答复（美国国际贸易委员会）'),
    jurisdiction: 'US',
    triggerLabel: text(
      'Date of service of the complaint and notice of investigation',
      '起诉书和立案通知的送达日'
    ),
    citation: '19 CFR 210.13(a); 19 CFR 201.14(a)',
    options: [],
    timeZone: 'America/New_York'
  },
  compute: (ctx) => {
    // The ITC sits in Washington, DC, so Inauguration Day (a holiday there) closes it too.
    const policy = dcBusinessPolicy('itc', '19 CFR 201.14(a)', 'ITC')
    // 201.14(a): computation begins with the first business day after the event, which is day 1.
    const start = countWorkingDays(policy.calendar, ctx.closures, ctx.trigger, 1)
    const lastDay = start.day + 19
    const roll = applyRollover(policy, ctx.closures, lastDay)
    return {
      due: roll.due,
      steps: [
        triggerStep('itc-served', ctx.trigger, '19 CFR 210.13(a)'),
        skipsStep('itc.day1', start.skipped, { date: formatDay(start.day) }, '19 CFR 201.14(a)'),
        dayStep('itc.day20', policy.calendar, ctx.closures, lastDay, {}, '19 CFR 210.13(a)'),
        roll.step,
        step('itc.notice', {}, '19 CFR 210.13(a), 210.59'),
        messageStep(policy.calendar.description, '19 CFR 201.14(a)'),
        step('tz.office-midnight', { timeZone: US_DC_ZONE }, '19 CFR 201.14(a)')
      ],
      warnings: closureWarnings([...start.skipped, ...roll.skipped]),
      timeZone: US_DC_ZONE
    }
  }
}
