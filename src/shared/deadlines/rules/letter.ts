import { formatDay } from '../calendar'
import {
  type RuleDefinition,
  applyRollover,
  coverageWarnings,
  countWorkingDays,
  dayStep,
  holidayParams,
  messageStep,
  optionNumber,
  optionString,
  rollBackward,
  skipsStep,
  step,
  variantCode,
  warning
} from '../engine'
import {
  type WorkCalendar,
  germanCalendar,
  nationalCalendar,
  nonWorkingReason,
  usFederalCalendar,
  weekendOnlyCalendar
} from '../holidays'
import { chinaCalendar } from '../holidays-cn'
import type { DeadlineWarning } from '../types'
import { enumOption, integerOption, text } from './common'

// The app's own jurisdiction codes, so a matter's jurisdiction can be passed straight through.
const JURISDICTIONS = {
  US: text('United States (federal holidays)', '美国（联邦假日）'),
  CN: text('China (statutory holidays and make-up working days)', '中国（法定节假日及调休）'),
  DE: text('Germany (nationwide holidays)', '德国（全国性假日）'),
  FR: text('France (public holidays)', '法国（公共假日）'),
  GB: text('United Kingdom (UK-wide bank holidays)', '英国（全英银行假日）'),
  JP: text('Japan (public holidays)', '日本（公共假日）'),
  KR: text('South Korea (public holidays)', '韩国（公共假日）'),
  CA: text('Canada (federal public holidays)', '加拿大（联邦公共假日）'),
  AU: text('Australia (national public holidays)', '澳大利亚（全国公共假日）'),
  EU: text('European Union (weekends only)', '欧盟（仅周末）'),
  UPC: text('Unified Patent Court (weekends only)', '统一专利法院（仅周末）'),
  WIPO: text('WIPO (weekends only)', '世界知识产权组织（仅周末）'),
  OTHER: text('Other (weekends only)', '其他（仅周末）')
}

const NATIONAL = new Set(['FR', 'GB', 'JP', 'KR', 'CA', 'AU'])

function hasHolidayData(jurisdiction: string): boolean {
  return jurisdiction === 'US' || jurisdiction === 'CN' || jurisdiction === 'DE' || NATIONAL.has(jurisdiction)
}

function calendarFor(jurisdiction: string): WorkCalendar {
  if (jurisdiction === 'US') return usFederalCalendar()
  if (jurisdiction === 'CN') return chinaCalendar()
  if (jurisdiction === 'DE') return germanCalendar()
  if (NATIONAL.has(jurisdiction)) return nationalCalendar(jurisdiction)
  return weekendOnlyCalendar(jurisdiction)
}

/** A deadline a warning letter demands: counted as asserted, never rolled over, flagged when it is a day off. */
export const letterAsserted: RuleDefinition = {
  meta: {
    id: 'letter.asserted',
    name: text('Deadline demanded in a letter', '函件中要求的期限'),
    jurisdiction: 'ANY',
    triggerLabel: text('Date the letter counts the period from', '函件期限的起算日'),
    citation: 'Asserted by the sender (no statutory period)',
    options: [
      integerOption('days', text('Number of days demanded', '要求的天数'), 1, 3650, 14),
      enumOption(
        'basis',
        text('Calendar or business days', '自然日或工作日'),
        { calendar: text('Calendar days', '自然日'), business: text('Business days', '工作日') },
        'calendar'
      ),
      enumOption(
        'jurisdiction',
        text('Jurisdiction for business days and holidays', '工作日和节假日依据的法域'),
        JURISDICTIONS,
        'US'
      )
    ]
  },
  compute: (ctx) => {
    const days = optionNumber(ctx, 'days')
    const business = optionString(ctx, 'basis') === 'business'
    const jurisdiction = optionString(ctx, 'jurisdiction')
    const calendar = calendarFor(jurisdiction)
    const steps = [step('letter.trigger', { date: formatDay(ctx.trigger) })]
    let due: number
    const warnings: DeadlineWarning[] = []
    if (business) {
      const kind = jurisdiction === 'CN' ? 'cn' : hasHolidayData(jurisdiction) ? 'holidays' : 'weekends'
      const counted = countWorkingDays(calendar, ctx.closures, ctx.trigger, days)
      due = counted.day
      steps.push(
        skipsStep(variantCode('letter.business', kind), counted.skipped, {
          days,
          jurisdiction,
          date: formatDay(due)
        })
      )
      warnings.push(...coverageWarnings(calendar, ctx.trigger + 1, due))
    } else if (jurisdiction === 'DE') {
      // BGB 193: a Saturday, Sunday or public holiday at the place of performance is replaced by
      // the next working day, for a period a letter sets as for any other.
      const demanded = ctx.trigger + days
      steps.push(
        dayStep('letter.calendar-days', calendar, ctx.closures, demanded, {
          days,
          trigger: formatDay(ctx.trigger)
        })
      )
      const roll = applyRollover({ id: 'bgb193', calendar, citation: 'BGB § 193' }, ctx.closures, demanded)
      due = roll.due
      steps.push(
        roll.step,
        step('letter.bgb193', {}, 'BGB § 193'),
        step('letter.bgb193-state', {}, 'BGB § 193')
      )
    } else {
      due = ctx.trigger + days
      steps.push(
        dayStep('letter.calendar-days', calendar, ctx.closures, due, {
          days,
          trigger: formatDay(ctx.trigger)
        })
      )
      const reason = nonWorkingReason(calendar, ctx.closures, due)
      if (reason) {
        const previous = formatDay(rollBackward(calendar, ctx.closures, due))
        warnings.push(
          warning(variantCode('letter.day-off', reason.kind), {
            date: formatDay(due),
            previous,
            ...holidayParams(reason)
          })
        )
      }
      warnings.push(...coverageWarnings(calendar, due, due))
    }
    if (!(jurisdiction === 'DE' && !business)) steps.push(step('letter.no-rollover', {}))
    steps.push(messageStep(calendar.description))
    return { due, steps, warnings }
  }
}
