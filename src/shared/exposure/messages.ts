import { type DeadlineLang, type RenderOptions, TemplateRenderer } from '../deadlines/render'
import type { ExposureMessage, ExposureParams, ExposureValidationError } from './types'

/**
 * Every sentence the exposure engine computes, per code, in English and Simplified Chinese
 * (i18next syntax, rendered by the deadline engine's TemplateRenderer). Names from the user's data
 * (version, right, marketplace, receivedBy, opinion) are shown as entered; labels the engine
 * chooses come in both languages (kind/kindZh, type/typeZh, covered/coveredZh, ...).
 * Every code is a leaf, so the tables load into i18next as they are.
 */

const en: Record<string, string> = {}
const zh: Record<string, string> = {}

function add(code: string, enText: string, zhText: string): void {
  if (code in en) throw new Error(`duplicate exposure message code ${code}`)
  en[code] = enText
  zh[code] = zhText
}

// ---- The frame ----
add(
  'frame.privileged',
  'Privileged and confidential: attorney work product prepared in anticipation of litigation. Do not forward outside the legal team.',
  '保密：律师工作成果，为应对诉讼而准备，受特权保护。请勿转发给法务团队以外的人员。'
)
add(
  'frame.not-prediction',
  'This is a frame for counsel: the dates, periods, sales and statutory ranges that bear on willfulness and damages. It is not a prediction of any finding or award.',
  '本表仅供律师判断之用：列出与故意侵权及赔偿有关的日期、期间、销售额和法定幅度，并非对任何认定或判赔金额的预测。'
)

// ---- Notice ----
add(
  'notice.first.named',
  'First notice: {{kind}} received on {{date}} by {{receivedBy}}.',
  '首次通知：{{receivedBy}}于 {{date}} 收到{{kindZh}}。'
)
add(
  'notice.first.unnamed',
  'First notice: {{kind}} received on {{date}} (recipient not recorded).',
  '首次通知：{{date}} 收到{{kindZh}}（未记录收件人）。'
)
add(
  'notice.letter-dated',
  'The letter is dated {{letterDate}} but was received on {{date}}; notice runs from receipt.',
  '信函落款日期为 {{letterDate}}，实际收到日期为 {{date}}；通知自收到之日起算。'
)
add(
  'notice.none',
  'No notice recorded: no letter, marketplace complaint, APEX notice or service.',
  '未记录任何通知：无警告函、平台投诉、APEX 通知或送达。'
)
add(
  'notice.clearance',
  'Clearance matter: no right is asserted against these versions.',
  '检索/许可事项：未有权利人对这些版本主张权利。'
)
add('notice.complaint-filed', 'Complaint filed on {{date}}.', '起诉状于 {{date}} 提交。')
add(
  'version.notice.named',
  '{{version}}: first notice by {{kind}} received on {{date}} by {{receivedBy}}.',
  '{{version}}：首次通知为{{receivedBy}}于 {{date}} 收到的{{kindZh}}。'
)
add(
  'version.notice.unnamed',
  '{{version}}: first notice by {{kind}} received on {{date}} (recipient not recorded).',
  '{{version}}：首次通知为 {{date}} 收到的{{kindZh}}（未记录收件人）。'
)
add('version.notice.none', '{{version}}: no notice names this version.', '{{version}}：没有通知涉及该版本。')
add(
  'assertion.closed',
  '{{version}}: the assertion of {{right}} was closed on {{date}} and is not counted as open.',
  '{{version}}：{{right}} 的主张已于 {{date}} 结束，不计为未决主张。'
)

