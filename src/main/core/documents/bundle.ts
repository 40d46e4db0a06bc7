// Evidence bundle: a matter's documents as a zip under readable names, with a manifest
// (CSV + JSON) and the chain-of-custody log. Each file is re-hashed while it is written;
// a bundle whose bytes differ from the vault's record is never published.
import { createHash, randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { Transform } from 'node:stream'
import { ZipFile } from 'yazl'
import type { z } from 'zod'
import type { BundleResult, CustodyEvent, ExportBundleInput } from '../../../shared/contract/documents'
import { inTransaction, writeAudit } from '../kernel/context'
import { custodyForDocuments, recordCustody } from './custody'
import { AppError } from '../kernel/errors'
import { getMatter } from '../matters/matters'
import { matterDocumentRows, type DocumentRow } from './repo'
import { sanitizeFileName, truncateUtf8 } from '../vault'
import type { Workspace } from '../workspace/workspace'

type Input = z.output<typeof ExportBundleInput>

export const EXPORTS_DIR = 'exports'

const EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'image/tiff': '.tif',
  'message/rfc822': '.eml',
  'text/plain': '.txt'
}
// Already-compressed formats are stored as they are: deflating them again only costs time.
const STORED_AS_IS = /^(application\/pdf|image\/(png|jpeg|gif|webp)|application\/(zip|gzip|x-7z-compressed))$/

export function exportsDir(ws: Workspace): string {
  return path.join(ws.dir, EXPORTS_DIR)
}

