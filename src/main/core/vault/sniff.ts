/**
 * Content sniffers for the text formats that `file-type` does not detect (it only reads magic
 * numbers): HTML, SVG, XML, e-mail (RFC 5322), shell scripts and plain text.
 * All functions work on the first bytes of a file and never trust the file name.
 */

export type TextSniff =
  | { kind: 'html'; mime: 'text/html' | 'application/xhtml+xml' }
  | { kind: 'svg'; activeContent: boolean }
  | { kind: 'xml' }
  | { kind: 'email' }
  | { kind: 'script' }
  | { kind: 'text' }

/** Bytes read from the start of a file for sniffing. */
export const SNIFF_BYTES = 64 * 1024

/** Decodes a head buffer for pattern checks, or returns null when it looks binary. */
export function decodeTextHead(head: Uint8Array): string | null {
  if (head.length === 0) return null
  const buf = Buffer.from(head.buffer, head.byteOffset, head.byteLength)
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2))
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2))
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf
  let control = 0
  for (const byte of body) {
    if (byte === 0) return null // NUL never occurs in 8-bit text
    // C0 controls other than TAB, LF, VT, FF, CR and ESC are a binary signal
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0b &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1b
    ) {
      control++
    }
  }
  if (control > body.length * 0.02) return null
  // latin1 keeps a byte per char: the markers we look for are ASCII, and legacy encodings (GBK) still pass
  return body.toString('latin1')
}

const HTML_START =
  /^<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|meta|link|base|form|object|embed|frameset|frame|img|svg:svg)(?:[\s/>]|$)/i

/** Strips leading whitespace, an XML declaration, processing instructions and comments. */
function stripProlog(text: string): string {
  let s = text.replace(/^[\s\ufeff]+/, '')
  for (;;) {
    const before = s
    s = s.replace(/^<\?[\s\S]*?\?>\s*/, '').replace(/^<!--[\s\S]*?-->\s*/, '')
    if (s === before) return s
  }
}

// Script elements, event-handler attributes, javascript: URLs and embedded HTML make an SVG "active".
const SVG_ACTIVE =
  /<script[\s>/]|\son[a-z]+\s*=|javascript\s*:|<foreignObject[\s>/]|<iframe[\s>/]|<embed[\s>/]|<object[\s>/]|data\s*:\s*text\/html|<handler[\s>/]|<set[^>]+attributeName\s*=\s*["']?(?:href|xlink:href)/i

export function svgHasActiveContent(text: string): boolean {
  return SVG_ACTIVE.test(text)
}

// Header names that mark an RFC 5322 message (mbox "From " line is accepted as a first line too).
const MAIL_MARKERS =
  /^(?:from|received|mime-version|message-id|return-path|delivered-to|x-mailer|dkim-signature|authentication-results)$/i
const MAIL_COMMON =
  /^(?:from|to|cc|bcc|subject|date|received|mime-version|message-id|return-path|reply-to|sender|content-type|content-transfer-encoding|delivered-to|in-reply-to|references|x-[a-z0-9-]+|dkim-signature|arc-[a-z-]+|authentication-results|thread-topic|thread-index|importance|user-agent)$/i

export function looksLikeEmail(text: string): boolean {
  const lines = text.split(/\r?\n/)
  let index = 0
  if (lines[0]?.startsWith('From ')) index = 1 // mbox separator line
  let headers = 0
  let markers = 0
  let sawFrom = false
  for (; index < lines.length && index < 400; index++) {
    const line = lines[index] ?? ''
    if (line === '') break // end of the header block
    if (/^[ \t]/.test(line)) {
      if (headers === 0) return false
      continue // folded continuation line
    }
    const match = /^([!-9;-~]+):/.exec(line)
    if (!match) return false // a non-header line before the blank line: not a message
    const name = match[1] ?? ''
    if (MAIL_COMMON.test(name)) headers++
    if (MAIL_MARKERS.test(name)) markers++
    if (/^from$/i.test(name)) sawFrom = true
  }
  // From: alone is too weak ("From: me" notes); require a second known header as well
  return markers >= 1 && headers >= 2 && (sawFrom || markers >= 2)
}

export function sniffText(text: string): TextSniff {
  const body = stripProlog(text)
  const lower = body.slice(0, 4096).toLowerCase()

  if (/^<!doctype\s+svg/i.test(body) || /^<svg[\s>:]/i.test(body)) {
    return { kind: 'svg', activeContent: svgHasActiveContent(text) }
  }
  if (/^<html[^>]*xmlns\s*=\s*["']http:\/\/www\.w3\.org\/1999\/xhtml/i.test(body)) {
    return { kind: 'html', mime: 'application/xhtml+xml' }
  }
  if (HTML_START.test(body)) return { kind: 'html', mime: 'text/html' }
  if (body.startsWith('<') && /<(?:html|body|script|iframe)[\s>]/i.test(lower)) {
    // markup whose root is unusual but still carries an HTML document or script: a browser would render it
    return { kind: 'html', mime: 'text/html' }
  }
  if (/^#!\s*\//.test(text)) return { kind: 'script' }
  if (/^<[A-Za-z_][\w.:-]*[\s>/]/.test(body) && text.trimStart().startsWith('<?xml')) return { kind: 'xml' }
  if (looksLikeEmail(text)) return { kind: 'email' }
  return { kind: 'text' }
}
