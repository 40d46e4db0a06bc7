/**
 * Who writes, for whom, to whom, and when: the letter date, the sender firm and its attorneys, the
 * sender's reference, the rights holder and the recipient. These read the letter's layout (letterhead
 * lines, the address block, the signature block) as much as its sentences.
 */
import { findDates } from './dates'
import { HAN, flatten, lineAt, note, sourceOf, sourceOfView, type Doc, type Line } from './text'
import type { Field, Note } from './types'

// ---------------------------------------------------------------------------------------------
// organisations

const COMPANY_SUFFIX =
  '(?:Inc\\.?|Incorporated|LLC|L\\.L\\.C\\.|Ltd\\.?|Limited|Corp\\.?|Corporation|Co\\.,?\\s*(?:Ltd\\.?|Limited)|Company|' +
  'GmbH(?:\\s*&\\s*Co\\.\\s*KG)?|AG|KG|SE|UG(?:\\s*\\(haftungsbeschränkt\\))?|e\\.\\s?K\\.|S\\.A\\.S?\\.?|SAS|SARL|B\\.V\\.|N\\.V\\.|' +
  'S\\.p\\.A\\.|S\\.r\\.l\\.|Pty\\.?\\s+Ltd\\.?|PLC|plc|LP|L\\.P\\.|Oy|AB|A/S|K\\.K\\.|' +
  'INC\\.?|LTD\\.?|CORP\\.?|CORPORATION|CO\\.,?\\s*LTD\\.?|LIMITED|COMPANY|INCORPORATED)'
const ZH_COMPANY = `[${HAN}A-Za-z0-9（）()·]{2,40}?(?:股份有限公司|有限责任公司|有限公司|集团公司|商行|经营部|工作室|公司|厂)`
const ORG_WORD = "(?:[A-ZÄÖÜ0-9][\\p{L}0-9&'’.\\-]*|&|of|and|the|de|du|und|für)"
/** A company name ending in its legal form: "Brightline Outdoor Inc.", "Tallgrass Coolers, LLC". */
export const ORG_RE = `(?:${ORG_WORD}(?:\\s+${ORG_WORD}){0,8}?,?\\s+${COMPANY_SUFFIX}(?![\\p{L}]))`
const ORG = new RegExp(`^${ORG_RE}`, 'u')
const ZH_ORG = new RegExp(`^${ZH_COMPANY}`, 'u')

const LAW_FIRM_SUFFIX =
  /(?:\bLLP|\bL\.L\.P\.|\bPLLC|\bP\.L\.L\.C\.|\bP\.C\.|\bP\.A\.|\bS\.C\.|\bLPA|\bLaw\s+(?:Group|Firm|Offices?|Partners|Corporation|LLC|PLLC)|\bAttorneys(?:\s+at\s+Law)?|\bSolicitors(?:\s+LLP)?|\b&\s+Associates|\bAssociés|\bAvocats|Rechtsanw[aä]lt(?:e|sgesellschaft(?:\s+mbH)?|innen)?|Patentanw[aä]lt(?:e|sgesellschaft)?|Partnerschaft(?:sgesellschaft)?(?:\s+mbB)?|PartG\s?mbB|PartGmbB|律师事务所|知识产权代理有限公司|专利代理(?:事务所|有限公司)|商标代理有限公司|知识产权服务有限公司)/iu
const LLC_ONLY = /\bL\.?L\.?C\.?$/
const PROFESSION_LINE =
  /^(?:Rechtsanw[aä]lte|Patentanw[aä]lte|Attorneys(?:\s+at\s+Law)?|Intellectual\s+Property|Patent\s+(?:Litigation|Attorneys)|Avocats|Solicitors|Law\s+Offices?)\b/iu
const ZH_FIRM = new RegExp(
  `[${HAN}]{2,24}?(?:律师事务所|知识产权代理有限公司|专利代理事务所|专利代理有限公司|商标代理有限公司|知识产权服务有限公司)`,
  'gu'
)

const CLOSINGS =
  /^(?:(?:Very\s+)?(?:truly|sincerely|faithfully)\s+yours|Yours\s+(?:very\s+)?(?:truly|sincerely|faithfully)|Sincerely(?:\s+yours)?|Respectfully(?:\s+(?:yours|submitted))?|(?:Best|Kind|Warm)\s+regards|Regards|With\s+best\s+regards|Mit\s+freundlichen\s+(?:Grüßen|Grüssen)|Freundliche\s+Grüße|Hochachtungsvoll|此致|特此函告|顺颂(?:商祺|商安|时祺)|敬礼|Veuillez\s+agréer)[\s\S]*$/iu

function nonEmpty(doc: Doc): Line[] {
  return doc.lines.filter((l) => l.text !== '')
}

