import { describeDay, formatDay } from '../calendar'
import {
  type RuleContext,
  type RuleDefinition,
  applyRollover,
  labelDay,
  optionBool,
  optionNumber,
  rollBackward,
  rollForward,
  reasonText,
  triggerStep
} from '../engine'
import { nonWorkingReason, usFederalCalendar } from '../holidays'
import { FRCP_HOLIDAY_NOTE, booleanOption, frcpPolicy, integerOption, text } from './common'

/** Federal Rules of Civil Procedure: periods counted under FRCP 6(a). */

function answerAfter(ctx: RuleContext, days: number, verb: string, citation: string) {
  const policy = frcpPolicy()
  const lastDay = ctx.trigger + days
  const roll = applyRollover(policy, ctx.closures, lastDay)
  return {
    due: roll.due,
    steps: [
      triggerStep(verb, ctx.trigger, 'FRCP 6(a)(1)(A)'),
      {
        text: `+${days} days = ${labelDay(policy.calendar, ctx.closures, lastDay, policy.holidayTerm)}`,
        citation
      },
      roll.step,
      { text: FRCP_HOLIDAY_NOTE, citation: 'FRCP 6(a)(3), 6(a)(6)' }
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
      'waiver request sent',
      abroad
        ? 'FRCP 12(a)(1)(A)(ii) (request sent outside the United States); FRCP 4(d)(3)'
        : 'FRCP 12(a)(1)(A)(ii); FRCP 4(d)(3)'
    )
    result.steps.push({
      text: 'This period applies only if the defendant timely returned the signed waiver; otherwise the 21 days run from formal service',
      citation: 'FRCP 4(d)(1)(F), 4(d)(3)'
    })
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
    const lastCourtDay = rollBackward(calendar, ctx.closures, expiry)
    const warnings: string[] = []
    if (reason) {
      const rolled = rollForward(calendar, ctx.closures, expiry).day
      warnings.push(
        `The TRO expires on ${formatDay(expiry)}, ${reasonText(reason, 'legal holiday')}. The expiry date is not moved: ` +
          `seek any extension by the last court day before it, ${describeDay(lastCourtDay)}. If you are the restrained ` +
          `party, a court applying FRCP 6(a)(1)(C) could treat the order as running until ${describeDay(rolled)}, ` +
          'so do not rely on the earlier date without the court saying so'
      )
    }
    return {
      due: expiry,
      steps: [
        triggerStep('TRO entered', ctx.trigger, 'FRCP 6(a)(1)(A)'),
        {
          text: `+${days} days = ${labelDay(calendar, ctx.closures, expiry, 'legal holiday')}: the order expires on this day (at the time stated in the order) unless the court extends it for good cause or the adverse party consents`,
          citation: 'FRCP 65(b)(2)'
        },
        {
          text:
            "No weekend or holiday roll-over is applied: expiry ends the order's effect, it is not a deadline to act, " +
            'and courts differ on whether FRCP 6(a)(1)(C) extends it; the conservative date is kept',
          citation: 'FRCP 65(b)(2); cf. FRCP 6(a)(1)(C)'
        },
        {
          text: `An extension must be granted before the order expires: last court day on or before expiry is ${describeDay(lastCourtDay)}`,
          citation: 'FRCP 65(b)(2)'
        }
      ],
      warnings
    }
  }
}
