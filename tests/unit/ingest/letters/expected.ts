// Expected fields of the test letters in this folder (all fictional) and of the shared fixtures
// (their ground truth is /work/shared/fixtures/README.md). Names compare case- and
// punctuation-insensitively; rights as "type|jurisdiction|id".
import type { DemandCode, LanguageCode, ThreatCode } from '../../../../src/main/core/ingest'

export interface ExpectedLetter {
  language: LanguageCode
  letterDate: string | null
  senderFirm: string | null
  senderAttorneys: string[]
  senderReference: string | null
  rightsHolder: string | null
  recipient: string | null
  rights: string[]
  asins: string[]
  itemIds: string[]
  /** "name|sellerId" ('' when the letter gives none). */
  stores: string[]
  models: string[]
  demands: DemandCode[]
  threatenedActions: ThreatCode[]
  /** "relative|days|basis|from" or "absolute|YYYY-MM-DD". */
  deadline: string | null
  /** Other readings the deadline field must offer (conflicting phrases). */
  deadlineAlternatives?: string[]
  /** Fields whose value is right but which must be flagged uncertain. */
  mustBeUncertain?: string[]
}

const FIXTURE_EN: ExpectedLetter = {
  language: 'en',
  letterDate: '2026-10-19',
  senderFirm: 'HARWELL & PIKE LLP',
  senderAttorneys: ['Daniel R. Mercer'],
  senderReference: 'BRO-2026-0412',
  rightsHolder: 'Brightline Outdoor Inc.',
  recipient: 'Shenzhen Lumora Trading Co., Ltd.',
  rights: ['utility_patent|US|US-11234567', 'design_patent|US|US-D987654'],
  asins: ['B0C1234567', 'B0C7654321'],
  itemIds: [],
  stores: ['LumoraGear|A2LMRA7QX3K9Z1'],
  models: ['LX-200'],
  demands: [
    'stop_selling',
    'remove_listings',
    'account_profits',
    'identify_sources',
    'preserve_evidence',
    'written_response'
  ],
  threatenedActions: ['lawsuit', 'preliminary_injunction', 'asset_freeze'],
  deadline: 'relative|14|calendar|letter_date'
}

const FIXTURE_ZH: ExpectedLetter = {
  language: 'zh',
  letterDate: '2026-11-03',
  senderFirm: '广州澄砚律师事务所',
  senderAttorneys: ['张知远', '林若溪'],
  senderReference: '（2026）澄砚律函字第1103号',
  rightsHolder: '杭州暖岚照明科技有限公司',
  recipient: '深圳市璐莫拉贸易有限公司',
  rights: ['trademark|CN|CN-TM-12345678'],
  asins: [],
  itemIds: ['1005006123456789', '1005006987654321'],
  stores: ['LumoraGear Official Store|1102345678'],
  models: [],
  demands: [
    'stop_selling',
    'remove_listings',
    'written_response',
    'account_profits',
    'identify_sources',
    'destroy_stock',
    'pay_damages',
    'pay_costs'
  ],
  threatenedActions: ['lawsuit', 'marketplace_complaint', 'preliminary_injunction'],
  deadline: 'relative|7|calendar|letter_date'
}

/** Fixtures: read from the PDFs (pdftotext and pdf.js) and the e-mail in the test. */
export const FIXTURE_EXPECTED: Record<string, ExpectedLetter> = {
  'warning-letter-patent-en.pdf': FIXTURE_EN,
  'warning-letter-trademark-zh.pdf': FIXTURE_ZH,
  'warning-letter.eml': {
    ...FIXTURE_EN,
    letterDate: null,
    senderFirm: 'Harwell & Pike LLP',
    senderReference: null,
    recipient: null,
    stores: [],
    models: [],
    demands: ['written_response'],
    threatenedActions: []
  }
}