function firstPageLines(doc: Doc): Line[] {
  return nonEmpty(doc).filter((l) => l.page === 1)
}

function signatureStart(doc: Doc): number {
  const lines = nonEmpty(doc)
  for (let i = lines.length - 1; i >= 0; i--) {
    if (CLOSINGS.test(lines[i]?.text ?? '')) return i
  }
  return -1
}

function field<T>(
  doc: Doc,
  value: T,
  start: number,
  end: number,
  certain: boolean,
  notes: Note[] = []
): Field<T> {
  const f: Field<T> = { value, source: sourceOf(doc, start, end), certain }
  if (notes.length > 0) f.notes = notes
  return f
}

const squash = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')

// ---------------------------------------------------------------------------------------------
// sender firm

const GENERIC_FIRM_WORDS =
  /^(?:european|patents?|attorneys?|at|law|intellectual|property|litigation|trade\s?marks?|copyrights?|and|&|counseling|enforcement|ip|rechtsanw\p{L}*|patentanw\p{L}*|gewerblicher|rechtsschutz|avocats?|au|barreau|de|paris|solicitors|legal|services|media|brand|protection|group|firm|offices?)$/iu

function firmInSegment(t: string): string | null {
  if (t.length < 4 || t.length > 90) return null
  // "Counsel for Plaintiff X, LLC" names the client, not the firm
  if (/^(?:Counsel|Attorneys?)\s+for\b|^cc\b/i.test(t)) return null
  const zh = t.match(ZH_FIRM)
  if (zh) return zh[0].replace(/^(?:本所|致|由)/u, '')
  // a letterhead or signature line is a name, not a sentence
  const plain = t.replace(/^the\s+/i, '').replace(/\b(?:Dr|Prof|St|Co|Inc|Ltd|Mr|Ms|No|Dipl)\.\s/g, '')
  if (/[.!?;:]\s|\b(?:we|our|you|your|this|is|are|the\s+\w+\s+of)\b|\b(?:wir|Sie|ihr)\b/iu.test(plain))
    return null
  if (/@|www\.|https?:|\d{3,}/.test(t)) {
    // "Kühne Vogel Rechtsanwälte, Ballindamm 17, 20095 Hamburg": the sender line above the address
    const head = t.split(/\s*,\s*/)[0] ?? ''
    return head !== t && LAW_FIRM_SUFFIX.test(head) && !/\d/.test(head) ? head : null
  }
  if (!LAW_FIRM_SUFFIX.test(t) && !LLC_ONLY.test(t)) return null
  // "Rechtsanwälte Seidel & Kollegen", "HARWELL & PIKE LLP", "Kanzlei Albrecht Rechtsanwaltsgesellschaft mbH"
  const name = t.replace(/[,;]$/, '')
  // a profession or role alone ("Patentanwälte", "Rechtsanwältin", "European Patent Attorneys") names no firm
  if (name.split(/[\s·,]+/).every((w) => w === '' || GENERIC_FIRM_WORDS.test(w))) return null
  if (ROLE.test(name) && name.split(/\s+/).length <= 3 && !/&/.test(name)) return null
  const rest = name.replace(new RegExp(LAW_FIRM_SUFFIX.source, 'giu'), '').replace(/[\s,&.·]+/g, '')
  return rest.length >= 2 ? name : null
}

/** The firm named on a letterhead or signature line; "Partner | Harwell & Pike LLP" is read by segment. */
function firmInLine(text: string): string | null {
  const whole = firmInSegment(text.trim())
  if (whole && !/[·|•]/u.test(whole)) return whole
  for (const segment of text.split(/\s*[·|•]\s*/u)) {
    const name = firmInSegment(segment.trim())
    if (name) return name
  }
  return null
}

const FIRM_WORDS =
  /\b(?:LLP|L\.L\.P\.|PLLC|LLC|P\.C\.|P\.A\.|Law\s+(?:Group|Firm|Offices?)|Attorneys(?:\s+at\s+Law)?|Solicitors|Rechtsanw[aä]lt\w*|Patentanw[aä]lt\w*|PartG\s?mbB|PartGmbB|mbB|Kanzlei|Cabinet)\b/giu

/** The same firm written two ways: "KÜHNE VOGEL Rechtsanwälte PartG mbB" / "Kühne Vogel Rechtsanwälte". */
function sameFirm(a: string, b: string): boolean {
  const x = squash(a.replace(FIRM_WORDS, ''))
  const y = squash(b.replace(FIRM_WORDS, ''))
  return x.length > 0 && y.length > 0 && (x === y || x.startsWith(y) || y.startsWith(x))
}

