import { type DeadlineLang, type DeadlineParams, type RenderOptions, TemplateRenderer } from './render'

/**
 * Every sentence the engine computes, as a template per code and language (i18next syntax:
 * `{{name}}`, `{{date, weekday}}`, `{{month, month}}`, `{{n, ordinal}}`). Steps and warnings store
 * `{ code, params }`; the English `text` they also carry is rendered from the 'en' table below by
 * renderDeadlineMessage, so there is one source for both languages.
 *
 * Conventions: dates are YYYY-MM-DD strings; a name that comes from holiday data is given in both
 * languages (`holiday` / `holidayZh`, `skipped` / `skippedZh`, `place` / `placeZh`). Every code is a
 * leaf (no code is a prefix of another followed by '.'), so the tables load into i18next as they are.
 *
 * Variants are generated from fragments, so a sentence is written once per language:
 * - `withDay(code, ...)`: the template's `<day>` is the labelled day `{{date}}`, with the variants
 *   `.plain`, `.holiday` (holiday/holidayZh), `.closure` and `.makeup` (holiday/holidayZh);
 * - `withSkips(code, ...)`: `<skips>` is empty in `.plain` and lists skipped days in `.skipped`;
 * - `rollPolicy(id, ...)`: the roll-over sentences of one law's wording, `roll.<id>.<variant>`.
 */

const en: Record<string, string> = {}
const zh: Record<string, string> = {}

function add(code: string, enText: string, zhText: string): void {
  if (code in en) throw new Error(`duplicate deadline message code ${code}`)
  en[code] = enText
  zh[code] = zhText
}

export const DAY_VARIANTS = ['plain', 'holiday', 'closure', 'makeup'] as const
export type DayVariant = (typeof DAY_VARIANTS)[number]

const DAY_LABEL: Record<DayVariant, readonly [string, string]> = {
  plain: ['{{date}} ({{date, weekday}})', '{{date}}（{{date, weekday}}）'],
  holiday: ['{{date}} ({{date, weekday}}; {{holiday}})', '{{date}}（{{date, weekday}}，{{holidayZh}}）'],
  closure: [
    '{{date}} ({{date, weekday}}; a closure day you declared)',
    '{{date}}（{{date, weekday}}，您登记的休息日）'
  ],
  makeup: [
    '{{date}} ({{date, weekday}}; an official make-up working day for {{holiday}})',
    '{{date}}（{{date, weekday}}，{{holidayZh}}调休上班日）'
  ]
}

function withDay(code: string, enText: string, zhText: string): void {
  for (const v of DAY_VARIANTS) {
    const [e, z] = DAY_LABEL[v]
    add(`${code}.${v}`, enText.replace('<day>', e), zhText.replace('<day>', z))
  }
}

function withSkips(code: string, enText: string, zhText: string): void {
  add(`${code}.plain`, enText.replace('<skips>', ''), zhText.replace('<skips>', ''))
  add(
    `${code}.skipped`,
    enText.replace('<skips>', '; skipped {{skipped}}'),
    zhText.replace('<skips>', '（其间跳过：{{skippedZh}}）')
  )
}

export const ROLL_VARIANTS = [
  'ends',
  'makeup',
  'holiday',
  'weekend',
  'closure',
  'holiday-also',
  'weekend-also',
  'closure-also'
] as const
export type RollVariant = (typeof ROLL_VARIANTS)[number]

/**
 * One law's roll-over wording: `term` names its holidays, `next` says where the period moves.
 * Params: date (last day), due (day the period ends), holiday/holidayZh, skipped/skippedZh.
 */
function rollPolicy(id: string, term: readonly [string, string], next: readonly [string, string]): void {
  const [termEn, termZh] = term
  const [nextEn, nextZh] = next
  const due = ['{{due}} ({{due, weekday}})', '{{due}}（{{due, weekday}}）'] as const
  add(
    `roll.${id}.ends`,
    `Last day {{date}} ({{date, weekday}}) is not a Saturday, Sunday, ${termEn} or declared closure day, so the period ends that day`,
    `最后一日 {{date}}（{{date, weekday}}）不是星期六、星期日、${termZh}或登记的休息日，期间于该日届满`
  )
  add(
    `roll.${id}.makeup`,
    `Last day {{date}} ({{date, weekday}}) is an official make-up working day for {{holiday}}, not a rest day, so the period ends that day`,
    `最后一日 {{date}}（{{date, weekday}}）是{{holidayZh}}的调休上班日，不是休息日，期间于该日届满`
  )
  const reasons: Record<'holiday' | 'weekend' | 'closure', readonly [string, string]> = {
    holiday: [`a ${termEn} ({{holiday}})`, `${termZh}（{{holidayZh}}）`],
    weekend: ['a {{date, weekday}}', '{{date, weekday}}'],
    closure: ['a closure day you declared', '您登记的休息日']
  }
  for (const [kind, [reasonEn, reasonZh]] of Object.entries(reasons)) {
    const e = `Last day falls on ${reasonEn}; ${nextEn}: ${due[0]}`
    const z = `最后一日为${reasonZh}，${nextZh}：${due[1]}`
    add(`roll.${id}.${kind}`, e, z)
    add(`roll.${id}.${kind}-also`, `${e} (also skipped: {{skipped}})`, `${z}（另跳过：{{skippedZh}}）`)
  }
}

// ---- fragments the engine renders into `skipped` / `skippedZh` ------------------------------

