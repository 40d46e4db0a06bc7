import { describeDay, formatDay } from '../calendar'
import {
  type RuleDefinition,
  coverageWarnings,
  countWorkingDays,
  labelDay,
  optionNumber,
  optionString,
  reasonText,
  rollBackward,
  skippedSummary
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
import { enumOption, integerOption, ordinal, text } from './common'

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

function holidayTerm(jurisdiction: string): string {
  return jurisdiction === 'US'
    ? 'US federal holiday'
    : jurisdiction === 'CN'
      ? 'Chinese statutory holiday'
      : `${jurisdiction} public holiday`
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
    const term = holidayTerm(jurisdiction)
    const steps = [
      {
        text: `Trigger: ${describeDay(ctx.trigger)}, the date the letter counts from; the day itself is excluded`
      }
    ]
    let due: number
    const warnings: string[] = []
    if (business) {
      const notCounted = hasHolidayData(jurisdiction)
        ? `${jurisdiction}: Saturdays, Sundays and ${term}s not counted${jurisdiction === 'CN' ? '; make-up working days count' : ''}`
        : `${jurisdiction}: no holiday data, only Saturdays and Sundays not counted`
      const counted = countWorkingDays(calendar, ctx.closures, ctx.trigger, days)
      due = counted.day
      steps.push({
        text: `${ordinal(days)} business day after it (${notCounted}) = ${describeDay(due)}${skippedSummary(counted.skipped)}`
      })
      warnings.push(...coverageWarnings(calendar, ctx.trigger + 1, due))
    } else {
      due = ctx.trigger + days
      steps.push({ text: `+${days} calendar days = ${labelDay(calendar, ctx.closures, due, term)}` })
      const reason = nonWorkingReason(calendar, ctx.closures, due)
      if (reason) {
        const previous = rollBackward(calendar, ctx.closures, due)
        warnings.push(
          `The demanded date ${formatDay(due)} is ${reasonText(reason, term)}. A letter's deadline does not roll over: ` +
            `to be safe respond by the previous working day, ${describeDay(previous)}, or confirm the date with the sender`
        )
      }
      warnings.push(...coverageWarnings(calendar, due, due))
    }
    steps.push({
      text: `A deadline demanded in a letter is not a statutory period: no legal roll-over to a working day is applied. Days off used: ${calendar.description}`
    })
    return { due, steps, warnings }
  }
}
