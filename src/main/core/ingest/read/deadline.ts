/**
 * The response deadline as a Field: the phrases come from the deadline-phrase reader in
 * ingest/letter.ts; this decides which is the deadline and how sure that is. Phrases that state the
 * same period (the Chinese letter says 七日内 twice; a bilingual letter says it in both languages; an
 * absolute date that equals the letter date plus the stated days) agree. Different periods conflict:
 * the earliest becomes the value, the others its alternatives, and the field is uncertain.
 */
import { findAllDeadlinePhrases, type AnyDeadlinePhrase } from '../letter'
import { addDays } from './dates'
import { note, sourceOf, type Doc } from './text'
import type { DeadlineValue, Field, Note } from './types'

function valueOf(p: AnyDeadlinePhrase): DeadlineValue {
  if (p.kind === 'absolute') return { kind: 'absolute', date: p.date, phrase: p.phrase }
  return {
    kind: 'relative',
    days: p.days,
    basis: p.basis,
    from: p.from,
    fromStated: p.fromStated,
    phrase: p.phrase
  }
}

/** The calendar date a value points at, when it can be known from the letter date alone. */
function impliedDate(v: DeadlineValue, letterDate: string | null): string | null {
  if (v.kind === 'absolute') return v.date
  if (!letterDate || v.basis !== 'calendar' || v.from !== 'letter_date') return null
  return addDays(letterDate, v.days)
}

function sameDeadline(a: DeadlineValue, b: DeadlineValue, letterDate: string | null): boolean {
  if (a.kind === 'relative' && b.kind === 'relative') {
    return a.days === b.days && a.basis === b.basis && (a.from === b.from || !a.fromStated || !b.fromStated)
  }
  const da = impliedDate(a, letterDate)
  const db = impliedDate(b, letterDate)
  return da !== null && da === db
}

/** Sort key: the earliest known date, else the letter order. */
function earliestFirst(letterDate: string | null) {
  return (a: { v: DeadlineValue; i: number }, b: { v: DeadlineValue; i: number }): number => {
    const da =
      impliedDate(a.v, letterDate) ??
      (a.v.kind === 'relative' && letterDate ? addDays(letterDate, a.v.days) : null)
    const db =
      impliedDate(b.v, letterDate) ??
      (b.v.kind === 'relative' && letterDate ? addDays(letterDate, b.v.days) : null)
    if (da && db && da !== db) return da < db ? -1 : 1
    return a.i - b.i
  }
}

export function readDeadline(
  doc: Doc,
  letterDate: string | null,
  monthFirst: boolean
): { field: Field<DeadlineValue> | null; notes: Note[] } {
  const phrases = findAllDeadlinePhrases(doc.input, { monthFirst })
  // a date that is the letter's own date is not its deadline ("by letter of 19.10.2026")
  const usable = phrases.filter((p) => !(p.kind === 'absolute' && p.date === letterDate))
  if (usable.length === 0) return { field: null, notes: [note('no_deadline', 'deadline')] }
  const distinct: { v: DeadlineValue; p: AnyDeadlinePhrase; i: number }[] = []
  usable.forEach((p, i) => {
    const v = valueOf(p)
    if (!distinct.some((d) => sameDeadline(d.v, v, letterDate))) distinct.push({ v, p, i })
  })
  distinct.sort(earliestFirst(letterDate))
  const best = distinct[0]
  if (!best) return { field: null, notes: [] }
  const notes: Note[] = []
  let certain = true
  const alternatives: DeadlineValue[] = []
  if (distinct.length > 1) {
    certain = false
    alternatives.push(...distinct.slice(1).map((d) => d.v))
    notes.push(note('deadline_conflict', 'deadline', { count: distinct.length }))
  }
  const p = best.p
  if (p.kind === 'relative') {
    if (!p.fromStated) {
      certain = false
      notes.push(note('deadline_start_not_stated', 'deadline'))
      alternatives.push({ ...(best.v as Extract<DeadlineValue, { kind: 'relative' }>), from: 'receipt' })
    }
    if (p.werktage) {
      certain = false
      notes.push(note('deadline_werktage', 'deadline'))
    }
    if (p.figuresDisagree) {
      certain = false
      notes.push(note('deadline_figures_disagree', 'deadline', { phrase: p.phrase }))
    }
  } else if (p.ambiguous && p.alternatives) {
    certain = false
    notes.push(note('date_ambiguous_day_month', 'deadline', { text: p.phrase }))
    for (const d of p.alternatives)
      if (d !== p.date) alternatives.push({ kind: 'absolute', date: d, phrase: p.phrase })
  }
  const src = sourceOf(doc, p.start, p.end)
  const field: Field<DeadlineValue> = { value: best.v, source: src, certain }
  if (alternatives.length > 0) field.alternatives = alternatives
  if (notes.length > 0) field.notes = notes
  return { field, notes: [] }
}
