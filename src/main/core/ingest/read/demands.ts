/**
 * What the letter demands (codes: stop_selling, remove_listings, destroy_stock, ...) and what it
 * threatens (lawsuit, preliminary_injunction, asset_freeze, marketplace_complaint, ...), read
 * sentence by sentence. Demands are read from the demand part of the letter (from "demands that",
 * "fordern wir Sie auf", "要求" on), so the legal analysis before it ("liable for damages") is not
 * taken as a demand.
 */
import { HAN, note, sourceOf, type Doc } from './text'
import type { DemandCode, Field, ThreatCode, ThreatValue } from './types'

const DEMANDS: [DemandCode, RegExp][] = [
  [
    'sign_undertaking',
    /undertaking|\bsign\s+(?:and\s+return\s+)?(?:the\s+)?(?:enclosed|attached)\s+(?:declaration|agreement|acknowledg)|cease[-\s]and[-\s]desist\s+(?:declaration|undertaking)|declaration\s+with\s+a\s+penalty|Unterlassungs(?:-\s+und\s+Verpflichtungs)?erklärung|Unterlassungs-\s+und|Verpflichtungserklärung|承诺书|保证书|承诺函|书面承诺|保证(?:今后)?不再/iu
  ],
  [
    'stop_selling',
    /cease\s+and\s+desist(?!\s+(?:declaration|undertaking|letter))|\bcease\s+(?:all\s+)?(?:the\s+)?(?:sales?|selling|use|using|making|manufactur\w*|offer\w*|import\w*|distribut\w*|reproduc\w*|infring\w*)|\bstop\s+(?:[\p{L}\d'’-]+\s+){0,2}?(?:selling|reproducing|using|the\s+sale|all\s+sales|making|offering|manufactur\w*|importing|distribut\w*)|discontinue|refrain\s+from|\bdesist\b|zu\s+unterlassen|künftig\s+zu\s+unterlassen|einzustellen|nicht\s+mehr\s+(?:anzubieten|zu\s+vertreiben)|停止(?:制造|销售|生产|使用|侵害|侵权|许诺销售|进口|一切|在|上述)/iu
  ],
  [
    'remove_listings',
    /\bremov(?:e|al\s+of)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:listings?|offers?|product\s+pages?|products?|the\s+photos|images|ASINs?)|\btake\s+down|\btakedown|\bdelist|\bdelete\s+(?:[\p{L}\d'’-]+\s+){0,2}listings?|(?:Angebote?|Fotos|Lichtbilder|Bilder|Listings?)\s+(?:[\p{L}\d'’-]+\s+){0,6}?(?:zu\s+)?(?:entfernen|löschen)|删除|下架|撤下|断开(?:商品)?链接/iu
  ],
  ['destroy_stock', /\bdestroy|\bdestruction|\bdeliver\s+up|vernicht|销毁/iu],
  ['recall', /\brecall\b|Rückruf|zurückzurufen|召回/iu],
  [
    'account_profits',
    /\baccount(?:ing)?\s+(?:for|of)\b|\bfull\s+accounting|\ban\s+accounting\b|\b(?:disclose|report)\s+(?:all\s+)?(?:your\s+)?(?:sales|revenues?|profits)|Rechnungslegung|(?:Anzahl|Menge)\s+der\s+(?:verkauften|vertriebenen|abgesetzten)|Verkaufszahlen|Auskunft\s+über\s+(?:[\p{L}\d'’-]+\s+){0,6}?Umsätze|erzielten\s+Umsätze|销售数量|销售金额|销售额|销售情况|获利情况|财务账簿/iu
  ],
  [
    'identify_sources',
    /\bidentify\s+(?:[\p{L}\d'’-]+\s+){0,2}(?:manufacturers?|suppliers?|sources?)|\b(?:disclose|provide)\s+(?:[\p{L}\d'’-]+\s+){0,7}?(?:suppliers?|manufacturers?|source\s+of)|who\s+manufactures|Herkunft|Lieferanten|Vertriebsweg|来源|进货渠道|供货商|生产厂家|制造商/iu
  ],
  [
    'pay_damages',
    /\bpay\s+(?:[\p{L}\d'’-]+\s+){0,5}?(?:damages|compensation|royalt\w*|licen[cs]e\s+fee|the\s+sum)|\bcompensat\w*\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:for|its)|\breasonable\s+royalty\b|Schadensersatz(?!anspr)|Lizenzanalogie|Lizenzgebühr|赔偿(?:委托人|权利人|恒锐公司|经济损失|损失|金)?|支付赔偿金/iu
  ],
  [
    'pay_costs',
    /\b(?:pay|reimburse|bear)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:costs|attorneys?['’]?\s+fees|legal\s+fees)|Kosten\s+(?:unserer|der)\s+(?:Inanspruchnahme|Beauftragung|Einschaltung)|Anwaltskosten|Rechtsanwaltsgebühren|Kosten\s+\w+\s+zu\s+(?:tragen|erstatten)|合理开支|律师费|维权费用/iu
  ],
  [
    'preserve_evidence',
    /\bpreserve\s+(?:all\s+)?(?:documents|evidence|records|electronically|relevant)|litigation\s+hold|Beweismittel\s+(?:zu\s+)?(?:sichern|aufzubewahren)|保全证据|保存(?:相关)?证据/iu
  ],
  [
    'written_response',
    /\bwritten\s+(?:response|reply|confirmation)|\b(?:respond|reply|confirm)\s+(?:[\p{L}\d'’-]+\s+){0,4}?in\s+writing|\bconfirm\s+in\s+writing|\bsubstantive\s+response|schriftlich\s+(?:zu\s+)?(?:bestätigen|mitteilen|antworten|erklären)|书面(?:形式)?(?:回复|答复|说明)|(?:回复|答复)本所|与本所联系|书面回复/iu
  ]
]

const THREATS: [ThreatCode, RegExp][] = [
  [
    'preliminary_injunction',
    /temporary\s+restraining\s+order|\bTRO\b|preliminary\s+injunction|interim\s+injunction|injunctive\s+relief|einstweilige[nr]?\s+Verfügung|诉前(?:行为保全|禁令)|行为保全|临时限制令|禁令/iu
  ],
  [
    'asset_freeze',
    /\bfreez(?:e|ing)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:assets|accounts|funds)|asset\s+freeze|冻结/iu
  ],
  [
    'marketplace_complaint',
    /\b(?:report|notify|inform|complain\s+to)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:Amazon|eBay|Walmart|TikTok|Temu|AliExpress|Etsy|Kaufland|Otto|Shopify|Shein|Shopee|Lazada|the\s+(?:platform|marketplace))|\bVeRO\b|\b(?:file|submit|lodge|send)\s+(?:[\p{L}-]+\s+){0,3}?(?:complaints?|reports?|notices?|notifications?)\s+(?:with|to)\s+(?:Amazon|eBay|Walmart|TikTok|Temu|AliExpress|Etsy|Kaufland|Otto|Shopify|Shein|Shopee|Lazada|the\s+(?:platform|marketplace))|\bBeschwerde\s+bei\s+(?:Amazon|eBay)|(?:Amazon|eBay|der\s+Plattform)\s+(?:zu\s+)?(?:informieren|melden)|向[^。；]{0,12}(?:平台|亚马逊|天猫|淘宝|拼多多|京东)(?:[^。；]{0,6})?投诉|平台投诉|知识产权投诉/iu
  ],
  [
    'lawsuit',
    /\b(?:file|filing|commence|bring|initiate|issue|institute)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:suit|lawsuit|action|proceedings|litigation|complaint(?!\s+(?:with|to)\s+(?:Amazon|eBay|Walmart|TikTok|Temu|AliExpress|the\s+platform)))|\blegal\s+action|\bsue\s+you|\blitigation\b|\bcourt\s+proceedings|gerichtliche[n]?\s+(?:Schritte|Hilfe|Geltendmachung|Verfahren)|gerichtlich\s+geltend|\bKlage\b|klageweise|提起[^。；]{0,10}诉讼|起诉|诉讼途径|诉至/iu
  ],
  [
    'customs_seizure',
    /\bcustoms\b|\bCBP\b|\bInternational\s+Trade\s+Commission|\bITC\b|exclusion\s+order|Grenzbeschlagnahme|\bZoll\b|海关/iu
  ],
  [
    'criminal_complaint',
    /\bcriminal\s+(?:complaint|prosecution|referral|charges)|Strafanzeige|Strafantrag|刑事(?:责任|报案|控告)|公安机关/iu
  ],
  [
    'administrative_complaint',
    /(?:专利|知识产权|市场监督)?行政(?:部门|机关|管理部门)|市场监督管理|请求(?:行政)?处理|administrative\s+(?:complaint|proceedings)/iu
  ]
]

const DEMAND_START =
  /\b(?:demands?\s+that|(?:we|our\s+client|\w+)\s+(?:therefore\s+)?(?:demands?|requires?|requests?|insists?)|hereby\s+demand|provided\s+that\s+you|we\s+therefore\s+demand|call\s+on\s+you|requires\s+you)\b|fordern\s+wir\s+Sie|fordern\s+Sie\s+auf|Wir\s+fordern|auffordern|verlangen\s+wir|要求(?:贵|你|您)|(?:委托人|权利人)的要求|(?:请|敦促|责令)贵/iu
const THREAT_CUE =
  /\b(?:if|unless|absent|failing|otherwise|should\s+you|in\s+the\s+event|will|intends?|prepared\s+to|instructed|authori[sz]ed|reserves?\s+the\s+right|consider)\b|Andernfalls|Sollten?\s+Sie|Nach\s+fruchtlosem|werden\s+wir|wird\s+unsere|fristgerecht|fruchtlos|逾期|否则|如(?:贵|你|您)|将(?:依|向|通过|在)|保留/iu

interface Sentence {
  start: number
  end: number
  text: string
}

/** The sentences of the input, as input offsets (via the source finder, so wraps join). */
export function sentences(doc: Doc): Sentence[] {
  const out: Sentence[] = []
  let at = 0
  const input = doc.input
  while (at < input.length) {
    while (at < input.length && /\s/.test(input[at] ?? '')) at++
    if (at >= input.length) break
    const src = sourceOf(doc, at, at + 1)
    const end = Math.max(src.end, at + 1)
    out.push({ start: Math.min(src.start, at), end, text: src.text.normalize('NFKC') })
    at = end
  }
  return out
}

/** Index of the sentence where the demands begin, or -1. */
export function demandStart(all: Sentence[]): number {
  return all.findIndex((s) => DEMAND_START.test(s.text))
}

export function readDemands(doc: Doc, all: Sentence[], startIndex = demandStart(all)): Field<DemandCode>[] {
  const region = startIndex >= 0 ? all.slice(startIndex) : all
  const out = new Map<DemandCode, Field<DemandCode>>()
  for (const s of region) {
    for (const [code, re] of DEMANDS) {
      if (out.has(code)) continue
      const m = re.exec(s.text)
      if (!m) continue
      // "cease and desist" inside the undertaking's name is not a separate stop demand
      const f: Field<DemandCode> = {
        value: code,
        source: sourceOf(doc, s.start, s.end),
        certain: startIndex >= 0
      }
      if (startIndex < 0) f.notes = [note('not_in_demand_section', 'demands')]
      out.set(code, f)
    }
  }
  return [...out.values()]
}

const COURT = new RegExp(
  `United\\s+States\\s+District\\s+Court\\s+for\\s+the\\s+(?:[A-Z][a-z]+\\s+)?District\\s+of\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?|High\\s+Court(?:\\s+of\\s+Justice)?|(?:Landgericht|LG)\\s+[A-ZÄÖÜ][a-zäöü]+|[${HAN}]{2,8}?(?:中级|高级|知识产权|互联网)?人民法院|(?:U\\.S\\.\\s+)?International\\s+Trade\\s+Commission`,
  'u'
)

export function readThreats(doc: Doc, all: Sentence[], startIndex = demandStart(all)): Field<ThreatValue>[] {
  const out = new Map<ThreatCode, Field<ThreatValue>>()
  all.forEach((s, i) => {
    const cue = THREAT_CUE.test(s.text)
    if (!cue && (startIndex < 0 || i < startIndex)) return
    for (const [code, re] of THREATS) {
      if (out.has(code)) continue
      const m = re.exec(s.text)
      if (!m) continue
      // "resolve this matter without litigation" is the opposite of a threat
      if (
        /(?:without|avoid(?:ing)?|rather\s+than|ohne|无需|避免)\s+(?:[\p{L}\d'’-]+\s+)?$/iu.test(
          s.text.slice(Math.max(0, m.index - 30), m.index)
        )
      )
        continue
      const value: ThreatValue = { code }
      if (code === 'lawsuit') {
        const court = COURT.exec(s.text)
        if (court && !/[向的有管辖及]/u.test(court[0])) value.court = court[0].replace(/\s+/g, ' ')
      }
      out.set(code, { value, source: sourceOf(doc, s.start, s.end), certain: cue })
    }
  })
  return [...out.values()]
}