// ---- Listings ----
add(
  'listing.never-live',
  '{{version}}: {{item}} ({{marketplace}}) has never been live.',
  '{{version}}：{{item}}（{{marketplace}}）从未上架。'
)
add(
  'listing.no-notice.live',
  '{{version}}: {{item}} ({{marketplace}}) is live; no notice yet.',
  '{{version}}：{{item}}（{{marketplace}}）在售；尚未收到通知。'
)
add(
  'listing.no-notice.removed',
  '{{version}}: {{item}} ({{marketplace}}) is not live; no notice yet.',
  '{{version}}：{{item}}（{{marketplace}}）已下架；尚未收到通知。'
)
add(
  'listing.not-live-after-notice',
  '{{version}}: {{item}} ({{marketplace}}) was not live after notice on {{from}} (last taken down {{removed}}).',
  '{{version}}：{{item}}（{{marketplace}}）在 {{from}} 收到通知后未再在售（最后下架日 {{removed}}）。'
)
add(
  'listing.after-notice.live',
  '{{version}}: {{item}} ({{marketplace}}) is still live, $t(unit.days, {"count": {{days}}}) after notice ({{from}} to {{asOf}}).',
  '{{version}}：{{item}}（{{marketplace}}）仍在售，已在通知后持续 {{days}} 天（{{from}} 至 {{asOf}}）。'
)
add(
  'listing.after-notice.removed',
  '{{version}}: {{item}} ({{marketplace}}) stayed live $t(unit.days, {"count": {{days}}}) after notice ({{from}} to {{to}}, taken down {{to}}).',
  '{{version}}：{{item}}（{{marketplace}}）在通知后继续在售 {{days}} 天（{{from}} 至 {{to}}，{{to}} 下架）。'
)
add(
  'listing.after-notice.removed-periods',
  '{{version}}: {{item}} ({{marketplace}}) was live $t(unit.days, {"count": {{days}}}) after notice on {{from}}, over {{periods}} periods (last taken down {{to}}).',
  '{{version}}：{{item}}（{{marketplace}}）在 {{from}} 收到通知后分 {{periods}} 段共在售 {{days}} 天（最后下架日 {{to}}）。'
)

// ---- 35 USC 287(a) ----
add(
  'damages.grant-unknown',
  '{{right}}: issue date not recorded; damages are dated from notice only.',
  '{{right}}：未记录授权日；赔偿起算仅按通知日计算。'
)
add(
  'damages.not-marked.none',
  '{{version}}, {{right}}: not marked, no actual notice and no suit yet, so no damages accrue yet (35 USC 287(a)).',
  '{{version}}，{{right}}：专利权人未标记，且尚无实际通知或起诉，故尚未开始计算赔偿（35 USC 287(a)）。'
)
add(
  'damages.not-marked.notice',
  '{{version}}, {{right}}: not marked, so damages can run only from actual notice of a specific charge of infringement, on {{date}}.',
  '{{version}}，{{right}}：专利权人未标记，赔偿只能自具体侵权指控的实际通知之日 {{date}} 起算。'
)
add(
  'damages.not-marked.filing',
  '{{version}}, {{right}}: not marked and no earlier actual notice, so damages run from the filing of the suit on {{date}}.',
  '{{version}}，{{right}}：专利权人未标记且此前无实际通知，赔偿自起诉之日 {{date}} 起算。'
)
add(
  'damages.marked-late.notice',
  '{{version}}, {{right}}: marked only since {{since}}; actual notice on {{date}} came first, so damages run from {{date}}.',
  '{{version}}，{{right}}：自 {{since}} 起才标记；{{date}} 的实际通知在先，故赔偿自 {{date}} 起算。'
)
add(
  'damages.marked-late.filing',
  '{{version}}, {{right}}: marked only since {{since}}; the suit filed on {{date}} came first, so damages run from {{date}}.',
  '{{version}}，{{right}}：自 {{since}} 起才标记；{{date}} 起诉在先，故赔偿自 {{date}} 起算。'
)
add(
  'damages.marked.from-issue',
  '{{version}}, {{right}}: marked since {{since}}, so damages can run from issue on {{date}} (constructive notice).',
  '{{version}}，{{right}}：自 {{since}} 起已标记，赔偿可自授权日 {{date}} 起算（推定通知）。'
)
add(
  'damages.marked.from-marking',
  '{{version}}, {{right}}: marked since {{since}}, so damages can run from the marking on {{date}} (constructive notice).',
  '{{version}}，{{right}}：自 {{since}} 起标记，赔偿可自标记之日 {{date}} 起算（推定通知）。'
)
add(
  'damages.unknown.none',
  '{{version}}, {{right}}: marking unknown, issue date unknown and no notice or suit: no damages start can be dated.',
  '{{version}}，{{right}}：标记情况不明，授权日不明，亦无通知或起诉：无法确定赔偿起算日。'
)
add(
  'damages.unknown.no-grant.notice',
  '{{version}}, {{right}}: marking and issue date unknown; damages run at least from actual notice on {{date}}.',
  '{{version}}，{{right}}：标记情况和授权日不明；赔偿至少自实际通知之日 {{date}} 起算。'
)
add(
  'damages.unknown.no-grant.filing',
  '{{version}}, {{right}}: marking and issue date unknown; damages run at least from the filing on {{date}}.',
  '{{version}}，{{right}}：标记情况和授权日不明；赔偿至少自起诉之日 {{date}} 起算。'
)
add(
  'damages.unknown.notice',
  '{{version}}, {{right}}: marking unknown. If the patentee marked, damages can run from issue on {{date}}; if not, from actual notice on {{ifNotMarked}}. The frame uses {{date}}; check the patentee’s products.',
  '{{version}}，{{right}}：标记情况不明。若已标记，赔偿可自授权日 {{date}} 起算；若未标记，则自实际通知之日 {{ifNotMarked}} 起算。本表按 {{date}} 计算；请核查权利人产品的标记。'
)
add(
  'damages.unknown.filing',
  '{{version}}, {{right}}: marking unknown. If the patentee marked, damages can run from issue on {{date}}; if not, from the filing on {{ifNotMarked}}. The frame uses {{date}}; check the patentee’s products.',
  '{{version}}，{{right}}：标记情况不明。若已标记，赔偿可自授权日 {{date}} 起算；若未标记，则自起诉之日 {{ifNotMarked}} 起算。本表按 {{date}} 计算；请核查权利人产品的标记。'
)
add(
  'damages.unknown.no-notice',
  '{{version}}, {{right}}: marking unknown and no actual notice; if the patentee marked, damages can run from issue on {{date}}.',
  '{{version}}，{{right}}：标记情况不明且无实际通知；若权利人已标记，赔偿可自授权日 {{date}} 起算。'
)