add('list.skip.day', '{{date}} {{holiday}}', '{{date}} {{holidayZh}}')
add('list.skip.run', '{{first}} to {{last}} {{holiday}}', '{{first}}至{{last}} {{holidayZh}}')
add('list.skip.closure', '{{date}} closure day you declared', '{{date}} 您登记的休息日')
add(
  'list.skip.closure-run',
  '{{first}} to {{last}} closure day you declared',
  '{{first}}至{{last}} 您登记的休息日'
)
add('list.more', '{{list}} and {{n}} more', '{{list}}等（另有 {{n}} 项）')

// ---- roll-over policies -----------------------------------------------------------------------

rollPolicy(
  'frcp',
  ['legal holiday', '法定假日'],
  ['next day that is not a weekend or legal holiday', '期间顺延至下一个非周六、周日或法定假日之日']
)
rollPolicy(
  'dc',
  ['Federal holiday within the District of Columbia', '哥伦比亚特区联邦假日'],
  [
    'next succeeding business day that is not a Saturday, Sunday or Federal holiday',
    '可于其后第一个非周六、周日或联邦假日的工作日办理'
  ]
)
rollPolicy(
  'itc',
  ['Federal legal holiday', '联邦法定假日'],
  ['the period runs until the end of the next business day', '期间延至下一个工作日结束']
)
rollPolicy(
  'cn',
  ['statutory holiday', '法定休假日'],
  ['the period ends on the first day after the rest day(s)', '以法定休假日后的第一日为期间届满的日期']
)
rollPolicy(
  'de',
  ['general public holiday', '一般公共假日'],
  ['the period ends at the end of the next working day', '期间于下一个工作日结束时届满']
)
rollPolicy(
  'upc',
  ['official holiday', '官方假日'],
  [
    'the period is extended until the end of the first following working day',
    '期间延长至其后第一个工作日结束'
  ]
)

rollPolicy(
  'frap',
  ['legal holiday', '法定假日'],
  [
    'the period continues to run until the end of the next day that is not a Saturday, Sunday or legal holiday',
    '期间延续至下一个非周六、周日或法定假日之日结束'
  ]
)
rollPolicy(
  'frcp-back',
  ['legal holiday', '法定假日'],
  [
    'counting backward, the period continues to the previous day that is not a weekend or legal holiday',
    '向前倒算，期间延续至前一个非周六、周日或法定假日之日'
  ]
)
rollPolicy(
  'bgb193',
  ['general public holiday at the place of performance', '履行地的一般公共假日'],
  ['the next working day takes its place', '以下一个工作日代替该日']
)

// ---- triggers -------------------------------------------------------------------------------

/** Events that start a period: `trigger.<event>`, params date. */
const TRIGGER_EVENTS: Record<string, readonly [string, string]> = {
  served: ['served', '送达之日'],
  'waiver-sent': ['waiver request sent', '放弃送达请求发出之日'],
  'tro-entered': ['TRO entered', '临时限制令作出之日'],
  'complaint-served': ['complaint served', '起诉状送达之日'],
  'itc-served': ['complaint and notice of investigation served', '起诉书及立案通知送达之日'],
  'counter-notice': ['counter-notice received', '收到反通知之日'],
  'cn-complaint': ['complaint received', '收到起诉状副本之日'],
  'de-claim': ['statement of claim served', '起诉状送达之日'],
  'upc-claim': ['Statement of claim served (received)', '起诉书送达（收到）之日'],
  'motion-decided': [
    "notice of the court's action on the Rule 12 motion",
    '收到法院就第 12 条动议作出处理的通知之日'
  ],
  'judgment-entered': ['judgment entered', '判决登记（entry）之日'],
  'ptab-notice': ['notice of filing date accorded to the petition', '请求获得申请日的通知之日'],
  'apex-notice': ["Amazon's APEX notice received", '收到亚马逊 APEX 通知之日'],
  'provider-received': ['service provider received the counter-notice', '服务提供者收到反通知之日'],
  'cn-judgment': ['judgment served', '判决书送达之日'],
  'cn-ruling': ['ruling served', '裁定书送达之日'],
  'de-judgment': ['full judgment served', '完整判决送达之日'],
  'de-default-judgment': ['default judgment served', '缺席判决送达之日'],
  'upc-decision': ['decision served', '裁判送达之日'],
  'upc-order': ['order served', '裁定送达之日']
}
for (const [event, [e, z]] of Object.entries(TRIGGER_EVENTS)) {
  add(
    `trigger.${event}`,
    `Trigger: ${e} {{date}} ({{date, weekday}}); the day of the event is excluded`,
    `起算：${z}为 {{date}}（{{date, weekday}}），当日不计入期间`
  )
}

add(
  'trigger.hearing',
  'Trigger: hearing on {{date}} ({{date, weekday}}); counting backward, the day of the hearing is excluded',
  '起算：开庭（听证）日为 {{date}}（{{date, weekday}}），向前倒算，开庭当日不计入期间'
)

// ---- counting -------------------------------------------------------------------------------

withDay('count.days', '+$t(unit.days, {"count": {{days}}}) = <day>', '{{trigger}} 后第 {{days}} 日为 <day>')
withDay(
  'count.weeks',
  '{{weeks}} weeks: ends on the same weekday {{weeks}} weeks later = <day>',
  '{{weeks}} 周：于第 {{weeks}} 周中与起算日同一星期几之日届满，即 <day>'
)
withDay(
  'count.months',
  '{{months}}-month period from {{trigger}}: ends on the day of the month with the same number = <day>',
  '自 {{trigger}} 起 {{months}} 个月：于相应月份中与起算日同一日期之日届满，即 <day>'
)
withDay(
  'count.months-clamped',
  '{{months}}-month period from {{trigger}}: {{month, month}} has no {{dayOfMonth, ordinal}}, so the period ends on the last day of that month = <day>',
  '自 {{trigger}} 起 {{months}} 个月：{{month, month}}没有{{dayOfMonth, ordinal}}日，期间于该月最后一日届满，即 <day>'
)

