// The documents area's background work over a workspace's life: started when it opens, stopped
// (worker included) before its database closes, so nothing keeps the process alive after close.
import fs from 'node:fs'
import path from 'node:path'
import { removeOpenedCopies } from './open-with-system'
import { queuePendingText, textQueue } from './text-index'
import type { Workspace } from '../workspace/workspace'

/** Half-written exports (`exports/.<uuid>.part`) a crash left behind. */
function sweepPartialExports(ws: Workspace): void {
  const dir = path.join(ws.dir, 'exports')
  // usually absent: a check costs less than the error readdir would throw (workspace.open)
  if (!fs.existsSync(dir)) return
  let names: string[] = []
  try {
    names = fs.readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    if (name.startsWith('.') && name.endsWith('.part')) fs.rmSync(path.join(dir, name), { force: true })
  }
}

/**
 * On open: temp files a crash left (vault imports, exports) and copies for the system viewer go;
 * text not read yet is queued.
 */
export function resumeDocumentWork(ws: Workspace): void {
  ws.vault.sweepAllTempNow()
  sweepPartialExports(ws)
  removeOpenedCopies(ws)
  queuePendingText(ws)
}

/** On close: the text queue stops and refuses more, its PDF worker is ended, copies removed. */
export function stopDocumentWork(ws: Workspace): void {
  textQueue(ws).stop()
  removeOpenedCopies(ws)
}