// ---- Design-arounds ----
add(
  'da.to.live',
  '{{version}} is a design-around of {{from}} avoiding {{avoided}}, live since {{date}}.',
  '{{version}} 是 {{from}} 的规避设计，规避 {{avoidedZh}}，自 {{date}} 起在售。'
)
add(
  'da.to.planned',
  '{{version}} is a design-around of {{from}} avoiding {{avoided}}, not yet live.',
  '{{version}} 是 {{from}} 的规避设计，规避 {{avoidedZh}}，尚未上架。'
)
add(
  'da.no-opinion',
  '{{version}}: the design-around has no clearing opinion recorded.',
  '{{version}}：该规避设计未记录任何许可意见。'
)
add(
  'da.opinion-not-for-version',
  '{{version}}: the clearing opinion {{opinion}} does not list this version.',
  '{{version}}：许可意见 {{opinion}} 未列明该版本。'
)
add(
  'da.opinion-pending',
  '{{version}}: the clearing opinion {{opinion}} has not been delivered.',
  '{{version}}：许可意见 {{opinion}} 尚未出具。'
)
add(
  'da.opinion-not-favourable',
  '{{version}}: the clearing opinion {{opinion}} is not favourable.',
  '{{version}}：许可意见 {{opinion}} 的结论并非有利。'
)
add(
  'da.cleared',
  '{{version}}: cleared by {{opinion}}, delivered on {{date}}.',
  '{{version}}：{{opinion}} 于 {{date}} 出具许可意见。'
)
add(
  'da.live-before-clearance',
  '{{version}}: went live on {{live}}, $t(unit.days, {"count": {{days}}}) before its clearing opinion was delivered on {{date}}.',
  '{{version}}：于 {{live}} 上架，比许可意见出具日 {{date}} 早 {{days}} 天。'
)
add(
  'da.from.planned',
  '{{version}}: to be replaced by the design-around {{to}}.',
  '{{version}}：将由规避设计 {{to}} 替代。'
)
add(
  'da.from.live',
  '{{version}}: replaced by the design-around {{to}}, live since {{date}}.',
  '{{version}}：已由规避设计 {{to}} 替代，后者自 {{date}} 起在售。'
)
add(
  'da.old-stock.no-notice',
  '{{version}}: old stock sold out on {{date}}.',
  '{{version}}：旧库存于 {{date}} 售罄。'
)
add(
  'da.old-stock.after-notice',
  '{{version}}: old stock kept selling until {{date}}, $t(unit.days, {"count": {{days}}}) after notice.',
  '{{version}}：旧库存一直销售至 {{date}}，即通知后 {{days}} 天。'
)
add(
  'da.old-stock.before-notice',
  '{{version}}: old stock sold out on {{date}}, before notice.',
  '{{version}}：旧库存于 {{date}} 售罄，早于通知。'
)

