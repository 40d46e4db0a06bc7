// Where a report goes: the workspace's exports/ folder, beside the evidence bundles, under a
// readable unique name; written to a hidden temp file, fsynced, then renamed, so a crash never
// leaves half a report under a real name. Every export is one audit row.
import { randomUUID } from 'node:crypto'
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import type { ReportFile } from '../../../shared/contract/reports'
import { exportMime, exportsDir } from '../documents/bundle'
import { inTransaction, writeAudit } from '../kernel/context'
import { sanitizeFileName, truncateUtf8 } from '../vault'
import type { Workspace } from '../workspace/workspace'

export interface ReportToWrite {
  /** e.g. "register", "docket", "2026-PAT-007 report" (the stamp and extension are added). */
  base: string
  extension: 'csv' | 'xlsx' | 'pdf' | 'html'
  bytes: Buffer
  asOf: string
  rows: number
  skippedPrivileged: number
  /** The audit row's action and what it says about the export. */
  audit: { action: string; matterId: number | null; details: Record<string, unknown> }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false
  )
}

async function uniqueName(dir: string, base: string, extension: string): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.${extension}` : `${base} (${n}).${extension}`
    if (!(await exists(path.join(dir, name)))) return name
  }
}

export async function writeReport(ws: Workspace, report: ReportToWrite): Promise<ReportFile> {
  const dir = exportsDir(ws)
  await mkdir(dir, { recursive: true })
  const stamp = report.asOf.slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
  const base = sanitizeFileName(`${truncateUtf8(report.base, 80)} ${stamp}`, { fallback: 'report' })
  const tmp = path.join(dir, `.${randomUUID()}.part`)
  try {
    const handle = await open(tmp, 'wx', 0o600)
    try {
      await handle.writeFile(report.bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    const fileName = await uniqueName(dir, base, report.extension)
    const target = path.join(dir, fileName)
    inTransaction(ws.ctx, (tx) =>
      writeAudit(ws.ctx, tx, {
        action: report.audit.action,
        entity: report.audit.matterId === null ? 'report' : 'matter',
        entityId: report.audit.matterId,
        matterId: report.audit.matterId,
        after: {
          fileName,
          format: report.extension,
          asOf: report.asOf,
          rows: report.rows,
          bytes: report.bytes.length,
          ...report.audit.details
        }
      })
    )
    await rename(tmp, target)
    return {
      fileName,
      path: target,
      mime: exportMime(fileName),
      bytes: report.bytes.length,
      asOf: report.asOf,
      rows: report.rows,
      skippedPrivileged: report.skippedPrivileged
    }
  } catch (error) {
    await unlink(tmp).catch(() => {})
    throw error
  }
}
