// Specification: no payload, however hostile, gets past the contract as an untyped failure. Every
// call in the core's dispatch table gets random and malformed input (wrong types, NUL and bidi
// characters, huge strings and numbers, prototype keys, SQL and FTS syntax, real and unknown ids)
// against a real workspace; each answer is a value or a typed error, never 'internal' and never
// a thrown exception, and afterwards the database passes quick_check, the audit and custody
// chains verify, and every record that existed is still there unless a remove call took it.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handlers } from '../../../src/main/core'
import { contract, type CallName } from '../../../src/shared/contract'
import { textQueue } from '../../../src/main/core/documents/text-index'
import { attach, newMatter, ok, openSharedCore, type TestCore } from '../documents/helpers'

const RUNS_PER_CALL = 120
// Restoring a backup replaces the workspace by design; it is fuzzed with unknown ids only.
const UNKNOWN_IDS_ONLY = new Set<string>(['backups.restore'])

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'lantern\u0000patent',
    'invoice\u202Efdp.exe',
    '\u200B\uFEFF',
    '"*NEAR(',
    'AND OR NOT "',
    "'; drop table matters; --",
    '../../../../etc/passwd',
    '..\\..\\Windows\\System32',
    'CON',
    '%E0%A4%A',
    '<script>alert(1)</script>',
    '商标',
    '律师函（2026）澄砚律函字第1103号',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '9999-12-31',
    '2026-11-29T25:00:00Z',
    'a'.repeat(100_000),
    '长'.repeat(20_000),
    '__proto__',
    'constructor'
  )
)
const hostileNumber = fc.oneof(
  fc.integer({ min: 1, max: 8 }), // ids that exist
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    0,
    -1,
    -0,
    0.5,
    2 ** 31,
    2 ** 53,
    Number.MAX_SAFE_INTEGER + 2,
    1e308,
    NaN,
    Infinity,
    -Infinity
  )
)
const leaf = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.bigInt(),
  fc.date({ noInvalidDate: false })
)
const protoKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty')
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), protoKeys), tie('value'), { maxKeys: 4 })
})).value

/** The field names a call's input schema declares (through zod 4 wrappers), to aim at them. */
function fieldsOf(schema: unknown, depth = 0): string[] {
  if (!schema || typeof schema !== 'object' || depth > 6) return []
  const s = schema as { shape?: Record<string, unknown>; _zod?: { def?: Record<string, unknown> } }
  if (s.shape && typeof s.shape === 'object') return Object.keys(s.shape)
  const def = s._zod?.def ?? {}
  for (const inner of [
    def.in,
    def.innerType,
    def.schema,
    def.left,
    ...(Array.isArray(def.options) ? def.options : [])
  ]) {
    const fields = fieldsOf(inner, depth + 1)
    if (fields.length) return fields
  }
  return []
}

const realId = fc.integer({ min: 1, max: 8 })
const plausibleDate = fc.constantFrom('2026-11-29', '2026-10-20', '2027-01-04', '2026-02-28')

/** A value aimed at one field: ids that exist, dates that parse, or anything hostile. */
function fieldValue(field: string): fc.Arbitrary<unknown> {
  if (/(^id|Id|Ids|^ids)$/.test(field)) {
    return fc.oneof(realId, realId, fc.array(realId, { minLength: 1, maxLength: 3 }), hostileValue)
  }
  if (/[dD]ate$|[dD]ay$|^from$|^to$/.test(field)) return fc.oneof(plausibleDate, hostileValue)
  return hostileValue
}

/** A payload for one call: its own field names with aimed or hostile values, or anything at all. */
function payloadFor(name: string): fc.Arbitrary<unknown> {
  const fields = fieldsOf(contract[name as CallName].input)
  const model = Object.fromEntries(fields.map((f) => [f, fieldValue(f)]))
  const aimed =
    fields.length === 0
      ? fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 3 })
      : fc.oneof(fc.record(model, { requiredKeys: [] }), fc.record(model))
  const withProto = aimed.map((p) => {
    if (p && typeof p === 'object') {
      Object.defineProperty(p, '__proto__', { value: { id: 1 }, enumerable: true })
    }
    return p
  })
  return fc.oneof(
    aimed,
    aimed,
    aimed,
    withProto,
    hostileValue,
    fc.constantFrom(undefined, null, 0, '', [], 'x')
  )
}

