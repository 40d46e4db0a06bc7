import { beforeAll, describe, expect, it } from 'vitest'
import {
  detectDeadlinePhrase,
  extractPdfText,
  findDeadlinePhrases,
  parseEmail
} from '../../../src/main/core/ingest'
import { parseChineseNumber, parseEnglishNumber } from '../../../src/main/core/ingest/numerals'
import { fixture } from './helpers'

describe('detectDeadlinePhrase on the fixtures', () => {
  const texts: Record<string, string> = {}
  beforeAll(async () => {
    for (const name of [
      'warning-letter-patent-en.pdf',
      'warning-letter-trademark-zh.pdf',
      'scanned-only.pdf'
    ]) {
      texts[name] = (await extractPdfText(fixture(name))).pages.join('\n')
    }
  }, 60_000)

  it('English patent letter: 14 calendar days from the letter date', () => {
    expect(detectDeadlinePhrase(texts['warning-letter-patent-en.pdf'] ?? '')).toMatchObject({
      days: 14,
      basis: 'calendar',
      from: 'letter_date',
      fromStated: true,
      phrase: 'within fourteen (14) days of the date of this letter'
    })
  })

  it('Chinese letter: 七日内 from dispatch, stated twice', () => {
    const text = texts['warning-letter-trademark-zh.pdf'] ?? ''
    expect(detectDeadlinePhrase(text)).toMatchObject({
      days: 7,
      basis: 'calendar',
      from: 'letter_date',
      phrase: '自本函发出之日起七日内'
    })
    expect(findDeadlinePhrases(text)).toHaveLength(2)
  })

  it('scan without text: null', () => {
    expect(texts['scanned-only.pdf']?.trim()).toBe('')
    expect(detectDeadlinePhrase(texts['scanned-only.pdf'] ?? '')).toBeNull()
  })

  it('e-mail body refers to the attached letter date, across a line break', async () => {
    const mail = await parseEmail(fixture('warning-letter.eml'))
    expect(detectDeadlinePhrase(mail.text)).toMatchObject({
      days: 14,
      from: 'letter_date',
      phrase: 'within fourteen (14) days of the date of the attached letter'
    })
  })
})

describe('detectDeadlinePhrase phrasing', () => {
  it.each([
    ['within fourteen (14) days of the date of this letter', 14, 'calendar', 'letter_date', true],
    ['within 14 days of receipt', 14, 'calendar', 'receipt', true],
    ['within twenty-one (21) days', 21, 'calendar', 'letter_date', false],
    [
      'Please respond within 10 business days of your receipt of this letter.',
      10,
      'business',
      'receipt',
      true
    ],
    ['within ten (10) working days from the date hereof', 10, 'business', 'letter_date', true],
    ['no later than thirty (30) calendar days after receipt of this notice', 30, 'calendar', 'receipt', true],
    ['within two weeks of the date of this letter', 14, 'calendar', 'letter_date', true],
    ['within one hundred twenty (120) days', 120, 'calendar', 'letter_date', false],
    ['WITHIN SEVEN (7) DAYS OF THE DATE OF THIS LETTER', 7, 'calendar', 'letter_date', true],
    ['within fourteen\n(14) days of the\ndate of this letter', 14, 'calendar', 'letter_date', true],
    ['自本函发出之日起十五日内', 15, 'calendar', 'letter_date', true],
    ['收到本函后7日内', 7, 'calendar', 'receipt', true],
    ['请贵司于收到本函之日起３个工作日内书面回复', 3, 'business', 'receipt', true],
    ['自本函送达之日起二十日内', 20, 'calendar', 'receipt', true],
    ['自本函发出之日起\n七日内', 7, 'calendar', 'letter_date', true],
    ['请贵司于十日内回复本所', 10, 'calendar', 'letter_date', false]
  ] as const)('%j', (text, days, basis, from, fromStated) => {
    expect(detectDeadlinePhrase(text)).toMatchObject({ days, basis, from, fromStated })
  })

  it.each([
    '',
    'The patent issued on May 30, 2023.',
    'Payment is due 30 days after invoice.',
    'within the meaning of 35 U.S.C. § 271',
    'within 0 days',
    '本所将在必要时提起诉讼。'
  ])('no deadline in %j', (text) => {
    expect(detectDeadlinePhrase(text)).toBeNull()
  })

  it('returns every phrase in order of appearance', () => {
    const text =
      'Remove the listings within 7 days of receipt. Reply within fourteen (14) days of the date of this letter.'
    expect(findDeadlinePhrases(text).map((p) => p.days)).toEqual([7, 14])
  })
})

describe('numerals', () => {
  it('parses English number words', () => {
    expect(parseEnglishNumber('fourteen')).toBe(14)
    expect(parseEnglishNumber('twenty-one')).toBe(21)
    expect(parseEnglishNumber('one hundred and five')).toBe(105)
    expect(parseEnglishNumber('lots')).toBeNull()
  })

  it('parses Chinese numerals and full-width digits', () => {
    expect(parseChineseNumber('七')).toBe(7)
    expect(parseChineseNumber('十五')).toBe(15)
    expect(parseChineseNumber('二十一')).toBe(21)
    expect(parseChineseNumber('一百零五')).toBe(105)
    expect(parseChineseNumber('两')).toBe(2)
    expect(parseChineseNumber('３０')).toBe(30)
    expect(parseChineseNumber('')).toBeNull()
  })
})