// ---- Opinions ----
add(
  'opinion.covers',
  '{{version}}: {{type}} {{opinion}} by {{counsel}} covers {{covered}}.',
  '{{version}}：{{counselZh}}出具的{{typeZh}} {{opinion}} 涵盖 {{coveredZh}}。'
)
const REL = {
  before: ['$t(unit.days, {"count": {{days}}}) before', '前 {{days}} 天'],
  'same-day': ['on the day of', '当天'],
  after: ['$t(unit.days, {"count": {{days}}}) after', '后 {{days}} 天']
} as const
for (const rel of ['before', 'same-day', 'after'] as const) {
  const [relEn, relZh] = REL[rel]
  add(
    `opinion.requested.${rel}-notice`,
    `{{version}}: {{opinion}} was requested on {{date}}, ${relEn} first notice ({{notice}}).`,
    `{{version}}：{{opinion}} 于 {{date}} 委托，即首次通知（{{notice}}）${relZh}。`
  )
  add(
    `opinion.delivered.${rel}-notice`,
    `{{version}}: {{opinion}} was delivered on {{date}}, ${relEn} first notice ({{notice}}).`,
    `{{version}}：{{opinion}} 于 {{date}} 出具，即首次通知（{{notice}}）${relZh}。`
  )
}
add(
  'opinion.delivered.before-complaint',
  '{{version}}: {{opinion}} was delivered before the complaint was filed ({{filed}}).',
  '{{version}}：{{opinion}} 在起诉（{{filed}}）之前出具。'
)
add(
  'opinion.delivered.same-day-complaint',
  '{{version}}: {{opinion}} was delivered on the day the complaint was filed ({{filed}}).',
  '{{version}}：{{opinion}} 在起诉当天（{{filed}}）出具。'
)
add(
  'opinion.delivered.after-complaint',
  '{{version}}: {{opinion}} was delivered after the complaint was filed ({{filed}}); it speaks to conduct after its date only.',
  '{{version}}：{{opinion}} 在起诉（{{filed}}）之后出具；只能说明其出具之后的行为。'
)
add(
  'opinion.pending.unrequested',
  '{{version}}: {{opinion}} is pending.',
  '{{version}}：{{opinion}} 尚在准备中。'
)
add(
  'opinion.pending.requested',
  '{{version}}: {{opinion}}, requested on {{date}}, is pending.',
  '{{version}}：{{opinion}} 于 {{date}} 委托，尚未出具。'
)
add(
  'opinion.oral',
  '{{version}}: {{opinion}} is oral; an oral opinion is harder to prove and weighs less than a written one.',
  '{{version}}：{{opinion}} 为口头意见；口头意见难以证明，分量不及书面意见。'
)
add(
  'opinion.unfavourable',
  '{{version}}: {{opinion}} is unfavourable; selling on after it can evidence knowledge of the risk.',
  '{{version}}：{{opinion}} 的结论不利；在此之后继续销售可能被用作明知风险的证据。'
)
add(
  'opinion.mixed',
  '{{version}}: {{opinion}} is mixed: read which claims it clears and which it does not.',
  '{{version}}：{{opinion}} 结论不一：请确认其认可与未认可的权利要求。'
)
add(
  'opinion.in-house',
  '{{version}}: {{opinion}} is by in-house counsel; courts weigh its independence and competence.',
  '{{version}}：{{opinion}} 由内部法务出具；法院会考量其独立性和专业性。'
)
add(
  'clearance.open.right',
  '{{version}}: not yet cleared against {{right}}.',
  '{{version}}：尚未针对 {{right}} 完成检索/许可意见。'
)
add(
  'clearance.open.claim',
  '{{version}}: not yet cleared against claim {{claim}} of {{right}}.',
  '{{version}}：尚未针对 {{right}} 权利要求 {{claim}} 完成检索/许可意见。'
)

