import { type DayNumber, formatDay } from '../calendar'
import {
  type RuleContext,
  type RuleDefinition,
  type RuleOutcome,
  applyRollBackward,
  applyRollover,
  dayStep,
  holidayParams,
  optionBool,
  optionNumber,
  rollBackward,
  rollForward,
  step,
  triggerStep,
  variantCode,
  warning
} from '../engine'
import { nonWorkingReason, type WorkCalendar } from '../holidays'
import { renderDeadlineMessage } from '../messages'
import type { DeadlineAlternative, DeadlineStep, DeadlineWarning } from '../types'
import { booleanOption, daysStep, integerOption, text } from './common'
import { DISTRICT_OPTION, closureWarnings, courtSetup } from './us-court'

/** Federal Rules of Civil Procedure (periods counted under FRCP 6(a)) and FRAP 4(a)(1)(A). */

function periodAfter(
  ctx: RuleContext,
  days: number,
  event: string,
  citation: string,
  rules: 'frcp' | 'frap' = 'frcp'
): RuleOutcome & { steps: DeadlineStep[] } {
  const court = courtSetup(ctx, rules)
  const count = daysStep(court.policy.calendar, ctx.closures, ctx.trigger, days, citation)
  const roll = applyRollover(court.policy, ctx.closures, count.day)
  return {
    due: roll.due,
    steps: [
      triggerStep(event, ctx.trigger, rules === 'frap' ? 'FRAP 26(a)(1)(A)' : 'FRCP 6(a)(1)(A)'),
      count.step,
      roll.step,
      court.holidayStep,
      court.zoneStep
    ],
    warnings: closureWarnings(roll.skipped),
    timeZone: court.timeZone
  }
}

export const usFrcpAnswer: RuleDefinition = {
  meta: {
    id: 'us.frcp.answer',
    name: text('Answer to the complaint (US federal court)', '答辩（美国联邦法院）'),
    jurisdiction: 'US',
    triggerLabel: text('Date of service of the summons and complaint', '传票和起诉状送达日'),
    citation: 'FRCP 12(a)(1)(A)(i); FRCP 6(a)',
    options: [DISTRICT_OPTION]
  },
  compute: (ctx) => periodAfter(ctx, 21, 'served', 'FRCP 12(a)(1)(A)(i)')
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
      ),
      DISTRICT_OPTION
    ]
  },
  compute: (ctx) => {
    const abroad = optionBool(ctx, 'abroad')
    const result = periodAfter(
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

export const usFrcpAnswerAfterMotion: RuleDefinition = {
  meta: {
    id: 'us.frcp.answer-after-motion',
    name: text(
      'Responsive pleading after the court rules on a Rule 12 motion (US federal court)',
      '法院就第 12 条动议作出处理后的答辩（美国联邦法院）'
    ),
    jurisdiction: 'US',
    triggerLabel: text(
      "Date of notice of the court's action on the motion",
      '收到法院就动议作出处理的通知之日'
    ),
    citation: 'FRCP 12(a)(4)(A); FRCP 6(a)',
    options: [DISTRICT_OPTION]
  },
  compute: (ctx) => {
    const result = periodAfter(ctx, 14, 'motion-decided', 'FRCP 12(a)(4)(A)')
    result.steps.push(step('frcp.after-motion', {}, 'FRCP 12(a)(4)'))
    return result
  }
}

/**
 * The three dates a TRO's end can be argued to fall on, side by side; the calendar uses the
 * unrolled expiry (the order's own end, which FRCP 6(a) may or may not move).
 */
function troAlternatives(calendar: WorkCalendar, closures: ReadonlySet<DayNumber>, expiry: DayNumber) {
  const rolled = rollForward(calendar, closures, expiry).day
  const lastCourtDay = rollBackward(calendar, closures, expiry)
  const alt = (
    kind: DeadlineAlternative['kind'],
    code: string,
    day: DayNumber,
    actOn: boolean
  ): DeadlineAlternative => {
    const params = { date: formatDay(day) }
    return { kind, date: params.date, actOn, code, params, text: renderDeadlineMessage(code, params, 'en') }
  }
  return {
    rolled,
    lastCourtDay,
    alternatives: [
      alt('unrolled', 'tro.alt.unrolled', expiry, true),
      alt('rolled', rolled === expiry ? 'tro.alt.rolled-same' : 'tro.alt.rolled', rolled, false),
      alt('last-court-day', 'tro.alt.last-court-day', lastCourtDay, false)
    ]
  }
}

function troOutcome(ctx: RuleContext, days: number, expiryStep: (calendar: WorkCalendar) => DeadlineStep[]) {
  const court = courtSetup(ctx, 'frcp')
  const calendar = court.policy.calendar
  const expiry = ctx.trigger + days
  const reason = nonWorkingReason(calendar, ctx.closures, expiry)
  const { rolled, lastCourtDay, alternatives } = troAlternatives(calendar, ctx.closures, expiry)
  const warnings: DeadlineWarning[] = []
  if (reason) {
    warnings.push(
      warning(variantCode('tro.expiry-day-off', reason.kind), {
        date: formatDay(expiry),
        lastCourtDay: formatDay(lastCourtDay),
        rolled: formatDay(rolled),
        ...holidayParams(reason)
      })
    )
  }
  return {
    due: expiry,
    steps: [
      triggerStep('tro-entered', ctx.trigger, 'FRCP 6(a)(1)(A)'),
      ...expiryStep(calendar),
      step('tro.no-rollover', {}, 'FRCP 65(b)(2); cf. FRCP 6(a)(1)(C)'),
      step('tro.last-court-day', { lastCourtDay: formatDay(lastCourtDay) }, 'FRCP 65(b)(2)'),
      court.holidayStep,
      court.zoneStep
    ],
    warnings,
    timeZone: court.timeZone,
    alternatives
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
      ),
      DISTRICT_OPTION
    ]
  },
  compute: (ctx) => {
    const days = optionNumber(ctx, 'days')
    return troOutcome(ctx, days, (calendar) => [
      dayStep(
        'tro.expires',
        calendar,
        ctx.closures,
        ctx.trigger + days,
        { days, trigger: formatDay(ctx.trigger) },
        'FRCP 65(b)(2)'
      )
    ])
  }
}

