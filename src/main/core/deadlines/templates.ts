// Which deadlines follow from an event, by matter kind, event type and jurisdiction. Proposals
// are computed, not saved: counsel reviews them and accepts them with deadlines.addMany.
import type { z } from 'zod'
import {
  DEFAULT_LEAD_TIMES,
  type DeadlineProposal,
  type ProposeForEventInput,
  type Proposals
} from '../../../shared/contract'
import type { DeadlineRuleId } from '../../../shared/deadlines'
import type { EventType, IpRightType, MatterKind } from '../../../shared/model'
import type { CoreContext } from '../kernel/context'
import { getMatter } from '../matters/matters'
import { computeWithClosures, loadClosures } from './rules'
import { AppError, notFound } from '../kernel/errors'
import { ruleIdsCountedFrom, timelineEventById } from './repo'

interface TemplateFacts {
  /** Rights recorded on the matter; empty when none were entered yet. */
  rightTypes: readonly IpRightType[]
  eventText: string
}

interface DeadlineTemplate {
  id: string
  matterKinds: readonly MatterKind[]
  eventType: EventType
  /** Matter jurisdictions the rule belongs to; 'any' when the forum fixes it (the ITC is American). */
  jurisdictions: readonly string[] | 'any'
  ruleId: DeadlineRuleId
  when?: (facts: TemplateFacts) => boolean
  rationale: string
}

// With no rights recorded yet, propose rather than stay silent: a missed bar cannot be cured.
const hasPatent = (f: TemplateFacts) =>
  f.rightTypes.length === 0 || f.rightTypes.some((t) => t === 'utility_patent' || t === 'design_patent')
const hasCopyright = (f: TemplateFacts) => f.rightTypes.length === 0 || f.rightTypes.includes('copyright')
const isTro = (f: TemplateFacts) => /\bTRO\b|temporary restraining order/i.test(f.eventText)

export const DEADLINE_TEMPLATES: readonly DeadlineTemplate[] = [
  {
    id: 'us.lawsuit.answer',
    matterKinds: ['lawsuit'],
    eventType: 'complaint_served',
    jurisdictions: ['US'],
    ruleId: 'us.frcp.answer',
    rationale:
      'Service of a US federal complaint starts the 21 days to answer or move; missing it risks default.'
  },
  {
    id: 'us.lawsuit.ipr-bar',
    matterKinds: ['lawsuit'],
    eventType: 'complaint_served',
    jurisdictions: ['US'],
    ruleId: 'us.ptab.ipr-bar',
    when: hasPatent,
    rationale:
      'Service of a patent infringement complaint starts the one year in which an IPR petition may be filed.'
  },
  {
    id: 'us.lawsuit.tro-expiry',
    matterKinds: ['lawsuit'],
    eventType: 'order_entered',
    jurisdictions: ['US'],
    ruleId: 'us.frcp.tro-expiry',
    when: isTro,
    rationale:
      'A TRO lapses 14 days after entry unless extended: the date to oppose an extension or a preliminary injunction.'
  },
  {
    id: 'us.itc.response',
    matterKinds: ['itc_investigation'],
    eventType: 'complaint_served',
    jurisdictions: 'any',
    ruleId: 'us.itc.response',
    rationale:
      'A Section 337 respondent must respond to the complaint and notice of investigation within 20 days.'
  },
  {
    id: 'us.marketplace.dmca-restore',
    matterKinds: ['marketplace_complaint'],
    eventType: 'counter_notice_sent',
    jurisdictions: ['US'],
    ruleId: 'us.dmca.restore-window',
    when: hasCopyright,
    rationale:
      'After a DMCA counter-notice the listing comes back in 10 to 14 business days unless the claimant sues.'
  },
  {
    id: 'cn.lawsuit.answer',
    matterKinds: ['lawsuit'],
    eventType: 'complaint_served',
    jurisdictions: ['CN'],
    ruleId: 'cn.cpl.answer',
    rationale:
      'A Chinese court allows 15 days from receipt of the complaint for the defence (30 without domicile in China).'
  },
  {
    id: 'de.lawsuit.defence-notice',
    matterKinds: ['lawsuit'],
    eventType: 'complaint_served',
    jurisdictions: ['DE'],
    ruleId: 'de.zpo.defence-notice',
    rationale:
      'In German written preliminary proceedings the intention to defend must be notified within 2 weeks of service.'
  },
  {
    id: 'upc.lawsuit.defence',
    matterKinds: ['lawsuit'],
    eventType: 'complaint_served',
    jurisdictions: ['UPC'],
    ruleId: 'upc.rop.defence',
    rationale:
      'A UPC defendant has 3 months from service of the Statement of claim to lodge the Statement of defence.'
  }
]

export function proposeForEvent(ctx: CoreContext, input: z.output<typeof ProposeForEventInput>): Proposals {
  // The matter and its rights through the matters area; throws not_found for an unknown matter.
  const { matter, ipRights } = getMatter(ctx, input.matterId)
  const event = timelineEventById(ctx.db, input.eventId)
  if (!event) throw notFound('timeline_event', input.eventId)
  if (event.matterId !== matter.id)
    throw new AppError('validation', { fields: { eventId: 'event_not_in_matter' } })

  const rights = [...ipRights].sort((a, b) => a.id - b.id)
  const jurisdiction = matter.jurisdiction ?? rights[0]?.jurisdiction ?? null
  const facts: TemplateFacts = {
    rightTypes: rights.map((r): IpRightType => r.type),
    eventText: `${event.title}\n${event.details ?? ''}`
  }
  const existing = ruleIdsCountedFrom(ctx.db, matter.id, event.id)
  const closures = loadClosures(ctx.db)

  const proposals: DeadlineProposal[] = []
  for (const t of DEADLINE_TEMPLATES) {
    if (t.eventType !== event.type || !t.matterKinds.includes(matter.kind as MatterKind)) continue
    if (t.jurisdictions !== 'any' && (jurisdiction === null || !t.jurisdictions.includes(jurisdiction)))
      continue
    if (t.when && !t.when(facts)) continue
    const result = computeWithClosures(
      { ruleId: t.ruleId, trigger: event.date, options: {}, closures },
      { rule: 'ruleId', trigger: 'eventId' }
    )
    proposals.push({
      templateId: t.id,
      rationale: t.rationale,
      matterId: matter.id,
      ruleId: t.ruleId,
      title: '',
      triggerEventId: event.id,
      triggerDate: event.date,
      options: {},
      due: result.due,
      earliest: result.earliest ?? null,
      steps: result.steps,
      warnings: result.warningCodes,
      leadTimes: [...DEFAULT_LEAD_TIMES],
      existingDeadlineId: existing.find((d) => d.ruleId === t.ruleId)?.id ?? null
    })
  }
  return { event, jurisdiction, proposals }
}
