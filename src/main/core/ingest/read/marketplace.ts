/**
 * readMarketplaceNotice: a marketplace's notice about an IP complaint: an Amazon takedown, an APEX
 * (Amazon Patent Evaluation Express) invitation, an Amazon account-health warning, an eBay VeRO
 * removal, a Walmart IP claim or a TikTok Shop violation notice. It reads the kind, the complaint
 * id, the rights owner and its e-mail, the right (type and number), the ASINs or item ids and any
 * period the notice states. The notices are label-value lists ("Complaint ID: …"), so most values
 * are read from their label.
 */
import { findAllDeadlinePhrases } from '../letter'
import { ENGLISH_NUMBER_RE, parseEnglishNumber } from '../numerals'
import { readAsins, readItemIds } from './listings'
import { readRights } from './rights'
import { makeDoc, note, sourceOf, type Doc, type Line } from './text'
import type { Field, ItemIdValue, Note, ReadOptions, RightType, RightValue } from './types'

export const NOTICE_KINDS = [
  'amazon_ip_takedown',
  'amazon_apex',
  'amazon_account_health',
  'ebay_vero',
  'walmart_ip_claim',
  'tiktok_ip_violation',
  'unknown'
] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

export interface NoticePeriod {
  days: number
  basis: 'calendar' | 'business'
  /** What the period is for, when the sentence says. */
  purpose?: 'respond' | 'appeal' | 'counter_notice' | 'plan_of_action' | 'apex_participation'
  phrase: string
}

export interface MarketplaceNotice {
  kind: Field<NoticeKind>
  /** 'amazon', 'ebay', 'walmart', 'tiktok' */
  marketplace: Field<string> | null
  complaintId: Field<string> | null
  rightsOwner: Field<string> | null
  rightsOwnerEmail: Field<string> | null
  /** The kind of right complained of, also when the notice gives no number. */
  rightType: Field<RightType> | null
  rights: Field<RightValue>[]
  asins: Field<string>[]
  itemIds: Field<ItemIdValue>[]
  period: Field<NoticePeriod> | null
  notes: Note[]
}

const MARKETPLACES: [string, RegExp][] = [
  ['amazon', /amazon|亚马逊|\bASIN\b/i],
  ['ebay', /\bebay\b|\bVeRO\b/i],
  ['walmart', /walmart/i],
  ['tiktok', /tiktok|抖音/i]
]

function labelled(
  doc: Doc,
  labels: RegExp,
  value: RegExp = /^(?<v>.+)$/u
): { value: string; line: Line; at: number }[] {
  const out: { value: string; line: Line; at: number }[] = []
  for (const line of doc.lines) {
    const t = line.raw.normalize('NFKC')
    const m = new RegExp(`^\\s*(?:${labels.source})\\s*[:：#]\\s*`, 'iu').exec(t)
    if (!m) continue
    const rest = t.slice(m[0].length).trim()
    const v = value.exec(rest)?.groups?.v?.trim()
    if (!v) continue
    out.push({ value: v, line, at: line.start + t.indexOf(v, m[0].length) })
  }
  return out
}

function fieldAt<T>(
  doc: Doc,
  value: T,
  at: number,
  length: number,
  certain = true,
  notes: Note[] = []
): Field<T> {
  const f: Field<T> = { value, source: sourceOf(doc, at, at + Math.max(1, length)), certain }
  if (notes.length > 0) f.notes = notes
  return f
}

const RIGHT_WORDS: [RegExp, RightType][] = [
  [/design\s+patent|外观设计/i, 'design_patent'],
  [/utility\s+model|实用新型/i, 'utility_model'],
  [/patent|专利/i, 'utility_patent'],
  [/trade\s?mark|商标|brand/i, 'trademark'],
  [/copyright|版权|著作权/i, 'copyright'],
  [/design/i, 'registered_design']
]

