import { type DayNumber, addMonthsClamped, formatDay, parseIsoDate } from '../calendar'
import { DeadlineError } from '../errors'
import { GERMANY_ZONE } from '../forums'
import {
  type RuleContext,
  type RuleDefinition,
  type RollPolicy,
  applyRollover,
  dayStep,
  messageStep,
  optionBool,
  optionString,
  step,
  triggerStep,
  warning
} from '../engine'
import { GERMAN_STATES, type GermanState, germanCalendar } from '../holidays'
import type { DateOptionSpec, DeadlineStep, DeadlineWarning } from '../types'
import { booleanOption, enumOption, monthsStep, text } from './common'

const STATE_LABELS: Record<string, ReturnType<typeof text>> = {
  none: text('None chosen (nationwide holidays only)', '未选择（仅全国性假日）'),
  BW: text('Baden-Württemberg', '巴登-符腾堡州'),
  BY: text('Bavaria (Bayern)', '巴伐利亚州'),
  BE: text('Berlin', '柏林'),
  BB: text('Brandenburg', '勃兰登堡州'),
  HB: text('Bremen', '不来梅'),
  HH: text('Hamburg', '汉堡'),
  HE: text('Hesse (Hessen)', '黑森州'),
  MV: text('Mecklenburg-Vorpommern', '梅克伦堡-前波莫瑞州'),
  NI: text('Lower Saxony (Niedersachsen)', '下萨克森州'),
  NW: text('North Rhine-Westphalia (Nordrhein-Westfalen)', '北莱茵-威斯特法伦州'),
  RP: text('Rhineland-Palatinate (Rheinland-Pfalz)', '莱茵兰-普法尔茨州'),
  SL: text('Saarland', '萨尔州'),
  SN: text('Saxony (Sachsen)', '萨克森州'),
  ST: text('Saxony-Anhalt (Sachsen-Anhalt)', '萨克森-安哈尔特州'),
  SH: text('Schleswig-Holstein', '石勒苏益格-荷尔斯泰因州'),
  TH: text('Thuringia (Thüringen)', '图林根州')
}

function isGermanState(s: string): s is GermanState {
  return (GERMAN_STATES as readonly string[]).includes(s)
}

export const GERMAN_STATE_OPTION = enumOption(
  'state',
  text(
    'Federal state (Bundesland) where the court sits, for state holidays',
    '法院所在联邦州（用于州法定假日）'
  ),
  STATE_LABELS,
  'none'
)

/** ZPO 276(1): notice of intention to defend in the written preliminary procedure. */
export const deZpoDefenceNotice: RuleDefinition = {
  meta: {
    id: 'de.zpo.defence-notice',
    name: text('Notice of intention to defend (German civil procedure)', '应诉意向通知（德国民事诉讼）'),
    jurisdiction: 'DE',
    triggerLabel: text('Date of service of the statement of claim', '起诉状的送达日'),
    citation: 'ZPO §§ 276(1), 222; BGB §§ 187(1), 188(2), (3)',
    timeZone: GERMANY_ZONE,
    options: [
      booleanOption(
        'abroad',
        text('Statement of claim served abroad (1 month)', '起诉状在国外送达（1个月）')
      ),
      GERMAN_STATE_OPTION
    ]
  },
  compute: (ctx) => {
    const abroad = optionBool(ctx, 'abroad')
    const state = germanStateOption(ctx)
    const policy: RollPolicy = { id: 'de', calendar: germanCalendar(state), citation: 'ZPO § 222(2)' }
    const period = abroad
      ? monthsStep(
          policy.calendar,
          ctx.closures,
          ctx.trigger,
          1,
          'ZPO § 276(1) sentence 3; BGB § 188(2)',
          'ZPO § 276(1) sentence 3; BGB § 188(2), (3)'
        )
      : {
          day: ctx.trigger + 14,
          step: dayStep(
            'count.weeks',
            policy.calendar,
            ctx.closures,
            ctx.trigger + 14,
            { weeks: 2, trigger: formatDay(ctx.trigger) },
            'ZPO § 276(1) sentence 1; BGB § 188(2)'
          )
        }
    const roll = applyRollover(policy, ctx.closures, period.day)
    return {
      due: roll.due,
      steps: [
        triggerStep('de-claim', ctx.trigger, 'ZPO § 222(1); BGB § 187(1)'),
        period.step,
        roll.step,
        step(abroad ? 'de.defence.notfrist-abroad' : 'de.defence.notfrist', {}, 'ZPO §§ 224, 276(1), 331(3)'),
        messageStep(policy.calendar.description, 'ZPO § 222(2)')
      ],
      warnings: germanStateWarnings(state),
      timeZone: GERMANY_ZONE
    }
  }
}

