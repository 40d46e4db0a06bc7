/**
 * IP rights named in a letter, complaint or notice: patents (US, CN, EP, DE), utility models, design
 * patents and registered designs, trademarks (US, CN, EU, DE, GB, WIPO) and copyright registrations.
 * Every pattern needs the number's own shape plus a label or prefix of its register ("U.S. Patent
 * No.", "ZL", "EP", "Unionsmarke Nr.", "第…号商标", "VA"), so a phone, fax or order number is never
 * taken. A Chinese application number whose check digit fails is proposed, uncertain.
 */
import { note, sourceOfView, type Doc } from './text'
import type { Field, Note, RightType, RightValue } from './types'

interface Hit {
  vs: number
  ve: number
  value: RightValue
  certain: boolean
  notes: Note[]
}

const digits = (s: string): string => s.replace(/\D/g, '')
const usGroups = (n: string): string => n.replace(/\B(?=(\d{3})+(?!\d))/g, ',')

function right(
  type: RightType,
  jurisdiction: string,
  number: string,
  id: string,
  extra: Partial<RightValue> = {}
): RightValue {
  const value: RightValue = { type, jurisdiction, number, id }
  if (extra.kind) value.kind = extra.kind
  if (extra.application) value.application = true
  return value
}

// CN application numbers: 12 digits (since 2003) or 8 digits, then a check digit (mod 11, X = 10).
export function cnCheckDigit(body: string): string | null {
  const weights =
    body.length === 12
      ? [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
      : body.length === 8
        ? [2, 3, 4, 5, 6, 7, 8, 9]
        : null
  if (!weights) return null
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0) % 11
  return sum === 10 ? 'X' : String(sum)
}

const CN_TYPE: Record<string, RightType> = {
  '1': 'invention_patent_cn',
  '8': 'invention_patent_cn',
  '2': 'utility_model',
  '9': 'utility_model',
  '3': 'design_patent'
}
const CN_WORDS: [RegExp, RightType][] = [
  [/发明|invention/i, 'invention_patent_cn'],
  [/实用新型|utility\s+model/i, 'utility_model'],
  [/外观设计|design/i, 'design_patent']
]

const DE_TYPE: Record<string, RightType> = {
  '10': 'utility_patent',
  '11': 'utility_patent',
  '19': 'utility_patent',
  '20': 'utility_model',
  '21': 'utility_model',
  '30': 'trademark',
  '39': 'trademark',
  '40': 'registered_design',
  '49': 'registered_design'
}
const DE_WORDS: [RegExp, RightType][] = [
  [/Gebrauchsmuster|utility\s+model/i, 'utility_model'],
  [/Marke|trade\s?mark/i, 'trademark'],
  [/Design|Geschmacksmuster/i, 'registered_design'],
  [/Patent/i, 'utility_patent']
]

interface Rule {
  re: RegExp
  read: (m: RegExpExecArray, doc: Doc) => Omit<Hit, 'vs' | 've'> | null
  /** After a match, the numbers that follow in a list ("Nos. 10,123,456 and 10,234,567"). */
  list?: RegExp
}

function usUtility(num: string, kind: string | undefined, certain = true): Omit<Hit, 'vs' | 've'> {
  const d = digits(num)
  return {
    value: right('utility_patent', 'US', usGroups(d), `US-${d}`, { kind }),
    certain,
    notes: certain ? [] : [note('jurisdiction_guessed', 'rights', { number: num })]
  }
}
function usDesign(num: string, kind: string | undefined): Omit<Hit, 'vs' | 've'> {
  const d = digits(num)
  return {
    value: right('design_patent', 'US', `D${usGroups(d)}`, `US-D${d}`, { kind }),
    certain: true,
    notes: []
  }
}
function usTrademark(num: string): Omit<Hit, 'vs' | 've'> {
  const d = digits(num)
  return { value: right('trademark', 'US', usGroups(d), `US-TM-${d}`), certain: true, notes: [] }
}

