import { addYearsClamped, formatDay } from '../calendar'
import { type RuleDefinition, applyRollover, labelDay, triggerStep } from '../engine'
import { clampNote, dcBusinessPolicy, text } from './common'

/** PTAB: the one-year bar on IPR petitions, rolled per 35 USC 21(b). */
export const usPtabIprBar: RuleDefinition = {
  meta: {
    id: 'us.ptab.ipr-bar',
    name: text(
      'IPR petition time bar (1 year after service of the complaint)',
      '多方复审（IPR）请求时限（起诉状送达后1年）'
    ),
    jurisdiction: 'US',
    triggerLabel: text('Date the complaint alleging infringement was served', '侵权起诉状的送达日'),
    citation: '35 USC 315(b); 35 USC 21(b)',
    options: []
  },
  compute: (ctx) => {
    const policy = dcBusinessPolicy(
      'Federal holiday within the District of Columbia',
      'next succeeding business day that is not a Saturday, Sunday or Federal holiday',
      '35 USC 21(b)'
    )
    const { day: anniversary, clamped } = addYearsClamped(ctx.trigger, 1)
    const roll = applyRollover(policy, ctx.closures, anniversary)
    const label = labelDay(policy.calendar, ctx.closures, anniversary, policy.holidayTerm)
    const warnings: string[] = []
    if (clamped) {
      // Feb 29 + 1 year: USPTO practice takes the last day of the month (MPEP 710.01(a), Ex parte
      // Messick); it is also the earlier of the two candidates, so it can never make a petition late.
      warnings.push(
        `Served on ${formatDay(ctx.trigger)}: one year later has no February 29. This engine uses February 28 ` +
          '(USPTO corresponding-day practice, the earlier and safer date); some count to March 1, so do not rely on the later date'
      )
    }
    return {
      due: roll.due,
      steps: [
        triggerStep('complaint served', ctx.trigger, '35 USC 315(b)'),
        {
          text: clamped
            ? `1 year after service: ${clampNote(ctx.trigger, anniversary)} = ${label}`
            : `1 year after service (the anniversary date) = ${label}; a petition filed later is barred`,
          citation: clamped ? '35 USC 315(b); MPEP 710.01(a)' : '35 USC 315(b)'
        },
        roll.step,
        {
          text:
            'Use the earliest service of such a complaint on the petitioner, a real party in interest or a privy. ' +
            'The bar does not apply to a request for joinder under 35 USC 315(c)',
          citation: '35 USC 315(b)'
        },
        {
          text:
            'Holidays applied: US federal holidays with their observed days, and Inauguration Day in DC. ' +
            'DC Emancipation Day is a District, not a Federal, holiday and is not applied; add unscheduled USPTO closures as closure days',
          citation: '35 USC 21(b); 5 USC 6103'
        }
      ],
      warnings
    }
  }
}
