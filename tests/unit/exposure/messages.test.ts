import { describe, expect, it } from 'vitest'
import {
  computeExposure,
  exposureMessages,
  renderExposureMessage,
  type ExposureMessage
} from '../../../src/shared/exposure'
import { templateParams } from '../../../src/shared/deadlines'
import { exposureCorpus } from './corpus'

const emitted = new Map<string, ExposureMessage[]>()
for (const input of exposureCorpus()) {
  const outcome = computeExposure(input)
  if (!outcome.ok) throw new Error(`corpus input refused: ${JSON.stringify(outcome.errors)}`)
  const lines = [...outcome.result.lines, ...outcome.result.versions.flatMap((v) => v.lines)]
  for (const m of lines) {
    const list = emitted.get(m.code) ?? []
    if (list.length < 5) list.push(m)
    emitted.set(m.code, list)
  }
}

describe('every code the exposure engine emits renders in English and Chinese', () => {
  it.each([...emitted.entries()])(
    '%s has both templates, and each {{param}} is supplied',
    (code, messages) => {
      for (const m of messages) {
        for (const lang of ['en', 'zh-CN'] as const) {
          const template = exposureMessages[lang][code]
          expect(template, `${lang} template for ${code}`).toBeDefined()
          for (const name of templateParams(template ?? '')) {
            expect(m.params, `${lang} ${code} uses {{${name}}}`).toHaveProperty(name)
          }
          expect(renderExposureMessage(code, m.params, lang)).not.toMatch(/\{\{|\}\}|<target>/)
        }
        for (const value of Object.values(m.params))
          expect(['string', 'number', 'boolean']).toContain(typeof value)
      }
    }
  )

  it('the corpus reaches every template (no dead sentences)', () => {
    const never = Object.keys(exposureMessages.en).filter((c) => !c.startsWith('error.') && !emitted.has(c))
    expect(never).toEqual([])
  })
})

describe('the message tables', () => {
  it('have the same codes in both languages, and no code is a prefix of another', () => {
    const en = Object.keys(exposureMessages.en).sort()
    expect(Object.keys(exposureMessages['zh-CN']).sort()).toEqual(en)
    for (const c of en)
      expect(
        en.some((d) => d.startsWith(`${c}.`)),
        c
      ).toBe(false)
  })

  it('count days as "1 day" and "38 days" in English, "1 天" and "38 天" in Chinese', () => {
    const gap = { version: 'LX-200 v1', right: 'US 11,234,567', claim: '1' }
    expect(renderExposureMessage('gap.none.claim', { ...gap, days: 1 }, 'en')).toBe(
      'LX-200 v1 live 1 day after notice, no opinion covering claim 1 of US 11,234,567.'
    )
    expect(renderExposureMessage('gap.none.claim', { ...gap, days: 38 }, 'en')).toBe(
      'LX-200 v1 live 38 days after notice, no opinion covering claim 1 of US 11,234,567.'
    )
    expect(renderExposureMessage('gap.none.claim', { ...gap, days: 1 }, 'zh-CN')).toContain('在售 1 天')
    expect(renderExposureMessage('gap.none.claim', { ...gap, days: 38 }, 'zh-CN')).toContain('在售 38 天')
  })

  it('a code this version does not know renders as the code', () => {
    expect(renderExposureMessage('gap.from-the-future', {}, 'zh-CN')).toBe('gap.from-the-future')
  })
})
