/**
 * File names for files we *write out* (export bundles, "save attachment as"). Vault paths never use
 * these: they are built from hashes only.
 */
import { stripUnsafeName } from '../../../shared/unsafe-text'

export const MAX_FILE_NAME_BYTES = 200
const DEFAULT_FALLBACK = 'file'
// Longest extension we try to keep intact when a long name has to be shortened.
const MAX_KEPT_EXT_BYTES = 16

// Characters Windows forbids in names; '/' and '\\' are handled as separators first.
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g
// Half of a surrogate pair cannot be encoded in UTF-8 (it would turn into U+FFFD on disk).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const RESERVED_WINDOWS = /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i

const encoder = new TextEncoder()
const byteLength = (s: string): number => encoder.encode(s).length

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** Cuts a string to at most `maxBytes` UTF-8 bytes at a grapheme boundary (emoji ZWJ sequences stay whole). */
export function truncateUtf8(s: string, maxBytes: number): string {
  if (byteLength(s) <= maxBytes) return s
  let out = ''
  let used = 0
  for (const { segment } of segmenter.segment(s)) {
    const size = byteLength(segment)
    if (used + size > maxBytes) break
    out += segment
    used += size
  }
  return out
}

function trimEdges(s: string): string {
  // Windows drops trailing dots and spaces silently; leading dots would make hidden files
  return s.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '')
}

function splitExt(name: string): { stem: string; ext: string } {
  const dot = name.lastIndexOf('.')
  if (dot <= 0 || dot === name.length - 1) return { stem: name, ext: '' }
  return { stem: name.slice(0, dot), ext: name.slice(dot) }
}

export interface SanitizeOptions {
  /** Returned (itself sanitised) when nothing usable is left. Default 'file'. */
  fallback?: string
  maxBytes?: number
}

export function sanitizeFileName(name: string, options: SanitizeOptions = {}): string {
  const maxBytes = Math.max(16, options.maxBytes ?? MAX_FILE_NAME_BYTES)
  let s = stripUnsafeName(
    String(name)
      .replace(LONE_SURROGATE, '')
      .normalize('NFC')
      .replace(/[\t\n\r\v\f]/g, ' ')
  )

  // Path-like input keeps only its real segments: "../../etc/passwd" -> "etc_passwd"
  s = s
    .split(/[/\\]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^\.+$/.test(part))
    .join('_')

  s = s
    .replace(WINDOWS_FORBIDDEN, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
  s = trimEdges(s)

  if (byteLength(s) > maxBytes) {
    const { stem, ext } = splitExt(s)
    const keepExt = ext !== '' && byteLength(ext) <= MAX_KEPT_EXT_BYTES
    s = keepExt ? trimEdges(truncateUtf8(stem, maxBytes - byteLength(ext))) + ext : truncateUtf8(s, maxBytes)
    s = trimEdges(s)
  }

  // "CON", "con.txt", "COM1.tar.gz" all open the device on Windows: the part before the first dot counts
  const firstDot = s.indexOf('.')
  const base = (firstDot === -1 ? s : s.slice(0, firstDot)).trim()
  if (RESERVED_WINDOWS.test(base)) {
    s = trimEdges(truncateUtf8(`_${s}`, maxBytes))
  }

  if (s === '') {
    // the fallback goes through the same rules, without a fallback of its own, so this cannot loop
    return options.fallback === undefined
      ? DEFAULT_FALLBACK
      : sanitizeFileName(options.fallback, { maxBytes })
  }
  return s
}
