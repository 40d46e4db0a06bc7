// The documents area's background work over a workspace's life: started when it opens, stopped
// (worker included) before its database closes, so nothing keeps the process alive after close.
import { removeOpenedCopies } from './open-with-system'
import { queuePendingText, textQueue } from './text-index'
import type { Workspace } from '../workspace/workspace'

/** On open: copies a crash left for the system viewer go; text not read yet is queued. */
export function resumeDocumentWork(ws: Workspace): void {
  removeOpenedCopies(ws)
  queuePendingText(ws)
}

/** On close: the text queue stops and refuses more, its PDF worker is ended, copies removed. */
export function stopDocumentWork(ws: Workspace): void {
  textQueue(ws).stop()
  removeOpenedCopies(ws)
}
