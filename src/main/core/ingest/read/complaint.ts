/**
 * extractComplaintFields: the caption and frame of a US court complaint: court, division, case
 * number, judge and magistrate judge, filing date, plaintiff, its firm and attorneys, the rights
 * asserted and the claims for relief (counts).
 */
import { findDates } from './dates'
import { ORG_RE, readAttorneys, readSenderFirm, sameOrg } from './parties'
import { readRights } from './rights'
import { makeDoc, note, sourceOf, sourceOfView, type Doc } from './text'
import type { Field, Note, ReadOptions, RightValue } from './types'

export interface ClaimValue {
  /** 1 for "COUNT I", "FIRST CLAIM FOR RELIEF". */
  count: number
  title: string
  /** Statutes cited in the title: "35 U.S.C. § 271". */
  statutes: string[]
}

export interface ComplaintFields {
  court: Field<string> | null
  division: Field<string> | null
  caseNumber: Field<string> | null
  judge: Field<string> | null
  magistrateJudge: Field<string> | null
  /** YYYY-MM-DD */
  filingDate: Field<string> | null
  plaintiff: Field<string> | null
  plaintiffFirm: Field<string> | null
  plaintiffAttorneys: Field<string>[]
  rights: Field<RightValue>[]
  claims: Field<ClaimValue>[]
  notes: Note[]
}

const titleCase = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\b([a-z])/g, (c) => c.toUpperCase())
    .replace(/\b(Of|The|For|And)\b/g, (w) => w.toLowerCase())

const COURT =
  /(?:IN\s+THE\s+)?(?<court>UNITED\s+STATES\s+DISTRICT\s+COURT\s+FOR\s+THE\s+(?:(?:NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE)\s+)?DISTRICT\s+OF\s+(?:NEW\s+(?:YORK|JERSEY|MEXICO|HAMPSHIRE)|NORTH\s+(?:CAROLINA|DAKOTA)|SOUTH\s+(?:CAROLINA|DAKOTA)|WEST\s+VIRGINIA|RHODE\s+ISLAND|PUERTO\s+RICO|[A-Z]+))(?![A-Za-z])/giu
const DIVISION = /\b(?<division>(?:NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|[A-Z]+)\s+DIVISION)\b/gu
const CASE_NO = /(?<![\d:])(?<no>\d{1,2}:\d{2}-[a-z]{2}-\d{3,6}(?:-[A-Z]{2,5})*)(?![\d-])/giu
const WORD =
  "(?!(?:Magistrate|Judge|Jury|Trial|Demanded|Plaintiff|Defendants?)\\b)[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?"
const PERSON = `${WORD}(?:\\s+[A-Z]\\.)*(?:\\s+${WORD}){1,2}`
const JUDGE = new RegExp(`(?<!Magistrate\\s)(?:Hon(?:orable|\\.)\\s+|\\bJudge\\s+)(?<name>${PERSON})`, 'gu')
const MAGISTRATE = new RegExp(`\\bMagistrate\\s+Judge\\s+(?<name>${PERSON})`, 'gu')
const ECF_FILED =
  /\bCase:?\s*\d{1,2}:\d{2}-[a-z]{2}-\d+\s+Document\s*#?:?\s*[\d-]+\s+Filed:?\s*(?<m>\d{2})\/(?<d>\d{2})\/(?<y>\d{2,4})/giu
const DATED = /\b(?:Dated|Date(?:d)?\s+this)\s*:?\s*(?<rest>[^\n]{6,40})/gu
const SECTION = '\\d+[a-z]?(?:\\([a-z0-9]+\\))*'
const STATUTE = new RegExp(
  `\\d+\\s+U\\.\\s?S\\.\\s?C\\.\\s+§§?\\s*${SECTION}(?:\\s*(?:,|and|&)\\s*${SECTION})*(?:\\s+et\\s+seq\\.)?`,
  'giu'
)
const ORDINALS = [
  'FIRST',
  'SECOND',
  'THIRD',
  'FOURTH',
  'FIFTH',
  'SIXTH',
  'SEVENTH',
  'EIGHTH',
  'NINTH',
  'TENTH'
]
const COUNT_LINE =
  /^(?:COUNT\s+(?<roman>[IVXLC]+|\d+|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN)|(?<ordinal>FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH)\s+(?:CLAIM\s+FOR\s+RELIEF|CAUSE\s+OF\s+ACTION|COUNT))\b[\s:.–—-]*(?<title>.*)$/iu
