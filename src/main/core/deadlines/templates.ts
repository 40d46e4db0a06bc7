// Which deadlines follow from an event, by matter kind, event type and jurisdiction. Proposals
// are computed, not saved: counsel reviews them and accepts them with deadlines.addMany.
import type { z } from 'zod'
import {
  DEFAULT_LEAD_TIMES,
  type DeadlineProposal,
  type ProposeForEventInput,
  type Proposals
} from '../../../shared/contract'
import { withEnglishText, type DeadlineRuleId, type LocalizedText } from '../../../shared/deadlines'
import type { EventType, IpRightType, MatterKind } from '../../../shared/model'
import type { CoreContext } from '../kernel/context'
import { getMatter } from '../matters/matters'
import { computeWithClosures, loadClosures } from './rules'
import { AppError, notFound } from '../kernel/errors'
import { ruleIdsCountedFrom } from './repo'
import { eventById } from '../timeline/events'

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
  /** Why this deadline follows from the event, in both languages the app speaks. */
  rationale: LocalizedText
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
    rationale: {
      en: 'Service of a US federal complaint starts the 21 days to answer or move; missing it risks default.',
      'zh-CN': '美国联邦法院起诉状送达后，须在 21 日内答辩或提出动议；逾期可能被缺席判决。'
    }
  },
  {
    id: 'us.lawsuit.ipr-bar',
    matterKinds: ['lawsuit'],
    eventType: 'complaint_served',
    jurisdictions: ['US'],
    ruleId: 'us.ptab.ipr-bar',
    when: hasPatent,
    rationale: {
      en: 'Service of a patent infringement complaint starts the one year in which an IPR petition may be filed.',
      'zh-CN': '专利侵权起诉状送达后一年内方可提出 IPR 复审请求。'
    }
  },
  {
    id: 'us.lawsuit.tro-expiry',
    matterKinds: ['lawsuit'],
    eventType: 'order_entered',
    jurisdictions: ['US'],
    ruleId: 'us.frcp.tro-expiry',
    when: isTro,
    rationale: {
      en: 'A TRO lapses 14 days after entry unless extended: the date to oppose an extension or a preliminary injunction.',
      'zh-CN': '临时限制令（TRO）签发后 14 日失效，除非获延长：这是反对延长或初步禁令的时间点。'
    }
  },
  {
    id: 'us.itc.response',
    matterKinds: ['itc_investigation'],
    eventType: 'complaint_served',
    jurisdictions: 'any',
    ruleId: 'us.itc.response',
    rationale: {
      en: 'A Section 337 respondent must respond to the complaint and notice of investigation within 20 days.',
      'zh-CN': '337 调查的被申请人须在 20 日内对申请书和立案通知作出答复。'
    }
  },
  {
    id: 'us.ptab.popr',
    matterKinds: ['ptab_proceeding'],
    eventType: 'ptab_filing_date_notice',
    jurisdictions: 'any',
    ruleId: 'us.ptab.popr',
    rationale: {
      en: 'The notice according the petition a filing date starts the patent owner’s three months for a preliminary response.',
      'zh-CN': '请求获得申请日的通知送达后，专利权人须在三个月内提交初步答复。'
    }
  },
  {
    id: 'us.marketplace.dmca-restore',
    matterKinds: ['marketplace_complaint'],
    eventType: 'counter_notice_sent',
    jurisdictions: ['US'],
    ruleId: 'us.dmca.restore-window',
    when: hasCopyright,
    rationale: {
      en: 'After a DMCA counter-notice the listing comes back in 10 to 14 business days unless the claimant sues.',
      'zh-CN': '提交 DMCA 反通知后，除非投诉方起诉，商品链接将在 10 至 14 个工作日内恢复。'
    }
  },
  {
    id: 'cn.lawsuit.answer',
    matterKinds: ['lawsuit'],
    eventType: 'complaint_served',
    jurisdictions: ['CN'],
    ruleId: 'cn.cpl.answer',
    rationale: {
      en: 'A Chinese court allows 15 days from receipt of the complaint for the defence (30 without domicile in China).',
      'zh-CN': '中国法院给予被告自收到起诉状之日起 15 日的答辩期（在中国境内没有住所的为 30 日）。'
    }
  },
  {
    id: 'de.lawsuit.defence-notice',
    matterKinds: ['lawsuit'],
    eventType: 'complaint_served',
    jurisdictions: ['DE'],
    ruleId: 'de.zpo.defence-notice',
    rationale: {
      en: 'In German written preliminary proceedings the intention to defend must be notified within 2 weeks of service.',
      'zh-CN': '德国书面准备程序中，被告须在送达后 2 周内表明应诉意向。'
    }
  },
  {
    id: 'upc.lawsuit.defence',
    matterKinds: ['lawsuit'],
    eventType: 'complaint_served',
    jurisdictions: ['UPC'],
    ruleId: 'upc.rop.defence',
    rationale: {
      en: 'A UPC defendant has 3 months from service of the Statement of claim to lodge the Statement of defence.',
      'zh-CN': 'UPC 被告自起诉状送达之日起 3 个月内提交答辩书。'
    }
  },
  {
    id: 'upc.lawsuit.preliminary-objection',
    matterKinds: ['lawsuit'],
    eventType: 'complaint_served',
    jurisdictions: ['UPC'],
    ruleId: 'upc.rop.preliminary-objection',
    rationale: {
      en: 'A preliminary objection to the UPC jurisdiction or the language must be lodged within 1 month of service.',
      'zh-CN': '对 UPC 管辖或程序语言的初步异议须在起诉状送达后 1 个月内提出。'
    }
  },
  {
    id: 'us.lawsuit.answer-after-motion',
    matterKinds: ['lawsuit'],
    eventType: 'motion_ruling',
    jurisdictions: ['US'],
    ruleId: 'us.frcp.answer-after-motion',
    rationale: {
      en: 'After the court rules on a Rule 12 motion the answer is due within 14 days of notice of that ruling.',
      'zh-CN': '法院就第 12 条动议作出裁定后，答辩须在收到裁定通知后 14 日内提交。'
    }
  },
  {
    id: 'us.schedule-a.tro-expiry',
    matterKinds: ['lawsuit'],
    eventType: 'tro_entered',
    jurisdictions: ['US'],
    ruleId: 'us.frcp.tro-expiry',
    rationale: {
      en: 'A TRO lapses 14 days after entry unless extended: the date to oppose an extension or a preliminary injunction.',
      'zh-CN': '临时限制令（TRO）签发后 14 日失效，除非获延长：这是反对延长或初步禁令的时间点。'
    }
  },
  {
    id: 'us.schedule-a.tro-extended',
    matterKinds: ['lawsuit'],
    eventType: 'tro_entered',
    jurisdictions: ['US'],
    ruleId: 'us.frcp.tro-extended',
    rationale: {
      en: 'Schedule A plaintiffs usually obtain one extension for a like period: the restraint may last 28 days from entry.',
      'zh-CN': 'Schedule A 原告通常会申请一次同等期限的延长：冻结可能自签发起持续 28 日。'
    }
  },
  {
    id: 'us.schedule-a.pi-opposition',
    matterKinds: ['lawsuit'],
    eventType: 'pi_hearing_set',
    jurisdictions: ['US'],
    ruleId: 'us.frcp.pi-opposition',
    rationale: {
      en: 'Papers opposing the preliminary injunction are due at least 7 days before the hearing (FRCP 6(c)(2)).',
      'zh-CN': '反对初步禁令的书状须至迟在听证日前 7 日提交（FRCP 6(c)(2)）。'
    }
  },
  {
    id: 'us.lawsuit.notice-of-appeal',
    matterKinds: ['lawsuit'],
    eventType: 'judgment_entered',
    jurisdictions: ['US'],
    ruleId: 'us.frap.notice-of-appeal',
    rationale: {
      en: 'A notice of appeal must be filed within 30 days after the judgment is entered.',
      'zh-CN': '上诉通知须在判决登录后 30 日内提交。'
    }
  },
  {
    id: 'cn.lawsuit.appeal',
    matterKinds: ['lawsuit'],
    eventType: 'judgment_served',
    jurisdictions: ['CN'],
    ruleId: 'cn.cpl.appeal',
    rationale: {
      en: 'A Chinese first-instance judgment may be appealed within 15 days of service (30 without domicile in China).',
      'zh-CN': '不服中国一审判决的，可在判决书送达之日起 15 日内上诉（在中国境内没有住所的为 30 日）。'
    }
  },
  {
    id: 'de.lawsuit.berufung',
    matterKinds: ['lawsuit'],
    eventType: 'judgment_served',
    jurisdictions: ['DE'],
    ruleId: 'de.zpo.berufung',
    rationale: {
      en: 'The appeal (Berufung) must be lodged within 1 month of service of the full judgment.',
      'zh-CN': '上诉（Berufung）须在完整判决送达后 1 个月内提出。'
    }
  },
  {
    id: 'de.lawsuit.berufungsbegruendung',
    matterKinds: ['lawsuit'],
    eventType: 'judgment_served',
    jurisdictions: ['DE'],
    ruleId: 'de.zpo.berufungsbegruendung',
    rationale: {
      en: 'The grounds of appeal are due within 2 months of service of the full judgment.',
      'zh-CN': '上诉理由须在完整判决送达后 2 个月内提交。'
    }
  },
  {
    id: 'upc.lawsuit.appeal',
    matterKinds: ['lawsuit'],
    eventType: 'judgment_served',
    jurisdictions: ['UPC'],
    ruleId: 'upc.rop.appeal',
    rationale: {
      en: 'A statement of appeal against a UPC decision is due within 2 months of service.',
      'zh-CN': '对 UPC 裁决的上诉声明须在送达后 2 个月内提交。'
    }
  },
  {
    id: 'amazon.marketplace.apex',
    matterKinds: ['marketplace_complaint'],
    eventType: 'apex_notice_received',
    jurisdictions: 'any',
    ruleId: 'amazon.apex.response',
    rationale: {
      en: "Amazon removes the listings unless the seller agrees to the patent evaluation (or obtains a retraction) within 3 weeks of Amazon's notice.",
      'zh-CN': '卖家须在亚马逊通知后 3 周内同意专利评估（或取得撤回），否则相关商品链接将被移除。'
    }
  }
]

export function proposeForEvent(ctx: CoreContext, input: z.output<typeof ProposeForEventInput>): Proposals {
  // The matter and its rights through the matters area; throws not_found for an unknown matter.
  const { matter, ipRights } = getMatter(ctx, input.matterId)
  const event = eventById(ctx.db, input.eventId)
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
      steps: withEnglishText(result.steps),
      warnings: result.warningCodes,
      leadTimes: [...DEFAULT_LEAD_TIMES],
      existingDeadlineId: existing.find((d) => d.ruleId === t.ruleId)?.id ?? null
    })
  }
  return { event, jurisdiction, proposals }
}