export function readSenderFirm(doc: Doc): Field<string> | null {
  const lines = nonEmpty(doc)
  const head = firstPageLines(doc).slice(0, 4)
  const sig = signatureStart(doc)
  const tail = sig >= 0 ? lines.slice(sig + 1, sig + 6) : lines.slice(-12)
  type Cand = { name: string; line: Line; where: 'head' | 'tail' | 'body' }
  const cands: Cand[] = []
  for (const line of head) {
    const name = firmInLine(line.text)
    if (name) cands.push({ name, line, where: 'head' })
  }
  // "BRANDL & OSWALD" over "Patentanwälte · European Patent Attorneys"
  const first = head[0]
  let guessed = false
  if (first && cands.length === 0 && head[1] && PROFESSION_LINE.test(head[1].text)) {
    if (/^[\p{Lu}&.,' -]{4,60}$/u.test(first.text)) {
      cands.push({ name: first.text, line: first, where: 'head' })
      guessed = true
    }
  }
  for (const line of tail) {
    const name = firmInLine(line.text.replace(/（盖章）|\(盖章\)|（印章）/u, ''))
    if (name) cands.push({ name, line, where: 'tail' })
  }
  // sender line above the address window, or "X律师事务所接受…委托" in the first sentence
  for (const line of firstPageLines(doc).slice(0, 30)) {
    if (cands.some((c) => c.line === line)) continue
    const name = firmInLine(line.text)
    if (name && (/,/.test(line.text) || ZH_FIRM.test(line.text))) cands.push({ name, line, where: 'body' })
    ZH_FIRM.lastIndex = 0
  }
  if (cands.length === 0) return null
  const best =
    cands.find((c) => c.where === 'head') ?? cands.find((c) => c.where === 'tail') ?? (cands[0] as Cand)
  // confirmed by another mention: the signature block, or a sender line "Brandl & Oswald, Leopoldstraße 120, …"
  const senderLine = firstPageLines(doc)
    .slice(0, 30)
    .some((l) => l !== best.line && sameFirm(l.text.split(',')[0] ?? '', best.name) && /,/.test(l.text))
  const agree = cands.some((c) => c !== best && sameFirm(c.name, best.name)) || senderLine
  const strong = LAW_FIRM_SUFFIX.test(best.name) && !(LLC_ONLY.test(best.name) && !/LLP|PLLC/.test(best.name))
  const certain = agree || (strong && !guessed && best.where !== 'body')
  const others = [...new Set(cands.map((c) => c.name))].filter((n) => !sameFirm(n, best.name))
  const f = field(doc, best.name, best.line.start, best.line.end, certain && others.length === 0)
  if (others.length > 0) {
    f.alternatives = others
    f.notes = [note('several_candidates', 'senderFirm')]
  }
  return f
}

// ---------------------------------------------------------------------------------------------
// attorneys

const ROLE =
  /^(?:Partner|Senior\s+Partner|Managing\s+Partner|Associate|Senior\s+Associate|(?:Senior\s+|General\s+)?Counsel|Of\s+Counsel|Attorney(?:\s+at\s+Law)?|Shareholder|Principal|Member|Solicitor|Director|Rechtsanw[aä]lt(?:in)?|Patentanw[aä]lt(?:in)?|Fachanw[aä]lt(?:in)?\b.*|European\s+Patent\s+Attorney|Avocat|Maître)\b/iu
const TITLE = '(?:(?:Dr|Prof|Mr|Ms|Mrs|Dipl\\.-[A-Z][a-z]+|Dipl\\.-Ing|Maître|Me)\\.?\\s+)*'
const NAME_WORD = "[A-ZÄÖÜ][a-zäöüßéèáíóú]+(?:[-'’][A-ZÄÖÜ][a-zäöüßéèáíóú]+)?"
const PERSON = `${TITLE}${NAME_WORD}(?:\\s+[A-Z]\\.)*(?:\\s+(?:van|von|de|der|da)\\s+)?(?:\\s+${NAME_WORD}){1,2}`
const PERSON_LINE = new RegExp(
  `^(?:/s/\\s*)?(?<name>${PERSON})(?:,\\s*(?:Esq\\.?|J\\.D\\.|Ph\\.D\\.|LL\\.M\\.))?(?<bar>\\s*\\((?:ARDC|Bar|SBN|State\\s+Bar|Reg\\.)[^)]{0,30}\\))?$`,
  'u'
)
const PERSON_ROLE_PREFIX = new RegExp(
  `(?:Rechtsanw[aä]lt(?:in)?|RAin|RA|Patentanw[aä]lt(?:in)?|Sachbearbeiter(?:in)?|Attorney|Contact|Ansprechpartner(?:in)?)\\s*:?\\s+(?<name>${PERSON})`,
  'gu'
)
const ZH_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝欧阳司马上官诸葛'
const ZH_NAME = `[${ZH_SURNAMES}][${HAN}]{1,2}`
const ZH_LAWYER_LIST = new RegExp(
  `(?:指派|委派|由)(?<list>(?:${ZH_NAME}(?:律师|代理师)[、，,和及与]?)+)`,
  'gu'
)
const ZH_LAWYER_LABEL = new RegExp(
  `(?:经办律师|承办律师|代理律师|律师|联系人|代理人|专利代理师|经办人)\\s*(?:Attorney)?\\s*[:：]\\s*(?<list>${ZH_NAME}(?:\\s*(?:律师)?(?:[\\s、，,和及]+${ZH_NAME}(?![${HAN}]))*)?)`,
  'gu'
)
const ZH_NAME_LAWYER = new RegExp(`(?<![${HAN}])(?<name>${ZH_NAME})\\s*律师(?![事${HAN}]*事务所)`, 'gu')

export function readAttorneys(doc: Doc, firm: string | null): Field<string>[] {
  const out = new Map<string, Field<string>>()
  const add = (name: string, start: number, end: number, certain: boolean): void => {
    const clean = name.replace(/\s+/g, ' ').trim()
    const key = squash(clean.replace(/^(?:Dr|Prof|Mr|Ms|Mrs|Dipl\.-\w+)\.?\s+/g, ''))
    if (!key || (firm && squash(firm) === key)) return
    const existing = [...out.entries()].find(([k]) => k === key)
    if (existing) {
      if (certain) existing[1].certain = true
      return
    }
    out.set(key, field(doc, clean, start, end, certain))
  }
  const lines = nonEmpty(doc)
  // a person's name on its own line above a role line ("Partner", "Rechtsanwältin"), or after /s/
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    const m = PERSON_LINE.exec(line.text)
    if (!m) continue
    const next = [lines[i + 1], lines[i + 2]].filter((l): l is Line => l !== undefined)
    const role = next.find((l) => ROLE.test(l.text) && l.text.length < 60)
    const signed = /^\/s\//.test(line.text) || /,\s*Esq\.?$/.test(line.text) || m.groups?.bar !== undefined
    if (role || signed) {
      const name = m.groups?.name ?? ''
      const at = line.start + line.raw.indexOf(name.split(' ')[0] ?? name)
      add(name, at, at + name.length, true)
    }
  }
  for (const re of [PERSON_ROLE_PREFIX]) {
    re.lastIndex = 0
    for (const line of lines) {
      for (const m of line.text.matchAll(re)) {
        const name = m.groups?.name ?? ''
        const at = line.start + Math.max(0, line.raw.indexOf(name))
        add(name, at, at + name.length, true)
      }
    }
  }
  // Chinese: "指派张知远律师、林若溪律师" (in a sentence), "经办律师：张知远 林若溪" (on its line), "孙婉清 律师"
  const text = doc.view.text
  const addZh = (piece: string, start: number): void => {
    if (!new RegExp(`^${ZH_NAME}$`, 'u').test(piece) || out.has(squash(piece))) return
    out.set(squash(piece), {
      value: piece,
      source: sourceOf(doc, start, start + piece.length),
      certain: true
    })
  }
  const pieces = (list: string): { piece: string; at: number }[] => {
    const found: { piece: string; at: number }[] = []
    let offset = 0
    for (const piece of list.split(/(律师|代理师|[\s、，,和及与]+)/u)) {
      found.push({ piece, at: offset })
      offset += piece.length
    }
    return found
  }
  ZH_LAWYER_LIST.lastIndex = 0
  for (let m = ZH_LAWYER_LIST.exec(text); m; m = ZH_LAWYER_LIST.exec(text)) {
    const list = m.groups?.list ?? ''
    const listAt = m.index + m[0].indexOf(list)
    for (const { piece, at } of pieces(list)) addZh(piece, doc.view.map[listAt + at] ?? 0)
  }
  for (const line of lines) {
    ZH_LAWYER_LABEL.lastIndex = 0
    for (const m of line.raw.normalize('NFKC').matchAll(ZH_LAWYER_LABEL)) {
      const list = m.groups?.list ?? ''
      const listAt = (m.index ?? 0) + m[0].indexOf(list)
      for (const { piece, at } of pieces(list)) addZh(piece, line.start + listAt + at)
    }
  }
  ZH_NAME_LAWYER.lastIndex = 0
  for (let m = ZH_NAME_LAWYER.exec(text); m; m = ZH_NAME_LAWYER.exec(text)) {
    const name = m.groups?.name ?? ''
    if (out.has(squash(name))) continue
    // a three-character run may have eaten a preceding word ("派王立新"): only names after a separator
    const prev = text[m.index - 1]
    if (prev !== undefined && !/[\s:：、，,。(（]/u.test(prev)) continue
    out.set(squash(name), {
      value: name,
      source: sourceOfView(doc, m.index, m.index + name.length),
      certain: true
    })
  }
  return [...out.values()].sort((a, b) => a.source.start - b.source.start)
}

// ---------------------------------------------------------------------------------------------
// info blocks: a row of labels over a row of values ("Ihr Zeichen   Unser Zeichen   Datum")

const INFO_LABEL =
  /^(?:Ihr(?:e)?\s+(?:Zeichen|Nachricht(?:\s+vom)?|Schreiben\s+vom)|Unser(?:e)?\s+(?:Zeichen|Nachricht(?:\s+vom)?)|Datum|Date|Our\s+ref(?:erence)?\.?|Your\s+ref(?:erence)?\.?|Aktenzeichen|Az\.?|Telefon|Durchwahl|Telefax|E-Mail|Bearbeiter(?:in)?|Sachbearbeiter(?:in)?|Ref\.?)$/iu

interface InfoPair {
  label: string
  value: string
  start: number
  end: number
}

function infoPairs(doc: Doc): InfoPair[] {
  const lines = firstPageLines(doc).slice(0, 40)
  const pairs: InfoPair[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = lines[i] as Line
    const values = lines[i + 1] as Line
    const labels = header.raw.trim().split(/\s{2,}|\t+/)
    if (labels.length < 2 || !labels.every((l) => INFO_LABEL.test(l.trim()))) continue
    const cells = [...values.raw.matchAll(/\S+(?: \S+)*/g)]
    if (cells.length !== labels.length) continue
    labels.forEach((label, k) => {
      const cell = cells[k]
      if (!cell) return
      const start = values.start + (cell.index ?? 0)
      pairs.push({ label: label.trim(), value: cell[0], start, end: start + cell[0].length })
    })
  }
  return pairs
}

// ---------------------------------------------------------------------------------------------
// sender reference

const REF_EN =
  /(?<![\p{L}])(?:(?:[Oo]ur|OUR)\s+(?:[Rr]ef(?:erence)?|REF(?:ERENCE)?|[Ff]ile|FILE|[Mm]atter|MATTER|[Dd]ocket|[Cc]ase)(?:\s+(?:[Nn]o|NO|[Nn]umber))?\.?|(?:File|FILE|Matter|Docket)\s+No\.?|(?:Ref|REF)(?:erence|ERENCE)?(?:\s+No)?\.?(?=\s*:)|(?:Ref|REF)\.?(?=\s))\s*[:：]?\s*(?<ref>[A-Z0-9][A-Za-z0-9/._-]{2,30}(?:\s[A-Z]{1,4}(?![\p{L}]))?)/gu
const REF_DE =
  /(?<![\p{L}])(?:Unser(?:e)?\s+(?:Zeichen|Az\.?|Aktenzeichen|Geschäftszeichen|Referenz)|Aktenzeichen|Az\.|Geschäftszeichen)\s*[:：]?\s*(?<ref>[A-Z0-9][A-Za-z0-9/._-]{1,30}(?:\s[A-Z]{1,4}(?![\p{L}]))?)/gu
// "（2026）澄砚律函字第1103号", "正衡律函〔2026〕第0315号", "申衡（2026）知字第066号": on a line of its own
const REF_ZH = new RegExp(
  `(?:^|[\\s:：])(?<ref>[${HAN}]{0,6}[(（〔\\[]\\s?20\\d{2}\\s?[)）〕\\]][${HAN}]{0,10}?\\s?第?\\s?\\d{1,6}\\s?号)(?!公证书)`,
  'u'
)
const REF_ZH_LABEL =
  /(?<![\p{Script=Han}])(?:函号|我方编号|本所编号|编号|文号)\s*(?:Ref\.?)?\s*[:：]\s*(?<ref>[^\s，,。]{3,40})/gu

export function readSenderReference(doc: Doc): Field<string> | null {
  const fromBlock = infoPairs(doc).find(
    (p) => /^(?:Unser(?:e)?\s+Zeichen|Our\s+ref|Aktenzeichen|Az|Ref)/iu.test(p.label) && /\d/.test(p.value)
  )
  if (fromBlock) return field(doc, fromBlock.value, fromBlock.start, fromBlock.end, true)
  const text = doc.view.text
  const cands: { ref: string; vs: number; ve: number }[] = []
  for (const re of [REF_ZH_LABEL, REF_EN, REF_DE]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 6), m.index)
      if (/(?:Your|Ihr(?:e)?|Ihr\s)\s*$/iu.test(before)) continue
      const ref = (m.groups?.ref ?? '').replace(/[.,;]$/, '')
      if (!/\d/.test(ref)) continue
      const vs = m.index + m[0].lastIndexOf(ref)
      cands.push({ ref, vs, ve: vs + ref.length })
    }
    if (cands.length > 0) break
  }
  if (cands.length === 0) {
    for (const line of nonEmpty(doc).filter((l) => l.page === 1)) {
      const m = REF_ZH.exec(line.text.normalize('NFKC'))
      const ref = m?.groups?.ref
      if (!ref || /证字|公证|判决|民初|民终|刑/u.test(ref)) continue
      const at = line.start + Math.max(0, line.raw.normalize('NFKC').indexOf(ref))
      const raw = doc.input.slice(at, at + ref.length)
      return field(doc, raw.normalize('NFKC') === ref ? raw : ref, at, at + ref.length, true)
    }
  }
  const best = cands[0]
  if (!best) return null
  const span = inputSpan(doc, best.vs, best.ve)
  const start = span.start
  // a reference ends with its line
  const end = Math.min(
    span.end,
    doc.input.indexOf('\n', start) < 0 ? span.end : doc.input.indexOf('\n', start)
  )
  const value = flatten(doc.input.slice(start, end))
  const others = [...new Set(cands.slice(1).map((c) => c.ref))].filter((r) => squash(r) !== squash(best.ref))
  const f = field(doc, value, start, end, others.length === 0)
  if (others.length > 0) f.alternatives = others
  return f
}

