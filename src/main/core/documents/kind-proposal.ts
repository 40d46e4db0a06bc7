// The kind a document reads as, proposed once its text is read, for the user to accept or change.
// Letters, notices and court filings are told apart by the intake readers (ingest's recognise);
// opinions, orders and settlements by their titles and markings; images by their file type.
import type { KindProposal, KindSignal, TextStatus } from '../../../shared/contract/documents'
import { hasCaption, hasScheduleA, readAll, recognise, type Readings } from '../ingest'

// The kind shows on the first pages; a 400-page exhibit is not read through for it.
const READ_PAGES = 12
const READ_CHARS = 60_000
// A title sits on the first page.
const TITLE_CHARS = 2_500

const OPINION_WORD = /\bopinion\b|意见/i
const OPINION_TITLE =
  /\bopinion\s+(?:of|on|regarding)\s+(?:non-?\s?infringement|invalidity|validity|freedom[- ]to[- ]operate)\b|\b(?:non-?\s?infringement|invalidity|validity|freedom[- ]to[- ]operate)\s+opinion\b|法律意见书|不侵权意见|无效意见|自由实施意见/i
const NON_INFRINGEMENT = /\bnon-?\s?infringement\b|\bdoes\s+not\s+infringe\b|不构成侵权|不侵权/i
const INVALIDITY = /\binvalidity\b|\b(?:is|are)\s+invalid\b|\banticipated\s+by\b|无效/i
const PRIVILEGED =
  /\bprivileged\s*(?:&|and)\s*confidential\b|\battorney[- ]client\b|\bwork\s+product\b|律师[-—与和]?客户特权|保密特权/i
const ORDER_LANGUAGE =
  /\bIT\s+IS\s+(?:HEREBY\s+|FURTHER\s+)?ORDERED\b|\bSO\s+ORDERED\b|\bORDERED\s+AND\s+ADJUDGED\b|裁定如下|判决如下|民事裁定书|民事判决书/
const SETTLEMENT_TITLE = /\bsettlement(?:\s+and\s+(?:license|licence|release))?\s+agreement\b|和解协议/i
const RELEASE_TERMS = /\brelease[sd]?\b|\bcovenant\s+not\s+to\s+sue\b|放弃.{0,12}(?:追诉|索赔|权利)|互不追究/i

/** What the proposer needs of a document: its type from the bytes and, if read, its page texts. */
export interface KindEvidence {
  detectedKind: string
  mime: string
  textStatus: TextStatus
  pages: string[]
}

function signals(pairs: [KindSignal, boolean][]): KindSignal[] {
  return pairs.filter(([, present]) => present).map(([signal]) => signal)
}

function opinionOf(text: string, r: Readings): KindProposal | null {
  if (!OPINION_WORD.test(text)) return null
  // an opinion concludes; a letter demands by a date
  if (r.letter.deadline && r.letter.demands.length > 0) return null
  const found = signals([
    ['opinion_title', OPINION_TITLE.test(text)],
    ['non_infringement', NON_INFRINGEMENT.test(text)],
    ['invalidity', INVALIDITY.test(text)],
    ['privileged_marking', PRIVILEGED.test(text)]
  ])
  const conclusion = found.includes('non_infringement') || found.includes('invalidity')
  if (!found.includes('opinion_title') && !(conclusion && found.includes('privileged_marking'))) return null
  return { kind: 'opinion', certain: found.length >= 2, reason: 'opinion', signals: found }
}

function letterOf(r: Readings): KindProposal | null {
  const found = signals([
    ['response_deadline', r.letter.deadline !== null],
    ['sender_firm', r.letter.senderFirm !== null],
    ['rights_asserted', r.letter.rights.length > 0],
    ['demands', r.letter.demands.length > 0]
  ])
  // a letter that asserts nothing and demands nothing is just a letter
  if (found.length < 2) return null
  const certain = found.includes('response_deadline') && found.length >= 3
  return { kind: 'warning_letter', certain, reason: 'letter', signals: found }
}

/** The kind a text reads as, or null when it reads as none of them. */
export function proposeKindFromText(pages: string[]): KindProposal | null {
  let text = pages.slice(0, READ_PAGES).join('\f')
  if (text.length > READ_CHARS) text = text.slice(0, READ_CHARS)
  if (text.trim() === '') return null
  const head = text.slice(0, TITLE_CHARS)
  const r = readAll(text)
  if (r.letter.language.value === 'other') return null
  const caption = hasCaption(text, r)
  if (ORDER_LANGUAGE.test(text)) {
    const found = signals([
      ['order_language', true],
      ['case_caption', caption]
    ])
    return { kind: 'court_order', certain: caption, reason: 'court_order', signals: found }
  }
  const opinion = opinionOf(text, r)
  if (opinion) return opinion
  if (SETTLEMENT_TITLE.test(head)) {
    const found = signals([
      ['settlement_title', true],
      ['release_terms', RELEASE_TERMS.test(text)]
    ])
    return { kind: 'settlement', certain: found.length === 2, reason: 'settlement', signals: found }
  }
  switch (recognise(text, r)) {
    case 'complaint':
      return {
        kind: 'complaint',
        certain: true,
        reason: 'complaint',
        signals: signals([
          ['case_caption', caption],
          ['schedule_a', hasScheduleA(text, r)]
        ])
      }
    case 'marketplace_notice':
      return {
        kind: 'correspondence',
        certain: true,
        reason: 'marketplace_notice',
        signals: signals([
          ['notice_id', r.notice.complaintId !== null],
          ['marketplace', r.notice.marketplace !== null]
        ])
      }
    default:
      return letterOf(r)
  }
}

/**
 * The kind a document reads as. An e-mail is correspondence (the letter it carries is its
 * attachment, proposed on its own); a PNG is most often a screenshot and a JPEG a photo, which
 * only the user can tell apart, so those two are uncertain. Null: no proposal (a damaged file,
 * a scan not yet read, a text that reads as nothing in particular).
 */
export function proposeKind(evidence: KindEvidence): KindProposal | null {
  const { detectedKind, mime } = evidence
  if (detectedKind === 'email') return { kind: 'correspondence', certain: true, reason: 'email', signals: [] }
  if (detectedKind === 'image') {
    if (mime === 'image/png')
      return { kind: 'evidence_screenshot', certain: false, reason: 'png_image', signals: [] }
    if (mime === 'image/jpeg')
      return { kind: 'product_photo', certain: false, reason: 'jpeg_image', signals: [] }
    return null
  }
  if (evidence.textStatus !== 'done') return null
  return proposeKindFromText(evidence.pages)
}