/** Readable, safe, unique (case-insensitively, for Windows and macOS) names inside the zip. */
export function bundleNames(rows: { originalName: string; mime: string }[]): string[] {
  const taken = new Set<string>()
  return rows.map((row) => {
    let name = sanitizeFileName(row.originalName, { fallback: 'document', maxBytes: 180 })
    const ext = EXTENSIONS[row.mime]
    if (ext && !name.toLowerCase().endsWith(ext) && !/\.[a-z0-9]{1,5}$/i.test(name)) name += ext
    const dot = name.lastIndexOf('.')
    const stem = dot > 0 ? name.slice(0, dot) : name
    const suffix = dot > 0 ? name.slice(dot) : ''
    let candidate = name
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${suffix}`
    taken.add(candidate.toLowerCase())
    return candidate
  })
}

/** RFC 4180 cells; a leading = + - @ is neutralised so a spreadsheet never runs a formula. */
export function csv(rows: (string | number | boolean | null)[][]): string {
  const cell = (value: string | number | boolean | null): string => {
    let s = value === null ? '' : String(value)
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  // The BOM makes Excel read UTF-8 (Chinese names) correctly.
  return '\ufeff' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}

function selectRows(ws: Workspace, input: Input): DocumentRow[] {
  const all = matterDocumentRows(ws.ctx.db, input.matterId)
  if (!input.documentIds) return all
  const wanted = new Set(input.documentIds)
  const foreign = input.documentIds.filter((id) => !all.some((d) => d.id === id))
  if (foreign.length) {
    throw new AppError('validation', {
      fields: { documentIds: 'not_in_matter' },
      params: { id: foreign[0] as number }
    })
  }
  // An email goes with its attachments: without them the evidence is incomplete.
  return all.filter((d) => wanted.has(d.id) || (d.parentId !== null && wanted.has(d.parentId)))
}

function manifest(rows: DocumentRow[], names: string[]) {
  return rows.map((d, i) => ({
    file: `files/${names[i]}`,
    originalName: d.originalName,
    kind: d.kind,
    documentDate: d.documentDate,
    size: d.size,
    sha256: d.sha256,
    mime: d.mime,
    importedAt: d.importedAt,
    importedBy: d.importedBy,
    privileged: d.privileged,
    documentId: d.id,
    parentId: d.parentId
  }))
}

function custodyCsv(events: CustodyEvent[], fileOf: Map<number, string>): string {
  return csv([
    ['at', 'actor', 'action', 'document_id', 'file', 'sha256', 'details'],
    ...events.map((e) => [
      e.at,
      e.actor,
      e.action,
      e.documentId,
      e.documentId === null ? null : (fileOf.get(e.documentId) ?? null),
      e.sha256,
      e.details ? JSON.stringify(e.details) : null
    ])
  ])
}

async function uniqueZipName(dir: string, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.zip` : `${base} (${n}).zip`
    const exists = await stat(path.join(dir, name)).then(
      () => true,
      () => false
    )
    if (!exists) return name
  }
}

/** Streams the zip to `target`; resolves with each document's SHA-256 as actually written. */
function writeZip(
  ws: Workspace,
  target: string,
  rows: DocumentRow[],
  names: string[],
  extras: [string, string][]
): Promise<Map<number, string>> {
  return new Promise((resolve, reject) => {
    const digests = new Map<number, string>()
    const zip = new ZipFile()
    const out = createWriteStream(target, { flags: 'wx', mode: 0o600 })
    let failed = false
    const fail = (error: unknown): void => {
      if (failed) return
      failed = true
      out.destroy()
      reject(error instanceof Error ? error : new Error(String(error)))
    }
    zip.on('error', fail)
    out.on('error', fail)
    out.on('finish', () => {
      if (!failed) resolve(digests)
    })
    const mtime = new Date(ws.ctx.now())
    for (const [name, content] of extras) zip.addBuffer(Buffer.from(content, 'utf8'), name, { mtime })
    rows.forEach((doc, i) => {
      const options = {
        mtime: new Date(doc.importedAt),
        size: doc.size,
        compress: !STORED_AS_IS.test(doc.mime)
      }
      zip.addReadStreamLazy(`files/${names[i]}`, options, (cb) => {
        ws.vault.openRead(doc.sha256).then((stream) => {
          const hash = createHash('sha256')
          const tap = new Transform({
            transform(chunk: Buffer, _encoding, next) {
              hash.update(chunk)
              next(null, chunk)
            },
            flush(next) {
              digests.set(doc.id, hash.digest('hex'))
              next()
            }
          })
          stream.on('error', fail) // yazl does not watch its inputs for errors
          cb(null, stream.pipe(tap))
        }, fail)
      })
    })
    zip.end()
    zip.outputStream.pipe(out)
  })
}

export async function exportBundle(ws: Workspace, input: Input): Promise<BundleResult> {
  const { ctx } = ws
  const { matter } = getMatter(ctx, input.matterId)
  const selected = selectRows(ws, input)
  const rows = selected.filter((d) => input.includePrivileged || !d.privileged)
  const skippedPrivileged = selected.length - rows.length
  if (rows.length === 0) throw new AppError('nothing_to_export', { params: { skippedPrivileged } })

  const names = bundleNames(rows)
  const fileOf = new Map(rows.map((d, i) => [d.id, `files/${names[i]}`]))
  const entries = manifest(rows, names)
  const exportedAt = ctx.now()
  const extras: [string, string][] = [
    ['manifest.csv', csv([Object.keys(entries[0] as object), ...entries.map((e) => Object.values(e))])],
    [
      'manifest.json',
      JSON.stringify(
        {
          matter: { id: matter.id, reference: matter.reference, title: matter.title },
          exportedAt,
          exportedBy: ctx.actor,
          includePrivileged: input.includePrivileged,
          documents: entries
        },
        null,
        2
      )
    ],
    [
      'custody.csv',
      custodyCsv(
        custodyForDocuments(
          ctx.db,
          rows.map((d) => d.id)
        ),
        fileOf
      )
    ]
  ]

  const dir = exportsDir(ws)
  await mkdir(dir, { recursive: true })
  const stamp = exportedAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
  const base = sanitizeFileName(`${truncateUtf8(matter.reference, 60)} evidence ${stamp}`, {
    fallback: 'evidence'
  })
  const tmp = path.join(dir, `.${randomUUID()}.part`)
  try {
    const digests = await writeZip(ws, tmp, rows, names, extras)
    const bad = rows.find((d) => digests.get(d.id) !== d.sha256)
    if (bad) throw new AppError('vault_mismatch', { params: { name: bad.originalName, sha256: bad.sha256 } })
    const handle = await open(tmp, 'r+')
    await handle.sync()
    await handle.close()
    const fileName = await uniqueZipName(dir, base)
    const target = path.join(dir, fileName)
    const { size } = await stat(tmp)
    inTransaction(ctx, (tx) => {
      for (const d of rows) {
        recordCustody(ctx, tx, 'export', d, {
          bundle: fileName,
          file: fileOf.get(d.id),
          includePrivileged: input.includePrivileged
        })
      }
      writeAudit(ctx, tx, {
        action: 'export_bundle',
        entity: 'matter',
        entityId: matter.id,
        matterId: matter.id,
        after: {
          fileName,
          documentIds: rows.map((d) => d.id),
          includePrivileged: input.includePrivileged,
          skippedPrivileged
        }
      })
    })
    await rename(tmp, target)
    return { fileName, path: target, documentCount: rows.length, skippedPrivileged, bytes: size }
  } finally {
    await unlink(tmp).catch(() => undefined)
  }
}

/** Resolves a bundle name from a URL to its path, only for plain .zip names inside exports/. */
/** What each kind of file in exports/ is served as: bundles and the reports area's files. */
export const EXPORT_MIME: Record<string, string> = {
  zip: 'application/zip',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8'
}

export function exportMime(fileName: string): string {
  return (
    EXPORT_MIME[fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream'
  )
}

export function exportPath(ws: Workspace, fileName: string): string | null {
  if (!/^[^/\\\0]+\.(zip|csv|xlsx|pdf|html)$/i.test(fileName) || fileName.startsWith('.')) return null
  const dir = path.resolve(exportsDir(ws))
  const file = path.resolve(dir, fileName)
  return path.dirname(file) === dir ? file : null
}
