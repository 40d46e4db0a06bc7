import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { IngestError, parseEmail } from '../../../src/main/core/ingest'
import { fixture } from './helpers'

const PATENT_PDF_SHA = 'c7d8d067f47cf5a05f3ef541b1a74c6b9364c57d9aea6e0f3f22f8a7a9777073'
const crlf = (lines: string[]): Buffer => Buffer.from(lines.join('\r\n'), 'utf8')

describe('parseEmail', () => {
  it('parses warning-letter.eml: headers, bodies and the PDF attachment', async () => {
    const mail = await parseEmail(fixture('warning-letter.eml'))
    expect(mail.problems).toEqual([])
    expect(mail.from).toEqual({ name: 'Daniel R. Mercer', address: 'dmercer@harwellpike.example' })
    expect(mail.to).toEqual([{ name: 'Lumora Legal', address: 'legal@lumora.example' }])
    expect(mail.cc).toEqual([{ name: 'Olivia K. Brandt', address: 'obrandt@harwellpike.example' }])
    expect(mail.date).toBe('2026-10-19T20:02:11.000Z')
    expect(mail.subject).toBe('Notice of Patent Infringement - Brightline Outdoor / ASIN B0C1234567')
    expect(mail.messageId).toBe('<20261019200211.7A41C3E09B@mail.harwellpike.example>')
    expect(mail.text).toContain('B0C7654321')
    expect(mail.safeText).toContain('within fourteen (14) days of the')
    expect(mail.html).toMatch(/^<!DOCTYPE html>/)

    expect(mail.attachments).toHaveLength(1)
    const [pdf] = mail.attachments
    expect(pdf).toMatchObject({
      fileName: 'warning-letter-patent-en.pdf',
      contentType: 'application/pdf',
      size: 79_697,
      sha256: PATENT_PDF_SHA,
      inline: false
    })
    expect(createHash('sha256').update(pdf!.content).digest('hex')).toBe(PATENT_PDF_SHA)
    expect(pdf!.content.equals(await readFile(fixture('warning-letter-patent-en.pdf')))).toBe(true)
  })

  it('accepts a Buffer as well as a path', async () => {
    const mail = await parseEmail(await readFile(fixture('warning-letter.eml')))
    expect(mail.attachments[0]?.sha256).toBe(PATENT_PDF_SHA)
  })

  it('handles a plain message without attachments', async () => {
    const raw = crlf([
      'From: Wei Lan <wei.lan@lumora.example>',
      'To: counsel@firm.example, "Ops" <ops@lumora.example>',
      'Subject: =?UTF-8?B?5b6L5biI5Ye9?= follow-up',
      'Date: Tue, 3 Nov 2026 09:30:00 +0800',
      'Message-ID: <abc@lumora.example>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '收到本函后7日内 please advise.\u202e',
      ''
    ])
    const mail = await parseEmail(raw)
    expect(mail.problems).toEqual([])
    expect(mail.attachments).toEqual([])
    expect(mail.subject).toBe('律师函 follow-up')
    expect(mail.date).toBe('2026-11-03T01:30:00.000Z')
    expect(mail.to.map((a) => a.address)).toEqual(['counsel@firm.example', 'ops@lumora.example'])
    expect(mail.html).toBeNull()
    expect(mail.text).toContain('\u202e')
    expect(mail.safeText).toBe('收到本函后7日内 please advise.\n')
  })

  it('reports a broken MIME part instead of throwing', async () => {
    const raw = crlf([
      'From: a@b.example',
      'To: c@d.example',
      'Subject: broken',
      'Date: not a date at all',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="XYZ"',
      '',
      '--XYZ',
      'Content-Type: text/plain',
      '',
      'See attached.',
      '--XYZ',
      'Content-Type: application/pdf; name="evidence.pdf"',
      'Content-Disposition: attachment; filename="evidence.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjMK!!garbage##',
      'JVBERi0xLj',
      ''
    ])
    const mail = await parseEmail(raw)
    expect(mail.subject).toBe('broken')
    expect(mail.text).toContain('See attached.')
    expect(mail.date).toBeNull()
    expect(mail.problems).toEqual(
      expect.arrayContaining([
        'unterminated_multipart: XYZ',
        'invalid_base64: part 2 (evidence.pdf)',
        'invalid_date: not a date at all'
      ])
    )
  })

  it('flags a truncated base64 attachment and a multipart with no parts', async () => {
    const truncated = crlf([
      'From: a@b.example',
      'Date: Mon, 19 Oct 2026 15:02:11 -0500',
      'Content-Type: multipart/mixed; boundary=B1',
      '',
      '--B1',
      'Content-Type: application/octet-stream; name=x.bin',
      'Content-Transfer-Encoding: base64',
      '',
      'QUJDRA',
      'QUJ',
      '--B1--',
      ''
    ])
    expect((await parseEmail(truncated)).problems).toEqual(['truncated_base64: part 1 (x.bin)'])

    const empty = crlf([
      'From: a@b.example',
      'Date: Mon, 19 Oct 2026 15:02:11 -0500',
      'Content-Type: multipart/mixed; boundary=NOPE',
      '',
      'hello',
      ''
    ])
    expect((await parseEmail(empty)).problems).toEqual(['multipart_without_parts: NOPE'])
  })

  it('never throws on garbage and reports what is missing', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))
    const mail = await parseEmail(garbage)
    expect(mail.from).toBeNull()
    expect(mail.date).toBeNull()
    expect(mail.problems).toEqual(expect.arrayContaining(['missing_from', 'missing_date']))
  })

  it('throws IngestError only for file-level failures', async () => {
    await expect(parseEmail(fixture('nope.eml'))).rejects.toBeInstanceOf(IngestError)
    await expect(parseEmail(fixture('warning-letter.eml'), { maxBytes: 1000 })).rejects.toMatchObject({
      code: 'too_large'
    })
  })
})
