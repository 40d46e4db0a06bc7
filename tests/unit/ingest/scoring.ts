// Precision and recall of the letter reader against expected fields, per field, with the count of
// wrong values that were marked certain (which must be zero).
import type { DeadlineValue, Field, LetterFields } from '../../../src/main/core/ingest'
import type { ExpectedLetter } from './letters/expected'

export const SCORED_FIELDS = [
  'language',
  'letterDate',
  'senderFirm',
  'senderAttorneys',
  'senderReference',
  'rightsHolder',
  'recipient',
  'rights',
  'asins',
  'itemIds',
  'stores',
  'models',
  'demands',
  'threatenedActions',
  'deadline'
] as const
export type ScoredField = (typeof SCORED_FIELDS)[number]

export interface Tally {
  tp: number
  fp: number
  fn: number
  certainWrong: string[]
}

const squash = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^(?:(?:dr|prof|mr|ms|mrs|dipl\.-[a-z]+)\.?\s+)+/g, '')
    .replace(/[^\p{L}\p{N}|]+/gu, '')

export function deadlineKey(v: DeadlineValue): string {
  return v.kind === 'relative' ? `relative|${v.days}|${v.basis}|${v.from}` : `absolute|${v.date}`
}

interface Got {
  key: string
  certain: boolean
}

function gotList(fields: LetterFields, name: ScoredField): Got[] | Got | null {
  const one = <T>(f: Field<T> | null, key: (v: T) => string): Got | null =>
    f ? { key: key(f.value), certain: f.certain } : null
  switch (name) {
    case 'language':
      return { key: fields.language.value, certain: true }
    case 'letterDate':
    case 'senderFirm':
    case 'senderReference':
    case 'rightsHolder':
    case 'recipient':
      return one(fields[name], (v) => squash(v))
    case 'deadline':
      return one(fields.deadline, deadlineKey)
    case 'senderAttorneys':
    case 'asins':
    case 'demands':
      return (fields[name] as Field<string>[]).map((f) => ({ key: squash(f.value), certain: f.certain }))
    case 'threatenedActions':
      return fields.threatenedActions.map((f) => ({ key: f.value.code, certain: f.certain }))
    case 'rights':
      return fields.rights.map((f) => ({
        key: squash(`${f.value.type}|${f.value.jurisdiction}|${f.value.id}`),
        certain: f.certain
      }))
    case 'itemIds':
      return fields.itemIds.map((f) => ({ key: f.value.id, certain: f.certain }))
    case 'stores':
      return fields.stores.map((f) => ({
        key: squash(`${f.value.name ?? ''}|${f.value.sellerId ?? ''}`),
        certain: f.certain
      }))
    case 'models':
      return fields.products
        .filter((f) => f.value.model)
        .map((f) => ({ key: squash(f.value.model ?? ''), certain: f.certain }))
  }
}

function expectedKeys(expected: ExpectedLetter, name: ScoredField): string[] | string | null {
  const v = expected[name]
  if (v === null) return null
  if (name === 'language' || name === 'deadline') return v as string
  if (Array.isArray(v)) return v.map((x) => (name === 'threatenedActions' ? x : squash(x)))
  return squash(v as string)
}

export function score(
  doc: string,
  fields: LetterFields,
  expected: ExpectedLetter,
  into: Map<ScoredField, Tally>
): void {
  for (const name of SCORED_FIELDS) {
    const tally = into.get(name) ?? { tp: 0, fp: 0, fn: 0, certainWrong: [] }
    into.set(name, tally)
    const got = gotList(fields, name)
    const exp = expectedKeys(expected, name)
    if (Array.isArray(got) || Array.isArray(exp)) {
      const g = (Array.isArray(got) ? got : got ? [got] : []) as Got[]
      const e = new Set(Array.isArray(exp) ? exp : exp ? [exp] : [])
      const seen = new Set<string>()
      for (const item of g) {
        if (seen.has(item.key)) continue
        seen.add(item.key)
        if (e.has(item.key)) tally.tp++
        else {
          tally.fp++
          if (item.certain) tally.certainWrong.push(`${doc}: ${item.key}`)
        }
      }
      for (const key of e) if (!seen.has(key)) tally.fn++
    } else {
      const g = got as Got | null
      if (g && exp !== null && g.key === exp) tally.tp++
      else {
        if (g) {
          tally.fp++
          if (g.certain) tally.certainWrong.push(`${doc}: ${g.key} (expected ${exp})`)
        }
        if (exp !== null) tally.fn++
      }
    }
  }
}

export function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b
}

export function table(tallies: Map<ScoredField, Tally>): string {
  const rows = [['field', 'TP', 'FP', 'FN', 'precision', 'recall', 'certain&wrong']]
  for (const [name, t] of tallies) {
    rows.push([
      name,
      String(t.tp),
      String(t.fp),
      String(t.fn),
      ratio(t.tp, t.tp + t.fp).toFixed(3),
      ratio(t.tp, t.tp + t.fn).toFixed(3),
      String(t.certainWrong.length)
    ])
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? []
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '))
    .join('\n')
}