function cnApplication(raw: string, before: string, after: string): Omit<Hit, 'vs' | 've'> | null {
  const compact = raw.replace(/[\s.]/g, '').toUpperCase()
  const m = /^(\d{8}|\d{12})([\dX])$/.exec(compact)
  if (!m) return null
  const body = m[1] as string
  const check = m[2] as string
  const typeDigit = body.length === 12 ? body[4] : body[2]
  const byNumber = CN_TYPE[typeDigit ?? '']
  const notes: Note[] = []
  let certain = true
  // the type word nearest the number: right after it ("…的实用新型专利"), else the last one before it
  const byWord = nearestWord(CN_WORDS, before, after)
  const type = byNumber ?? byWord
  if (!type) return null
  if (byNumber && byWord && byNumber !== byWord) {
    certain = false
    notes.push(note('right_type_guessed', 'rights', { number: raw }))
  }
  if (cnCheckDigit(body) !== check) {
    certain = false
    notes.push(note('check_digit_mismatch', 'rights', { number: `ZL${body}.${check}` }))
  }
  return { value: right(type, 'CN', `ZL${body}.${check}`, `CN-${body}${check}`), certain, notes }
}

function nearestWord(words: [RegExp, RightType][], before: string, after: string): RightType | undefined {
  let best: { type: RightType; distance: number } | undefined
  for (const [re, type] of words) {
    const g = new RegExp(re.source, 'giu')
    for (const m of after.matchAll(g)) {
      const d = m.index ?? 0
      if (!best || d < best.distance) best = { type, distance: d }
    }
    for (const m of before.matchAll(g)) {
      const d = before.length - (m.index ?? 0) + 5
      if (!best || d < best.distance) best = { type, distance: d }
    }
  }
  return best?.type
}

function sentenceAround(doc: Doc, vs: number, ve: number): string {
  const t = doc.view.text
  return t.slice(Math.max(0, vs - 80), Math.min(t.length, ve + 40))
}

