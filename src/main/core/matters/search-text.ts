// The register's free-text search looks in one denormalised, normalised column per matter.
import { accusedProductsOf } from '../catalogue/links'
import type { DbOrTx } from '../kernel/context'
import { likePattern } from '../kernel/repo'
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
  setMatterSearchText(tx, matterId, normaliseForSearch(parts.filter(Boolean).join('\n')))
}

export interface SearchPlan extends TextPlan {
  /** An FTS5 trigram MATCH expression for terms of 3+ characters, or null. */
  match: string | null
  /** LIKE patterns for shorter terms (a trigram index cannot find 商标 or "3M"). */
  likes: string[]
}

/** Each whitespace-separated term must appear somewhere in the matter. */
export function searchPlan(query: string): SearchPlan {
  const terms = normaliseForSearch(query)
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .slice(0, 8)
  const long = terms.filter((t) => [...t].length >= 3)
  const short = terms.filter((t) => [...t].length < 3)
  return {
    // Quoted strings are literal substrings for the trigram tokenizer; quotes are doubled.
    match: long.length ? long.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ') : null,
    likes: short.map(likePattern)
  }
}