function inputSpan(doc: Doc, vs: number, ve: number): { start: number; end: number } {
  const s = doc.view.map[vs] ?? 0
  const last = doc.view.map[Math.max(vs, ve - 1)] ?? s
  return { start: s, end: last + 1 }
}

// ---------------------------------------------------------------------------------------------
// rights holder

const CLIENT_CUES_EN = [
  /\b(?:This\s+firm|We|The\s+undersigned|Our\s+firm)\s+(?:represents?|act\s+for|acts\s+for|are\s+counsel\s+(?:to|for)|is\s+counsel\s+(?:to|for)|(?:has|have)\s+been\s+retained\s+by|(?:has|have)\s+been\s+engaged\s+by|write\s+on\s+behalf\s+of|are\s+writing\s+on\s+behalf\s+of)\s+(?:our\s+client,?\s+)?(?:the\s+)?/giu,
  /\bon\s+behalf\s+of\s+(?:our\s+client,?\s+)?/giu,
  /\b(?:counsel|attorneys)\s+(?:to|for)\s+(?:Plaintiff\s+)?/giu,
  /\bour\s+client,\s+/giu,
  /^\s*Client\s*:\s*/gimu
]
const CLIENT_CUES_DE = [
  /\b(?:vertreten\s+wir|wir\s+vertreten|dass\s+wir|vertreten\s+hiermit)\s+(?:hiermit\s+)?(?:die|den|der|das)?\s*(?:Firma\s+)?/giu,
  /\bdass\s+uns\s+(?:die|der|das)\s+/giu,
  /\bunsere(?:r|n)?\s+Mandant(?:in|schaft)?,?\s+(?:die|der|den|das)\s+/giu,
  /\bnamens\s+und\s+(?:in\s+)?Vollmacht\s+(?:der|des|unserer\s+Mandant(?:in|schaft),?\s+der)\s+/giu
]
const CLIENT_CUES_ZH = new RegExp(
  `(?:接受|受)(?<org>[^，。；“”"]{2,60}?)(?:[(（](?:以下|下)?(?:简称|称)[^)）]{0,20}[)）])?(?:的)?(?:委托|之托|授权)`,
  'gu'
)
const OWNER_EN = new RegExp(
  `(?<org>${ORG_RE})\\s+(?:is|are)\\s+the\\s+(?:registered\\s+|exclusive\\s+|sole\\s+|lawful\\s+)?(?:owner|proprietor|holder|assignee)\\b`,
  'gu'
)
const OWNER_ZH = new RegExp(
  `(?<org>${ZH_COMPANY})(?:系|是|为)[^。；]{0,80}?(?:专利权人|权利人|著作权人|商标注册人|商标权人|所有人)`,
  'gu'
)
const COUNTRY_PREFIX =
  /^(?:美国|德国|英国|日本|韩国|法国|意大利|瑞士|荷兰|加拿大|澳大利亚|香港|台湾)(?=[A-Za-z])/u

