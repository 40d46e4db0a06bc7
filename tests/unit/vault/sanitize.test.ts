import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_FILE_NAME_BYTES, sanitizeFileName, truncateUtf8 } from '../../../src/main/core/vault'

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i

function expectSafe(name: string): void {
  expect(name.length).toBeGreaterThan(0)
  expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
  // eslint-disable-next-line no-control-regex
  expect(name).not.toMatch(/[/\\<>:"|?*\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
  expect(name).not.toMatch(/\.\./)
  expect(name).not.toMatch(/^[.\s]|[.\s]$/)
  expect(name).not.toMatch(RESERVED)
  // no lone surrogate: the string survives a UTF-8 round trip unchanged
  expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name)
}

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'etc_passwd'],
    ['..\\..\\Windows\\system32\\cmd.exe', 'Windows_system32_cmd.exe'],
    ['/absolute/path.pdf', 'absolute_path.pdf'],
    ['C:\\Users\\me\\letter.pdf', 'C__Users_me_letter.pdf'],
    ['CON', '_CON'],
    ['CON.txt', '_CON.txt'],
    ['con.tar.gz', '_con.tar.gz'],
    ['Lpt9.pdf', '_Lpt9.pdf'],
    ['COM1 .txt', '_COM1 .txt'],
    ['aux', '_aux'],
    ['CONFIDENTIAL.pdf', 'CONFIDENTIAL.pdf'],
    ['console.log', 'console.log'],
    ['report. . .', 'report'],
    ['  spaced   name  .pdf', 'spaced name .pdf'],
    ['bell\u0007\u0000tab\there\nnew.pdf', 'belltab here new.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['what?<is>*this|"".pdf', 'what__is__this___.pdf'],
    ['律师函（2026）澄砚律函字第1103号.pdf', '律师函（2026）澄砚律函字第1103号.pdf'],
    ['证据 👍🏽 photo 🏳️‍🌈.jpg', '证据 👍🏽 photo 🏳️‍🌈.jpg'],
    ['.hidden', 'hidden'],
    ['a..b....c.pdf', 'a.b.c.pdf'],
    ['', 'file'],
    ['...', 'file'],
    ['/', 'file'],
    ['\u0000\u0001', 'file'],
    ['   ', 'file']
  ])('%j -> %j', (input, expected) => {
    const out = sanitizeFileName(input)
    expect(out).toBe(expected)
    expectSafe(out)
  })

  it('shortens a 240-character name to 200 bytes and keeps the extension', () => {
    const out = sanitizeFileName(`${'a'.repeat(240)}.pdf`)
    expect(bytes(out)).toBe(200)
    expect(out.endsWith('.pdf')).toBe(true)
    expectSafe(out)
  })

  it('never cuts a CJK character or an emoji sequence in half', () => {
    const cjk = sanitizeFileName(`${'律'.repeat(100)}.pdf`) // 3 bytes each
    expect(cjk).toBe(`${'律'.repeat(65)}.pdf`) // 195 + 4 bytes
    const family = '👨‍👩‍👧‍👦' // 25 bytes, one grapheme
    const emoji = sanitizeFileName(family.repeat(12))
    expect(emoji).toBe(family.repeat(8))
    expectSafe(emoji)
    expect(truncateUtf8('ab👍🏽', 5)).toBe('ab')
  })

  it('uses the fallback when nothing is left, and sanitises the fallback too', () => {
    expect(sanitizeFileName('..', { fallback: 'attachment.pdf' })).toBe('attachment.pdf')
    expect(sanitizeFileName('..', { fallback: '../CON' })).toBe('_CON')
    expect(sanitizeFileName('..', { fallback: '..' })).toBe('file')
  })

  it('is safe and idempotent for arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 120 }),
          fc.string({ unit: 'binary', maxLength: 300 })
        ),
        (input) => {
          const out = sanitizeFileName(input)
          expectSafe(out)
          expect(sanitizeFileName(out)).toBe(out)
        }
      ),
      { numRuns: 2000 }
    )
  })
})