// ---- Gaps: one sentence per status, for a claim or a right as a whole ----
const GAPS: Record<string, readonly [string, string]> = {
  none: ['no opinion covering <target>', '没有涵盖<target>的律师意见'],
  pending: [
    'the opinion {{opinion}} covering <target> is still pending',
    '涵盖<target>的意见 {{opinion}} 尚未出具'
  ],
  oral: ['only an oral opinion ({{opinion}}) covers <target>', '仅有口头意见（{{opinion}}）涵盖<target>'],
  mixed: [
    'only a mixed opinion ({{opinion}}) covers <target>',
    '涵盖<target>的仅有结论不一的意见（{{opinion}}）'
  ],
  unfavourable: [
    'the only opinion on <target> ({{opinion}}) is unfavourable',
    '关于<target>的意见（{{opinion}}）结论不利'
  ],
  late: [
    'the opinion {{opinion}} covering <target> came on {{delivered}}',
    '涵盖<target>的意见 {{opinion}} 于 {{delivered}} 才出具'
  ]
}
const TARGET = {
  claim: ['claim {{claim}} of {{right}}', ' {{right}} 权利要求 {{claim}} '],
  right: ['{{right}}', ' {{right}} ']
} as const
for (const [status, [gEn, gZh]] of Object.entries(GAPS)) {
  for (const t of ['claim', 'right'] as const) {
    const [tEn, tZh] = TARGET[t]
    const lead =
      status === 'late'
        ? [
            '{{version}} live $t(unit.days, {"count": {{days}}}) after notice without it: ',
            '{{version}} 在通知后无意见在售 {{days}} 天：'
          ]
        : [
            '{{version}} live $t(unit.days, {"count": {{days}}}) after notice, ',
            '{{version}} 在通知后在售 {{days}} 天，'
          ]
    add(
      `gap.${status}.${t}`,
      `${lead[0]}${gEn.replace('<target>', tEn)}.`,
      `${lead[1]}${gZh.replace('<target>', tZh).trim()}。`
    )
  }
}
add(
  'note.298.applies',
  'The suit was filed on {{filed}}, on or after 14 January 2013: under 35 USC 298 the failure to obtain advice of counsel may not be used to prove willful infringement. An opinion obtained remains a defence.',
  '起诉日为 {{filed}}，在 2013 年 1 月 14 日或之后：根据 35 USC 298，未取得律师意见不得用于证明故意侵权。已取得的律师意见仍可作为抗辩。'
)
add(
  'note.298.pre-aia',
  'The suit was filed on {{filed}}, before 14 January 2013, when 35 USC 298 took effect: the absence of an opinion may still be argued to show willfulness.',
  '起诉日为 {{filed}}，早于 35 USC 298 的生效日 2013 年 1 月 14 日：对方仍可主张未取得律师意见证明故意侵权。'
)
add(
  'note.298.no-suit',
  'No suit yet. In any suit filed since 14 January 2013, 35 USC 298 bars using the absence of an opinion to prove willful infringement; an opinion obtained remains a defence.',
  '尚未起诉。在 2013 年 1 月 14 日之后提起的诉讼中，35 USC 298 禁止以未取得律师意见证明故意侵权；已取得的律师意见仍可作为抗辩。'
)

