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
import { joined, ownStoresToMatch } from '../intake/read'
import { assertLawsuit, insertDefendant } from './defendants'
import { doesOfMatter } from './repo'

type Input = z.output<typeof ScheduleAImportInput>

export function importScheduleA(ctx: CoreContext, input: Input): ScheduleAImportResult {
  assertLawsuit(ctx.db, input.matterId)
  if (getDocument(ctx, input.documentId).matterId !== input.matterId) {
    throw fieldError('documentId', 'document_not_in_matter')
  }
  const { text, starts } = joined(documentText(ctx, { id: input.documentId }).pages.map((p) => p.text))
  const read = readScheduleA(text, { pages: starts })
  const matches = new Map(matchOwnStores(read.rows, ownStoresToMatch(ctx)).map((m) => [m.doe, m]))
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
