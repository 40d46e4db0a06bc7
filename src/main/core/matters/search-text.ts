// The register's free-text search looks in one denormalised, normalised column per matter.
import { accusedProductsOf } from '../catalogue/links'
import type { DbOrTx } from '../kernel/context'
import { ftsAnyOf, ftsPhrase, likePattern, type TrigramLookup } from '../kernel/repo'
import { rightsOfMatter } from '../rights/rights'
import { matterSearchSources, setMatterSearchText, type TextPlan } from './repo'

/** NFKC folds full-width forms (Ｂ０Ｃ…) that Chinese input methods produce; case-insensitive. */
export function normaliseForSearch(value: string): string {
  return value.normalize('NFKC').toLowerCase()
}

/** "11,234,567 B2" is also found as "11234567"; "D987,654" as "d987654". */
function compact(value: string): string {
  return value.replace(/[\s,.\-/]/g, '')
}

export function refreshSearchText(tx: DbOrTx, matterId: number): void {
  const sources = matterSearchSources(tx, matterId)
  if (!sources) return
  const m = sources.matter
  const parts: (string | null)[] = [
    m.reference,
    m.title,
    m.rightsHolder,
    m.jurisdiction,
    m.marketplace,
    m.senderReference,
    m.demands,
    m.notes,
    m.court,
    m.division,
    m.caseNumber,
    m.judge,
    m.magistrateJudge
  ]
  for (const p of sources.parties) parts.push(p.name, p.organisation, p.email)
  for (const r of rightsOfMatter(tx, matterId)) parts.push(r.number, compact(r.number), r.title)
  for (const p of accusedProductsOf(tx, matterId))
    parts.push(p.name, p.sku, p.marketplaceItemId, p.marketplace, p.versionName)
  // Ended by a newline, so every occurrence of a 1-2 character term starts an indexed trigram
  // (searchPlan looks short terms up that way); migration 0013 ended the rows written before.
  setMatterSearchText(tx, matterId, `${normaliseForSearch(parts.filter(Boolean).join('\n'))}\n`)
}

export interface SearchPlan extends TextPlan {
  /** An FTS5 trigram MATCH expression, or null. */
  match: string | null
  /** LIKE patterns for short terms the index's vocabulary could not serve. */
  likes: string[]
}

/**
 * Each whitespace-separated term must appear somewhere in the matter. Terms of 3+ characters
 * are MATCHed; a shorter one (商标, 3M; a trigram index finds nothing for them) is MATCHed as any
 * of the indexed trigrams starting with it when `trigramsStartingWith` knows them (every matter's
 * text ends with a newline, so every occurrence starts one), and is a LIKE over the text otherwise
 * (a LIKE reads every matter: 183 ms at 100,000). A short term no trigram starts is in no matter;
 * it stays in the MATCH as typed, which a trigram index matches nothing for.
 */
export function searchPlan(query: string, trigramsStartingWith?: TrigramLookup): SearchPlan {
  const terms = normaliseForSearch(query)
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .slice(0, 8)
  const groups: string[] = []
  const likes: string[] = []
  for (const term of terms) {
    if ([...term].length >= 3) {
      groups.push(ftsPhrase(term))
      continue
    }
    const trigrams = trigramsStartingWith?.(term) ?? null
    if (trigrams === null) likes.push(likePattern(term))
    else if (trigrams.length === 0) groups.push(ftsPhrase(term))
    else groups.push(ftsAnyOf(trigrams))
  }
  // Only the text column: matters_fts also indexes the register's filter values (matters.facets).
  return { match: groups.length ? `search_text : (${groups.join(' AND ')})` : null, likes }
}