const WORD_NUMBERS = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN']

function roman(s: string): number {
  if (/^\d+$/.test(s)) return Number(s)
  const w = WORD_NUMBERS.indexOf(s.toUpperCase())
  if (w >= 0) return w + 1
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }
  let total = 0
  const up = s.toUpperCase()
  for (let i = 0; i < up.length; i++) {
    const v = values[up[i] ?? ''] ?? 0
    const next = values[up[i + 1] ?? ''] ?? 0
    total += v < next ? -v : v
  }
  return total
}

function first<T>(
  doc: Doc,
  re: RegExp,
  read: (m: RegExpExecArray) => T | null
): { value: T; vs: number; ve: number }[] {
  const out: { value: T; vs: number; ve: number }[] = []
  re.lastIndex = 0
  for (let m = re.exec(doc.view.text); m; m = re.exec(doc.view.text)) {
    const value = read(m)
    if (value !== null) out.push({ value, vs: m.index, ve: m.index + m[0].length })
  }
  return out
}

function agreeing<T>(
  doc: Doc,
  hits: { value: T; vs: number; ve: number }[],
  key: (v: T) => string,
  field: string
): Field<T> | null {
  const best = hits[0]
  if (!best) return null
  const others = [...new Map(hits.map((h) => [key(h.value), h.value])).entries()].filter(
    ([k]) => k !== key(best.value)
  )
  const f: Field<T> = {
    value: best.value,
    source: sourceOfView(doc, best.vs, best.ve),
    certain: others.length === 0
  }
  if (others.length > 0) {
    f.alternatives = others.map(([, v]) => v)
    f.notes = [note('several_candidates', field)]
  }
  return f
}