/** The `state` option as a GermanState, or undefined for 'none'. */
export function germanStateOption(ctx: RuleContext): GermanState | undefined {
  const value = optionString(ctx, 'state')
  return isGermanState(value) ? value : undefined
}

/** Warnings every German court rule gives about the holidays it could not apply. */
export function germanStateWarnings(state: GermanState | undefined): DeadlineWarning[] {
  if (!state) return [warning('de.no-state', {})]
  if (state === 'BY') return [warning('de.bavaria-local', {})]
  return []
}

const PRONOUNCED_OPTION: DateOptionSpec = {
  name: 'pronouncedOn',
  type: 'date',
  default: '',
  values: [],
  valueLabels: {},
  label: text(
    'Date the judgment was pronounced (optional; for the five-month limit)',
    '判决宣告日（可选；用于五个月最长期限）'
  )
}

/**
 * ZPO 517 / 520(2): a period that "begins with service of the judgment in full form, but at the
 * latest on expiry of five months after its pronouncement". The five months are counted like any
 * month period (BGB 187(1), 188(2), (3)) and are not themselves rolled over; the appeal period then
 * runs from the earlier of service and that moment.
 */
function appealPeriod(ctx: RuleContext, months: number, citation: string, clampCitation: string) {
  const state = germanStateOption(ctx)
  const policy: RollPolicy = { id: 'de', calendar: germanCalendar(state), citation: 'ZPO § 222(2)' }
  const steps: DeadlineStep[] = [triggerStep('de-judgment', ctx.trigger, 'ZPO § 222(1); BGB § 187(1)')]
  const warnings = germanStateWarnings(state)
  const pronouncedIso = optionString(ctx, 'pronouncedOn')
  const pronounced = pronouncedIso ? parseIsoDate(pronouncedIso) : undefined
  let start: DayNumber = ctx.trigger
  if (pronounced !== undefined) {
    if (pronounced > ctx.trigger) {
      throw new DeadlineError(
        'invalid_option',
        `options.pronouncedOn ${pronouncedIso} is after the service date ${formatDay(ctx.trigger)}: a judgment is served after it is pronounced`,
        'options.pronouncedOn'
      )
    }
    const limit = addMonthsClamped(pronounced, 5).day
    steps.push(
      dayStep(
        'de.appeal.five-months',
        policy.calendar,
        ctx.closures,
        limit,
        { pronounced: pronouncedIso },
        `${citation}; BGB §§ 187(1), 188(2)`
      )
    )
    if (ctx.trigger <= limit) {
      steps.push(step('de.appeal.from-service', { served: formatDay(ctx.trigger) }, citation))
    } else {
      start = limit
      steps.push(
        step(
          'de.appeal.from-five-months',
          { served: formatDay(ctx.trigger), limit: formatDay(limit) },
          citation
        )
      )
    }
  } else {
    warnings.push(warning('de.appeal.no-pronouncement', {}))
  }
  const period = monthsStep(policy.calendar, ctx.closures, start, months, citation, clampCitation)
  const roll = applyRollover(policy, ctx.closures, period.day)
  steps.push(period.step, roll.step)
  if (roll.due <= ctx.trigger) {
    warnings.push(warning('de.appeal.expired', { due: formatDay(roll.due), served: formatDay(ctx.trigger) }))
  }
  return { policy, roll, steps, warnings }
}