// ---- calendars: what a rule treated as days off --------------------------------------------

add(
  'calendar.us',
  'Holidays applied: US federal legal holidays (5 USC 6103), including the Friday/Monday on which a weekend holiday is observed',
  '适用的假日：美国联邦法定假日（5 USC 6103），含周末假日顺延至星期五或星期一的补假日'
)
add(
  'calendar.us-dc',
  'Holidays applied: US federal holidays within the District of Columbia (5 USC 6103, including observed days and Inauguration Day)',
  '适用的假日：哥伦比亚特区内的美国联邦假日（5 USC 6103，含补假日及总统就职日）'
)
add(
  'calendar.cn',
  'Holidays applied: Chinese statutory holidays and make-up working days (调休) as published by the State Council (chinese-days data)',
  '适用的假日：国务院公布的法定节假日及调休上班日（chinese-days 数据）'
)
add(
  'calendar.de',
  'Holidays applied: German nationwide public holidays (no state holidays)',
  '适用的假日：德国全国性公共假日（不含州假日）'
)
add(
  'calendar.de-state',
  'Holidays applied: German public holidays, nationwide and those of {{place}}',
  '适用的假日：德国全国性公共假日及{{placeZh}}的州假日'
)
add(
  'calendar.national',
  'Holidays applied: nationwide public holidays of {{place}} (date-holidays data)',
  '适用的假日：{{placeZh}}全国性公共假日（date-holidays 数据）'
)
add(
  'calendar.weekend-only',
  'Holidays applied: no holiday data for {{place}}: Saturdays and Sundays only',
  '适用的假日：{{placeZh}}无假日数据，仅星期六、星期日为休息日'
)

add(
  'calendar.us-court',
  'Holidays applied: US federal holidays with their observed days and days closed by Executive Order (FRCP 6(a)(6)(A)-(B)); no district chosen, so no state holidays',
  '适用的假日：美国联邦假日及其补假日、总统行政令宣布闭馆的日子（FRCP 6(a)(6)(A)-(B)）；未选择地区法院，未适用州假日'
)
add(
  'calendar.us-court-state',
  'Holidays applied: US federal holidays with their observed days, days closed by Executive Order, and the legal holidays of {{place}}, where the court sits (FRCP 6(a)(6))',
  '适用的假日：美国联邦假日及其补假日、总统行政令宣布闭馆的日子，以及法院所在地{{placeZh}}的法定假日（FRCP 6(a)(6)）'
)
add(
  'calendar.us-pto',
  'Holidays applied: federal holidays within the District of Columbia (with observed days and Inauguration Day) and days the USPTO was officially closed (35 USC 21(b); MPEP 510)',
  '适用的假日：哥伦比亚特区内的联邦假日（含补假日及总统就职日）以及美国专利商标局正式闭馆的日子（35 USC 21(b)；MPEP 510）'
)
add(
  'calendar.us-itc',
  'Holidays applied: federal holidays within the District of Columbia (with observed days and Inauguration Day) and days the Commission was closed by Executive Order',
  '适用的假日：哥伦比亚特区内的联邦假日（含补假日及总统就职日）以及委员会因总统行政令闭馆的日子'
)
add(
  'calendar.upc-division',
  'Holidays applied: official holidays at the seat of the {{place}} (nationwide and state holidays)',
  '适用的假日：{{placeZh}}所在地的官方假日（全国性及州假日）'
)

// ---- coverage of holiday data ----------------------------------------------------------------

add(
  'cn.coverage.future',
  'Chinese holiday data for {{year}} not yet published (the installed chinese-days data covers {{first}}-{{last}}): for {{year}} only Saturdays and Sundays were treated as rest days, so public holidays and make-up working days (调休) are missing and the date may move earlier or later. Recheck once the State Council schedule for {{year}} is in the data.',
  '{{year}} 年的中国节假日安排尚未发布（已安装的 chinese-days 数据覆盖 {{first}}—{{last}} 年）：{{year}} 年仅按星期六、星期日计算休息日，法定节假日及调休上班日均未计入，期限可能提前或推后。国务院公布 {{year}} 年安排后请重新核对。'
)
add(
  'cn.coverage.past',
  'Chinese holiday data for {{year}} is not available (the installed chinese-days data covers {{first}}-{{last}}): for {{year}} only Saturdays and Sundays were treated as rest days, so public holidays and make-up working days (调休) are missing and the date may move earlier or later. Recheck once the State Council schedule for {{year}} is in the data.',
  '没有 {{year}} 年的中国节假日数据（已安装的 chinese-days 数据覆盖 {{first}}—{{last}} 年）：{{year}} 年仅按星期六、星期日计算休息日，法定节假日及调休上班日均未计入，期限可能提前或推后。'
)