function kindOf(text: string, marketplace: string | null): NoticeKind {
  if (/Amazon\s+Patent\s+Evaluation\s+Express|\bAPEX\b/i.test(text)) return 'amazon_apex'
  if (/\bVeRO\b|Verified\s+Rights\s+Owner/i.test(text)) return 'ebay_vero'
  const ip = /intellectual\s+property|infring|rights?\s+(?:owner|holder)|知识产权|侵权|权利(?:所有)?人/i.test(
    text
  )
  if (marketplace === 'amazon' && ip) {
    if (
      /account\s+health|at\s+risk\s+of\s+deactivation|deactivat|账户状况(?:评级)?.{0,10}(?:风险|停用)/i.test(
        text
      ) &&
      !/removed\s+these\s+listings/i.test(text)
    )
      return 'amazon_account_health'
    return 'amazon_ip_takedown'
  }
  if (marketplace === 'walmart' && ip) return 'walmart_ip_claim'
  if (marketplace === 'tiktok' && ip) return 'tiktok_ip_violation'
  return 'unknown'
}

const PERIOD_PURPOSE: [RegExp, NonNullable<NoticePeriod['purpose']>][] = [
  [/counter[-\s]?notice/i, 'counter_notice'],
  [/plan\s+of\s+action/i, 'plan_of_action'],
  [/participate|APEX/i, 'apex_participation'],
  [/appeal|申诉/i, 'appeal'],
  [/respond|reply|response|回复/i, 'respond']
]
// "You have 21 days from the date of this email to …", "within 3 weeks"
const YOU_HAVE = new RegExp(
  `\\byou\\s+have\\s+(?:(?<digits>\\d{1,3})|(?<words>${ENGLISH_NUMBER_RE}))\\s*(?:\\(\\d{1,3}\\)\\s*)?(?<basis>business\\s+|calendar\\s+)?(?<unit>days?|weeks?)\\b`,
  'giu'
)

