import { describe, expect, it } from 'vitest'
import {
  computeDeadline,
  deadlineMessages,
  renderDeadlineMessage,
  RULES,
  templateParams,
  type DeadlineMessage,
  type DeadlineOptionSpec
} from '../../../src/shared/deadlines'

const DAY_MS = 86_400_000

function isoPlus(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

function valuesOf(spec: DeadlineOptionSpec): unknown[] {
  if (spec.type === 'boolean') return [false, true]
  if (spec.type === 'enum') return [...spec.values]
  if (spec.type === 'date') return ['', '2022-06-30']
  return [...new Set([spec.min, spec.default, spec.max])]
}

/** Every combination of option values (numbers: min, default, max). */
function optionCombos(options: readonly DeadlineOptionSpec[]): Array<Record<string, unknown>> {
  let combos: Array<Record<string, unknown>> = [{}]
  for (const spec of options) {
    combos = combos.flatMap((c) => valuesOf(spec).map((v) => ({ ...c, [spec.name]: v })))
  }
  return combos
}

// Every rule, every option combination, triggers every 4th day from 2023 to 2028 (weekends and
// holidays of every kind land on the last day somewhere), with and without declared closures.
const emitted = new Map<string, DeadlineMessage>()
for (const rule of RULES) {
  const combos = optionCombos(rule.options)
  const stride = combos.length > 40 ? 23 : 4
  for (const options of combos) {
    for (let i = 0; i < 6 * 365; i += stride) {
      const trigger = isoPlus('2023-01-02', i)
      for (const closures of [[], [7, 10, 14, 15, 21, 30, 31, 60, 90].map((d) => isoPlus(trigger, d))]) {
        const r = computeDeadline({ rule: rule.id, trigger, options, closures })
        for (const m of [...r.steps, ...r.warningCodes]) {
          if (!emitted.has(m.code)) emitted.set(m.code, m)
        }
        // A warning's English text is its 'en' template rendered with its params: one source.
        for (const w of r.warningCodes) expect(w.text).toBe(renderDeadlineMessage(w.code, w.params, 'en'))
        expect(r.warnings).toEqual(r.warningCodes.map((w) => w.text))
      }
    }
  }
}

describe('every code the engine emits renders in English and Chinese', () => {
  it('emits a good number of distinct codes', () => {
    expect(emitted.size).toBeGreaterThan(60)
  })

  it.each([...emitted.values()].map((m) => [m.code, m] as const))(
    '%s has both templates, and each {{param}} is supplied',
    (code, m) => {
      for (const lang of ['en', 'zh-CN'] as const) {
        const template = deadlineMessages[lang][code]
        expect(template, `${lang} template for ${code}`).toBeDefined()
        for (const name of templateParams(template ?? '')) {
          expect(m.params, `${lang} ${code} uses {{${name}}}`).toHaveProperty(name)
        }
        const rendered = renderDeadlineMessage(code, m.params, lang)
        expect(rendered).not.toMatch(/\{\{|\}\}|<day>|<skips>/)
      }
      for (const value of Object.values(m.params)) {
        expect(['string', 'number', 'boolean']).toContain(typeof value)
      }
    }
  )
})

describe('the message tables', () => {
  it('have the same codes in both languages', () => {
    expect(Object.keys(deadlineMessages['zh-CN']).sort()).toEqual(Object.keys(deadlineMessages.en).sort())
  })

  it('are leaves: no code is the prefix of another, so i18next can load them with its default key separator', () => {
    const codes = Object.keys(deadlineMessages.en)
    const set = new Set(codes)
    for (const code of codes) {
      const parts = code.split('.')
      for (let i = 1; i < parts.length; i++) expect(set.has(parts.slice(0, i).join('.')), code).toBe(false)
    }
  })

  it('Chinese templates carry Chinese text and the Chinese forms of names', () => {
    for (const [code, template] of Object.entries(deadlineMessages['zh-CN'])) {
      if (code.startsWith('list.skip.')) continue
      expect(template, code).toMatch(/[\u4e00-\u9fff]/)
      expect(templateParams(template), code).not.toContain('holiday')
      expect(templateParams(template), code).not.toContain('skipped')
      expect(templateParams(template), code).not.toContain('place')
    }
  })
})

describe('renderDeadlineMessage', () => {
  const christmas = {
    days: 21,
    trigger: '2026-12-04',
    date: '2026-12-25',
    holiday: 'Christmas Day',
    holidayZh: '圣诞节'
  }

  it('renders the FRCP 21-day count in both languages', () => {
    expect(renderDeadlineMessage('count.days.holiday', christmas, 'en')).toBe(
      '+21 days = 2026-12-25 (Friday; Christmas Day)'
    )
    expect(renderDeadlineMessage('count.days.holiday', christmas, 'zh-CN')).toBe(
      '2026-12-04 后第 21 日为 2026-12-25（星期五，圣诞节）'
    )
  })

  it('says "1 day" and "2 days" in English; Chinese has one form', () => {
    // A period of one day from Thursday 2026-12-24 ends on Christmas Day, Friday 2026-12-25.
    const one = { ...christmas, days: 1, trigger: '2026-12-24' }
    expect(renderDeadlineMessage('count.days.holiday', one, 'en')).toBe(
      '+1 day = 2026-12-25 (Friday; Christmas Day)'
    )
    expect(renderDeadlineMessage('count.days.holiday', one, 'zh-CN')).toBe(
      '2026-12-24 后第 1 日为 2026-12-25（星期五，圣诞节）'
    )
    expect(renderDeadlineMessage('letter.calendar-days.plain', { days: 1, date: '2026-12-01' }, 'en')).toBe(
      '+1 calendar day = 2026-12-01 (Tuesday)'
    )
    expect(renderDeadlineMessage('letter.calendar-days.plain', { days: 14, date: '2026-12-01' }, 'en')).toBe(
      '+14 calendar days = 2026-12-01 (Tuesday)'
    )
  })

  it('lets the caller format dates, and formats weekdays, months and ordinals per language', () => {
    const formatDate = (iso: string, lang: string) =>
      lang === 'zh-CN' ? `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8))}日` : iso
    expect(renderDeadlineMessage('count.days.holiday', christmas, 'zh-CN', { formatDate })).toBe(
      '2026年12月4日 后第 21 日为 2026年12月25日（星期五，圣诞节）'
    )
    const clamped = { months: 1, trigger: '2027-01-31', month: '2027-02', dayOfMonth: 31, date: '2027-02-28' }
    expect(renderDeadlineMessage('count.months-clamped.plain', clamped, 'en')).toBe(
      '1-month period from 2027-01-31: February 2027 has no 31st, so the period ends on the last day of that month = 2027-02-28 (Sunday)'
    )
    expect(renderDeadlineMessage('count.months-clamped.plain', clamped, 'zh-CN')).toContain(
      '2027年2月没有第31日'
    )
  })

  it('shows an unknown code as the code and a missing parameter as its placeholder, never throwing', () => {
    expect(renderDeadlineMessage('no.such.code', {}, 'zh-CN')).toBe('no.such.code')
    expect(renderDeadlineMessage('count.days.plain', { days: 3 }, 'en')).toBe('+3 days = {{date}} ({{date}})')
  })
})