export function extractComplaintFields(text: string, options: ReadOptions = {}): ComplaintFields {
  const doc = makeDoc(text, options)
  const notes: Note[] = []
  const court = agreeing(
    doc,
    first(doc, COURT, (m) => titleCase((m.groups?.court ?? '').replace(/\s+/g, ' '))),
    (v) => v,
    'court'
  )
  const division = agreeing(
    doc,
    first(doc, DIVISION, (m) => titleCase(m.groups?.division ?? '')).slice(0, 1),
    (v) => v,
    'division'
  )
  const caseNumber = agreeing(
    doc,
    first(doc, CASE_NO, (m) =>
      (m.groups?.no ?? '').toLowerCase().replace(/-([a-z]{2,5})$/i, (x) => x.toUpperCase())
    ),
    (v) => v.replace(/-[A-Z]+$/g, ''),
    'caseNumber'
  )
  const judge = agreeing(
    doc,
    first(doc, JUDGE, (m) => m.groups?.name ?? null),
    (v) => v,
    'judge'
  )
  const magistrateJudge = agreeing(
    doc,
    first(doc, MAGISTRATE, (m) => m.groups?.name ?? null),
    (v) => v,
    'magistrateJudge'
  )

  // Filing date: the CM/ECF stamp (always MM/DD/YY) and the "Dated:" line of the signature block
  const stamps = first(doc, ECF_FILED, (m) => {
    const g = m.groups ?? {}
    const year = (g.y ?? '').length === 2 ? `20${g.y}` : g.y
    const date = findDates(`${year}-${g.m}-${g.d}`)[0]?.date
    return date ?? null
  })
  const dated = first(doc, DATED, (m) => findDates(m.groups?.rest ?? '', { monthFirst: true })[0] ?? null)
  let filingDate: Field<string> | null = null
  const stamp = stamps[0]
  const signed = dated.find((d) => !d.value.ambiguous) ?? dated[0]
  if (stamp) {
    filingDate = agreeing(doc, stamps, (v) => v, 'filingDate')
    if (filingDate && signed && !signed.value.ambiguous && signed.value.date !== stamp.value) {
      // signed one day, filed another: the stamp is the filing date, the other is offered
      filingDate.alternatives = [...(filingDate.alternatives ?? []), signed.value.date]
    }
  } else if (signed) {
    filingDate = {
      value: signed.value.date,
      source: sourceOfView(doc, signed.vs, signed.ve),
      certain: !signed.value.ambiguous
    }
    if (signed.value.alternatives) {
      filingDate.alternatives = signed.value.alternatives.filter((a) => a !== signed.value.date)
      filingDate.notes = [note('date_ambiguous_day_month', 'filingDate')]
    }
  } else notes.push(note('no_letter_date', 'filingDate'))

  // Plaintiff: the caption line above "Plaintiff," (its parentheses column aside), and the body's
  // "Plaintiff X ("X")", which gives the name in mixed case
  const captionHits: { value: string; start: number; end: number }[] = []
  const lines = doc.lines.filter((l) => l.text !== '')
  lines.forEach((line, i) => {
    if (!/^\)?\s*Plaintiffs?\s*,?(?:\s*\).*)?$/u.test(line.text.replace(/\s{2,}.*$/, ''))) return
    for (let k = i - 1; k >= Math.max(0, i - 20); k--) {
      const prev = (lines[k] as (typeof lines)[number]).text.replace(/\s*\).*$/, '').trim()
      if (prev === '' || /^\)+$/.test(prev)) continue
      const m = new RegExp(`^(?<org>${ORG_RE}),?$`, 'u').exec(prev)
      const at = (lines[k] as (typeof lines)[number]).start
      if (m?.groups?.org) captionHits.push({ value: m.groups.org, start: at, end: at + m.groups.org.length })
      break
    }
  })
  const body = first(
    doc,
    new RegExp(`\\bPlaintiffs?\\s+(?<org>${ORG_RE})`, 'gu'),
    (m) => m.groups?.org ?? null
  )
  let plaintiff: Field<string> | null = null
  const fromCaption = captionHits[0]
  const named = fromCaption?.value ?? body[0]?.value
  if (named) {
    const all = [...captionHits.map((c) => c.value), ...body.map((b) => b.value)]
    const others = [...new Set(all)].filter((v) => !sameOrg(v, named))
    const mixed = body.find((b) => sameOrg(b.value, named) && b.value !== b.value.toUpperCase())
    const source = fromCaption
      ? sourceOf(doc, fromCaption.start, fromCaption.end)
      : sourceOfView(doc, body[0]?.vs ?? 0, body[0]?.ve ?? 0)
    plaintiff = { value: mixed?.value ?? named, source, certain: others.length === 0 }
    if (others.length > 0) plaintiff.alternatives = others
  }

  const plaintiffFirm = readSenderFirm(doc)
  const plaintiffAttorneys = readAttorneys(doc, plaintiffFirm?.value ?? null)

  const claims: Field<ClaimValue>[] = []
  lines.forEach((line, i) => {
    const m = COUNT_LINE.exec(line.text)
    if (!m) return
    const g = m.groups ?? {}
    const count = g.ordinal ? ORDINALS.indexOf(g.ordinal.toUpperCase()) + 1 : roman(g.roman ?? '')
    let title = (g.title ?? '').trim()
    let last = line
    // the title is on the next line(s) when the heading stands alone
    for (const next of lines.slice(i + 1, i + 3)) {
      if (title && (/\)$/.test(title) || !/^[A-Z(§0-9 ,.;'"&-]+$/.test(next.text))) break
      if (/^\d+\.\s/.test(next.text) || COUNT_LINE.test(next.text)) break
      title = `${title} ${next.text}`.trim()
      last = next
      if (/\)$/.test(title)) break
    }
    if (!title || claims.some((c) => c.value.count === count)) return
    const statutes = [...title.matchAll(STATUTE)].map((s) => s[0].replace(/\s+/g, ' '))
    claims.push({
      value: { count, title: title.replace(/\s+/g, ' '), statutes },
      source: sourceOf(doc, line.start, last.end),
      certain: true
    })
  })

  return {
    court,
    division,
    caseNumber,
    judge,
    magistrateJudge,
    filingDate,
    plaintiff,
    plaintiffFirm,
    plaintiffAttorneys,
    rights: readRights(doc),
    claims,
    notes
  }
}
