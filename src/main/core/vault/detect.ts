import { open } from 'node:fs/promises'
import type { fileTypeFromFile as FileTypeFromFile } from 'file-type'
import { decodeTextHead, sniffText, svgHasActiveContent, SNIFF_BYTES, type TextSniff } from './sniff'

export type DetectedKind = 'pdf' | 'image' | 'email' | 'text' | 'html' | 'office' | 'archive' | 'other'

export interface Detection {
  mime: string
  /** Extension matching the content (no dot), e.g. 'pdf', 'html', 'eml', 'bin'. */
  ext: string
  detectedKind: DetectedKind
  /** True when the content can run code if rendered (HTML, SVG with script or event handlers). */
  activeContent: boolean
}

export type RefusalReason = 'active_content' | 'executable' | 'script'

type FileTypeModule = { fileTypeFromFile: typeof FileTypeFromFile }
let fileTypeModule: Promise<FileTypeModule> | undefined

// file-type is ESM-only: a dynamic import() survives Vite's CJS output for main, where require() would fail.
function loadFileType(): Promise<FileTypeModule> {
  fileTypeModule ??= import('file-type')
  return fileTypeModule
}

const SVG_FULL_SCAN_BYTES = 4 * 1024 * 1024

const OFFICE_MIMES = new Set([
  'application/x-cfb',
  'application/rtf',
  'application/vnd.ms-outlook',
  'application/vnd.visio',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint'
])
const ARCHIVE_MIMES = new Set([
  'application/zip',
  'application/x-7z-compressed',
  'application/x-rar-compressed',
  'application/gzip',
  'application/x-tar',
  'application/x-bzip2',
  'application/x-xz',
  'application/zstd',
  'application/x-lzip',
  'application/x-compress',
  'application/vnd.ms-cab-compressed',
  'application/x-lz4',
  'application/x-cpio',
  'application/x-ace-compressed',
  'application/x-arj',
  'application/x-lzh-compressed',
  'application/x-unix-archive'
])
const TEXT_MIMES = new Set([
  'text/plain',
  'application/xml',
  'text/calendar',
  'text/vcard',
  'text/vtt',
  'text/csv',
  'application/json'
])

export function kindForMime(mime: string): DetectedKind {
  if (mime === 'application/pdf') return 'pdf'
  if (mime.startsWith('image/')) return 'image'
  if (mime === 'message/rfc822') return 'email'
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html'
  if (TEXT_MIMES.has(mime)) return 'text'
  if (
    OFFICE_MIMES.has(mime) ||
    mime.startsWith('application/vnd.openxmlformats-officedocument.') ||
    mime.startsWith('application/vnd.oasis.opendocument.') ||
    /^application\/vnd\.ms-(?:word|excel|powerpoint)\./.test(mime)
  ) {
    return 'office'
  }
  if (ARCHIVE_MIMES.has(mime)) return 'archive'
  return 'other'
}

const ACTIVE_MIMES = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
  'application/hta'
])
const EXECUTABLE_MIMES = new Set([
  'application/x-msdownload',
  'application/vnd.microsoft.portable-executable',
  'application/x-dosexec',
  'application/x-elf',
  'application/x-executable',
  'application/x-sharedlib',
  'application/x-mach-binary',
  'application/java-vm',
  'application/java-archive',
  'application/x-shockwave-flash',
  'application/vnd.ms-htmlhelp',
  'application/x.ms.shortcut',
  'application/x-ms-shortcut',
  'application/x-msi',
  'application/x-ms-regedit'
])
const SCRIPT_MIMES = new Set([
  'text/x-shellscript',
  'application/x-sh',
  'application/x-csh',
  'application/x-bat',
  'application/x-msdos-program',
  'text/vbscript',
  'application/x-powershell'
])

/**
 * Why a file of this type must not be stored as ordinary evidence (quarantine it instead), or null.
 * SVG is only refused when `activeContent` says it carries script-like content.
 */
export function refusalReason(mime: string, detail: { activeContent?: boolean } = {}): RefusalReason | null {
  const base = mime.split(';')[0]?.trim().toLowerCase() ?? ''
  if (ACTIVE_MIMES.has(base)) return 'active_content'
  if (base === 'image/svg+xml' && detail.activeContent === true) return 'active_content'
  if (EXECUTABLE_MIMES.has(base)) return 'executable'
  if (SCRIPT_MIMES.has(base)) return 'script'
  return null
}

export function isRefusedType(mime: string, detail: { activeContent?: boolean } = {}): boolean {
  return refusalReason(mime, detail) !== null
}

async function readHead(filePath: string, bytes: number): Promise<Buffer> {
  const handle = await open(filePath, 'r')
  try {
    const buf = Buffer.alloc(bytes)
    let filled = 0
    while (filled < bytes) {
      const { bytesRead } = await handle.read(buf, filled, bytes - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return buf.subarray(0, filled)
  } finally {
    await handle.close()
  }
}

async function svgActive(filePath: string, head: string): Promise<boolean> {
  if (svgHasActiveContent(head)) return true
  const full = await readHead(filePath, SVG_FULL_SCAN_BYTES + 1)
  // too big to scan fully: assume the worst rather than miss a late <script>
  if (full.length > SVG_FULL_SCAN_BYTES) return true
  const text = decodeTextHead(full)
  return text === null || svgHasActiveContent(text)
}

/** Detects a file's type from its content; the file name is never consulted. */
export async function detectFileType(filePath: string): Promise<Detection> {
  const head = await readHead(filePath, SNIFF_BYTES)
  const text = decodeTextHead(head)
  const sniff = text === null ? null : sniffText(text)
  // Markup and scripts win over magic numbers: a UTF-16 BOM (FF FE) looks like an MP3 frame to file-type,
  // and a refused type must never slip through as something harmless.
  if (sniff && text !== null && (sniff.kind === 'html' || sniff.kind === 'svg' || sniff.kind === 'script')) {
    return fromSniff(sniff, filePath, text)
  }
  const { fileTypeFromFile } = await loadFileType()
  const found = await fileTypeFromFile(filePath).catch(() => undefined)
  if (found && found.mime !== 'application/xml') {
    return { mime: found.mime, ext: found.ext, detectedKind: kindForMime(found.mime), activeContent: false }
  }
  if (sniff && text !== null) return fromSniff(sniff, filePath, text)
  return { mime: 'application/octet-stream', ext: 'bin', detectedKind: 'other', activeContent: false }
}

async function fromSniff(sniff: TextSniff, filePath: string, text: string): Promise<Detection> {
  switch (sniff.kind) {
    case 'html':
      return {
        mime: sniff.mime,
        ext: sniff.mime === 'text/html' ? 'html' : 'xhtml',
        detectedKind: 'html',
        activeContent: true
      }
    case 'svg': {
      const activeContent = sniff.activeContent || (await svgActive(filePath, text))
      return { mime: 'image/svg+xml', ext: 'svg', detectedKind: 'image', activeContent }
    }
    case 'xml':
      return { mime: 'application/xml', ext: 'xml', detectedKind: 'text', activeContent: false }
    case 'email':
      return { mime: 'message/rfc822', ext: 'eml', detectedKind: 'email', activeContent: false }
    case 'script':
      return { mime: 'text/x-shellscript', ext: 'sh', detectedKind: 'other', activeContent: false }
    case 'text':
      return { mime: 'text/plain', ext: 'txt', detectedKind: 'text', activeContent: false }
  }
}