// ---- Statutory frames ----
add(
  'frame.other',
  '{{right}} ({{type}}, {{jurisdiction}}): no US statutory frame is computed; use the law of {{jurisdiction}}.',
  '{{right}}（{{typeZh}}，{{jurisdiction}}）：不计算美国法定幅度；请适用 {{jurisdiction}} 的法律。'
)
add(
  'frame.patent.enhanced',
  '{{right}}: the court may increase damages up to three times (35 USC 284), a discretion kept for egregious, typically willful, infringement.',
  '{{right}}：法院可将赔偿提高至三倍（35 USC 284），该裁量权适用于恶劣的、通常为故意的侵权。'
)
add(
  'frame.patent.fees',
  '{{right}}: in exceptional cases the court may award reasonable attorney fees (35 USC 285).',
  '{{right}}：在例外案件中，法院可判给合理的律师费（35 USC 285）。'
)
add(
  'frame.tm.counterfeit.one-type',
  '{{right}} (counterfeit alleged): statutory damages of {{min}} to {{max}} per counterfeit mark per type of goods, up to {{willfulMax}} if willful (15 USC 1117(c)); counted here for one type of goods.',
  '{{right}}（被指控假冒）：法定赔偿为每一假冒商标、每一类商品 {{min}} 至 {{max}}，故意者最高 {{willfulMax}}（15 USC 1117(c)）；此处按一类商品计算。'
)
add(
  'frame.tm.counterfeit.types',
  '{{right}} (counterfeit alleged, {{goodsTypes}} types of goods): statutory damages of {{min}} to {{max}}, up to {{willfulMax}} if willful (15 USC 1117(c)).',
  '{{right}}（被指控假冒，{{goodsTypes}} 类商品）：法定赔偿 {{min}} 至 {{max}}，故意者最高 {{willfulMax}}（15 USC 1117(c)）。'
)
add(
  'frame.tm.counterfeit-total',
  'All {{marks}} counterfeit marks together: {{min}} to {{max}}, up to {{willfulMax}} if willful (15 USC 1117(c)).',
  '{{marks}} 个假冒商标合计：{{min}} 至 {{max}}，故意者最高 {{willfulMax}}（15 USC 1117(c)）。'
)
add(
  'frame.tm.treble',
  '{{right}}: for intentional use of a counterfeit mark the court shall, absent extenuating circumstances, award three times profits or damages and a reasonable attorney’s fee (15 USC 1117(b)).',
  '{{right}}：故意使用假冒商标的，除非存在可减轻情节，法院应判给三倍利润或损害赔偿及合理律师费（15 USC 1117(b)）。'
)
add(
  'frame.tm.not-counterfeit',
  '{{right}} (no counterfeit alleged): profits, damages and costs; damages up to three times; attorney fees in exceptional cases (15 USC 1117(a)).',
  '{{right}}（未指控假冒）：可获利润、损害赔偿和诉讼费；损害赔偿最高三倍；例外案件可获律师费（15 USC 1117(a)）。'
)
add(
  'frame.cr.edr-assumed',
  '{{right}}: effective date of registration not recorded; the registration date {{date}} is used.',
  '{{right}}：未记录登记生效日；采用登记日 {{date}}。'
)
add(
  'frame.cr.not-commenced',
  '{{right}}: no accused sale or listing yet, so 17 USC 412 cannot be checked.',
  '{{right}}：尚无被控销售或上架，无法核查 17 USC 412。'
)
add(
  'frame.cr.unregistered',
  '{{right}}: not registered. Statutory damages and attorney’s fees are not available for infringement commenced on {{commenced}}, before registration (17 USC 412); a US work must be registered before suit (17 USC 411(a)).',
  '{{right}}：未登记。对于 {{commenced}} 开始、早于登记的侵权，不能获得法定赔偿和律师费（17 USC 412）；美国作品须先登记方可起诉（17 USC 411(a)）。'
)
add(
  'frame.cr.available.registered-first',
  '{{right}}: registered effective {{edr}}, before the infringement commenced on {{commenced}}: statutory damages of {{min}} to {{max}} per work, up to {{willfulMax}} if willful (17 USC 504(c)), and attorney’s fees (505) are available.',
  '{{right}}：登记生效日 {{edr}} 早于侵权开始日 {{commenced}}：可获每件作品 {{min}} 至 {{max}} 的法定赔偿，故意者最高 {{willfulMax}}（17 USC 504(c)），并可获律师费（505）。'
)
add(
  'frame.cr.available.grace',
  '{{right}}: first published {{published}}, registered effective {{edr}}, within three months of publication (by {{graceEnd}}): statutory damages of {{min}} to {{max}} per work, up to {{willfulMax}} if willful (17 USC 504(c)), and attorney’s fees (505) are available although the infringement commenced on {{commenced}}.',
  '{{right}}：首次发表于 {{published}}，登记生效日 {{edr}} 在发表后三个月内（{{graceEnd}} 之前）：虽然侵权开始于 {{commenced}}，仍可获每件作品 {{min}} 至 {{max}} 的法定赔偿，故意者最高 {{willfulMax}}（17 USC 504(c)），并可获律师费（505）。'
)
add(
  'frame.cr.unavailable.published',
  '{{right}}: first published {{published}} but registered effective only {{edr}}, after the three months (to {{graceEnd}}) and after the infringement commenced on {{commenced}}: statutory damages and attorney’s fees are not available (17 USC 412); actual damages and profits remain (504(b)).',
  '{{right}}：首次发表于 {{published}}，但登记生效日为 {{edr}}，已超过三个月（至 {{graceEnd}}）且晚于侵权开始日 {{commenced}}：不能获得法定赔偿和律师费（17 USC 412）；仍可主张实际损失和利润（504(b)）。'
)
add(
  'frame.cr.unavailable.unpublished',
  '{{right}}: registered effective {{edr}}, after the infringement of the unpublished work commenced on {{commenced}}: statutory damages and attorney’s fees are not available (17 USC 412); actual damages and profits remain (504(b)).',
  '{{right}}：登记生效日 {{edr}} 晚于对未发表作品的侵权开始日 {{commenced}}：不能获得法定赔偿和律师费（17 USC 412）；仍可主张实际损失和利润（504(b)）。'
)

