import { formatDay } from '../calendar'
import { type RuleDefinition, countWorkingDays, skipsStep, step, triggerStep } from '../engine'
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
    const latestSkipped = [...earliest.skipped, ...rest.skipped]
    return {
      due: rest.day,
      earliest: earliest.day,
      steps: [
        triggerStep('counter-notice', ctx.trigger, '17 USC 512(g)(2)(C)'),
        step('dmca.business-days', {}, '17 USC 512(g)(2)(C)'),
        skipsStep(
          'dmca.earliest',
          earliest.skipped,
          { date: formatDay(earliest.day) },
          '17 USC 512(g)(2)(C)'
        ),
        skipsStep('dmca.latest', latestSkipped, { date: formatDay(rest.day) }, '17 USC 512(g)(2)(C)'),
        step('dmca.lawsuit-bar', {}, '17 USC 512(g)(2)(C)')
      ],
      warnings: []
    }
  }
}

/** DMCA 512(g)(2)(B)-(C), the claimant's side: sue before the provider may restore. */
export const usDmcaClaimantSuitWindow: RuleDefinition = {
  meta: {
    id: 'us.dmca.claimant-suit-window',
    name: text(
      'DMCA: last day to sue before material is restored (claimant)',
      'DMCA：内容恢复前起诉的最后期限（权利人）'
    ),
    jurisdiction: 'US',
    triggerLabel: text('Date the service provider received the counter-notice', '服务提供者收到反通知之日'),
    citation: '17 USC 512(g)(2)(B)-(C)',
    options: []
  },
  compute: (ctx) => {
    const calendar = usFederalCalendar()
    const tenth = countWorkingDays(calendar, ctx.closures, ctx.trigger, 10)
    const ninth = countWorkingDays(calendar, ctx.closures, ctx.trigger, 9)
    return {
      due: tenth.day,
      steps: [
        triggerStep('provider-received', ctx.trigger, '17 USC 512(g)(2)(C)'),
        step('dmca.business-days', {}, '17 USC 512(g)(2)(C)'),
        skipsStep(
          'dmca.claimant.deadline',
          tenth.skipped,
          { date: formatDay(tenth.day) },
          '17 USC 512(g)(2)(C)'
        ),
        step('dmca.claimant.safe', { safe: formatDay(ninth.day) }, '17 USC 512(g)(2)(C)'),
        step('dmca.claimant.receipt', {}, '17 USC 512(g)(2)(B)')
      ],
      warnings: []
    }
  }
}