const RULES: Rule[] = [
  // US design patents: "U.S. Design Patent No. D987,654", "US D987,654 S", "Des. Pat. No. D1,012,345"
  {
    re: /(?:(?:U\.?\s?S\.?|United\s+States)\s+)?(?:Design\s+Patent|Des(?:ign)?\.?\s*Pat(?:ent)?\.?)(?:\s+(?:No|Nos|Number)\.?)?\s*(?<num>D\s?\d{1,3}(?:,\d{3}){1,2}|D\d{6,7})(?:\s?(?<kind>S1?)\b)?/giu,
    read: (m) => usDesign(m.groups?.num ?? '', m.groups?.kind),
    list: /^\s*(?:,|;|and|&)\s*(?:No\.?\s*)?(?<num>D\s?\d{1,3}(?:,\d{3}){1,2}|D\d{6,7})/iu
  },
  {
    re: /\bU\.?S\.?\s?(?<num>D\s?\d{1,3}(?:,\d{3}){1,2}|D\d{6,7})(?:\s?(?<kind>S1?)\b)?/gu,
    read: (m) => usDesign(m.groups?.num ?? '', m.groups?.kind)
  },
  // US utility patents: "U.S. Patent No. 11,234,567 B2", "United States Patent Nos. 10,123,456 and ..."
  {
    re: /(?:U\.?\s?S\.?|United\s+States)\s+(?:Letters\s+)?(?:Utility\s+)?Pat(?:ent|\.)(?:\s+(?:No|Nos|Number|Numbers)\.?)?\s*(?<num>\d{1,2},\d{3},\d{3}|\d{7,8}|RE\s?\d{2},\d{3})(?:\s?(?<kind>B[12]|E|C[12]?)\b)?/giu,
    read: (m) => usUtility(m.groups?.num ?? '', m.groups?.kind),
    list: /^\s*(?:,|;|and|&)\s*(?:(?:U\.?S\.?\s+)?(?:Patent\s+)?No\.?\s*)?(?<num>\d{1,2},\d{3},\d{3})(?:\s?(?<kind>B[12]|E)\b)?/iu
  },
  // "US 11,234,567 B2", "US11234567B2" (a plain run of digits needs its kind code)
  {
    re: /\bUS\s?(?:(?<grouped>\d{1,2},\d{3},\d{3})(?:\s?(?<kind>B[12]|E)\b)?|(?<plain>\d{7,8})\s?(?<kind2>B[12]|E)\b)/gu,
    read: (m) => usUtility(m.groups?.grouped ?? m.groups?.plain ?? '', m.groups?.kind ?? m.groups?.kind2)
  },
  // "Patent No. 10,987,654" without a country: US style grouping, uncertain unless the text is about US law
  {
    re: /(?<![\p{L}.])(?:Patent|Pat\.)\s+(?:No|Nos|Number)\.?\s*(?<num>\d{1,2},\d{3},\d{3})(?:\s?(?<kind>B[12]|E)\b)?/giu,
    read: (m, doc) =>
      usUtility(
        m.groups?.num ?? '',
        m.groups?.kind,
        /\bU\.?\s?S\.?C\.|\bUnited States\b|\bU\.S\.|USPTO|美国/u.test(doc.view.text)
      )
  },
  // US published applications: "US 2025/0123456 A1"
  {
    re: /\bUS\s?(?<year>20\d{2})\s?\/?\s?(?<num>\d{7})\s?(?<kind>A[129])\b/gu,
    read: (m) => ({
      value: right(
        'utility_patent',
        'US',
        `${m.groups?.year}/${m.groups?.num}`,
        `US-${m.groups?.year}${m.groups?.num}`,
        {
          kind: m.groups?.kind,
          application: true
        }
      ),
      certain: true,
      notes: []
    })
  },
  // CN: "ZL202310123456.7", "ZL 2023 3 0567890.4", "专利号：202330567890.4"
  {
    re: /(?:ZL|专利号\s*(?:为|是|:)?\s*(?:ZL)?|申请号\s*(?:为|是|:)?)\s?(?<num>(?:\d\s?){12}\.?\s?[\dXx]|(?:\d\s?){8}\.\s?[\dXx])(?![\d])/gu,
    read: (m, doc) => {
      const t = doc.view.text
      const end = m.index + m[0].length
      return cnApplication(
        m.groups?.num ?? '',
        t.slice(Math.max(0, m.index - 25), m.index),
        t.slice(end, end + 15)
      )
    }
  },
  // CN publication numbers: "CN 116123456 A", "CN218123456U"
  {
    re: /\bCN\s?(?<num>\d{9})\s?(?<kind>[ABCUYSD])\d?\b/gu,
    read: (m) => {
      const kind = m.groups?.kind ?? ''
      const type: RightType = /[ABC]/.test(kind)
        ? 'invention_patent_cn'
        : /[UY]/.test(kind)
          ? 'utility_model'
          : 'design_patent'
      return {
        value: right(type, 'CN', `CN${m.groups?.num}${kind}`, `CN-PUB-${m.groups?.num}`, { kind }),
        certain: true,
        notes: []
      }
    }
  },
  // EP: "EP 3 456 789 B1", "European Patent No. 3 456 789", "Europäisches Patent EP 3 456 789"
  {
    re: /(?:\bEP\s?|(?:European|Europäische[sn]?)\s+Patents?\s+(?:(?:No|Nr)\.?\s*)?(?:EP\s?)?)(?<num>\d\s?\d{3}\s?\d{3})(?!\d)(?:\s?(?<kind>[AB][1-9])\b)?/giu,
    read: (m) => {
      const d = digits(m.groups?.num ?? '')
      return {
        value: right('utility_patent', 'EP', `EP${d}`, `EP-${d}`, { kind: m.groups?.kind }),
        certain: true,
        notes: []
      }
    }
  },
  // DE register numbers: "DE 20 2022 104 567 U1", "Gebrauchsmuster Nr. 20 2021 100 123.4",
  // "eingetragenes Design Nr. 40 2021 012 345.6", "deutsche Marke Nr. 30 2021 123 456"
  {
    re: /(?:\bDE\s?|(?:Gebrauchsmusters?|Designs?|Marke|Patents?|Geschmacksmusters?|Registernummer|Reg\.|registration|trade\s?mark|utility\s+model)\s+(?:(?:Nr|No)\.?\s*)?(?:DE\s?)?)(?<pre>[1-4][0-9])\s?(?<year>(?:19|20)\d{2})\s?(?<num>\d{3}\s?\d{3})(?:\s?\.\s?(?<check>\d))?(?!\d)(?:\s?(?<kind>[ABCTU][1-9]|B4|U1))?/giu,
    read: (m) => {
      const g = m.groups ?? {}
      const byNumber = DE_TYPE[g.pre ?? '']
      if (!byNumber) return null
      const label = /^(?:\bDE\s?)?([^\d]*)/u.exec(m[0])?.[1] ?? ''
      const byWord = DE_WORDS.find(([re]) => re.test(label))?.[1]
      const notes: Note[] = []
      let certain = true
      if (byWord && byWord !== byNumber) {
        certain = false
        notes.push(note('right_type_guessed', 'rights', { number: m[0].trim() }))
      }
      const body = `${g.pre}${g.year}${digits(g.num ?? '')}`
      const number = `${g.pre} ${g.year} ${digits(g.num ?? '').replace(/(\d{3})(\d{3})/, '$1 $2')}${g.check ? `.${g.check}` : ''}`
      return { value: right(byNumber, 'DE', number, `DE-${body}`, { kind: g.kind }), certain, notes }
    }
  },
  // EU trade marks: "EUTM No. 018123456", "Unionsmarke Nr. 018 765 432", "EU trade mark No. 018 456 789"
  {
    re: /(?:EUTM|EU\s?TM|EU[-\s]?trade\s?marks?|European\s+Union\s+trade\s?marks?|Community\s+trade\s?marks?|CTM|Unionsmarken?|EU-Marken?|Gemeinschaftsmarken?|marque\s+de\s+l'Union\s+européenne)(?:\s+(?:registration|Registrierung|application))?(?:\s+(?:No|Nr|Number|n°)\.?)?\s*(?<num>0\d{2}\s?\d{3}\s?\d{3}|\d{8,9})(?!\d)/giu,
    read: (m) => {
      const d = digits(m.groups?.num ?? '').padStart(9, '0')
      return { value: right('trademark', 'EU', d, `EU-TM-${d}`), certain: true, notes: [] }
    },
    list: /^\s*(?:,|;|and|und|&)\s*(?:(?:No|Nr)\.?\s*)?(?<num>0\d{2}\s?\d{3}\s?\d{3})(?!\d)/iu
  },
  // EU registered designs: "Registered Community Design No. 008123456-0001", "Gemeinschaftsgeschmacksmuster Nr. ..."
  {
    re: /(?<![\d-])(?<num>\d{9})-(?<design>\d{4})(?![\d-])/gu,
    read: (m, doc) => {
      const context = sentenceAround(doc, m.index, m.index + m[0].length)
      const labelled =
        /Community\s+Design|RCD|EU\s+design|Geschmacksmuster|EU-Design|Unionsgeschmacksmuster|registered\s+design|欧盟外观/iu.test(
          context
        )
      const number = `${m.groups?.num}-${m.groups?.design}`
      return {
        value: right('registered_design', 'EU', number, `EU-D-${number}`),
        certain: labelled,
        notes: labelled ? [] : [note('right_type_guessed', 'rights', { number })]
      }
    }
  },
  // WIPO international registrations: "International Registration No. 1 567 890", "IR-Marke Nr. 1 456 789", "国际注册第1234567号"
  {
    re: /(?:International\s+(?:Trade\s?mark\s+)?Registration|Int(?:'l|\.)\s*Reg(?:istration)?\.?|\bIR(?:-Marke|\s+mark)?|Madrid\s+(?:Registration|Protocol\s+Registration)|马德里国际注册|国际注册)(?:\s+(?:No|Nr|Number)\.?)?\s*(?:第)?\s*(?<num>\d\s?\d{3}\s?\d{3}|\d{6,7})(?!\d)\s*号?/giu,
    read: (m) => {
      const d = digits(m.groups?.num ?? '')
      return { value: right('trademark', 'WIPO', d, `WIPO-${d}`), certain: true, notes: [] }
    }
  },
  // Hague international designs: "DM/123 456"
  {
    re: /\bDM\s?\/\s?(?<num>\d{3}\s?\d{3})\b/gu,
    read: (m) => {
      const d = digits(m.groups?.num ?? '')
      return {
        value: right('registered_design', 'WIPO', `DM/${d}`, `WIPO-DM-${d}`),
        certain: true,
        notes: []
      }
    }
  },
  // US trademarks: "U.S. Trademark Reg. No. 7,012,345", "U.S. Registration No. 6,123,456", "美国注册号：6,123,456"
  {
    re: /(?:(?:U\.?\s?S\.?|United\s+States|USPTO)\s+(?:Trademark\s+|Service\s+Mark\s+)?|Trademark\s+|Service\s+Mark\s+)(?:Reg(?:istration|\.)?)(?:\s+(?:No|Nos|Number)\.?)?\s*(?<num>\d,\d{3},\d{3}|\d{7})(?!\d)/giu,
    read: (m) => usTrademark(m.groups?.num ?? ''),
    list: /^\s*(?:,|;|and|&)\s*(?:(?:Reg\.?\s*)?No\.?\s*)?(?<num>\d,\d{3},\d{3})(?!\d)/iu
  },
  {
    re: /美国(?:商标)?注册(?:号|证号)?\s*(?::|为|第)?\s*(?<num>\d,\d{3},\d{3}|\d{7})(?!\d)/gu,
    read: (m) => usTrademark(m.groups?.num ?? '')
  },
  // UK trade marks: "UK00003456789"
  {
    re: /\bUK\s?(?<num>0{4}\d{7}|\d{11})\b/gu,
    read: (m) => {
      const d = digits(m.groups?.num ?? '')
      return { value: right('trademark', 'GB', `UK${d}`, `GB-TM-${d}`), certain: true, notes: [] }
    }
  },
  // CN trademarks: "第12345678号“暖岚 NUANLAN”注册商标", "注册商标第12345678号", "商标注册证第…号", "注册号：12345678"
  {
    re: /(?<!国际注册|马德里国际注册|美国)(?<!美国注册)第\s?(?<num>\d{6,9})\s?号(?=\s*(?:“[^”]{0,30}”|"[^"]{0,30}"|「[^」]{0,30}」)?\s*(?:的)?(?:注册)?商标)/gu,
    read: (m) => ({
      value: right('trademark', 'CN', m.groups?.num ?? '', `CN-TM-${m.groups?.num}`),
      certain: true,
      notes: []
    })
  },
  // "商标：暖岚（注册号：12345678）"
  {
    re: /商标[^。；\n\d]{0,20}?(?<!美国)注册号\s*(?::|为|是)?\s*(?<num>\d{6,9})(?!\d)/gu,
    read: (m) => ({
      value: right('trademark', 'CN', m.groups?.num ?? '', `CN-TM-${m.groups?.num}`),
      certain: true,
      notes: []
    })
  },
  {
    re: /(?<!美国)(?:注册商标|商标注册证|商标注册号|商标)\s*(?:注册号|编号)?\s*(?::|为|是)?\s*第?\s?(?<num>\d{6,9})\s?号?(?!\d)/gu,
    read: (m) => ({
      value: right('trademark', 'CN', m.groups?.num ?? '', `CN-TM-${m.groups?.num}`),
      certain: true,
      notes: []
    })
  },
  // US copyright registrations: "VA 2-345-678", "TX 9-012-345", "VAu 1-234-567", "VA0002345678"
  {
    re: /\b(?<prefix>VAu?|TXu?|PAu?|SRu?|SEu?)\s?(?<num>\d-\d{3}-\d{3}|000\d{7})\b/gu,
    read: (m) => {
      const d = digits(m.groups?.num ?? '').replace(/^0+/, '')
      const number = `${m.groups?.prefix} ${d.replace(/^(\d)(\d{3})(\d{3})$/, '$1-$2-$3')}`
      return {
        value: right('copyright', 'US', number, `US-C-${m.groups?.prefix?.toUpperCase()}${d}`),
        certain: true,
        notes: []
      }
    }
  },
  // CN copyright registrations: "国作登字-2024-F-00123456", "软著登字第1234567号"
  {
    re: /(?<prefix>国作登字|[\p{Script=Han}]{1,2}作登字)\s?-?\s?(?<year>\d{4})\s?-?\s?(?<cls>[A-Z])\s?-?\s?(?<num>\d{8})/gu,
    read: (m) => {
      const number = `${m.groups?.prefix}-${m.groups?.year}-${m.groups?.cls}-${m.groups?.num}`
      return {
        value: right('copyright', 'CN', number, `CN-C-${m.groups?.year}${m.groups?.cls}${m.groups?.num}`),
        certain: true,
        notes: []
      }
    }
  },
  {
    re: /软著登字\s?第\s?(?<num>\d{6,8})\s?号/gu,
    read: (m) => ({
      value: right('copyright', 'CN', `软著登字第${m.groups?.num}号`, `CN-SW-${m.groups?.num}`),
      certain: true,
      notes: []
    })
  }
]

/** Every right named in the text, first mention first, one Field per right. */
export function readRights(doc: Doc): Field<RightValue>[] {
  const text = doc.view.text
  const hits: Hit[] = []
  const taken: [number, number][] = []
  const overlapsTaken = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && a < e)
  for (const rule of RULES) {
    rule.re.lastIndex = 0
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const vs = m.index
      let ve = m.index + m[0].length
      if (overlapsTaken(vs, ve)) continue
      const read = rule.read(m, doc)
      if (!read) continue
      hits.push({ vs, ve, ...read })
      // numbers that continue a list after the label
      if (rule.list) {
        for (
          let rest = rule.list.exec(text.slice(ve, ve + 80));
          rest;
          rest = rule.list.exec(text.slice(ve, ve + 80))
        ) {
          const listed = rule.read(
            Object.assign([rest[0]], { index: ve, input: text, groups: rest.groups }) as RegExpExecArray,
            doc
          )
          if (!listed) break
          hits.push({ vs: ve, ve: ve + rest[0].length, ...listed })
          ve += rest[0].length
        }
      }
      taken.push([vs, ve])
    }
  }
  hits.sort((a, b) => a.vs - b.vs)
  const byId = new Map<string, Field<RightValue>>()
  for (const hit of hits) {
    const existing = byId.get(hit.value.id)
    if (existing) {
      // a later mention with the kind code fills it in; an uncertain reading confirmed by a certain one
      if (!existing.value.kind && hit.value.kind) existing.value.kind = hit.value.kind
      if (
        !existing.certain &&
        hit.certain &&
        !(existing.notes ?? []).some((n) => n.code === 'check_digit_mismatch')
      ) {
        existing.certain = true
        delete existing.notes
      }
      continue
    }
    const field: Field<RightValue> = {
      value: hit.value,
      source: sourceOfView(doc, hit.vs, hit.ve),
      certain: hit.certain
    }
    if (hit.notes.length > 0) field.notes = hit.notes
    byId.set(hit.value.id, field)
  }
  return [...byId.values()]
}
