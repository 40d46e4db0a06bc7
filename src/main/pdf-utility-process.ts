// PDF text extraction in the desktop app: an Electron utility process per PDF. The packaged app's
// fuses turn RunAsNode off, so child_process.fork of the app's own binary cannot start Node there;
// utilityProcess.fork can. The logic around it (timeouts, abort, memory watchdog, error mapping)
// is the core's (src/main/core/ingest/pdf-text.ts), tested in Node with child_process.fork.
import { app, utilityProcess } from 'electron'
import {
  afterGrace,
  killHard,
  procResidentBytes,
  setPdfChildSpawner,
  stderrTail,
  type PdfChildSpawner
} from './core/ingest'

/** Resident memory of a utility process: /proc on Linux, Chromium's process metrics elsewhere. */
function residentBytes(pid: number | undefined): number | null {
  if (pid === undefined) return null
  if (process.platform === 'linux') return procResidentBytes(pid)
  const metric = app.getAppMetrics().find((m) => m.pid === pid)
  // workingSetSize is in kilobytes
  return metric ? metric.memory.workingSetSize * 1024 : null
}

export const utilityProcessSpawner: PdfChildSpawner = (script, options, events) => {
  const child = utilityProcess.fork(script, [], {
    execArgv: options.execArgv,
    stdio: ['ignore', 'ignore', 'pipe'],
    serviceName: 'IP Desk PDF text'
  })
  const stderr = stderrTail(child.stderr)
  let pid: number | undefined
  let killRequested = false
  let fatal: string | undefined
  let exited = false
  child.once('spawn', () => {
    pid = child.pid
    // killed before it had started: finish the job now
    if (killRequested) killHard(pid)
  })
  child.on('message', (message) => events.onMessage(message))
  child.on('error', (type, location) => {
    fatal = `${type} ${location}`
  })
  child.once('exit', (code) => {
    exited = true
    void afterGrace(stderr.ended).then(() =>
      events.onExit({ code, signal: null, stderr: stderr.text(), fatal })
    )
  })
  return {
    get pid() {
      return pid
    },
    send(message) {
      if (!exited) child.postMessage(message)
    },
    kill() {
      killRequested = true
      if (exited) return
      // utilityProcess.kill is SIGTERM on POSIX; the pid gets SIGKILL as well
      killHard(pid)
      child.kill()
    },
    residentBytes: () => residentBytes(pid)
  }
}

/** Call once at startup: every PDF text extraction of the core runs in a utility process. */
export function usePdfUtilityProcess(): void {
  setPdfChildSpawner(utilityProcessSpawner)
}
