import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  detectFileType,
  isRefusedType,
  openVault,
  refusalReason,
  type DetectedKind
} from '../../../src/main/core/vault'
import { fixture, makeTempDir } from './helpers'

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({ dir, cleanup } = await makeTempDir('ipdesk-detect-'))
})
afterAll(async () => cleanup())

async function detectContent(
  name: string,
  content: string | Buffer
): Promise<Awaited<ReturnType<typeof detectFileType>>> {
  const file = path.join(dir, name)
  await writeFile(file, content)
  return detectFileType(file)
}

describe('detectFileType on every fixture', () => {
  const cases: [string, string, string, DetectedKind][] = [
    ['warning-letter-patent-en.pdf', 'application/pdf', 'pdf', 'pdf'],
    ['warning-letter-trademark-zh.pdf', 'application/pdf', 'pdf', 'pdf'],
    ['complaint-schedule-a.pdf', 'application/pdf', 'pdf', 'pdf'],
    ['opinion-non-infringement.pdf', 'application/pdf', 'pdf', 'pdf'],
    ['exhibit-long.pdf', 'application/pdf', 'pdf', 'pdf'],
    ['scanned-only.pdf', 'application/pdf', 'pdf', 'pdf'],
    // truncated, but the bytes still say PDF; the ingest step reports the damage
    ['malformed.pdf', 'application/pdf', 'pdf', 'pdf'],
    ['not-really.pdf', 'text/html', 'html', 'html'],
    ['warning-letter.eml', 'message/rfc822', 'eml', 'email'],
    ['listing-screenshot.png', 'image/png', 'png', 'image'],
    ['product-photo.jpg', 'image/jpeg', 'jpg', 'image']
  ]
  it.each(cases)('%s -> %s', async (name, mime, ext, kind) => {
    const detection = await detectFileType(fixture(name))
    expect(detection).toMatchObject({ mime, ext, detectedKind: kind })
    expect(isRefusedType(detection.mime, detection)).toBe(name === 'not-really.pdf')
  })

  it('refuses not-really.pdf as active content when imported, whatever its name', async () => {
    const vault = await openVault(path.join(dir, 'vault'))
    const result = await vault.importFile(fixture('not-really.pdf'))
    expect(result).toMatchObject({ mime: 'text/html', detectedKind: 'html', activeContent: true })
    expect(refusalReason(result.mime, result)).toBe('active_content')
  })
})

describe('content sniffing beyond magic numbers', () => {
  it('tells plain text, e-mail and HTML apart', async () => {
    expect((await detectContent('a.txt', 'Meeting notes\nFrom: the client call\n')).mime).toBe('text/plain')
    expect(
      (await detectContent('gbk.txt', Buffer.from([0xc2, 0xc9, 0xca, 0xa6, 0xba, 0xaf, 0x0a]))).mime
    ).toBe('text/plain')
    const eml =
      'Received: from mx.example\r\nFrom: a@b.example\r\nTo: c@d.example\r\nSubject: hi\r\n\r\nbody\r\n'
    expect(await detectContent('mail.bin', eml)).toMatchObject({
      mime: 'message/rfc822',
      detectedKind: 'email'
    })
    const mbox = 'From a@b.example Mon Oct 19 15:02:11 2026\nMIME-Version: 1.0\nFrom: a@b.example\n\nhi\n'
    expect((await detectContent('mbox', mbox)).detectedKind).toBe('email')
    const html = '  <!-- saved page -->\n<HTML><body onload="x()">hi</body></HTML>'
    expect(await detectContent('page.pdf', html)).toMatchObject({ mime: 'text/html', detectedKind: 'html' })
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<!DOCTYPE html><p>x</p>', 'utf16le')
    ])
    expect((await detectContent('u16.txt', utf16)).mime).toBe('text/html')
    const xhtml = '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'
    expect((await detectContent('x.xml', xhtml)).mime).toBe('application/xhtml+xml')
  })

  it('accepts plain SVG but refuses SVG with script-like content', async () => {
    const plain =
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'
    const safe = await detectContent('logo.svg', plain)
    expect(safe).toMatchObject({ mime: 'image/svg+xml', detectedKind: 'image', activeContent: false })
    expect(isRefusedType(safe.mime, safe)).toBe(false)

    for (const active of [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
      '<svg><foreignObject><iframe src="x"/></foreignObject></svg>'
    ]) {
      const detection = await detectContent('evil.svg', active)
      expect(detection.activeContent).toBe(true)
      expect(refusalReason(detection.mime, detection)).toBe('active_content')
    }
    // a script hidden after the first 64 KiB is still found
    const late = `<svg xmlns="http://www.w3.org/2000/svg">${' '.repeat(70_000)}<script>x()</script></svg>`
    expect((await detectContent('late.svg', late)).activeContent).toBe(true)
  })

  it('flags executables and scripts, and calls unknown binary octet-stream', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)])
    const detection = await detectContent('readme.txt', elf)
    expect(detection.mime).toBe('application/x-elf')
    expect(refusalReason(detection.mime)).toBe('executable')
    const sh = await detectContent('notes.txt', '#!/bin/sh\nrm -rf ~\n')
    expect(refusalReason(sh.mime)).toBe('script')
    const blob = await detectContent('x.dat', Buffer.from([0, 1, 2, 3, 0, 0, 250, 251]))
    expect(blob).toMatchObject({ mime: 'application/octet-stream', ext: 'bin', detectedKind: 'other' })
  })

  it('refusalReason covers mime strings alone', () => {
    expect(refusalReason('text/html; charset=utf-8')).toBe('active_content')
    expect(refusalReason('application/javascript')).toBe('active_content')
    expect(refusalReason('application/x-msdownload')).toBe('executable')
    expect(refusalReason('image/svg+xml')).toBeNull()
    expect(refusalReason('image/svg+xml', { activeContent: true })).toBe('active_content')
    expect(isRefusedType('application/pdf')).toBe(false)
    expect(isRefusedType('message/rfc822')).toBe(false)
  })
})