/** A payload as a short line for a failure message (bigints and cycles allowed). */
function shown(payload: unknown): string {
  try {
    const text = JSON.stringify(payload, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))
    return (text ?? String(payload)).slice(0, 200)
  } catch {
    return String(payload).slice(0, 200)
  }
}

function count(core: TestCore, table: string): number {
  return (core.workspace.ctx.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n
}
function ids(core: TestCore, table: string): number[] {
  return (core.workspace.ctx.sqlite.prepare(`select id from ${table}`).all() as { id: number }[]).map(
    (r) => r.id
  )
}

let shared: ReturnType<typeof openSharedCore>
beforeAll(async () => {
  shared = openSharedCore()
  const core = shared.core
  ok(await core.dispatch('workspace.loadSample', {}))
  const matterId = await newMatter(core)
  await attach(core, matterId, ['warning-letter-patent-en.pdf', 'warning-letter.eml'])
  await textQueue(core.workspace).idle()
})
afterAll(() => shared?.close())

describe('every contract call under fuzzed input', () => {
  it('answers a value or a typed error, never internal, and keeps the workspace whole', async () => {
    const core = shared.core
    const names = Object.keys(handlers)
    expect(names.length).toBeGreaterThan(40)
    const mattersBefore = ids(core, 'matters')
    const documentsBefore = ids(core, 'documents')
    const removed = new Set<string>()
    const internal: string[] = []
    const codes = new Map<string, number>()
    let calls = 0
    const started = Date.now()

    for (const name of names) {
      const payloads = UNKNOWN_IDS_ONLY.has(name)
        ? fc.record({ id: fc.oneof(hostileString, hostileNumber) }, { requiredKeys: [] })
        : payloadFor(name)
      await fc.assert(
        fc.asyncProperty(payloads, async (payload) => {
          calls++
          const result = await core.dispatch(name, payload)
          if (result.ok) {
            const id = (payload as { id?: unknown } | null)?.id
            if (/\.remove$|deleteBytes$/.test(name) && typeof id === 'number') removed.add(`${name}:${id}`)
            // removing an email removes its attachments too: the answer names every document gone
            if (name === 'documents.remove')
              for (const gone of (result.value as { removed: number[] }).removed)
                removed.add(`documents.remove:${gone}`)
            codes.set('ok', (codes.get('ok') ?? 0) + 1)
            return
          }
          codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1)
          if (result.error.code === 'internal')
            internal.push(`${name}: ${result.error.detail} <- ${shown(payload)}`)
          expect(typeof result.error.code).toBe('string')
          expect(result.error.code).toMatch(/^[a-z][a-z0-9_]*$/)
        }),
        { numRuns: RUNS_PER_CALL, seed: 20261129, endOnFailure: true }
      )
      // a call that queued text reading must not leave it running into the next call's checks
      await textQueue(core.workspace).idle()
    }
    for (const name of ['__proto__', 'constructor', 'toString', 'matters.list ', 'MATTERS.LIST', '']) {
      calls++
      const result = await core.dispatch(name, {})
      expect(result.ok ? 'ok' : result.error.code).toBe('unknown_call')
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const figures = [...codes].map(([code, n]) => `${code} ${n}`).join(', ')
    console.log(
      `fuzz: ${calls} calls to ${names.length} contract calls in ${seconds} s, ${internal.length} internal (${figures})`
    )
    expect(internal).toEqual([])

    const sqlite = core.workspace.ctx.sqlite
    expect(sqlite.pragma('quick_check', { simple: true })).toBe('ok')
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
    const audit = ok(await core.dispatch('audit.verify', {}))
    expect(audit.auditLog.ok).toBe(true)
    expect(audit.custody.ok).toBe(true)
    // nothing that existed is gone unless a remove call said so (there is no call that deletes a matter)
    const mattersAfter = new Set(ids(core, 'matters'))
    expect(mattersBefore.filter((id) => !mattersAfter.has(id))).toEqual([])
    const documentsAfter = new Set(ids(core, 'documents'))
    const lostDocuments = documentsBefore.filter(
      (id) => !documentsAfter.has(id) && !removed.has(`documents.remove:${id}`)
    )
    expect(lostDocuments).toEqual([])
    expect(count(core, 'blobs')).toBeGreaterThan(0)
    const report = ok(await core.dispatch('vault.verify', {}))
    expect(JSON.stringify(report)).not.toContain('"mismatch"')
  }, 120_000)
})
