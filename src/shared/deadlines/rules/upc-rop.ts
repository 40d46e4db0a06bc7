import { addMonthsClamped, daysFromCivil } from '../calendar'
import {
  type RuleDefinition,
  type RollPolicy,
  applyRollover,
  labelDay,
  optionString,
  triggerStep
} from '../engine'
import { nationalCalendar } from '../holidays'
import { clampNote, enumOption, text } from './common'

/** Contracting Member States where the UPC Agreement is in force (a division sits in one of them). */
const MEMBER_STATES: Record<string, ReturnType<typeof text>> = {
  AT: text('Austria', '奥地利'),
  BE: text('Belgium', '比利时'),
  BG: text('Bulgaria', '保加利亚'),
  DE: text('Germany', '德国'),
  DK: text('Denmark', '丹麦'),
  EE: text('Estonia', '爱沙尼亚'),
  FI: text('Finland', '芬兰'),
  FR: text('France', '法国'),
  IT: text('Italy', '意大利'),
  LT: text('Lithuania', '立陶宛'),
  LU: text('Luxembourg (Court of Appeal)', '卢森堡（上诉法院）'),
  LV: text('Latvia', '拉脱维亚'),
  MT: text('Malta', '马耳他'),
  NL: text('Netherlands', '荷兰'),
  PT: text('Portugal', '葡萄牙'),
  RO: text('Romania', '罗马尼亚'),
  SE: text('Sweden (Nordic-Baltic regional division)', '瑞典（北欧-波罗的海地区分庭）'),
  SI: text('Slovenia', '斯洛文尼亚')
}

const UPC_START = daysFromCivil(2023, 6, 1)

/** UPC Rules of Procedure: Statement of defence within 3 months of service of the Statement of claim. */
export const upcRopDefence: RuleDefinition = {
  meta: {
    id: 'upc.rop.defence',
    name: text('Statement of defence (Unified Patent Court)', '答辩书（统一专利法院）'),
    jurisdiction: 'UPC',
    triggerLabel: text('Date of service of the Statement of claim', '起诉书的送达日'),
    citation: 'UPC RoP 23, 300, 301',
    options: [
      enumOption(
        'memberState',
        text(
          'Member State where the division sits (for official holidays)',
          '审理分庭所在的缔约成员国（用于法定假日）'
        ),
        MEMBER_STATES,
        'DE'
      )
    ]
  },
  compute: (ctx) => {
    const state = optionString(ctx, 'memberState')
    const stateName = MEMBER_STATES[state]?.en ?? state
    const policy: RollPolicy = {
      calendar: nationalCalendar(state),
      holidayTerm: 'official holiday',
      nextPhrase: 'the period is extended until the end of the first following working day',
      citation: 'UPC RoP 301(1)'
    }
    const { day: lastDay, clamped } = addMonthsClamped(ctx.trigger, 3)
    const label = labelDay(policy.calendar, ctx.closures, lastDay, policy.holidayTerm)
    const roll = applyRollover(policy, ctx.closures, lastDay)
    const warnings = [
      `UPC official holidays are approximated by the nationwide public holidays of ${stateName} (date-holidays data), ` +
        'the Contracting Member State where the division sits. Regional holidays at the seat (e.g. Bavaria for Munich) and ' +
        "days on which the Court announces it is closed are not applied: check the Court's list for the division and add missing days as closures"
    ]
    if (ctx.trigger < UPC_START) warnings.push('The UPC opened on 2023-06-01; this trigger date is earlier')
    return {
      due: roll.due,
      steps: [
        triggerStep('Statement of claim served (received)', ctx.trigger, 'UPC RoP 300(a)'),
        {
          text: clamped
            ? `3 months: ${clampNote(ctx.trigger, lastDay)} = ${label}`
            : `3 months: ends in the third following month on the day with the same number = ${label}`,
          citation: 'UPC RoP 23, 300(c)'
        },
        roll.step
      ],
      warnings
    }
  }
}
