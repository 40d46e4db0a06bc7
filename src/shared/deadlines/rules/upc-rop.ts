import { type DayNumber, daysFromCivil } from '../calendar'
import {
  type RuleContext,
  type RuleDefinition,
  type RollPolicy,
  applyRollover,
  messageStep,
  optionString,
  step,
  triggerStep,
  warning
} from '../engine'
import { UPC_DIVISIONS } from '../forums'
import { upcSeatCalendar, upcSeatZone } from '../holidays'
import { COUNTRY_NAMES, placeParams } from '../places'
import type { DeadlineStep, DeadlineWarning, LocalizedText } from '../types'
import { daysStep, enumOption, monthsStep, text } from './common'

/** Contracting Member States where the UPC Agreement is in force (a division sits in one of them). */
const MEMBER_STATES: Record<string, LocalizedText> = {
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
  SI: text('Slovenia', '斯洛文尼亚'),
  // Division seats: RoP 301 uses the holidays where the division sits (German Land holidays included).
  ...Object.fromEntries(Object.entries(UPC_DIVISIONS).map(([id, d]) => [id, text(d.name.en, d.name.zh)]))
}

function memberStateOption(defaultValue: string) {
  return enumOption(
    'memberState',
    text(
      'Division seat or Member State where the division sits (for official holidays)',
      '分庭所在地或所在缔约成员国（用于官方假日）'
    ),
    MEMBER_STATES,
    defaultValue
  )
}

const UPC_START = daysFromCivil(2023, 6, 1)

interface UpcSetup {
  readonly policy: RollPolicy
  readonly timeZone: string
  readonly warnings: DeadlineWarning[]
  readonly holidayStep: DeadlineStep
}

function upcSetup(ctx: RuleContext): UpcSetup {
  const seat = optionString(ctx, 'memberState')
  const calendar = upcSeatCalendar(seat)
  const division = UPC_DIVISIONS[seat]
  const warnings: DeadlineWarning[] = []
  if (division?.germanState) warnings.push(warning('upc.division-seat', placeParams(division.name)))
  else {
    const country = division?.country ?? seat
    warnings.push(
      warning('upc.approximated', placeParams(COUNTRY_NAMES[country] ?? { en: country, zh: country }))
    )
  }
  if (ctx.trigger < UPC_START) warnings.push(warning('upc.before-start', {}))
  return {
    policy: { id: 'upc', calendar, citation: 'UPC RoP 301(1)' },
    timeZone: upcSeatZone(seat),
    warnings,
    holidayStep: messageStep(calendar.description, 'UPC RoP 301(2)')
  }
}

function upcOutcome(
  ctx: RuleContext,
  setup: UpcSetup,
  event: string,
  lastDay: DayNumber,
  count: DeadlineStep,
  extra: DeadlineStep[]
) {
  const roll = applyRollover(setup.policy, ctx.closures, lastDay)
  return {
    due: roll.due,
    steps: [triggerStep(event, ctx.trigger, 'UPC RoP 300(a)'), count, roll.step, ...extra, setup.holidayStep],
    warnings: setup.warnings,
    timeZone: setup.timeZone
  }
}

/** UPC Rules of Procedure: Statement of defence within 3 months of service of the Statement of claim. */
export const upcRopDefence: RuleDefinition = {
  meta: {
    id: 'upc.rop.defence',
    name: text('Statement of defence (Unified Patent Court)', '答辩书（统一专利法院）'),
    jurisdiction: 'UPC',
    triggerLabel: text('Date of service of the Statement of claim', '起诉书的送达日'),
    citation: 'UPC RoP 23, 300, 301',
    options: [memberStateOption('DE')]
  },
  compute: (ctx) => {
    const setup = upcSetup(ctx)
    const period = monthsStep(setup.policy.calendar, ctx.closures, ctx.trigger, 3, 'UPC RoP 23, 300(c)')
    return upcOutcome(ctx, setup, 'upc-claim', period.day, period.step, [])
  }
}

export const upcRopPreliminaryObjection: RuleDefinition = {
  meta: {
    id: 'upc.rop.preliminary-objection',
    name: text('Preliminary objection (Unified Patent Court)', '初步异议（统一专利法院）'),
    jurisdiction: 'UPC',
    triggerLabel: text('Date of service of the Statement of claim', '起诉书的送达日'),
    citation: 'UPC RoP 19.1, 300, 301',
    options: [memberStateOption('DE')]
  },
  compute: (ctx) => {
    const setup = upcSetup(ctx)
    const period = monthsStep(setup.policy.calendar, ctx.closures, ctx.trigger, 1, 'UPC RoP 19.1, 300(c)')
    return upcOutcome(ctx, setup, 'upc-claim', period.day, period.step, [
      step('upc.po.scope', {}, 'UPC RoP 19.1')
    ])
  }
}

export const upcRopAppeal: RuleDefinition = {
  meta: {
    id: 'upc.rop.appeal',
    name: text('Statement of appeal (Unified Patent Court)', '上诉状（统一专利法院）'),
    jurisdiction: 'UPC',
    triggerLabel: text('Date of service of the decision or order', '裁判或裁定的送达日'),
    citation: 'UPC RoP 224.1, 300, 301',
    options: [
      enumOption(
        'against',
        text('Appeal against', '上诉对象'),
        {
          decision: text(
            'A final decision (2 months; RoP 220.1(a), (b))',
            '终局裁判（2个月；RoP 220.1(a)、(b)）'
          ),
          order: text('An order under RoP 220.1(c) (15 days)', 'RoP 220.1(c) 所列裁定（15日）')
        },
        'decision'
      ),
      memberStateOption('LU')
    ]
  },
  compute: (ctx) => {
    const setup = upcSetup(ctx)
    if (optionString(ctx, 'against') === 'order') {
      const count = daysStep(setup.policy.calendar, ctx.closures, ctx.trigger, 15, 'UPC RoP 224.1(b), 300(b)')
      return upcOutcome(ctx, setup, 'upc-order', count.day, count.step, [
        step('upc.appeal.grounds-order', {}, 'UPC RoP 224.2(b), 220.2')
      ])
    }
    const period = monthsStep(setup.policy.calendar, ctx.closures, ctx.trigger, 2, 'UPC RoP 224.1(a), 300(c)')
    return upcOutcome(ctx, setup, 'upc-decision', period.day, period.step, [
      step('upc.appeal.grounds-decision', {}, 'UPC RoP 224.2(a)')
    ])
  }
}