function readPeriod(doc: Doc): Field<NoticePeriod> | null {
  type Hit = { days: number; basis: 'calendar' | 'business'; start: number; end: number; phrase: string }
  const hits: Hit[] = []
  for (const p of findAllDeadlinePhrases(doc.input)) {
    if (p.kind === 'relative')
      hits.push({ days: p.days, basis: p.basis, start: p.start, end: p.end, phrase: p.phrase })
  }
  YOU_HAVE.lastIndex = 0
  for (let m = YOU_HAVE.exec(doc.view.text); m; m = YOU_HAVE.exec(doc.view.text)) {
    const g = m.groups ?? {}
    const n = g.digits ? Number(g.digits) : parseEnglishNumber(g.words ?? '')
    if (!n) continue
    const days = /^weeks?$/i.test(g.unit ?? '') ? n * 7 : n
    const start = doc.view.map[m.index] ?? 0
    const end = (doc.view.map[m.index + m[0].length - 1] ?? start) + 1
    if (hits.some((h) => start < h.end && h.start < end)) continue
    hits.push({ days, basis: g.basis ? 'business' : 'calendar', start, end, phrase: m[0] })
  }
  hits.sort((a, b) => a.start - b.start)
  const first = hits[0]
  if (!first) return null
  const source = sourceOf(doc, first.start, first.end)
  const value: NoticePeriod = { days: first.days, basis: first.basis, phrase: first.phrase }
  const purpose = PERIOD_PURPOSE.find(([re]) => re.test(source.text))?.[1]
  if (purpose) value.purpose = purpose
  const distinct = [...new Map(hits.map((h) => [`${h.days}|${h.basis}`, h])).values()]
  const f: Field<NoticePeriod> = { value, source, certain: distinct.length === 1 }
  if (distinct.length > 1) {
    f.alternatives = distinct.slice(1).map((h) => ({ days: h.days, basis: h.basis, phrase: h.phrase }))
    f.notes = [note('deadline_conflict', 'period')]
  }
  return f
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g
const PLATFORM_EMAIL = /amazon|ebay|walmart|tiktok|no-?reply|seller-?performance|notices?@/i

export function readMarketplaceNotice(text: string, options: ReadOptions = {}): MarketplaceNotice {
  const doc = makeDoc(text, options)
  const notes: Note[] = []
  const flat = doc.view.text
  const counts = MARKETPLACES.map(([name, re]) => ({
    name,
    n: (flat.match(new RegExp(re.source, 'gi')) ?? []).length
  }))
  const top = counts.sort((a, b) => b.n - a.n)[0]
  const marketplaceName = top && top.n > 0 ? top.name : null
  const kindValue = kindOf(flat, marketplaceName)
  if (kindValue === 'unknown') notes.push(note('notice_kind_unknown', 'kind'))
  const firstLine = doc.lines.find((l) => l.text !== '') ?? doc.lines[0]
  const kindSource = (() => {
    const cue =
      /Amazon\s+Patent\s+Evaluation\s+Express|\bVeRO\b|account\s+health|at\s+risk|intellectual\s+property|知识产权/i.exec(
        flat
      )
    const at = cue ? (doc.view.map[cue.index] ?? 0) : (firstLine?.start ?? 0)
    return sourceOf(doc, at, at + (cue?.[0].length ?? 1))
  })()
  const kind: Field<NoticeKind> = { value: kindValue, source: kindSource, certain: kindValue !== 'unknown' }

  let marketplace: Field<string> | null = null
  if (marketplaceName) {
    const re = MARKETPLACES.find(([n]) => n === marketplaceName)?.[1] as RegExp
    const m = re.exec(flat)
    const at = m ? (doc.view.map[m.index] ?? 0) : 0
    marketplace = fieldAt(doc, marketplaceName, at, m?.[0].length ?? 1)
  }

  const idHit = labelled(
    doc,
    /(?:APEX\s+)?(?:Complaint|Claim|Case|Notice|Report|Reference|VeRO\s+reference|Infringement)\s*(?:ID|No\.?|number|#|reference)?|VeRO\s+reference|投诉(?:编号|ID|号)|案件编号/,
    /^(?<v>[A-Za-z0-9][A-Za-z0-9_-]{4,40})\b/u
  ).find((h) => /\d/.test(h.value))
  const complaintId = idHit ? fieldAt(doc, idHit.value, idHit.at, idHit.value.length) : null

  const ownerHit = labelled(
    doc,
    /(?:Rights?\s+(?:owner|holder)(?:\s+name)?|Claimant(?:\s+name)?|Complainant|Patent\s+owner|Brand\s+owner|Reporter|权利(?:所有)?人(?:名称)?|投诉方|投诉人)/,
    /^(?<v>[^\n@]{2,120}?)\s*$/u
  )[0]
  let rightsOwner: Field<string> | null = ownerHit
    ? fieldAt(doc, ownerHit.value, ownerHit.at, ownerHit.value.length)
    : null
  if (!rightsOwner) {
    // "because the rights owner, Pinewhistle Studios LLC, reported …"
    const m = /\b(?:rights?\s+owner|rights\s+holder|patent\s+owner),\s+(?<v>[^,]{2,80}),/iu.exec(flat)
    if (m?.groups?.v) {
      const vs = m.index + m[0].indexOf(m.groups.v)
      const at = doc.view.map[vs] ?? 0
      rightsOwner = fieldAt(doc, m.groups.v, at, m.groups.v.length)
    }
  }

  const emailHit = labelled(
    doc,
    /(?:Rights?\s+(?:owner|holder)|Claimant|Complainant|Patent\s+owner|Brand\s+owner|权利(?:所有)?人)\s*(?:e-?mail(?:\s+address)?|contact|电子邮件|邮箱)/,
    /(?<v>[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/u
  )[0]
  let rightsOwnerEmail: Field<string> | null = emailHit
    ? fieldAt(doc, emailHit.value, emailHit.at, emailHit.value.length)
    : null
  if (!rightsOwnerEmail) {
    // an address in a sentence about the rights owner, not the marketplace's own
    for (const m of doc.input.matchAll(EMAIL)) {
      if (PLATFORM_EMAIL.test(m[0])) continue
      const src = sourceOf(doc, m.index ?? 0, (m.index ?? 0) + m[0].length)
      if (!/rights?\s+(?:owner|holder)|claimant|patent\s+owner|contact|权利/i.test(src.text)) continue
      rightsOwnerEmail = {
        value: m[0],
        source: src,
        certain: /rights?\s+(?:owner|holder)|claimant/i.test(src.text)
      }
      break
    }
  }

  // the right: from its register's own format, or from "Patent number: 11234567" in the label list
  const rights = readRights(doc)
  const typeHit = labelled(
    doc,
    /(?:Infringement|Violation|Claim|Right|Complaint|Policy)\s*type|Type\s+of\s+(?:IP|right|infringement)|Reason|Policy|侵权类型|权利类型|投诉类型/
  )[0]
  const typeText = typeHit?.value ?? ''
  const statedType =
    RIGHT_WORDS.find(([re]) => re.test(typeText))?.[1] ??
    RIGHT_WORDS.find(([re]) => re.test(kindSource.text))?.[1]
  const site = /amazon\.(de|co\.uk|fr|it|es|ca|co\.jp)\b|亚马逊(美国|德国|英国)/i.exec(flat)?.[1]
  const jurisdiction: string = site
    ? ((
        {
          de: 'DE',
          'co.uk': 'GB',
          fr: 'FR',
          it: 'IT',
          es: 'ES',
          ca: 'CA',
          'co.jp': 'JP',
          德国: 'DE',
          英国: 'GB',
          美国: 'US'
        } as Record<string, string>
      )[site] ?? 'US')
    : 'US'
  for (const h of labelled(
    doc,
    /(?:Patent|Design\s+patent|Trademark|Copyright)(?:\s+registration)?\s*(?:number|No\.?)|Registration\s+(?:number|No\.?)|注册号|专利号/,
    /^(?<v>[A-Z]{0,2}\s?[\d,]{6,12}|D\d{6,7})/u
  )) {
    const digits = h.value.replace(/\D/g, '')
    const design = /^D/i.test(h.value) || statedType === 'design_patent'
    const label = h.line.text.toLowerCase()
    const type: RightType =
      /trade\s?mark|商标|注册号/.test(label) && !/patent|专利/.test(label)
        ? 'trademark'
        : /copyright/.test(label)
          ? 'copyright'
          : design
            ? 'design_patent'
            : (statedType ?? 'utility_patent')
    const cn = /[\p{Script=Han}]/u.test(h.line.text) && type === 'trademark'
    const j = cn ? 'CN' : jurisdiction
    const id =
      type === 'trademark'
        ? `${j}-TM-${digits}`
        : type === 'design_patent'
          ? `${j}-D${digits}`
          : `${j}-${digits}`
    if (rights.some((r) => r.value.id === id)) continue
    const number =
      type === 'design_patent'
        ? `D${digits}`
        : digits.length >= 7 && j === 'US'
          ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
          : digits
    // the marketplace site, not the notice, gives the country: a proposal
    rights.push(
      fieldAt(
        doc,
        { type, jurisdiction: j, number, id },
        h.at,
        h.value.length,
        cn || /\bU\.?S\.?\b|United States/i.test(h.line.text),
        cn ? [] : [note('jurisdiction_guessed', 'rights', { number })]
      )
    )
  }
  let rightType: Field<RightType> | null = null
  const firstRight = rights[0]
  if (firstRight)
    rightType = { value: firstRight.value.type, source: firstRight.source, certain: firstRight.certain }
  else if (statedType && typeHit)
    rightType = fieldAt(
      doc,
      statedType,
      typeHit.at,
      typeHit.value.length,
      statedType !== 'utility_patent' || !/design/i.test(flat)
    )

  return {
    kind,
    marketplace,
    complaintId,
    rightsOwner,
    rightsOwnerEmail,
    rightType,
    rights,
    asins: readAsins(doc),
    // an item id without a marketplace nearby belongs to the notice's marketplace
    itemIds: readItemIds(doc).map((f) =>
      f.value.platform || !marketplaceName ? f : { ...f, value: { ...f.value, platform: marketplaceName } }
    ),
    period: readPeriod(doc),
    notes
  }
}
