// intake.read: what arrived (an uploaded file or pasted text) read into proposals for the intake
// form, with its page texts for the side-by-side view. Nothing is saved: the user confirms on the
// form and logs the letter as before.
import type { z } from 'zod'
import type {
  ComplaintReading,
  IntakeProposals,
  IntakeReadInput,
  IntakeReading,
  OwnStoreFound,
  ReadNote
} from '../../../shared/contract/intake'
import {
  matchOwnStores,
  readAll,
  recognise,
  type ComplaintFields,
  type OwnStore,
  type ScheduleA,
  type StoreMatch
} from '../ingest'
import type { CoreContext } from '../kernel/context'
import { AppError } from '../kernel/errors'
import type { Workspace } from '../kernel/workspace-context'
import { getSettings } from '../workspace/settings'
import {
  allUncertain,
  complaintProposals,
  emptyProposals,
  letterProposals,
  noticeProposals,
  proposalOf
} from './proposals'
import { pastedText, readStoredText, type ArrivedText } from './read-text'

type Input = z.output<typeof IntakeReadInput>

function ownStoreFound(m: StoreMatch): OwnStoreFound {
  return {
    doe: m.doe,
    store: m.store,
    page: m.page ?? null,
    sellerId: m.sellerId ?? null,
    platform: m.platform ?? null,
    reason: m.reason,
    certain: m.certain,
    ownStore: m.ownStore.name,
    notes: (m.notes ?? []) as ReadNote[]
  }
}

/** Our stores in Settings as matchOwnStores takes them (the lawsuits' Schedule A import too). */
export function ownStoresToMatch(ctx: CoreContext): OwnStore[] {
  return getSettings(ctx).ownStores.map((s) => ({
    name: s.name,
    ...(s.sellerId ? { sellerId: s.sellerId } : {})
  }))
}

function complaintReading(ws: Workspace, fields: ComplaintFields, scheduleA: ScheduleA): ComplaintReading {
  const stores = ownStoresToMatch(ws.ctx)
  return {
    court: proposalOf(fields.court),
    division: proposalOf(fields.division),
    caseNumber: proposalOf(fields.caseNumber),
    judge: proposalOf(fields.judge),
    magistrateJudge: proposalOf(fields.magistrateJudge),
    filingDate: proposalOf(fields.filingDate),
    claims: fields.claims.map((c) => ({
      value: { count: c.value.count, title: c.value.title },
      source: c.source,
      certain: c.certain
    })),
    scheduleARows: scheduleA.rows.length,
    // certain (seller id) matches first, then by Doe number
    ownStores: matchOwnStores(scheduleA.rows, stores)
      .map(ownStoreFound)
      .sort((a, b) => Number(b.certain) - Number(a.certain) || a.doe - b.doe)
  }
}

/** The pages joined with form feeds (the readers' page break), and where each page starts. */
export function joined(pages: string[]): { text: string; starts: number[] } {
  const starts: number[] = []
  let at = 0
  for (const page of pages) {
    starts.push(at)
    at += page.length + 1
  }
  return { text: pages.join('\f'), starts }
}

function emailReceived(text: string): IntakeProposals['receivedDate'] {
  // the e-mail page starts with its headers: "Date: 2026-10-19T20:02:11.000Z"
  const m = /^Date: (\d{4}-\d{2}-\d{2})T/m.exec(text)
  if (!m || m[1] === undefined) return null
  const lineEnd = text.indexOf('\n', m.index)
  const end = lineEnd < 0 ? text.length : lineEnd
  return {
    value: m[1],
    source: { page: 1, start: m.index, end, text: text.slice(m.index, end).trim() },
    certain: false
  }
}

function analyse(ws: Workspace, arrived: ArrivedText): IntakeReading {
  const { text, starts } = joined(arrived.pages)
  const options = { pages: starts, ocr: arrived.ocr }
  const readings = readAll(text, options)
  const language = readings.letter.language
  if (language.value === 'other') {
    throw new AppError('language_unsupported', { params: { language: language.detected ?? 'unknown' } })
  }
  const kind = recognise(text, readings)
  let proposals =
    kind === 'complaint'
      ? complaintProposals(readings.complaint)
      : kind === 'marketplace_notice'
        ? noticeProposals(readings.notice)
        : letterProposals(readings.letter)
  if (arrived.isEmail && !proposals.receivedDate) proposals.receivedDate = emailReceived(text)
  // a marketplace's notice is dated by its e-mail: the notice date is the day it was sent
  if (kind === 'marketplace_notice' && !proposals.letterDate) proposals.letterDate = proposals.receivedDate
  if (arrived.ocr || language.value === 'unknown') proposals = allUncertain(proposals)
  const notes: ReadNote[] = [
    ...((kind === 'complaint'
      ? [...readings.complaint.notes, ...readings.scheduleA.notes]
      : kind === 'marketplace_notice'
        ? readings.notice.notes
        : readings.letter.notes) as ReadNote[])
  ]
  for (const a of arrived.attachments ?? []) {
    notes.push(
      a.error
        ? { code: 'email_attachment_unread', params: { name: a.name, reason: a.error } }
        : { code: 'email_attachment_read', params: { name: a.name, pages: a.pages } }
    )
  }
  return {
    kind,
    status: arrived.noTextLayer && !arrived.ocr ? 'no_text_layer' : 'read',
    ocr: arrived.ocr,
    language: language.value,
    pages: arrived.pages.map((page, i) => ({ page: i + 1, start: starts[i] ?? 0, text: page })),
    proposals,
    complaint: kind === 'complaint' ? complaintReading(ws, readings.complaint, readings.scheduleA) : null,
    noticeKind: kind === 'marketplace_notice' ? readings.notice.kind.value : null,
    notes: notes as ReadNote[]
  }
}

export async function readArrived(ws: Workspace, input: Input): Promise<IntakeReading> {
  if (input.sha256 === undefined) return analyse(ws, pastedText(input.text ?? ''))
  const arrived = await readStoredText(ws, input.sha256, input.ocr)
  if (arrived.noTextLayer && !arrived.ocr) {
    // a scan: nothing to read until the user asks for OCR
    return {
      kind: 'letter',
      status: 'no_text_layer',
      ocr: false,
      language: 'unknown',
      pages: arrived.pages.map((text, i) => ({ page: i + 1, start: 0, text })),
      proposals: emptyProposals(),
      complaint: null,
      noticeKind: null,
      notes: [{ code: 'no_text' }]
    }
  }
  return analyse(ws, arrived)
}