add(
  'cn.coverage.statutory',
  "The State Council has not yet published the holiday schedule for {{year}} (the installed chinese-days data covers {{first}}-{{last}}): the statutory holidays of the national holiday regulation as revised in 2024 were applied (New Year's Day; Spring Festival, New Year's Eve to the third day; Qingming; Labour Day, 1-2 May; Dragon Boat; Mid-Autumn; National Day, 1-3 October), but the bridging rest days and make-up working days (调休) of the yearly notice are not yet known, so the date may move. Enter the notice in cn-notices.ts when it is published.",
  '国务院尚未公布 {{year}} 年节假日安排（已安装的 chinese-days 数据覆盖 {{first}}—{{last}} 年）：已按 2024 年修订的《全国年节及纪念日放假办法》适用法定节假日（元旦；春节，农历除夕至正月初三；清明节；劳动节，5 月 1 日至 2 日；端午节；中秋节；国庆节，10 月 1 日至 3 日），但年度通知中的连休日及调休上班日尚未公布，期限可能变动。通知公布后请录入 cn-notices.ts。'
)
add(
  'cn.coverage.weekend-last-day',
  'The last day {{date}} is a {{date, weekday}} in {{year}}, whose make-up working days are not yet published: if the State Council makes it a working day, the period ends that day instead of {{due}}',
  '最后一日 {{date}} 为 {{year}} 年的{{date, weekday}}，该年调休上班日尚未公布：如国务院将其安排为上班日，期间即于该日届满，而非 {{due}}'
)

// ---- US federal closures and time zones -----------------------------------------------------------

add(
  'us.closure-applied',
  'The period was extended past {{date}}, {{holiday}}, treated as a holiday under {{source}}. Check that this forum treated the day as a holiday; if it did not, the deadline is earlier',
  '期间因 {{date}}（{{holidayZh}}）顺延，该日依据 {{source}} 被视为假日。请核实该机构是否将该日视为假日；如否，期限将提前'
)
add(
  'tz.court-midnight',
  "The last day ends at midnight in the court's time zone ({{timeZone}}) for electronic filing",
  '电子提交的最后一日截止于法院所在时区（{{timeZone}}）的午夜 24:00'
)
add(
  'tz.court-midnight-assumed',
  'No district chosen: the last day is taken to end at midnight Eastern time ({{timeZone}}), the earliest of the continental US courts; choose the district for its time zone and state holidays',
  '未选择地区法院：最后一日按美国东部时间（{{timeZone}}）午夜截止，这是美国本土各法院中最早的截止时刻；请选择地区法院以适用其时区及州假日'
)
add(
  'tz.office-midnight',
  'The last day ends at midnight in the time zone of the office ({{timeZone}})',
  '最后一日截止于该机构所在时区（{{timeZone}}）的午夜 24:00'
)

// ---- US federal courts (FRCP) -----------------------------------------------------------------

add(
  'frcp.holiday-note',
  "Legal holidays applied: US federal holidays and the days set aside for observing them. Days declared a holiday by the President or Congress, state holidays where the district court sits, and days the clerk's office is inaccessible also extend the period but are not in the data: enter them as closure days",
  '已适用的法定假日：美国联邦假日及其补假日。总统或国会宣布的假日、地区法院所在州的州假日以及书记官办公室无法进入的日子同样顺延期间，但不在数据中：请作为休息日登记'
)
add(
  'frcp.waiver-condition',
  'This period applies only if the defendant timely returned the signed waiver; otherwise the 21 days run from formal service',
  '仅在被告按时寄回签署的放弃送达书时适用本期间；否则自正式送达起计算 21 日'
)
withDay(
  'tro.expires',
  '+$t(unit.days, {"count": {{days}}}) = <day>: the order expires on this day (at the time stated in the order) unless the court extends it for good cause or the adverse party consents',
  '{{trigger}} 后第 {{days}} 日为 <day>：除非法院基于正当理由延长或对方当事人同意，该令于当日（令中载明的时刻）失效'
)
add(
  'tro.no-rollover',
  "No weekend or holiday roll-over is applied: expiry ends the order's effect, it is not a deadline to act, and courts differ on whether FRCP 6(a)(1)(C) extends it; the conservative date is kept",
  '不适用周末或假日顺延：到期是命令效力的终止而非行为期限，各法院对 FRCP 6(a)(1)(C) 是否顺延看法不一，故采用较保守的日期'
)
add(
  'tro.last-court-day',
  'An extension must be granted before the order expires: last court day on or before expiry is {{lastCourtDay}} ({{lastCourtDay, weekday}})',
  '延期须在命令到期前获准：到期日当日或之前的最后一个法院工作日为 {{lastCourtDay}}（{{lastCourtDay, weekday}}）'
)
for (const [kind, reasonEn, reasonZh] of [
  ['holiday', 'a legal holiday ({{holiday}})', '法定假日（{{holidayZh}}）'],
  ['weekend', 'a {{date, weekday}}', '{{date, weekday}}'],
  ['closure', 'a closure day you declared', '您登记的休息日']
] as const) {
  add(
    `tro.expiry-day-off.${kind}`,
    `The TRO expires on {{date}}, ${reasonEn}. The expiry date is not moved: seek any extension by the last court day before it, {{lastCourtDay}} ({{lastCourtDay, weekday}}). If you are the restrained party, a court applying FRCP 6(a)(1)(C) could treat the order as running until {{rolled}} ({{rolled, weekday}}), so do not rely on the earlier date without the court saying so`,
    `临时限制令于 {{date}} 到期，当日为${reasonZh}。到期日不顺延：如需延期，应不迟于到期前最后一个法院工作日 {{lastCourtDay}}（{{lastCourtDay, weekday}}）申请。如您是被限制方，适用 FRCP 6(a)(1)(C) 的法院可能认定该令持续至 {{rolled}}（{{rolled, weekday}}），未经法院明确，请勿依赖较早的日期`
  )
}

