// "Open with the system viewer": a read-only copy goes to the operating system's default
// program, through the shell (Electron's shell.openPath), never the renderer. The OS picks the
// program by the copy's extension, so the copy is named by the type detected from its bytes,
// only types that do not run (documents, images, text, email) are handed over, and a file
// whose name claims another type than its bytes is not opened at all.
import fs from 'node:fs'
import path from 'node:path'
import { exportsDir } from './bundle'
import { recordCustody } from './custody'
import { documentRow } from './documents'
import { inTransaction } from '../kernel/context'
import { AppError } from '../kernel/errors'
import { detectFileType, sanitizeFileName, sha256OfFile } from '../vault'
import type { Workspace } from '../workspace/workspace'

interface OpenableType {
  /** The extension the copy gets. */
  ext: string
  /** Extensions an original name may carry for this type. */
  names: string[]
}

// An allowlist of detected types, not a blocklist of names: anything else (HTML, SVG, scripts,
// executables, archives, macro documents, unknown binaries) is only viewed inside the app.
const OPENABLE: Record<string, OpenableType> = {
  'application/pdf': { ext: 'pdf', names: ['pdf'] },
  'image/png': { ext: 'png', names: ['png'] },
  'image/jpeg': { ext: 'jpg', names: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  'image/gif': { ext: 'gif', names: ['gif'] },
  'image/webp': { ext: 'webp', names: ['webp'] },
  'image/bmp': { ext: 'bmp', names: ['bmp', 'dib'] },
  'image/tiff': { ext: 'tif', names: ['tif', 'tiff'] },
  'text/plain': { ext: 'txt', names: ['txt', 'text', 'log', 'md', 'csv', 'tsv'] },
  'message/rfc822': { ext: 'eml', names: ['eml'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { ext: 'docx', names: ['docx'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { ext: 'xlsx', names: ['xlsx'] }
}

const OPENED_DIR = 'opened'

export function openedCopiesDir(ws: Workspace): string {
  return path.join(exportsDir(ws), OPENED_DIR)
}

/** The name's extension (lower case), or null; "v1.2" or "2026.10.19" carry none. */
function extensionOf(name: string): string | null {
  const match = /\.([A-Za-z0-9]{1,12})$/.exec(name)
  if (!match || /^\d+$/.test(match[1] as string)) return null
  return (match[1] as string).toLowerCase()
}

/** Where the copy goes and under which name, or why this document is not handed to the OS. */
export function openedCopyName(
  id: number,
  originalName: string,
  detected: { mime: string; activeContent: boolean }
): { name: string } | { refused: 'not_openable' | 'name_mismatch' } {
  const type = OPENABLE[detected.mime]
  if (!type || detected.activeContent) return { refused: 'not_openable' }
  const ext = extensionOf(originalName)
  if (ext !== null && !type.names.includes(ext)) return { refused: 'name_mismatch' }
  const stem = ext === null ? originalName : originalName.slice(0, -(ext.length + 1))
  const safeStem = sanitizeFileName(stem, { fallback: 'document', maxBytes: 150 }).replace(/\.+$/, '')
  return { name: `${id}-${safeStem || 'document'}.${type.ext}` }
}

export async function openWithSystem(ws: Workspace, id: number): Promise<{ path: string }> {
  if (!ws.openWithSystem) throw new AppError('not_available_in_preview')
  const { ctx } = ws
  const doc = documentRow(ctx, id)
  const refuse = (reason: string, mime: string): AppError =>
    new AppError('refused_type', { params: { name: doc.originalName, mime, reason } })
  // The type comes from the bytes as they are now, and must still be what was recorded at import.
  const detected = await detectFileType(ws.vault.pathFor(doc.sha256))
  if (detected.mime !== doc.mime) throw refuse('content_mismatch', detected.mime)
  const planned = openedCopyName(doc.id, doc.originalName, detected)
  if ('refused' in planned) throw refuse(planned.refused, detected.mime)

  // The vault's file has no extension and must never be touched by another program: copy it.
  const dir = openedCopiesDir(ws)
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, planned.name)
  removeCopy(file)
  await fs.promises.copyFile(ws.vault.pathFor(doc.sha256), file)
  fs.chmodSync(file, 0o444)
  // What the OS is given is exactly the evidence, of the type its name says.
  const [copied, again] = await Promise.all([sha256OfFile(file), detectFileType(file)])
  if (copied !== doc.sha256 || again.mime !== detected.mime) {
    removeCopy(file)
    throw new AppError('vault_mismatch', { params: { name: doc.originalName, sha256: doc.sha256 } })
  }
  inTransaction(ctx, (tx) => recordCustody(ctx, tx, 'export', doc, { purpose: 'open_with_system', file }))
  const problem = await ws.openWithSystem(file)
  if (problem) throw new AppError('open_failed', { detail: problem })
  return { path: file }
}

function removeCopy(file: string): void {
  try {
    fs.chmodSync(file, 0o600) // a read-only file cannot be deleted on Windows
  } catch {
    // absent
  }
  try {
    fs.rmSync(file, { force: true })
  } catch {
    // still open in a viewer (Windows locks it): the next start removes it
  }
}

/** Removes every copy handed to the OS (on close, and on the next start after a crash). */
export function removeOpenedCopies(ws: Workspace): void {
  const dir = openedCopiesDir(ws)
  // usually absent: a check costs less than the error readdir would throw (open and close)
  if (!fs.existsSync(dir)) return
  let names: string[]
  try {
    names = fs.readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) removeCopy(path.join(dir, name))
}