export function readRightsHolder(doc: Doc): Field<string> | null {
  const text = doc.view.text
  type Cand = { name: string; vs: number; certain: boolean }
  const cands: Cand[] = []
  for (const cue of [...CLIENT_CUES_EN, ...CLIENT_CUES_DE]) {
    cue.lastIndex = 0
    for (let m = cue.exec(text); m; m = cue.exec(text)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120)
      const org = ORG.exec(after)
      if (org) {
        cands.push({ name: org[0].replace(/,$/, ''), vs: m.index + m[0].length, certain: true })
      }
    }
  }
  CLIENT_CUES_ZH.lastIndex = 0
  for (let m = CLIENT_CUES_ZH.exec(text); m; m = CLIENT_CUES_ZH.exec(text)) {
    let org = (m.groups?.org ?? '').trim()
    org = org.replace(/^(?:本所|我所|本公司|我公司|贵司|我们)/u, '')
    org = org.replace(COUNTRY_PREFIX, '')
    const zh = ZH_ORG.exec(org)
    const latin = ORG.exec(org)
    const name =
      latin && latin[0].length === org.length ? latin[0] : zh && zh[0].length === org.length ? zh[0] : null
    if (!name) continue
    cands.push({ name, vs: m.index + m[0].indexOf(name), certain: true })
  }
  // no one is said to be represented: the company that "is the owner of" the rights
  if (cands.length === 0) {
    for (const re of [OWNER_EN, OWNER_ZH]) {
      re.lastIndex = 0
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const name = (m.groups?.org ?? '').replace(/^(?:The|Our\s+client)\s+/u, '')
        if (/^(?:贵|本|该|上述|我|你)/u.test(name)) continue
        cands.push({ name, vs: m.index + m[0].indexOf(name), certain: true })
      }
    }
  }
  if (cands.length === 0) return null
  cands.sort((a, b) => a.vs - b.vs)
  const best = cands[0] as Cand
  const others = [...new Set(cands.map((c) => c.name))].filter((n) => !sameOrg(n, best.name))
  const f: Field<string> = {
    value: best.name,
    source: sourceOfView(doc, best.vs, best.vs + best.name.length),
    certain: best.certain && others.length === 0
  }
  if (others.length > 0) {
    f.alternatives = others
    f.notes = [note('several_candidates', 'rightsHolder')]
  }
  return f
}