export const LETTER_EXPECTED: Record<string, ExpectedLetter> = {
  'en-copyright-takedown.txt': {
    language: 'en',
    letterDate: '2026-03-12',
    senderFirm: 'CORBETT ASHDOWN LLC',
    senderAttorneys: ['Rebecca A. Liang'],
    senderReference: 'PWS-7781-C',
    rightsHolder: 'Pinewhistle Studios LLC',
    recipient: 'Tidewell Crafts Limited',
    rights: ['copyright|US|US-C-VA2345678', 'copyright|US|US-C-TX9012345'],
    asins: [],
    itemIds: ['395612345678', '395698765432'],
    stores: ['tidewell_crafts|'],
    models: [],
    demands: ['stop_selling', 'remove_listings', 'destroy_stock', 'account_profits', 'written_response'],
    threatenedActions: ['marketplace_complaint', 'lawsuit'],
    deadline: 'relative|10|business|receipt'
  },
  'en-design-ambiguous-date.txt': {
    language: 'en',
    letterDate: '2026-03-02',
    senderFirm: 'MARLOWE FITCH LAW GROUP PLLC',
    senderAttorneys: ['Samantha J. Fitch'],
    senderReference: 'MFLG-0917',
    rightsHolder: 'Aurelle Living, Inc.',
    recipient: 'Ningbo Haiyan Houseware Co., Ltd.',
    rights: ['design_patent|US|US-D1012345', 'trademark|US|US-TM-6789012', 'trademark|US|US-TM-6789013'],
    asins: [],
    itemIds: ['1729384756102938475', '1729384756102938476'],
    stores: ['Haiyan Home Life|7495012345678901234'],
    models: ['HY-300'],
    demands: ['stop_selling', 'remove_listings', 'pay_damages', 'identify_sources'],
    threatenedActions: ['marketplace_complaint', 'lawsuit'],
    deadline: 'relative|30|calendar|receipt',
    mustBeUncertain: ['letterDate']
  },
  'en-uk-trademark-undertakings.txt': {
    language: 'en',
    letterDate: '2026-02-03',
    senderFirm: 'Hollis Grant Solicitors LLP',
    senderAttorneys: ['Katherine Hollis'],
    senderReference: 'KH/0392/26',
    rightsHolder: 'Kestrel Home Ltd',
    recipient: 'Zhejiang Qianmu E-Commerce Co., Limited',
    rights: ['trademark|EU|EU-TM-018456789', 'trademark|GB|GB-TM-00003456789', 'trademark|WIPO|WIPO-1567890'],
    asins: ['B09KH12345', 'B09KH67890'],
    itemIds: [],
    stores: ['QianmuHome Official Store|A2QMHX8KL5R7TP'],
    models: [],
    demands: [
      'sign_undertaking',
      'stop_selling',
      'destroy_stock',
      'identify_sources',
      'pay_costs',
      'written_response'
    ],
    threatenedActions: ['lawsuit', 'preliminary_injunction', 'marketplace_complaint'],
    deadline: 'relative|7|calendar|letter_date',
    deadlineAlternatives: ['absolute|2026-02-20'],
    mustBeUncertain: ['deadline']
  },
  'en-utility-patent-walmart.txt': {
    language: 'en',
    letterDate: '2026-05-14',
    senderFirm: 'STRATTON QUILL & MOORE, P.C.',
    senderAttorneys: ['Jonathan P. Okafor'],
    senderReference: 'SQM-24-1187',
    rightsHolder: 'Tallgrass Coolers, LLC',
    recipient: 'Xiamen BeachNook Outdoor Products Co., Ltd.',
    rights: ['utility_patent|US|US-10987654', 'utility_patent|US|US-20250123456'],
    asins: [],
    itemIds: ['5531234567', '5539876543'],
    stores: ['BeachNook|101998877'],
    models: ['PX-88'],
    demands: ['stop_selling', 'account_profits', 'pay_damages', 'sign_undertaking', 'written_response'],
    threatenedActions: ['lawsuit', 'preliminary_injunction'],
    deadline: 'absolute|2026-06-01'
  },
  'zh-invention-patent-tmall.txt': {
    language: 'zh',
    letterDate: '2026-03-15',
    senderFirm: '北京正衡律师事务所',
    senderAttorneys: ['王立新', '陈曦'],
    senderReference: '正衡律函〔2026〕第0315号',
    rightsHolder: '宁波恒锐电器科技有限公司',
    recipient: '东莞市启航电器有限公司',
    rights: ['invention_patent_cn|CN|CN-2021103456783', 'utility_model|CN|CN-2022201234567'],
    asins: [],
    itemIds: ['712345678901', '712345678902'],
    stores: ['启航电器旗舰店|2208876543210'],
    models: ['QH-J6'],
    demands: ['stop_selling', 'destroy_stock', 'pay_damages', 'written_response'],
    threatenedActions: ['lawsuit', 'marketplace_complaint'],
    deadline: 'relative|10|calendar|receipt'
  },
  'zh-design-patent-pdd.txt': {
    language: 'zh',
    letterDate: '2026-04-08',
    senderFirm: '深圳市衡知知识产权代理有限公司',
    senderAttorneys: ['刘洋'],
    senderReference: null,
    rightsHolder: '佛山市美宅家居用品有限公司',
    recipient: '义乌市美途日用品商行',
    rights: ['design_patent|CN|CN-2023305678904'],
    asins: [],
    itemIds: ['456789012345'],
    stores: ['美途家居优品专营店|987654321'],
    models: [],
    demands: ['stop_selling', 'remove_listings', 'sign_undertaking', 'identify_sources', 'written_response'],
    threatenedActions: ['marketplace_complaint', 'lawsuit', 'administrative_complaint'],
    deadline: 'absolute|2026-04-18'
  },
  'zh-trademark-amazon-us.txt': {
    language: 'zh',
    letterDate: '2026-06-20',
    senderFirm: '上海申衡律师事务所',
    senderAttorneys: ['赵敏'],
    senderReference: '申衡（2026）知字第066号',
    rightsHolder: 'Oakridge Brands, Inc.',
    recipient: '杭州绿叶家居用品有限公司',
    rights: ['trademark|US|US-TM-6123456', 'trademark|CN|CN-TM-23456789', 'trademark|WIPO|WIPO-1234567'],
    asins: ['B0D1122334', 'B0D5566778'],
    itemIds: [],
    stores: ['GreenLeaf Home|A3GLHXQ7M2K9WZ'],
    models: [],
    demands: [
      'stop_selling',
      'remove_listings',
      'destroy_stock',
      'pay_damages',
      'pay_costs',
      'written_response'
    ],
    threatenedActions: ['marketplace_complaint', 'lawsuit', 'preliminary_injunction', 'asset_freeze'],
    deadline: 'relative|5|business|receipt'
  },
  'zh-copyright-taobao.txt': {
    language: 'zh',
    letterDate: '2026-07-01',
    senderFirm: '浙江华章律师事务所',
    senderAttorneys: ['孙婉清'],
    senderReference: '（2026）华章律函第0701号',
    rightsHolder: '上海青禾文化创意有限公司',
    recipient: '杭州织梦服饰有限公司',
    rights: ['copyright|CN|CN-C-2024F00123456'],
    asins: [],
    itemIds: ['678901234567'],
    stores: ['织梦原创女装|123456789'],
    models: [],
    demands: ['stop_selling', 'remove_listings', 'destroy_stock', 'pay_damages'],
    threatenedActions: ['lawsuit'],
    deadline: 'relative|3|calendar|receipt'
  },
  'de-abmahnung-marke.txt': {
    language: 'de',
    letterDate: '2026-11-28',
    senderFirm: 'KÜHNE VOGEL Rechtsanwälte PartG mbB',
    senderAttorneys: ['Dr. Kristina Vogel'],
    senderReference: '1187/26 KV',
    rightsHolder: 'Nordlys Living GmbH',
    recipient: 'Shenzhen Hausglück Technology Co., Ltd.',
    rights: ['trademark|EU|EU-TM-018765432', 'trademark|DE|DE-302021123456'],
    asins: ['B0FJ12AB34'],
    itemIds: [],
    stores: ['Hausglück24|A1HG24XK7QM3Z8'],
    models: [],
    demands: ['sign_undertaking', 'account_profits', 'identify_sources', 'destroy_stock', 'pay_costs'],
    threatenedActions: ['preliminary_injunction', 'lawsuit'],
    deadline: 'absolute|2026-12-12'
  },
  'de-gebrauchsmuster-ebay.txt': {
    language: 'de',
    letterDate: '2026-10-05',
    senderFirm: 'BRANDL & OSWALD',
    senderAttorneys: ['Dipl.-Ing. Markus Brandl'],
    senderReference: 'BO-2026-0458',
    rightsHolder: 'Eisenhut Werkzeuge GmbH & Co. KG',
    recipient: 'Guangzhou Kexin Tools Co., Ltd.',
    rights: ['utility_model|DE|DE-202022104567', 'utility_patent|EP|EP-3456789'],
    asins: [],
    itemIds: ['275612345678'],
    stores: ['kexin-tools-de|'],
    models: ['KX-500'],
    demands: ['stop_selling', 'remove_listings', 'sign_undertaking', 'account_profits'],
    threatenedActions: ['lawsuit'],
    deadline: 'relative|10|calendar|receipt'
  },
  'de-design-kaufland.txt': {
    language: 'de',
    letterDate: '2026-09-07',
    senderFirm: 'Rechtsanwälte Seidel & Kollegen',
    senderAttorneys: ['Thomas Seidel'],
    senderReference: '311/26 SE',
    rightsHolder: 'Lumeno Design GmbH',
    recipient: 'Wuhan Lanyue Trading Co., Ltd.',
    rights: ['registered_design|DE|DE-402021012345', 'registered_design|EU|EU-D-008123456-0003'],
    asins: [],
    itemIds: ['412345678'],
    stores: ['Lanyue Living|'],
    models: [],
    demands: ['remove_listings', 'stop_selling', 'sign_undertaking', 'pay_costs'],
    threatenedActions: ['lawsuit'],
    deadline: 'relative|14|calendar|receipt'
  },
  'de-urheberrecht-konflikt.txt': {
    language: 'de',
    letterDate: '2026-10-06',
    senderFirm: 'Kanzlei Albrecht Rechtsanwaltsgesellschaft mbH',
    senderAttorneys: ['Jana Albrecht'],
    senderReference: 'ALB-26-0933',
    rightsHolder: 'Sonnenkind Textil GmbH',
    recipient: 'Yiwu Brightday Commodity Co., Ltd.',
    rights: ['trademark|WIPO|WIPO-1456789'],
    asins: ['B0SK998877', 'B0SK998878'],
    itemIds: [],
    stores: [],
    models: [],
    demands: ['remove_listings', 'stop_selling', 'sign_undertaking', 'pay_damages'],
    threatenedActions: ['lawsuit'],
    deadline: 'relative|7|calendar|letter_date',
    deadlineAlternatives: ['absolute|2026-10-20'],
    mustBeUncertain: ['deadline']
  },
  'mixed-zh-en-bilingual.txt': {
    language: 'mixed',
    letterDate: '2026-09-01',
    senderFirm: '广东鼎信律师事务所',
    senderAttorneys: ['黄志强'],
    senderReference: '鼎信律函〔2026〕第0902号',
    rightsHolder: '东莞市云帆电子科技有限公司',
    recipient: 'Shenzhen Bolt Power Electronics Co., Ltd.',
    rights: ['invention_patent_cn|CN|CN-2023106543212', 'utility_patent|US|US-11876543'],
    asins: ['B0BP334455'],
    itemIds: [],
    stores: ['BoltPower Direct|A1BPWR3XK8L2QD'],
    models: ['BP-20K'],
    demands: ['stop_selling', 'remove_listings', 'pay_damages', 'written_response'],
    threatenedActions: ['lawsuit'],
    deadline: 'relative|15|calendar|letter_date'
  },
  'mixed-de-en-courtesy.txt': {
    language: 'mixed',
    letterDate: '2026-10-20',
    senderFirm: 'WEBER LINDNER Rechtsanwälte',
    senderAttorneys: ['Dr. Felix Weber'],
    senderReference: 'WL-26/1204',
    rightsHolder: 'Alpenglühn Sport GmbH',
    recipient: 'Hangzhou Sunpeak Outdoor Co., Ltd.',
    rights: ['utility_patent|EP|EP-3210987', 'trademark|EU|EU-TM-018334455'],
    asins: ['B0AG776655'],
    itemIds: [],
    stores: [],
    models: ['SP-900'],
    demands: ['stop_selling', 'sign_undertaking'],
    threatenedActions: ['preliminary_injunction'],
    deadline: 'absolute|2026-11-03'
  }
}