export const usFrcpTroExtended: RuleDefinition = {
  meta: {
    id: 'us.frcp.tro-extended',
    name: text(
      'Expiry of a TRO extended once for a like period (US federal court)',
      '延长一次同等期间后的临时限制令到期（美国联邦法院）'
    ),
    jurisdiction: 'US',
    triggerLabel: text('Date the TRO was entered', '临时限制令的作出日'),
    citation: 'FRCP 65(b)(2)',
    options: [DISTRICT_OPTION]
  },
  compute: (ctx) =>
    troOutcome(ctx, 28, (calendar) => [
      dayStep('tro-ext.expires', calendar, ctx.closures, ctx.trigger + 28, {}, 'FRCP 65(b)(2)'),
      step('tro-ext.condition', { original: formatDay(ctx.trigger + 14) }, 'FRCP 65(b)(2)')
    ])
}

export const usFrcpPiOpposition: RuleDefinition = {
  meta: {
    id: 'us.frcp.pi-opposition',
    name: text(
      'Opposition to a preliminary injunction motion, 7 days before the hearing (US federal court)',
      '对初步禁令动议的反对文件（开庭前 7 日，美国联邦法院）'
    ),
    jurisdiction: 'US',
    triggerLabel: text('Date of the hearing', '开庭（听证）日'),
    citation: 'FRCP 6(c)(2); FRCP 6(a)(5)',
    options: [DISTRICT_OPTION]
  },
  compute: (ctx) => {
    const court = courtSetup(ctx, 'frcp-back')
    const lastDay = ctx.trigger - 7
    const roll = applyRollBackward(court.policy, ctx.closures, lastDay)
    return {
      due: roll.due,
      steps: [
        step('trigger.hearing', { date: formatDay(ctx.trigger) }, 'FRCP 6(a)(1)(A), 6(a)(5)'),
        dayStep(
          'pi.count',
          court.policy.calendar,
          ctx.closures,
          lastDay,
          { trigger: formatDay(ctx.trigger) },
          'FRCP 6(c)(2)'
        ),
        roll.step,
        step('pi.court-order', {}, 'FRCP 6(c)(1)-(2)'),
        court.holidayStep,
        court.zoneStep
      ],
      warnings: [],
      timeZone: court.timeZone
    }
  }
}

export const usFrapNoticeOfAppeal: RuleDefinition = {
  meta: {
    id: 'us.frap.notice-of-appeal',
    name: text(
      'Notice of appeal, 30 days after judgment (US federal court)',
      '上诉通知（判决登记后 30 日，美国联邦法院）'
    ),
    jurisdiction: 'US',
    triggerLabel: text('Date the judgment or order was entered', '判决或命令的登记日'),
    citation: 'FRAP 4(a)(1)(A); FRAP 26(a)',
    options: [DISTRICT_OPTION]
  },
  compute: (ctx) => {
    const result = periodAfter(ctx, 30, 'judgment-entered', 'FRAP 4(a)(1)(A)', 'frap')
    result.steps.push(
      step('frap.where', {}, 'FRAP 3(a)(1), 26(a)(6)(C)'),
      step('frap.us-party', {}, 'FRAP 4(a)(1)(B), 4(a)(4)')
    )
    return result
  }
}
