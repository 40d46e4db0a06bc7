// Building blocks every part of the contract uses: field schemas whose messages are
// codes the UI translates (errors.<code>), and the call() helper.
import { z } from 'zod'
import { isValidIsoDate } from '../deadlines'

// Validation messages are codes; the UI translates them (errors.<code>).
export const TITLE_MAX = 200
export const text = (max: number) => z.string().trim().max(max, 'too_long')
export const required = (max: number) => text(max).min(1, 'required')
// A NUL ends an FTS5 query early ("unterminated string", which left as 'internal'). Control
// characters are never in indexed text, so in a search they only separate terms.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g
export const searchTerms = (max: number) =>
  text(max).transform((q) => q.replace(CONTROL_CHARACTERS, ' ').trim())
// Absent stays absent (an edit leaves the field alone); empty means "clear it".
export const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null))
// An empty required date is "required", not "not a valid date".
export const isoDate = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    if (v === '') ctx.addIssue({ code: 'custom', message: 'required' })
    else if (!isValidIsoDate(v)) ctx.addIssue({ code: 'custom', message: 'invalid_date' })
  })
export const optionalDate = z
  .union([isoDate, z.literal(''), z.null()])
  .optional()
  .transform((v) => (v === undefined ? undefined : v || null))
export const id = z.number().int().positive()
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'invalid_file')
export const referenceNumber = z
  .string()
  .trim()
  .min(1, 'required')
  .max(40, 'too_long')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u, 'invalid_reference')

export const empty = z.object({}).default({})
export const byId = z.object({ id })

/** Phantom output type carrier: the schema validates input, `out` only types the result. */
export function call<O>() {
  return <I extends z.ZodType>(input: I): { input: I; out: O } => ({
    input,
    out: undefined as unknown as O
  })
}
