import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  computeDeadline,
  DeadlineError,
  isValidIsoDate,
  RULES,
  type ComputeDeadlineInput,
  type DeadlineRuleId
} from '../../../src/shared/deadlines'
import { parseIsoDate } from '../../../src/shared/deadlines/calendar'
import {
  GERMAN_STATES,
  type GermanState,
  type WorkCalendar,
  germanCalendar,
  nationalCalendar,
  nonWorkingReason,
  upcSeatCalendar,
  usCourtCalendar,
  usFederalCalendar,
  usItcCalendar,
  usPtoCalendar,
  weekendOnlyCalendar
} from '../../../src/shared/deadlines/holidays'
import { chinaCalendar } from '../../../src/shared/deadlines/holidays-cn'

const DAY_MS = 86_400_000
const START = Date.UTC(1990, 0, 1)
const SPAN = Math.round((Date.UTC(2060, 11, 31) - START) / DAY_MS)

// Dates built with Date.UTC, independently of the engine's own calendar code.
const isoDate = fc
  .integer({ min: 0, max: SPAN })
  .map((n) => new Date(START + n * DAY_MS).toISOString().slice(0, 10))

function plus(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Every option of every rule, drawn from its declared values (dates: none, or before the trigger). */
function optionsArbitrary(rule: DeadlineRuleId): fc.Arbitrary<Record<string, unknown>> {
  const spec = RULES.find((r) => r.id === rule)
  const fields: Record<string, fc.Arbitrary<unknown>> = {}
  for (const o of spec?.options ?? []) {
    if (o.type === 'boolean') fields[o.name] = fc.boolean()
    else if (o.type === 'enum') fields[o.name] = fc.constantFrom(...o.values)
    else if (o.type === 'number') fields[o.name] = fc.integer({ min: o.min, max: Math.min(o.max, 400) })
    else fields[o.name] = fc.constantFrom('', -1, -150, -400) // days before the trigger, mapped below
  }
  return fc.record(fields) as fc.Arbitrary<Record<string, unknown>>
}

const anyInput: fc.Arbitrary<ComputeDeadlineInput> = fc
  .constantFrom(...RULES.map((r) => r.id))
  .chain((rule) =>
    fc.record({
      rule: fc.constant(rule),
      trigger: isoDate,
      options: optionsArbitrary(rule),
      closures: fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 8 })
    })
  )
  .map(({ rule, trigger, options, closures }) => ({
    rule,
    trigger,
    options: Object.fromEntries(
      Object.entries(options).map(([k, v]) => [k, typeof v === 'number' && v < 0 ? plus(trigger, v) : v])
    ),
    closures: closures.map((d) => plus(trigger, d))
  }))

/** The calendar whose days off each rule's roll-over must avoid; undefined where the law has no roll-over. */
function rollCalendar(input: ComputeDeadlineInput): WorkCalendar | undefined {
  const o = (input.options ?? {}) as Record<string, unknown>
  const district = typeof o.district === 'string' && o.district !== 'none' ? o.district : undefined
  const state = (GERMAN_STATES as readonly string[]).includes(String(o.state))
    ? (o.state as GermanState)
    : undefined
  switch (input.rule) {
    case 'us.frcp.answer':
    case 'us.frcp.answer-waiver':
    case 'us.frcp.answer-after-motion':
    case 'us.frcp.pi-opposition':
    case 'us.frap.notice-of-appeal':
      return usCourtCalendar(district)
    case 'us.dmca.restore-window':
    case 'us.dmca.claimant-suit-window':
      return usFederalCalendar()
    case 'us.ptab.ipr-bar':
    case 'us.ptab.popr':
      return usPtoCalendar()
    case 'us.itc.response':
      return usItcCalendar()
    case 'cn.cpl.answer':
    case 'cn.cpl.appeal':
      return chinaCalendar()
    case 'de.zpo.defence-notice':
    case 'de.zpo.berufung':
    case 'de.zpo.berufungsbegruendung':
    case 'de.zpo.einspruch':
      return germanCalendar(state)
    case 'upc.rop.defence':
    case 'upc.rop.preliminary-objection':
      return upcSeatCalendar(String(o.memberState ?? 'DE'))
    case 'upc.rop.appeal':
      return upcSeatCalendar(String(o.memberState ?? 'LU'))
    case 'letter.asserted': {
      const j = String(o.jurisdiction ?? 'US')
      if (o.basis !== 'business') return j === 'DE' ? germanCalendar() : undefined
      if (j === 'US') return usFederalCalendar()
      if (j === 'CN') return chinaCalendar()
      if (j === 'DE') return germanCalendar()
      return ['FR', 'GB', 'JP', 'KR', 'CA', 'AU'].includes(j) ? nationalCalendar(j) : weekendOnlyCalendar(j)
    }
    default:
      return undefined
  }
}

