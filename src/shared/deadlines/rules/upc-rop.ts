import { daysFromCivil } from '../calendar'
import {
  type RuleDefinition,
  type RollPolicy,
  applyRollover,
  optionString,
  triggerStep,
  warning
} from '../engine'
import { nationalCalendar } from '../holidays'
import { COUNTRY_NAMES, placeParams } from '../places'
import { enumOption, monthsStep, text } from './common'

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
    const policy: RollPolicy = { id: 'upc', calendar: nationalCalendar(state), citation: 'UPC RoP 301(1)' }
    const period = monthsStep(policy.calendar, ctx.closures, ctx.trigger, 3, 'UPC RoP 23, 300(c)')
    const roll = applyRollover(policy, ctx.closures, period.day)
    const warnings = [
      warning('upc.approximated', placeParams(COUNTRY_NAMES[state] ?? { en: state, zh: state }))
    ]
    if (ctx.trigger < UPC_START) warnings.push(warning('upc.before-start', {}))
    return {
      due: roll.due,
      steps: [triggerStep('upc-claim', ctx.trigger, 'UPC RoP 300(a)'), period.step, roll.step],
      warnings
    }
  }
}
