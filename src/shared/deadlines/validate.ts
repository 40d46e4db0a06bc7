import { type DayNumber, daysFromCivil, invalidDateError, parseIsoDate } from './calendar'
import { DeadlineError } from './errors'
import type { DeadlineOptionSpec, DeadlineOptionValue, DeadlineRule } from './types'

/** Input checks: anything doubtful throws a DeadlineError rather than yielding a wrong date. */

// Holiday data and the rules' history make dates outside this window meaningless for docketing.
export const MIN_TRIGGER = '1900-01-01'
export const MAX_TRIGGER = '2199-12-31'
const MIN_DAY = daysFromCivil(1900, 1, 1)
const MAX_DAY = daysFromCivil(2199, 12, 31)

export function resolveTrigger(trigger: unknown): DayNumber {
  const day = parseIsoDate(trigger)
  if (day === undefined) throw invalidDateError(trigger, 'trigger')
  if (day < MIN_DAY || day > MAX_DAY) {
    throw new DeadlineError(
      'date_out_of_range',
      `trigger "${String(trigger)}" is outside the supported range ${MIN_TRIGGER} to ${MAX_TRIGGER}`,
      'trigger'
    )
  }
  return day
}

// No closures declared (the usual case): one shared empty set, never written to.
const NO_CLOSURES: ReadonlySet<DayNumber> = new Set<DayNumber>()

export function resolveClosures(closures: unknown): ReadonlySet<DayNumber> {
  if (closures === undefined || (Array.isArray(closures) && closures.length === 0)) return NO_CLOSURES
  const set = new Set<DayNumber>()
  if (!Array.isArray(closures)) {
    throw new DeadlineError('invalid_input', 'closures must be an array of YYYY-MM-DD dates', 'closures')
  }
  for (let i = 0; i < closures.length; i++) {
    const c: unknown = closures[i]
    const day = parseIsoDate(c)
    if (day === undefined) throw invalidDateError(c, `closures[${i}]`)
    set.add(day)
  }
  return set
}

function describeType(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'an array'
  return typeof v === 'number'
    ? `the number ${v}`
    : typeof v === 'string'
      ? `the string "${v}"`
      : `a ${typeof v}`
}

function optionError(
  ruleId: string,
  spec: DeadlineOptionSpec,
  value: unknown,
  expected: string
): DeadlineError {
  return new DeadlineError(
    'invalid_option',
    `Option "${spec.name}" of rule ${ruleId} must be ${expected}, got ${describeType(value)}`,
    `options.${spec.name}`
  )
}

function checkOption(ruleId: string, spec: DeadlineOptionSpec, value: unknown): DeadlineOptionValue {
  switch (spec.type) {
    case 'boolean':
      if (typeof value === 'boolean') return value
      throw optionError(ruleId, spec, value, 'true or false')
    case 'number': {
      const ok =
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (!spec.integer || Number.isInteger(value)) &&
        value >= spec.min &&
        value <= spec.max
      if (ok) return value
      const wanted = `${spec.integer ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}`
      throw optionError(ruleId, spec, value, wanted)
    }
    case 'enum':
      if (typeof value === 'string' && spec.values.includes(value)) return value
      throw optionError(ruleId, spec, value, `one of ${spec.values.map((v) => `"${v}"`).join(', ')}`)
    case 'date': {
      if (value === '' || value === null) return ''
      const day = parseIsoDate(value)
      if (day === undefined) {
        if (typeof value === 'string') throw invalidDateError(value, `options.${spec.name}`)
        throw optionError(ruleId, spec, value, 'a date in YYYY-MM-DD form')
      }
      if (day < MIN_DAY || day > MAX_DAY) {
        throw new DeadlineError(
          'date_out_of_range',
          `options.${spec.name} "${String(value)}" is outside the supported range ${MIN_TRIGGER} to ${MAX_TRIGGER}`,
          `options.${spec.name}`
        )
      }
      return value as string
    }
  }
}

/** Validates options against the rule's declared options and fills in defaults. */
export function resolveOptions(rule: DeadlineRule, options: unknown): Record<string, DeadlineOptionValue> {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new DeadlineError(
      'invalid_option',
      `options must be an object, got ${describeType(options)}`,
      'options'
    )
  }
  const given = (options ?? {}) as Record<string, unknown>
  const resolved: Record<string, DeadlineOptionValue> = {}
  for (const spec of rule.options) resolved[spec.name] = spec.default
  for (const key in given) {
    if (!Object.prototype.hasOwnProperty.call(given, key)) continue
    let spec: DeadlineOptionSpec | undefined
    for (const o of rule.options) if (o.name === key) spec = o
    if (!spec) {
      const accepted =
        rule.options.length > 0 ? rule.options.map((o) => `"${o.name}"`).join(', ') : 'no options'
      throw new DeadlineError(
        'invalid_option',
        `Rule ${rule.id} does not take option "${key}" (it accepts ${accepted})`,
        `options.${key}`
      )
    }
    const value = given[key]
    // An explicit undefined (e.g. from object spreads in a form) means "use the default".
    if (value !== undefined) resolved[key] = checkOption(rule.id, spec, value)
  }
  return resolved
}
