import { addMonthsClamped } from '../calendar'
import {
  type RuleDefinition,
  type RollPolicy,
  applyRollover,
  labelDay,
  optionBool,
  optionString,
  triggerStep
} from '../engine'
import { GERMAN_STATES, type GermanState, germanCalendar } from '../holidays'
import { booleanOption, clampNote, enumOption, text } from './common'

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

/** ZPO 276(1): notice of intention to defend in the written preliminary procedure. */
export const deZpoDefenceNotice: RuleDefinition = {
  meta: {
    id: 'de.zpo.defence-notice',
    name: text('Notice of intention to defend (German civil procedure)', '应诉意向通知（德国民事诉讼）'),
    jurisdiction: 'DE',
    triggerLabel: text('Date of service of the statement of claim', '起诉状的送达日'),
    citation: 'ZPO §§ 276(1), 222; BGB §§ 187(1), 188(2), (3)',
    options: [
      booleanOption(
        'abroad',
        text('Statement of claim served abroad (1 month)', '起诉状在国外送达（1个月）')
      ),
      enumOption(
        'state',
        text(
          'Federal state (Bundesland) where the court sits, for state holidays',
          '法院所在联邦州（用于州法定假日）'
        ),
        STATE_LABELS,
        'none'
      )
    ]
  },
  compute: (ctx) => {
    const abroad = optionBool(ctx, 'abroad')
    const stateOption = optionString(ctx, 'state')
    const state = isGermanState(stateOption) ? stateOption : undefined
    const policy: RollPolicy = {
      calendar: germanCalendar(state),
      holidayTerm: 'general public holiday',
      nextPhrase: 'the period ends at the end of the next working day',
      citation: 'ZPO § 222(2)'
    }
    let lastDay: number
    let periodStep
    if (abroad) {
      const { day, clamped } = addMonthsClamped(ctx.trigger, 1)
      lastDay = day
      const label = labelDay(policy.calendar, ctx.closures, day, policy.holidayTerm)
      periodStep = {
        text: clamped
          ? `1 month (service abroad): ${clampNote(ctx.trigger, day)} = ${label}`
          : `1 month (service abroad): ends on the day of the next month with the same number = ${label}`,
        citation: 'ZPO § 276(1) sentence 3; BGB § 188(2)' + (clamped ? ', (3)' : '')
      }
    } else {
      lastDay = ctx.trigger + 14
      periodStep = {
        text: `2 weeks: ends on the same weekday two weeks later = ${labelDay(policy.calendar, ctx.closures, lastDay, policy.holidayTerm)}`,
        citation: 'ZPO § 276(1) sentence 1; BGB § 188(2)'
      }
    }
    const roll = applyRollover(policy, ctx.closures, lastDay)
    const warnings: string[] = []
    if (!state) {
      warnings.push(
        'No Bundesland chosen: only nationwide public holidays were applied. Public holidays of the state where the ' +
          'court sits also extend the period (ZPO § 222(2)): choose the state'
      )
    } else if (state === 'BY') {
      warnings.push(
        'Assumption Day (15 August) is a public holiday only in predominantly Catholic Bavarian municipalities and the ' +
          "Augsburg Peace Festival (8 August) only in Augsburg; neither is applied. Add them as closure days if the court's seat observes them"
      )
    }
    return {
      due: roll.due,
      steps: [
        triggerStep('statement of claim served', ctx.trigger, 'ZPO § 222(1); BGB § 187(1)'),
        periodStep,
        roll.step,
        {
          text:
            'This is a Notfrist: it cannot be extended, and missing it allows judgment by default without a hearing. ' +
            (abroad
              ? "For service abroad the presiding judge may set a longer period: use the period in the court's order. "
              : '') +
            `Holidays applied: ${policy.calendar.description}`,
          citation: 'ZPO §§ 224, 276(1), 331(3)'
        }
      ],
      warnings
    }
  }
}