function day(iso: string): number {
  const d = parseIsoDate(iso)
  if (d === undefined) throw new Error(`malformed date ${iso}`)
  return d
}

describe('properties that hold for every rule, trigger, option and closure list', () => {
  it('a rolled-over date is never a weekend, holiday or declared closure of its jurisdiction', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const cal = rollCalendar(input)
        if (!cal) return
        const r = computeDeadline(input)
        for (const date of r.earliest ? [r.due, r.earliest] : [r.due]) {
          // Checked without the engine's own nonWorkingReason, so a bug there cannot hide itself.
          expect(input.closures ?? []).not.toContain(date)
          expect(cal.holidayName(day(date))).toBeUndefined()
          const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
          if (weekday === 0 || weekday === 6) expect(cal.makeUpWorkdayName(day(date))).toBeDefined()
        }
      }),
      { numRuns: 400 }
    )
  })

  it('the due date is never before the trigger, and earliest is never after due', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const r = computeDeadline(input)
        // The PI opposition is counted backward from the hearing (FRCP 6(a)(5)).
        // A German appeal period that ran from five months after pronouncement may end before
        // service (ZPO 517); the result then says so.
        if (input.rule === 'us.frcp.pi-opposition') expect(r.due < input.trigger).toBe(true)
        else if (r.warningCodes.some((w) => w.code === 'de.appeal.expired'))
          expect(r.due < input.trigger).toBe(true)
        else expect(r.due > input.trigger).toBe(true)
        if (r.earliest !== undefined) {
          expect(r.earliest > input.trigger).toBe(true)
          expect(r.earliest <= r.due).toBe(true)
        }
      }),
      { numRuns: 400 }
    )
  })

  it('never returns a malformed date, and always explains itself', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const r = computeDeadline(input)
        expect(isValidIsoDate(r.due)).toBe(true)
        if (r.earliest !== undefined) expect(isValidIsoDate(r.earliest)).toBe(true)
        expect(r.rule).toBe(input.rule)
        expect(r.steps.length).toBeGreaterThan(0)
      }),
      { numRuns: 400 }
    )
  })

  it('the FRCP roll-over stops at the first court day: every day from day 21 to the day before due is a day off', () => {
    fc.assert(
      fc.property(isoDate, (trigger) => {
        const r = computeDeadline({ rule: 'us.frcp.answer', trigger })
        const cal = usCourtCalendar()
        for (let d = day(plus(trigger, 21)); d < day(r.due); d++)
          expect(nonWorkingReason(cal, new Set(), d)).toBeDefined()
        expect(day(r.due) - day(trigger)).toBeGreaterThanOrEqual(21)
      })
    )
  })

  it('any string as a trigger either throws a DeadlineError or yields a well-formed date', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), isoDate, fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)), (trigger) => {
        try {
          const r = computeDeadline({ rule: 'cn.cpl.answer', trigger })
          expect(isValidIsoDate(r.due)).toBe(true)
          expect(isValidIsoDate(trigger)).toBe(true)
        } catch (e) {
          expect(e).toBeInstanceOf(DeadlineError)
        }
      }),
      { numRuns: 500 }
    )
  })
})
