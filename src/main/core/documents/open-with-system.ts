// "Open with the system viewer": a read-only copy under its own name goes to the operating
// system's default program, through the shell (Electron's shell.openPath), never the renderer.
import fs from 'node:fs'
import path from 'node:path'
import { exportsDir } from './bundle'
import { recordCustody } from './custody'
import { documentRow } from './documents'
import { inTransaction } from '../kernel/context'
import { AppError } from '../kernel/errors'
import { sanitizeFileName } from '../vault'
import type { Workspace } from '../workspace/workspace'

export async function openWithSystem(ws: Workspace, id: number): Promise<{ path: string }> {
  if (!ws.openWithSystem) throw new AppError('not_available_in_preview')
  const { ctx } = ws
  const doc = documentRow(ctx, id)
  // The vault's file has no extension and must never be touched by another program: copy it.
  const dir = path.join(exportsDir(ws), 'opened')
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${doc.id}-${sanitizeFileName(doc.originalName, { fallback: 'document' })}`)
  fs.rmSync(file, { force: true })
  await fs.promises.copyFile(ws.vault.pathFor(doc.sha256), file)
  fs.chmodSync(file, 0o444)
  inTransaction(ctx, (tx) => recordCustody(ctx, tx, 'export', doc, { purpose: 'open_with_system', file }))
  const problem = await ws.openWithSystem(file)
  if (problem) throw new AppError('open_failed', { detail: problem })
  return { path: file }
}