export function sameOrg(a: string, b: string): boolean {
  const strip = (s: string): string =>
    squash(
      s.replace(new RegExp(`,?\\s*${COMPANY_SUFFIX}$`, 'u'), '').replace(/(?:股份)?有限(?:责任)?公司$/u, '')
    )
  const x = strip(a)
  const y = strip(b)
  return x === y || (x.length > 5 && y.startsWith(x)) || (y.length > 5 && x.startsWith(y))
}

// ---------------------------------------------------------------------------------------------
// recipient

const SUBJECT_LINE =
  /^(?:Re|RE|Subject|Betreff|Betrifft|Objet|主题|事由|关于)\s*[:：]|^(?:Dear|To\s+whom|Sehr\s+geehrte|Madame|Ladies)|^(?:Abmahnung|NOTICE|律\s*师\s*函)/u
const TO_LABEL = /^(?:To|An|致|收件人|Attn\.?|Fa\.)\s*(?:To)?\s*[:：]?\s*/iu

export function readRecipient(doc: Doc, exclude: string[]): Field<string> | null {
  const lines = firstPageLines(doc)
  const excluded = (name: string): boolean =>
    exclude.some((e) => e && (sameOrg(e, name) || squash(e) === squash(name)))
  // "致：深圳市璐莫拉贸易有限公司（…）", "To: X Co., Ltd.", a salutation line "X有限公司："
  for (const line of lines.slice(0, 40)) {
    const t = line.text.normalize('NFKC')
    const label = TO_LABEL.exec(t)
    const rest = label ? t.slice(label[0].length) : null
    const salutation = new RegExp(`^(?<org>${ZH_COMPANY})\\s*[:：]$`, 'u').exec(t)
    const candidate = rest !== null ? rest : salutation?.groups?.org
    if (candidate === undefined || candidate === null) continue
    const latin = ORG.exec(candidate)
    const zh = ZH_ORG.exec(candidate)
    const name = (latin?.[0] ?? zh?.[0] ?? '').replace(/,$/, '')
    if (!name || excluded(name)) continue
    const at = line.start + Math.max(0, line.raw.normalize('NFKC').indexOf(name))
    return field(doc, sliceName(doc, at, name), at, at + name.length, true)
  }
  // the address block: company lines before the subject line or salutation, after the letterhead
  const stop = lines.findIndex((l, i) => i > 0 && SUBJECT_LINE.test(l.text))
  const block = lines.slice(1, stop > 0 ? stop : Math.min(lines.length, 30))
  const cands: { name: string; line: Line }[] = []
  for (const [i, line] of block.entries()) {
    const t = line.text.normalize('NFKC')
    if (/^(?:Client|Mandant(?:in)?|Our\s+client|委托人)\s*:/iu.test(t)) continue
    if (/[.!?]\s/.test(t) || t.length > 90) continue
    const m =
      new RegExp(`^(?:Fa\\.\\s*|Firma\\s+)?(?<org>${ORG_RE})$`, 'u').exec(t) ??
      new RegExp(`^(?<org>${ZH_COMPANY})$`, 'u').exec(t)
    const name = m?.groups?.org
    if (!name || excluded(name) || LAW_FIRM_SUFFIX.test(name)) continue
    // a sender line "Firm, street, city" is not the recipient; nor a company under "Counsel for"
    if (i > 0 && /^(?:Counsel\s+for|cc)/i.test(block[i - 1]?.text ?? '')) continue
    cands.push({ name, line })
  }
  const best = cands[0]
  if (!best) return null
  const others = cands
    .slice(1)
    .map((c) => c.name)
    .filter((n) => !sameOrg(n, best.name))
  const at = best.line.start + Math.max(0, best.line.raw.normalize('NFKC').indexOf(best.name))
  const f = field(doc, sliceName(doc, at, best.name), at, at + best.name.length, others.length === 0)
  if (others.length > 0) f.alternatives = others
  return f
}