// ---- Money ----
add('money.no-figures', '{{version}}: no sales figures recorded.', '{{version}}：未记录销售数据。')
add(
  'money.after-notice.currency',
  '{{version}}: sales after notice ({{from}} to {{to}}): {{units}} units, {{currency}} {{revenue}} over {{months}} months.',
  '{{version}}：通知后销售（{{from}} 至 {{to}}）：{{units}} 件，{{currency}} {{revenue}}，共 {{months}} 个月。'
)
add(
  'money.after-notice.none',
  '{{version}}: no sales recorded after notice ({{from}} to {{to}}).',
  '{{version}}：通知后（{{from}} 至 {{to}}）无销售记录。'
)
for (const [kind, kEn, kZh] of [
  ['after-notice', 'sales after notice', '通知后销售'],
  ['damages', 'sales in the damages period', '赔偿期间内销售']
] as const) {
  add(
    `money.patent.${kind}.currency`,
    `{{version}}, {{right}}: ${kEn} within the term and the six-year look-back ({{from}} to {{to}}): {{units}} units, {{currency}} {{revenue}} over {{months}} months.`,
    `{{version}}，{{right}}：专利有效期及六年追溯期内的${kZh}（{{from}} 至 {{to}}）：{{units}} 件，{{currency}} {{revenue}}，共 {{months}} 个月。`
  )
  add(
    `money.patent.${kind}.none`,
    `{{version}}, {{right}}: no ${kEn} recorded within the term and the look-back ({{from}} to {{to}}).`,
    `{{version}}，{{right}}：专利有效期及追溯期内（{{from}} 至 {{to}}）无${kZh}记录。`
  )
  add(
    `money.patent.${kind}.empty`,
    `{{version}}, {{right}}: the window for ${kEn} is empty (the term or the look-back ends {{to}}).`,
    `{{version}}，{{right}}：${kZh}的期间为空（专利有效期或追溯期截至 {{to}}）。`
  )
}
add(
  'money.partial-months',
  'Months only partly inside the window are counted in full: {{months}}.',
  '部分落入期间的月份按整月计入：{{months}}。'
)
add(
  'money.lookback.complaint',
  '{{right}}: no recovery for infringement more than six years before the complaint ({{filed}}), so sales before {{cutoff}} are left out (35 USC 286).',
  '{{right}}：起诉（{{filed}}）前六年以上的侵权不能获得赔偿，故 {{cutoff}} 之前的销售不计入（35 USC 286）。'
)
add(
  'money.lookback.as-of',
  '{{right}}: no complaint yet; counting six years back from {{asOf}}, sales before {{cutoff}} are left out (35 USC 286). The cut moves with the filing date.',
  '{{right}}：尚未起诉；自 {{asOf}} 起往前六年，{{cutoff}} 之前的销售不计入（35 USC 286）。该起点随起诉日变化。'
)
add(
  'money.term-ended',
  '{{right}}: the term ended on {{expiry}}; later sales are left out.',
  '{{right}}：专利于 {{expiry}} 期满；此后的销售不计入。'
)