add(
  'frcp.holidays.no-district',
  "Legal holidays applied: federal holidays with their observed days and days the President closed the government by Executive Order. State holidays where the district court sits also extend the period but need the district: choose it. Days the clerk's office is inaccessible are not in the data: enter them as closure days",
  '已适用的法定假日：联邦假日及其补假日，以及总统以行政令宣布政府闭馆的日子。地区法院所在州的州假日同样顺延期间，但需选择地区法院。书记官办公室无法进入的日子不在数据中：请作为休息日登记'
)
add(
  'frcp.holidays.district',
  "Legal holidays applied: federal holidays with their observed days, days the President closed the government by Executive Order, and the legal holidays of {{place}}, where the {{court}} sits. Days the clerk's office is inaccessible are not in the data: enter them as closure days",
  '已适用的法定假日：联邦假日及其补假日、总统以行政令宣布政府闭馆的日子，以及{{courtZh}}所在地{{placeZh}}的法定假日。书记官办公室无法进入的日子不在数据中：请作为休息日登记'
)
add(
  'frcp.after-motion',
  'If the court sets a different time, that time applies; if it grants a motion for a more definite statement, the responsive pleading is due 14 days after that statement is served',
  '法院另定期间的，从其规定；法院准许要求更明确陈述的动议的，答辩应于该陈述送达后 14 日内提出'
)
withDay(
  'tro-ext.expires',
  '14 days plus one extension for a like period of 14 days = 28 days after entry = <day>: the extended order expires on this day unless the adverse party consents to a longer extension',
  '14 日加同等期间的一次延长 14 日，即作出后第 28 日为 <day>：除非对方当事人同意更长的延期，延长后的命令于当日失效'
)
add(
  'tro-ext.condition',
  'The extension must be granted for good cause before the original order expires ({{original}}, day 14), and the reasons for it must be entered in the record',
  '延期须基于正当理由、在原命令到期（{{original}}，第 14 日）前获准，且延期理由须记入案卷'
)
for (const [kind, en, zh] of [
  [
    'unrolled',
    'Expiry as ordered, not rolled over: {{date}} ({{date, weekday}}). This is the date to act on',
    '命令所定到期日（不顺延）：{{date}}（{{date, weekday}}）。以此日期为准采取行动'
  ],
  [
    'rolled',
    'If a court counts the expiry as a period under FRCP 6(a)(1)(C), it runs to the next court day: {{date}} ({{date, weekday}})',
    '如法院依 FRCP 6(a)(1)(C) 将到期视为期间计算，则延续至下一个法院工作日：{{date}}（{{date, weekday}}）'
  ],
  [
    'rolled-same',
    'FRCP 6(a)(1)(C) would not move it: the expiry {{date}} ({{date, weekday}}) is a court day',
    'FRCP 6(a)(1)(C) 不会改变该日期：到期日 {{date}}（{{date, weekday}}）为法院工作日'
  ],
  [
    'last-court-day',
    'Last court day to move for an extension, which must be granted before the order expires: {{date}} ({{date, weekday}})',
    '申请延期的最后一个法院工作日（延期须在命令到期前获准）：{{date}}（{{date, weekday}}）'
  ]
] as const) {
  add(`tro.alt.${kind}`, en, zh)
}
withDay(
  'pi.count',
  '7 days before the hearing = <day>: opposing papers must be served by this day',
  '开庭日 {{trigger}} 前第 7 日为 <day>：反对文件应于该日前送达'
)
add(
  'pi.court-order',
  "The court may permit service at another time, and local rules or the briefing schedule often set an earlier date: the court's order controls",
  '法院可准许在其他时间送达，地方规则或书状日程表常规定更早的日期：以法院的命令为准'
)
add(
  'frap.us-party',
  'If the United States, a US agency or officer is a party, any party may file within 60 days (FRAP 4(a)(1)(B)); a timely motion listed in FRAP 4(a)(4) restarts the time from the order disposing of it',
  '美国、其机构或官员为当事人的，任何当事人均可在 60 日内提出上诉通知（FRAP 4(a)(1)(B)）；及时提出 FRAP 4(a)(4) 所列动议的，期间自处理该动议的命令作出之日重新起算'
)
add(
  'frap.where',
  "The notice of appeal is filed with the district clerk, so the district court's time zone and the legal holidays of its state apply (FRAP 26(a)(6)(C))",
  '上诉通知向地区法院书记官提交，故适用地区法院的时区及其所在州的法定假日（FRAP 26(a)(6)(C)）'
)

// ---- PTAB ---------------------------------------------------------------------------------------

withDay(
  'ptab.ipr.anniversary',
  '1 year after service (the anniversary date) = <day>; a petition filed later is barred',
  '送达后 1 年（周年对应日）为 <day>；此后提出的请求将被禁止'
)
withDay(
  'ptab.ipr.anniversary-clamped',
  '1 year after service: {{month, month}} has no {{dayOfMonth, ordinal}}, so the period ends on the last day of that month = <day>',
  '送达后 1 年：{{month, month}}没有{{dayOfMonth, ordinal}}日，期间于该月最后一日届满，即 <day>'
)
add(
  'ptab.ipr.privies',
  'Use the earliest service of such a complaint on the petitioner, a real party in interest or a privy. The bar does not apply to a request for joinder under 35 USC 315(c)',
  '应以请求人、实际利益方或其利害关系人最早被送达该起诉状之日为准。该时限不适用于依 35 USC 315(c) 提出的合并请求'
)
add(
  'ptab.ipr.holidays',
  'Holidays applied: US federal holidays with their observed days, and Inauguration Day in DC. DC Emancipation Day is a District, not a Federal, holiday and is not applied; add unscheduled USPTO closures as closure days',
  '适用的假日：美国联邦假日及其补假日，以及哥伦比亚特区的总统就职日。哥伦比亚特区解放日是特区假日而非联邦假日，不予适用；美国专利商标局临时闭馆的日子请作为休息日登记'
)
add(
  'ptab.ipr.feb29',
  'Served on {{trigger}}: one year later has no February 29. This engine uses February 28 (USPTO corresponding-day practice, the earlier and safer date); some count to March 1, so do not rely on the later date',
  '送达日为 {{trigger}}：一年后没有 2 月 29 日。本引擎采用 2 月 28 日（美国专利商标局对应日惯例，较早也较安全的日期）；也有观点计算至 3 月 1 日，请勿依赖较晚的日期'
)

