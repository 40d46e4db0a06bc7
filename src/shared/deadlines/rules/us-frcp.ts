import { formatDay } from '../calendar'
import {
  type RuleContext,
  type RuleDefinition,
  type RuleOutcome,
  applyRollover,
  dayStep,
  holidayParams,
  optionBool,
  optionNumber,
  rollBackward,
  rollForward,
  step,
  triggerStep,
  warning
} from '../engine'
import { nonWorkingReason, usFederalCalendar } from '../holidays'
import type { DeadlineWarning } from '../types'
import { booleanOption, daysStep, frcpPolicy, integerOption, text } from './common'

/** Federal Rules of Civil Procedure: periods counted under FRCP 6(a). */

function answerAfter(ctx: RuleContext, days: number, event: string, citation: string): RuleOutcome {
  const policy = frcpPolicy()
  const count = daysStep(policy.calendar, ctx.closures, ctx.trigger, days, citation)
  const roll = applyRollover(policy, ctx.closures, count.day)
  return {
    due: roll.due,
    steps: [
      triggerStep(event, ctx.trigger, 'FRCP 6(a)(1)(A)'),
      count.step,
      roll.step,
      step('frcp.holiday-note', {}, 'FRCP 6(a)(3), 6(a)(6)')
    ],
    warnings: []
  }
}

export const usFrcpAnswer: RuleDefinition = {
  meta: {
    id: 'us.frcp.answer',
    name: text('Answer to the complaint (US federal court)', '答辩（美国联邦法院）'),
    jurisdiction: 'US',
    triggerLabel: text('Date of service of the summons and complaint', '传票和起诉状送达日'),
    citation: 'FRCP 12(a)(1)(A)(i); FRCP 6(a)',
    options: []
  },
  compute: (ctx) => answerAfter(ctx, 21, 'served', 'FRCP 12(a)(1)(A)(i)')
}

export const usFrcpAnswerWaiver: RuleDefinition = {
  meta: {
    id: 'us.frcp.answer-waiver',
    name: text('Answer after waiver of service (US federal court)', '放弃送达后的答辩（美国联邦法院）'),
    jurisdiction: 'US',
    triggerLabel: text('Date the request for waiver of service was sent', '放弃送达请求的发出日'),
    citation: 'FRCP 12(a)(1)(A)(ii); FRCP 4(d)(3); FRCP 6(a)',
    options: [
      booleanOption(
        'abroad',
        text(
          'Request sent to the defendant outside any judicial district of the United States (90 days)',
          '请求发送至美国任何司法辖区以外的被告（90日）'
        )
      )
    ]
  },
  compute: (ctx) => {
    const abroad = optionBool(ctx, 'abroad')
    const result = answerAfter(
      ctx,
      abroad ? 90 : 60,
      'waiver-sent',
      abroad
        ? 'FRCP 12(a)(1)(A)(ii) (request sent outside the United States); FRCP 4(d)(3)'
        : 'FRCP 12(a)(1)(A)(ii); FRCP 4(d)(3)'
    )
    result.steps.push(step('frcp.waiver-condition', {}, 'FRCP 4(d)(1)(F), 4(d)(3)'))
    return result
  }
}

export const usFrcpTroExpiry: RuleDefinition = {
  meta: {
    id: 'us.frcp.tro-expiry',
    name: text(
      'Expiry of a temporary restraining order (US federal court)',
      '临时限制令到期（美国联邦法院）'
    ),
    jurisdiction: 'US',
    triggerLabel: text('Date the TRO was entered', '临时限制令的作出日'),
    citation: 'FRCP 65(b)(2)',
    options: [
      integerOption(
        'days',
        text('Duration set in the order (days, at most 14)', '令状规定的期限（天，最多14天）'),
        1,
        14,
        14
      )
    ]
  },
  compute: (ctx) => {
    const calendar = usFederalCalendar()
    const days = optionNumber(ctx, 'days')
    const expiry = ctx.trigger + days
    const reason = nonWorkingReason(calendar, ctx.closures, expiry)
    const lastCourtDay = formatDay(rollBackward(calendar, ctx.closures, expiry))
    const warnings: DeadlineWarning[] = []
    if (reason) {
      const rolled = formatDay(rollForward(calendar, ctx.closures, expiry).day)
      warnings.push(
        warning(`tro.expiry-day-off.${reason.kind}`, {
          date: formatDay(expiry),
          lastCourtDay,
          rolled,
          ...holidayParams(reason)
        })
      )
    }
    return {
      due: expiry,
      steps: [
        triggerStep('tro-entered', ctx.trigger, 'FRCP 6(a)(1)(A)'),
        dayStep(
          'tro.expires',
          calendar,
          ctx.closures,
          expiry,
          { days, trigger: formatDay(ctx.trigger) },
          'FRCP 65(b)(2)'
        ),
        step('tro.no-rollover', {}, 'FRCP 65(b)(2); cf. FRCP 6(a)(1)(C)'),
        step('tro.last-court-day', { lastCourtDay }, 'FRCP 65(b)(2)')
      ],
      warnings
    }
  }
}
