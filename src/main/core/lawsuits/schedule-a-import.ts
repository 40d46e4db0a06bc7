// A matter's Schedule A document read into defendants: the rows the reader finds (ingest's
// readScheduleA, whatever the table's layout), matched against our stores in Settings
// (matchOwnStores: a seller id is certain, a name alone is for the user to confirm).
import type { z } from 'zod'
import type {
  ScheduleAImportInput,
  ScheduleAImportResult,
  ScheduleAImportRow
} from '../../../shared/contract/lawsuits'
import { documentText, getDocument } from '../documents/documents'
import { matchOwnStores, readScheduleA } from '../ingest'
import { inTransaction, type CoreContext } from '../kernel/context'
import { fieldError } from '../kernel/errors'
import { touchMatter } from '../matters/touch'
import { getSettings } from '../workspace/settings'
import { assertLawsuit, insertDefendant } from './defendants'
import { doesOfMatter } from './repo'

type Input = z.output<typeof ScheduleAImportInput>

/** The document's stored page texts joined with form feeds, and where each page starts. */
function documentPages(ctx: CoreContext, documentId: number): { text: string; starts: number[] } {
  const pages = documentText(ctx, { id: documentId }).pages
  const starts: number[] = []
  let at = 0
  for (const p of pages) {
    starts.push(at)
    at += p.text.length + 1
  }
  return { text: pages.map((p) => p.text).join('\f'), starts }
}

export function importScheduleA(ctx: CoreContext, input: Input): ScheduleAImportResult {
  assertLawsuit(ctx.db, input.matterId)
  if (getDocument(ctx, input.documentId).matterId !== input.matterId) {
    throw fieldError('documentId', 'document_not_in_matter')
  }
  const { text, starts } = documentPages(ctx, input.documentId)
  const read = readScheduleA(text, { pages: starts })
  const stores = getSettings(ctx).ownStores.map((s) => ({
    name: s.name,
    ...(s.sellerId ? { sellerId: s.sellerId } : {})
  }))
  const matches = new Map(matchOwnStores(read.rows, stores).map((m) => [m.doe, m]))
  const existing = doesOfMatter(ctx.db, input.matterId)
  const rows: ScheduleAImportRow[] = read.rows.map((r) => {
    const m = matches.get(r.doe)
    return {
      doe: r.doe,
      store: r.store,
      sellerId: r.sellerId ?? null,
      platform: r.platform ?? null,
      url: r.url ?? null,
      page: r.page ?? null,
      match: m ? m.reason : null,
      ownStore: m ? m.ownStore.name : null,
      exists: existing.has(r.doe)
    }
  })
  const notes = read.notes.map((n) => ({ code: n.code, ...(n.params ? { params: n.params } : {}) }))
  const fresh = rows.filter((r) => !r.exists)
  if (!input.confirm) return { rows, added: 0, skipped: rows.length - fresh.length, notes }
  const confirmed = new Set(input.confirmedDoes)
  inTransaction(ctx, (tx) => {
    for (const r of fresh) {
      insertDefendant(ctx, tx, {
        matterId: input.matterId,
        doe: r.doe,
        store: r.store.slice(0, 300),
        sellerId: r.sellerId?.slice(0, 100) ?? null,
        platform: r.platform?.slice(0, 100) ?? null,
        url: r.url?.slice(0, 2000) ?? null,
        ours: r.match === 'seller_id' || (r.match === 'name' && confirmed.has(r.doe)),
        sourceDocumentId: input.documentId,
        sourcePage: r.page
      })
    }
    touchMatter(ctx, tx, input.matterId)
  })
  return { rows, added: fresh.length, skipped: rows.length - fresh.length, notes }
}