add(
  'ptab.popr.note',
  'The patent owner may file earlier or waive the preliminary response (37 CFR 42.107(b)); the Board decides on institution within 3 months after it is filed or the time for it expires (35 USC 314(b))',
  '专利权人可提前提交或放弃初步答复（37 CFR 42.107(b)）；委员会在初步答复提交或期限届满后 3 个月内决定是否立案（35 USC 314(b)）'
)

// ---- ITC ------------------------------------------------------------------------------------------

withSkips(
  'itc.day1',
  'Counting begins with the first business day after service, which is day 1: {{date}} ({{date, weekday}})<skips>',
  '自送达后第一个工作日起算，该日为第 1 日：{{date}}（{{date, weekday}}）<skips>'
)
withDay('itc.day20', 'Day 20 = <day>', '第 20 日为 <day>')
add(
  'itc.notice',
  'The notice of investigation or the administrative law judge may set another date, and when the investigation involves a motion for temporary relief the response is due with the response to that motion; check the notice',
  '立案通知或行政法官可另定日期；调查涉及临时救济动议的，答复应与对该动议的答复一并提交；请核对立案通知'
)

// ---- DMCA -----------------------------------------------------------------------------------------

add(
  'dmca.business-days',
  'Business days exclude Saturdays, Sundays and US federal holidays (with observed days); the statute does not define "business day", so federal working days are used',
  '工作日不含星期六、星期日及美国联邦假日（含补假日）；法律未定义“工作日”，故按联邦工作日计算'
)
withSkips(
  'dmca.earliest',
  '10th business day after receipt: {{date}} ({{date, weekday}})<skips>; restore no earlier than this day',
  '收到后第 10 个工作日：{{date}}（{{date, weekday}}）<skips>；不得早于该日恢复'
)
withSkips(
  'dmca.latest',
  '14th business day after receipt: {{date}} ({{date, weekday}})<skips>; restore no later than this day',
  '收到后第 14 个工作日：{{date}}（{{date, weekday}}）<skips>；不得晚于该日恢复'
)
add(
  'dmca.lawsuit-bar',
  'Do not restore if the designated agent first receives notice from the person who sent the takedown notice that it has filed an action seeking a court order against the subscriber',
  '如指定代理人事先收到删除通知发送人的通知，称其已对该用户提起诉讼请求法院命令，则不得恢复'
)

withSkips(
  'dmca.claimant.deadline',
  '10th business day after the service provider received the counter-notice: {{date}} ({{date, weekday}})<skips>. From this day the provider may restore the material unless its designated agent has first received notice that you filed an action seeking a court order against the subscriber',
  '服务提供者收到反通知后第 10 个工作日：{{date}}（{{date, weekday}}）<skips>。自该日起，除非其指定代理人事先收到您已对该用户提起诉讼请求法院命令的通知，服务提供者即可恢复相关内容'
)
add(
  'dmca.claimant.safe',
  'Restoration may happen during the 10th business day, so file the action and deliver the notice to the designated agent before it, by {{safe}} ({{safe, weekday}}), the 9th business day',
  '恢复可能在第 10 个工作日当天发生，故应在此前，即第 9 个工作日 {{safe}}（{{safe, weekday}}）之前起诉并将通知送达指定代理人'
)
add(
  'dmca.claimant.receipt',
  "The count runs from the provider's receipt of the counter-notice, which the claimant learns from the provider's copy (17 USC 512(g)(2)(B)): use the receipt date the provider states",
  '期间自服务提供者收到反通知之日起算，权利人通常通过服务提供者转发的副本得知（17 USC 512(g)(2)(B)）：请以服务提供者告知的收到日期为准'
)

// ---- Amazon APEX ---------------------------------------------------------------------------

add(
  'apex.no-rollover',
  "A platform's program deadline, not a statutory period: no weekend or holiday roll-over is applied",
  '这是平台程序规定的期限，不是法定期间：不适用周末或假日顺延'
)
add(
  'apex.consequence',
  "By this day agree to the evaluation (Amazon's neutral evaluator) or obtain a retraction of the complaint; otherwise Amazon removes the listings the complaint names",
  '应于该日前同意参加评估（亚马逊指定的中立评估人）或促使投诉方撤回投诉；否则亚马逊将下架投诉所列商品'
)

// ---- China ---------------------------------------------------------------------------------------

add(
  'cn.rest-days',
  'Saturdays and Sundays are rest days unless the State Council made them make-up working days (调休); holidays inside the period are counted. A defence posted before the period ends is in time',
  '星期六、星期日为休息日，但国务院安排为调休上班日的除外；期间内的节假日计入期间。期满前交邮的，不算过期'
)
add(
  'cn.abroad-extension',
  "The court may extend the period on the defendant's application",
  '被告申请延期的，是否准许，由人民法院决定'
)

add(
  'cn.appeal.where',
  'The statement of appeal is lodged through the court of first instance or with the court at the next level; a statement posted before the period ends is in time, and the period runs for each party from its own service',
  '上诉状应通过原审人民法院提出，也可直接向第二审人民法院提出；期满前交邮的不算过期，期间自各当事人分别收到裁判文书之日起算'
)

