// Contract calls for the people matters and deadlines are assigned to (Settings → People), and
// the one rule for who is responsible for a deadline.
import { z } from 'zod'
import type { ResponsibleRef } from '../model'
import { call, id, optionalText, required } from './kit'

export const PERSON_NAME_MAX = 120

/** An address with one @, something before it and a dotted domain after it; no spaces. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/

const email = optionalText(200).refine((v) => v == null || EMAIL.test(v), 'invalid_email')

const personFields = {
  name: required(PERSON_NAME_MAX),
  email,
  role: optionalText(120)
}

export const PersonInput = z.object(personFields)
export const PersonUpdateInput = z.object({
  id,
  name: required(PERSON_NAME_MAX).optional(),
  email,
  role: optionalText(120)
})
export const PeopleListInput = z.object({ includeArchived: z.boolean().default(false) }).default({
  includeArchived: false
})
export const PersonArchiveInput = z.object({ id, archived: z.boolean() })

/** Who is responsible, on a matter's or a deadline's form: a person, or nobody (null). */
export const responsiblePersonId = id.nullish()

// ---- Results ----

export interface PersonRecord {
  id: number
  name: string
  email: string | null
  role: string | null
  /** Left the team: still shown on their records, no longer offered. */
  archived: boolean
  /** Matters and deadlines that name this person (a person in use can be archived, not removed). */
  matters: number
  deadlines: number
}

/**
 * The one rule: a deadline's own person is responsible for it; without one, its matter's is.
 * The calendar's SQL (coalesce of the deadline's, then the matter's) says the same.
 */
export function effectiveResponsible(
  own: { id: number; name: string } | null,
  matters: { id: number; name: string } | null
): ResponsibleRef | null {
  if (own) return { id: own.id, name: own.name, own: true }
  if (matters) return { id: matters.id, name: matters.name, own: false }
  return null
}

export const peopleCalls = {
  'people.list': call<PersonRecord[]>()(PeopleListInput),
  'people.create': call<PersonRecord>()(PersonInput),
  'people.update': call<PersonRecord>()(PersonUpdateInput),
  'people.setArchived': call<PersonRecord>()(PersonArchiveInput),
  /** Refused with person_in_use (params: matters, deadlines) while anything names them. */
  'people.remove': call<{ id: number }>()(z.object({ id }))
} as const