// ---- Validation errors (params: path, and the value where there is one) ----
const ERRORS: Record<string, readonly [string, string]> = {
  invalid_input: [
    '{{path}}: this value is missing or not allowed ({{value}}).',
    '{{path}}：该值缺失或不允许（{{value}}）。'
  ],
  invalid_date: [
    '{{path}}: "{{value}}" is not a real YYYY-MM-DD date.',
    '{{path}}：“{{value}}”不是有效的 YYYY-MM-DD 日期。'
  ],
  invalid_month: [
    '{{path}}: "{{value}}" is not a YYYY-MM month.',
    '{{path}}：“{{value}}”不是 YYYY-MM 格式的月份。'
  ],
  after_as_of: [
    '{{path}}: {{value}} is after today ({{asOf}}).',
    '{{path}}：{{value}} 晚于今天（{{asOf}}）。'
  ],
  duplicate_id: ['{{path}}: the id "{{value}}" is used twice.', '{{path}}：编号“{{value}}”重复。'],
  unknown_right: [
    '{{path}}: no asserted right has the id "{{value}}".',
    '{{path}}：没有编号为“{{value}}”的权利。'
  ],
  unknown_version: [
    '{{path}}: no version has the id "{{value}}".',
    '{{path}}：没有编号为“{{value}}”的版本。'
  ],
  unknown_listing: [
    '{{path}}: no listing of this version has the id "{{value}}".',
    '{{path}}：该版本没有编号为“{{value}}”的链接。'
  ],
  unknown_opinion: [
    '{{path}}: no opinion has the id "{{value}}".',
    '{{path}}：没有编号为“{{value}}”的意见。'
  ],
  delivered_before_requested: [
    '{{path}}: delivered on {{value}}, before it was requested on {{requested}}.',
    '{{path}}：出具日 {{value}} 早于委托日 {{requested}}。'
  ],
  delivered_date_missing: [
    '{{path}}: an opinion with a conclusion must have a delivery date.',
    '{{path}}：已有结论的意见必须填写出具日。'
  ],
  removed_before_live: [
    '{{path}}: taken down on {{value}}, before the listing went live ({{live}}).',
    '{{path}}：下架日 {{value}} 早于上架日（{{live}}）。'
  ],
  version_before_product: [
    '{{path}}: the version launched on {{value}}, before its product ({{product}}).',
    '{{path}}：版本上市日 {{value}} 早于产品上市日（{{product}}）。'
  ],
  ends_before_start: ['{{path}}: {{value}} is before {{start}}.', '{{path}}：{{value}} 早于 {{start}}。'],
  expiry_before_grant: [
    '{{path}}: expires on {{value}}, before its grant on {{grant}}.',
    '{{path}}：到期日 {{value}} 早于授权日 {{grant}}。'
  ],
  negative_units: [
    '{{path}}: units cannot be negative ({{value}}).',
    '{{path}}：件数不能为负（{{value}}）。'
  ],
  negative_revenue: [
    '{{path}}: revenue cannot be negative ({{value}}).',
    '{{path}}：销售额不能为负（{{value}}）。'
  ],
  invalid_number: ['{{path}}: "{{value}}" is not a usable number.', '{{path}}：“{{value}}”不是有效数字。'],
  invalid_currency: [
    '{{path}}: "{{value}}" is not a three-letter currency code (USD, EUR).',
    '{{path}}：“{{value}}”不是三位货币代码（USD、EUR）。'
  ],
  currency_mismatch: [
    '{{path}}: {{value}} does not match the currency of listing {{listing}} ({{expected}}).',
    '{{path}}：{{value}} 与链接 {{listing}} 的币种（{{expected}}）不符。'
  ]
}
for (const [code, [e, z]] of Object.entries(ERRORS)) add(`error.${code}`, e, z)

export type ExposureLang = DeadlineLang

export const exposureMessages: Readonly<Record<ExposureLang, Readonly<Record<string, string>>>> = {
  en,
  'zh-CN': zh
}

const renderer = new TemplateRenderer(exposureMessages)

/** Renders a stored line in the reader's language; an unknown code comes back as the code. */
export function renderExposureMessage(
  code: string,
  params: ExposureParams,
  lang: ExposureLang,
  options?: RenderOptions
): string {
  return renderer.render(code, params, lang, options)
}

export function renderExposureLine(
  message: ExposureMessage,
  lang: ExposureLang,
  options?: RenderOptions
): string {
  return renderer.render(message.code, message.params, lang, options)
}

export function renderExposureError(error: ExposureValidationError, lang: ExposureLang): string {
  return renderer.render(`error.${error.code}`, error.params, lang)
}