export const deZpoBerufung: RuleDefinition = {
  meta: {
    id: 'de.zpo.berufung',
    name: text('Appeal on fact and law (Berufung, German civil procedure)', '上诉（Berufung，德国民事诉讼）'),
    jurisdiction: 'DE',
    triggerLabel: text('Date the judgment in full form was served', '完整判决的送达日'),
    citation: 'ZPO §§ 517, 222; BGB §§ 187(1), 188(2), (3)',
    options: [GERMAN_STATE_OPTION, PRONOUNCED_OPTION],
    timeZone: GERMANY_ZONE
  },
  compute: (ctx) => {
    const { policy, roll, steps, warnings } = appealPeriod(
      ctx,
      1,
      'ZPO § 517; BGB § 188(2)',
      'ZPO § 517; BGB § 188(2), (3)'
    )
    steps.push(
      step('de.berufung.notfrist', {}, 'ZPO §§ 517, 224(1), 233, 519(1)'),
      messageStep(policy.calendar.description, 'ZPO § 222(2)')
    )
    return { due: roll.due, steps, warnings, timeZone: GERMANY_ZONE }
  }
}

export const deZpoBerufungsbegruendung: RuleDefinition = {
  meta: {
    id: 'de.zpo.berufungsbegruendung',
    name: text(
      'Grounds of appeal (Berufungsbegründung, German civil procedure)',
      '上诉理由（Berufungsbegründung，德国民事诉讼）'
    ),
    jurisdiction: 'DE',
    triggerLabel: text('Date the judgment in full form was served', '完整判决的送达日'),
    citation: 'ZPO §§ 520(2), 222; BGB §§ 187(1), 188(2), (3)',
    options: [GERMAN_STATE_OPTION, PRONOUNCED_OPTION],
    timeZone: GERMANY_ZONE
  },
  compute: (ctx) => {
    const { policy, roll, steps, warnings } = appealPeriod(
      ctx,
      2,
      'ZPO § 520(2); BGB § 188(2)',
      'ZPO § 520(2); BGB § 188(2), (3)'
    )
    steps.push(
      step('de.begruendung.extension', {}, 'ZPO § 520(2) sentences 2-3'),
      messageStep(policy.calendar.description, 'ZPO § 222(2)')
    )
    return { due: roll.due, steps, warnings, timeZone: GERMANY_ZONE }
  }
}

export const deZpoEinspruch: RuleDefinition = {
  meta: {
    id: 'de.zpo.einspruch',
    name: text(
      'Objection to a default judgment (Einspruch, German civil procedure)',
      '对缺席判决的异议（Einspruch，德国民事诉讼）'
    ),
    jurisdiction: 'DE',
    triggerLabel: text('Date the default judgment was served', '缺席判决的送达日'),
    citation: 'ZPO §§ 339, 222; BGB §§ 187(1), 188(2)',
    options: [
      booleanOption(
        'abroad',
        text('Default judgment served abroad (1 month)', '缺席判决在国外送达（1个月）')
      ),
      GERMAN_STATE_OPTION
    ],
    timeZone: GERMANY_ZONE
  },
  compute: (ctx) => {
    const abroad = optionBool(ctx, 'abroad')
    const state = germanStateOption(ctx)
    const policy: RollPolicy = { id: 'de', calendar: germanCalendar(state), citation: 'ZPO § 222(2)' }
    const period = abroad
      ? monthsStep(
          policy.calendar,
          ctx.closures,
          ctx.trigger,
          1,
          'ZPO § 339(2); BGB § 188(2)',
          'ZPO § 339(2); BGB § 188(2), (3)'
        )
      : {
          day: ctx.trigger + 14,
          step: dayStep(
            'count.weeks',
            policy.calendar,
            ctx.closures,
            ctx.trigger + 14,
            { weeks: 2, trigger: formatDay(ctx.trigger) },
            'ZPO § 339(1); BGB § 188(2)'
          )
        }
    const roll = applyRollover(policy, ctx.closures, period.day)
    return {
      due: roll.due,
      steps: [
        triggerStep('de-default-judgment', ctx.trigger, 'ZPO § 222(1); BGB § 187(1)'),
        period.step,
        roll.step,
        step('de.einspruch.notfrist', {}, 'ZPO §§ 339(1), 340(1)'),
        ...(abroad ? [step('de.einspruch.abroad', {}, 'ZPO § 339(2)')] : []),
        messageStep(policy.calendar.description, 'ZPO § 222(2)')
      ],
      warnings: germanStateWarnings(state),
      timeZone: GERMANY_ZONE
    }
  }
}