/**
 * Written after the reader was built and run once unchanged ("blind"): on that first run they gave no
 * wrong value (precision 1.0 in every field) and missed 8 of 55 values (a rights holder named only as
 * "X is the owner", a German info-block table, a model written "QL-12型", a lawyer list cut by a line
 * join, "submit infringement reports to"). Those misses were then fixed by general rules.
 */
export const BLIND_EXPECTED: Record<string, ExpectedLetter> = {
  'en-blind-brand-owner-notice.txt': {
    language: 'en',
    letterDate: '2026-11-05',
    senderFirm: null,
    senderAttorneys: [],
    senderReference: null,
    rightsHolder: 'Lumafox Inc.',
    recipient: 'NordWind Home Trading Co., Limited',
    rights: ['trademark|US|US-TM-5432109', 'trademark|US|US-TM-5432110', 'copyright|US|US-C-VA2401552'],
    asins: ['B0NW445566'],
    itemIds: ['1587654321'],
    stores: ['NordWind Lights|A3NWLT9Q2XK4RB', 'NordWindHome|'],
    models: [],
    demands: ['remove_listings', 'stop_selling', 'written_response'],
    threatenedActions: ['marketplace_complaint'],
    deadline: 'relative|5|business|letter_date'
  },
  'zh-blind-utility-model-jd.txt': {
    language: 'zh',
    letterDate: '2026-12-01',
    senderFirm: '北京市君泽律师事务所',
    senderAttorneys: ['周婷', '郑凯'],
    senderReference: '（2026）君泽知函第1201号',
    rightsHolder: '常州迅驰电动工具有限公司',
    recipient: '苏州快轮智能科技有限公司',
    rights: ['utility_model|CN|CN-2024207771235'],
    asins: [],
    itemIds: ['100054321987'],
    stores: ['快轮工具专营店|'],
    models: ['QL-12'],
    demands: ['stop_selling', 'remove_listings', 'identify_sources', 'account_profits', 'pay_damages'],
    threatenedActions: ['marketplace_complaint', 'lawsuit'],
    deadline: 'relative|15|business|receipt'
  },
  'de-blind-patent-otto.txt': {
    language: 'de',
    letterDate: '2026-12-02',
    senderFirm: 'Dr. Hartmann & Partner Rechtsanwälte mbB',
    senderAttorneys: ['Dr. Ulrike Hartmann'],
    senderReference: 'H-2611/26',
    rightsHolder: 'Thermalux GmbH',
    recipient: 'Ningbo Fenglin Appliances Co., Ltd.',
    rights: ['utility_patent|DE|DE-102020123456'],
    asins: [],
    itemIds: ['1234567890'],
    stores: [],
    models: ['FL-1700'],
    demands: ['sign_undertaking', 'account_profits', 'recall', 'destroy_stock'],
    threatenedActions: ['lawsuit'],
    deadline: 'absolute|2026-12-14'
  }
}
