// The child process a PDF's text is extracted in, behind one small interface: Node's
// child_process.fork here, Electron's utilityProcess.fork in the desktop app (src/main/
// pdf-utility-process.ts registers it; the core never imports electron). pdf-text.ts holds the
// logic (timeouts, abort, page messages, memory watchdog, error mapping) for both.
import { fork } from 'node:child_process'
import { readFileSync } from 'node:fs'

/** How a child process ended, as the parent saw it. */
export interface PdfChildExit {
  code: number | null
  signal: string | null
  /** The end of what the child wrote to stderr (V8's heap-limit message, the memory guard's marker). */
  stderr: string
  /** Electron's 'error' event: a fatal V8 error (its location), e.g. the heap limit. */
  fatal?: string
}

export interface PdfChildEvents {
  onMessage(message: unknown): void
  /** Called once, after the process is gone (and its stderr read). */
  onExit(exit: PdfChildExit): void
}

export interface PdfChildHandle {
  /** undefined until the process has started (Electron) or when it could not start. */
  readonly pid: number | undefined
  send(message: unknown): void
  /** Ends the process at once (SIGKILL, TerminateProcess on Windows); safe to call more than once. */
  kill(): void
  /** The process's resident memory in bytes now, or null where it cannot be read from outside. */
  residentBytes(): number | null
}

export interface PdfChildOptions {
  /** Node flags for the child, e.g. --max-old-space-size. */
  execArgv: string[]
}

export type PdfChildSpawner = (
  script: string,
  options: PdfChildOptions,
  events: PdfChildEvents
) => PdfChildHandle

const STDERR_KEEP = 4096
/** How long to wait for the rest of stderr once the process has exited. */
const STDERR_GRACE_MS = 200

/** Keeps the last few kilobytes of a stream of text. */
export function stderrTail(stream: NodeJS.ReadableStream | null | undefined): {
  text(): string
  ended: Promise<void>
} {
  let tail = ''
  const ended = new Promise<void>((resolve) => {
    if (!stream) return resolve()
    stream.on('data', (chunk: Buffer | string) => {
      tail = (tail + chunk.toString()).slice(-STDERR_KEEP)
    })
    stream.on('end', () => resolve())
    stream.on('close', () => resolve())
    stream.on('error', () => resolve())
  })
  return { text: () => tail, ended }
}

/** Waits for a stream's end, but not longer than the grace period. */
export function afterGrace(ended: Promise<void>): Promise<void> {
  return Promise.race([ended, new Promise<void>((resolve) => setTimeout(resolve, STDERR_GRACE_MS).unref())])
}

/** Linux: VmRSS from /proc/<pid>/status, in bytes; null elsewhere or once the process is gone. */
export function procResidentBytes(pid: number | undefined): number | null {
  if (pid === undefined || process.platform !== 'linux') return null
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'latin1')
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)
    return match ? Number(match[1]) * 1024 : null
  } catch {
    return null
  }
}

/** Kills a process by id, hard; ignores one that is already gone. */
export function killHard(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    process.kill(pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

/**
 * Plain Node: child_process.fork of the script with its own flags (not the parent's loaders or
 * inspector) and without NODE_OPTIONS, which could lift the heap cap.
 */
export const nodeForkSpawner: PdfChildSpawner = (script, options, events) => {
  const env = { ...process.env }
  delete env.NODE_OPTIONS
  const child = fork(script, [], {
    execArgv: options.execArgv,
    env,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced'
  })
  const stderr = stderrTail(child.stderr)
  let exited = false
  const exit = (code: number | null, signal: string | null): void => {
    if (exited) return
    exited = true
    void afterGrace(stderr.ended).then(() => events.onExit({ code, signal, stderr: stderr.text() }))
  }
  child.on('message', (message) => events.onMessage(message))
  child.on('exit', (code, signal) => exit(code, signal))
  // a process that could not start has no 'exit' of its own
  child.on('error', (err) => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
      exit(null, null)
      return
    }
    // e.g. a send on a closed channel: the process is ending, 'exit' follows
    void err
  })
  return {
    get pid() {
      return child.pid
    },
    send(message) {
      if (child.connected) child.send(message as never, (err) => void err)
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    },
    residentBytes: () => procResidentBytes(child.pid)
  }
}

let registered: PdfChildSpawner | null = null

/** The desktop app registers Electron's utilityProcess here; null goes back to child_process.fork. */
export function setPdfChildSpawner(spawner: PdfChildSpawner | null): void {
  registered = spawner
}

export function pdfChildSpawner(): PdfChildSpawner {
  return registered ?? nodeForkSpawner
}