function sliceName(doc: Doc, at: number, name: string): string {
  const raw = doc.input.slice(at, at + name.length)
  return raw.normalize('NFKC') === name ? raw : name
}

// ---------------------------------------------------------------------------------------------
// letter date

const DATE_LINE_PREFIX =
  /^(?:(?:Date|Dated|Datum|Letter\s+date|日期|发函日期|落款日期)\s*[:：]?\s*|(?:[A-ZÄÖÜ][\p{L}.\- ]{1,30}?)(?:,?\s*(?:den|le|the|am))?)?$/u

function isUsLetter(doc: Doc): boolean {
  return /\bU\.S\.C?\b|\bUnited States\b|\bUSPTO\b|\$\d|\b(?:Illinois|California|Delaware|Texas|New York|Washington|Oregon|Florida)\b|\b[A-Z]{2} \d{5}\b/.test(
    doc.view.text
  )
}

export function readLetterDate(
  doc: Doc,
  languageIsChinese: boolean
): { field: Field<string> | null; notes: Note[] } {
  const monthFirst = isUsLetter(doc)
  type Cand = { date: string; alternatives?: string[]; line: Line; start: number; end: number }
  const cands: Cand[] = []
  const lines = nonEmpty(doc)
  for (const line of lines) {
    const t = line.text.normalize('NFKC')
    if (t.length > 60) continue
    const hits = findDates(t, { monthFirst })
    if (hits.length === 0) continue
    let rest = t
    for (const h of [...hits].reverse()) rest = rest.slice(0, h.start) + rest.slice(h.end)
    rest = rest.replace(/[\s/|·,()（）-]+$/u, '').replace(/^[\s/|·()（）-]+/u, '')
    if (!DATE_LINE_PREFIX.test(rest) && !/^[\s/|·]*$/.test(rest)) continue
    // all dates on the line must agree (a bilingual "2026年9月1日 / September 1, 2026")
    const dates = new Set(hits.map((h) => h.date))
    if (dates.size > 1) continue
    const hit = hits[0]
    if (!hit) continue
    const start = line.start + Math.max(0, line.raw.indexOf(line.text))
    const cand: Cand = { date: hit.date, line, start, end: line.end }
    if (hit.alternatives) cand.alternatives = hit.alternatives
    cands.push(cand)
  }
  for (const pair of infoPairs(doc)) {
    if (!/^(?:Datum|Date)$/i.test(pair.label)) continue
    const hit = findDates(pair.value.normalize('NFKC'), { monthFirst })[0]
    if (!hit) continue
    const line = lineAt(doc, pair.start)
    const cand: Cand = { date: hit.date, line, start: pair.start, end: pair.end }
    if (hit.alternatives) cand.alternatives = hit.alternatives
    cands.push(cand)
  }
  cands.sort((a, b) => a.start - b.start)
  if (cands.length === 0) return { field: null, notes: [note('no_letter_date', 'letterDate')] }
  // the letterhead date, or in a Chinese letter the date under the signature
  const best = (languageIsChinese ? cands[cands.length - 1] : cands[0]) as Cand
  const notes: Note[] = []
  let certain = true
  const alternatives = new Set<string>()
  if (best.alternatives) {
    certain = false
    for (const a of best.alternatives) if (a !== best.date) alternatives.add(a)
    notes.push(note('date_ambiguous_day_month', 'letterDate', { text: best.line.text }))
  }
  const conflicting = cands.filter((c) => c.date !== best.date && !(c.alternatives ?? []).includes(best.date))
  if (conflicting.length > 0) {
    certain = false
    for (const c of conflicting) alternatives.add(c.date)
    notes.push(note('letter_date_conflict', 'letterDate'))
  }
  const f = field(doc, best.date, best.start, best.end, certain, notes)
  if (alternatives.size > 0) f.alternatives = [...alternatives]
  return { field: f, notes: [] }
}
