import { type DayNumber, formatDay } from '../calendar'
import { type RollPolicy, type RuleContext, type SkippedDay, optionString, step, warning } from '../engine'
import { federalClosureOn, usCourtCalendar } from '../holidays'
import { US_DEFAULT_COURT_ZONE, US_DISTRICTS, type UsDistrict } from '../forums'
import type { DeadlineStep, DeadlineWarning, LocalizedText } from '../types'
import { enumOption, text } from './common'

/** What the US federal court rules share: the district option, its holidays and its time zone. */

const DISTRICT_LABELS: Record<string, LocalizedText> = {
  none: text('Not chosen (federal holidays only; Eastern time)', '未选择（仅联邦假日；美国东部时间）'),
  ...Object.fromEntries(Object.entries(US_DISTRICTS).map(([id, d]) => [id, text(d.name.en, d.name.zh)]))
}

export const DISTRICT_OPTION = enumOption(
  'district',
  text(
    'District court (for the state legal holidays and time zone where it sits)',
    '地区法院（用于其所在州的法定假日及时区）'
  ),
  DISTRICT_LABELS,
  'none'
)

export interface CourtSetup {
  readonly district: UsDistrict | undefined
  readonly policy: RollPolicy
  readonly timeZone: string
  /** "Legal holidays applied ..." */
  readonly holidayStep: DeadlineStep
  /** "The last day ends at midnight in the court's time zone ..." */
  readonly zoneStep: DeadlineStep
}

export function courtSetup(ctx: RuleContext, rules: 'frcp' | 'frap' | 'frcp-back'): CourtSetup {
  const id = optionString(ctx, 'district')
  const district = US_DISTRICTS[id]
  const calendar = usCourtCalendar(district ? id : undefined)
  const citation =
    rules === 'frap'
      ? 'FRAP 26(a)(1)(C)'
      : rules === 'frcp-back'
        ? 'FRCP 6(a)(1)(C), 6(a)(5)'
        : 'FRCP 6(a)(1)(C)'
  const holidayCitation = rules === 'frap' ? 'FRAP 26(a)(6)' : 'FRCP 6(a)(6)'
  const zoneCitation = rules === 'frap' ? 'FRAP 26(a)(4)(A)' : 'FRCP 6(a)(4)(A)'
  const timeZone = district?.timeZone ?? US_DEFAULT_COURT_ZONE
  return {
    district,
    policy: { id: rules, calendar, citation },
    timeZone,
    holidayStep: district
      ? step(
          'frcp.holidays.district',
          {
            place: district.stateName.en,
            placeZh: district.stateName.zh,
            court: id,
            courtZh: district.name.zh
          },
          holidayCitation
        )
      : step('frcp.holidays.no-district', {}, holidayCitation),
    zoneStep: district
      ? step('tz.court-midnight', { timeZone }, zoneCitation)
      : step('tz.court-midnight-assumed', { timeZone }, zoneCitation)
  }
}

/** A warning for each Executive Order closure a result was extended past (us-closures.ts). */
export function closureWarnings(skipped: readonly SkippedDay[]): DeadlineWarning[] {
  const out: DeadlineWarning[] = []
  for (const s of skipped) {
    if (s.reason.kind !== 'holiday') continue
    const closure = federalClosureOn(s.day as DayNumber)
    if (!closure) continue
    out.push(
      warning('us.closure-applied', {
        date: formatDay(s.day),
        holiday: closure.name.en,
        holidayZh: closure.name.zh,
        source: closure.source
      })
    )
  }
  return out
}
