import { describeDay } from '../calendar'
import { type RuleDefinition, countWorkingDays, skippedSummary, triggerStep } from '../engine'
import { usFederalCalendar } from '../holidays'
import { text } from './common'

/** DMCA 512(g): the window in which a service provider restores material after a counter-notice. */
export const usDmcaRestoreWindow: RuleDefinition = {
  meta: {
    id: 'us.dmca.restore-window',
    name: text('DMCA restoration window after a counter-notice', 'DMCA反通知后的恢复期间'),
    jurisdiction: 'US',
    triggerLabel: text('Date the counter-notice was received', '收到反通知之日'),
    citation: '17 USC 512(g)(2)(C)',
    options: []
  },
  compute: (ctx) => {
    const calendar = usFederalCalendar()
    const earliest = countWorkingDays(calendar, ctx.closures, ctx.trigger, 10)
    // Continue from the 10th business day rather than recounting from the trigger.
    const rest = countWorkingDays(calendar, ctx.closures, earliest.day, 4)
    const latest = { day: rest.day, skipped: [...earliest.skipped, ...rest.skipped] }
    return {
      due: latest.day,
      earliest: earliest.day,
      steps: [
        triggerStep('counter-notice received', ctx.trigger, '17 USC 512(g)(2)(C)'),
        {
          text:
            'Business days exclude Saturdays, Sundays and US federal holidays (with observed days); the statute does not ' +
            'define "business day", so federal working days are used',
          citation: '17 USC 512(g)(2)(C)'
        },
        {
          text: `10th business day after receipt: ${describeDay(earliest.day)}${skippedSummary(earliest.skipped)}; restore no earlier than this day`,
          citation: '17 USC 512(g)(2)(C)'
        },
        {
          text: `14th business day after receipt: ${describeDay(latest.day)}${skippedSummary(latest.skipped)}; restore no later than this day`,
          citation: '17 USC 512(g)(2)(C)'
        },
        {
          text:
            'Do not restore if the designated agent first receives notice from the person who sent the takedown notice ' +
            'that it has filed an action seeking a court order against the subscriber',
          citation: '17 USC 512(g)(2)(C)'
        }
      ],
      warnings: []
    }
  }
}