// ---- Germany ---------------------------------------------------------------------------------------

add(
  'de.defence.notfrist',
  'This is a Notfrist: it cannot be extended, and missing it allows judgment by default without a hearing',
  '该期间为不变期间（Notfrist），不得延长；逾期未提出的，法院可不经言词辩论作出缺席判决'
)
add(
  'de.defence.notfrist-abroad',
  "This is a Notfrist: it cannot be extended, and missing it allows judgment by default without a hearing. For service abroad the presiding judge may set a longer period: use the period in the court's order",
  '该期间为不变期间（Notfrist），不得延长；逾期未提出的，法院可不经言词辩论作出缺席判决。在国外送达的，审判长可指定更长的期间：以法院裁定中的期间为准'
)
add(
  'de.no-state',
  'No Bundesland chosen: only nationwide public holidays were applied. Public holidays of the state where the court sits also extend the period (ZPO § 222(2)): choose the state',
  '未选择联邦州：仅适用了全国性公共假日。法院所在州的公共假日同样顺延期间（ZPO § 222(2)）：请选择州'
)
add(
  'de.bavaria-local',
  "Assumption Day (15 August) is a public holiday only in predominantly Catholic Bavarian municipalities and the Augsburg Peace Festival (8 August) only in Augsburg; neither is applied. Add them as closure days if the court's seat observes them",
  '圣母升天节（8 月 15 日）仅在以天主教为主的巴伐利亚市镇为公共假日，奥格斯堡和平节（8 月 8 日）仅在奥格斯堡为假日；两者均未适用。如法院所在地适用，请作为休息日登记'
)

withDay(
  'de.appeal.five-months',
  "Five months after pronouncement on {{pronounced}} (the day with the same number, or the month's last day) end on <day>: the period begins then at the latest",
  '自 {{pronounced}} 宣判起五个月（相应月份的同一日期，无此日期的为该月最后一日）于 <day>届满：期间最迟自该时起算'
)
add(
  'de.appeal.from-service',
  'The full judgment was served ({{served}}) before the five months ran out, so the period runs from service',
  '完整判决于五个月届满前送达（{{served}}），故期间自送达起算'
)
add(
  'de.appeal.from-five-months',
  'The full judgment was served ({{served}}) after the five months ran out ({{limit}}), so the period runs from the end of the five months',
  '完整判决于五个月届满（{{limit}}）后才送达（{{served}}），故期间自五个月届满时起算'
)
add(
  'de.appeal.no-pronouncement',
  'No date of pronouncement given: the five-month limit (ZPO §§ 517, 520(2)) was not checked. If the full judgment was served more than five months after it was pronounced, the period ran from the end of the five months: enter the date of pronouncement',
  '未填写宣判日期：未核查五个月的最长期限（ZPO §§ 517、520(2)）。如完整判决在宣判五个月后才送达，期间自五个月届满时起算：请填写宣判日期'
)
add(
  'de.appeal.expired',
  'The period ran from the end of the five months and ended on {{due}}, before the judgment was served on {{served}}: it has already expired; only reinstatement (ZPO § 233) may help',
  '期间自五个月届满时起算，已于 {{due}} 届满，早于判决送达日 {{served}}：期间已经届满，只能申请回复原状（ZPO § 233）'
)
add(
  'de.berufung.notfrist',
  'The Berufungsfrist is a Notfrist: it cannot be extended; if it is missed only reinstatement (Wiedereinsetzung, § 233) helps. The appeal is lodged with the appellate court',
  '上诉期间（Berufungsfrist）为不变期间，不得延长；逾期的，只能申请回复原状（§ 233）。上诉应向上诉法院提出'
)
add(
  'de.begruendung.extension',
  "The period for the grounds of appeal is not a Notfrist: the presiding judge may extend it on application, by up to one month without the opponent's consent and further with it",
  '上诉理由期间不是不变期间：经申请，审判长可予延长，未经对方同意最长延长一个月，经对方同意可更长'
)
add(
  'de.einspruch.notfrist',
  'The Einspruchsfrist is a Notfrist: it cannot be extended. The objection is lodged with the court that gave the default judgment',
  '异议期间（Einspruchsfrist）为不变期间，不得延长。异议应向作出缺席判决的法院提出'
)
add(
  'de.einspruch.abroad',
  'Service abroad: the period is one month; check the period the court set in the default judgment',
  '在国外送达的，期间为一个月；请核对法院在缺席判决中确定的期间'
)

// ---- UPC --------------------------------------------------------------------------------------------

add(
  'upc.approximated',
  "UPC official holidays are approximated by the nationwide public holidays of {{place}} (date-holidays data), the Contracting Member State where the division sits. Regional holidays at the seat (e.g. Bavaria for Munich) and days on which the Court announces it is closed are not applied: check the Court's list for the division and add missing days as closures",
  '统一专利法院的官方假日按分庭所在缔约成员国{{placeZh}}的全国性公共假日近似计算（date-holidays 数据）。所在地的地区性假日（如慕尼黑所在的巴伐利亚州假日）及法院公告的闭院日未予适用：请核对法院公布的该分庭假日表，并将缺少的日子登记为休息日'
)
add(
  'upc.before-start',
  'The UPC opened on 2023-06-01; this trigger date is earlier',
  '统一专利法院于 2023-06-01 开始运作；本起算日早于该日'
)

add(
  'upc.division-seat',
  "Official holidays at the seat of the {{place}} applied (date-holidays data, with the state's holidays). Days on which the Court announces it is closed are not applied: check the Court's list and add missing days as closures",
  '已适用{{placeZh}}所在地的官方假日（date-holidays 数据，含州假日）。法院公告的闭院日未予适用：请核对法院公布的假日表，并将缺少的日子登记为休息日'
)
add(
  'upc.appeal.grounds-decision',
  'The statement of grounds of appeal is due within 4 months of service of the decision',
  '上诉理由书应于裁判送达后 4 个月内提交'
)
add(
  'upc.appeal.grounds-order',
  'For an order the statement of grounds of appeal is due within the same 15 days; leave to appeal may be needed (RoP 220.2)',
  '对裁定上诉的，上诉理由书应在同一 15 日内提交；可能需要获得上诉许可（RoP 220.2）'
)
add(
  'upc.po.scope',
  'A Preliminary objection concerns the jurisdiction and competence of the Court, the competence of the division, or the language of the Statement of claim',
  '初步异议涉及法院的管辖权和权限、分庭的权限或起诉书所用语言'
)

// ---- letters ------------------------------------------------------------------------------------------

add(
  'letter.trigger',
  'Trigger: {{date}} ({{date, weekday}}), the date the letter counts from; the day itself is excluded',
  '起算：函件期限自 {{date}}（{{date, weekday}}）起算，当日不计入期间'
)
withSkips(
  'letter.business.holidays',
  '{{days, ordinal}} business day after it ({{jurisdiction}}: Saturdays, Sundays and public holidays not counted) = {{date}} ({{date, weekday}})<skips>',
  '其后第 {{days}} 个工作日（{{jurisdiction}}：星期六、星期日及公共假日不计）为 {{date}}（{{date, weekday}}）<skips>'
)
withSkips(
  'letter.business.cn',
  '{{days, ordinal}} business day after it (CN: Saturdays, Sundays and Chinese statutory holidays not counted; make-up working days count) = {{date}} ({{date, weekday}})<skips>',
  '其后第 {{days}} 个工作日（中国：星期六、星期日及法定节假日不计，调休上班日计入）为 {{date}}（{{date, weekday}}）<skips>'
)
withSkips(
  'letter.business.weekends',
  '{{days, ordinal}} business day after it ({{jurisdiction}}: no holiday data, only Saturdays and Sundays not counted) = {{date}} ({{date, weekday}})<skips>',
  '其后第 {{days}} 个工作日（{{jurisdiction}}：无假日数据，仅星期六、星期日不计）为 {{date}}（{{date, weekday}}）<skips>'
)
withDay(
  'letter.calendar-days',
  '+$t(unit.calendarDays, {"count": {{days}}}) = <day>',
  '{{trigger}} 后第 {{days}} 个自然日为 <day>'
)
add(
  'letter.no-rollover',
  'A deadline demanded in a letter is not a statutory period: no legal roll-over to a working day is applied',
  '函件中要求的期限不是法定期间：不适用顺延至工作日的法律规定'
)
for (const [kind, reasonEn, reasonZh] of [
  ['holiday', 'a public holiday ({{holiday}})', '公共假日（{{holidayZh}}）'],
  ['weekend', 'a {{date, weekday}}', '{{date, weekday}}'],
  ['closure', 'a closure day you declared', '您登记的休息日']
] as const) {
  add(
    `letter.day-off.${kind}`,
    `The demanded date {{date}} is ${reasonEn}. A letter's deadline does not roll over: to be safe respond by the previous working day, {{previous}} ({{previous, weekday}}), or confirm the date with the sender`,
    `函件要求的日期 {{date}} 为${reasonZh}。函件期限不顺延：稳妥起见，请在前一个工作日 {{previous}}（{{previous, weekday}}）之前答复，或与发函方确认日期`
  )
}

add(
  'letter.bgb193',
  'German law: when the last day of a period for a declaration or a performance falls on a Saturday, Sunday or a public holiday at the place of performance, the next working day takes its place',
  '德国法：作出意思表示或履行给付的期间最后一日为星期六、星期日或履行地的公共假日的，以下一个工作日代替该日'
)
add(
  'letter.bgb193-state',
  "Only Germany's nationwide public holidays were applied: a state holiday at the place of performance moves the date further",
  '仅适用了德国全国性公共假日：履行地的州假日可能使日期进一步顺延'
)

/** Every template, by language and code. */
export const deadlineMessages: Readonly<Record<DeadlineLang, Readonly<Record<string, string>>>> = {
  en,
  'zh-CN': zh
}

const renderer = new TemplateRenderer(deadlineMessages)

/**
 * Renders a stored `{ code, params }` in a language: `renderDeadlineMessage('roll.frcp.holiday',
 * { date: '2026-12-25', due: '2026-12-28', holiday: 'Christmas Day', holidayZh: '圣诞节' }, 'zh-CN')`.
 * An unknown code renders as the code itself; a missing parameter stays visible as `{{name}}`.
 */
export function renderDeadlineMessage(
  code: string,
  params: DeadlineParams,
  lang: DeadlineLang = 'en',
  options?: RenderOptions
): string {
  return renderer.render(code, params, lang, options)
}

/**
 * A computed text (model.ts ComputedText) in `lang`: its code rendered, or, for a row written
 * before codes existed, the English text it was stored with.
 */
export function renderComputedText(
  item: { readonly code?: string; readonly params?: DeadlineParams; readonly text?: string },
  lang: DeadlineLang
): string {
  return item.code ? renderDeadlineMessage(item.code, item.params ?? {}, lang) : (item.text ?? '')
}
