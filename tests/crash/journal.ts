// The crash journal: one JSON object per line (with the moment it was written, `at`), appended and fsynced before the next step, so
// whatever the child wrote survives SIGKILL. `begin` says what the child is ABOUT to change,
// `done` what it DID (with the ids the core returned), `fail` a call the core refused.
import fs from 'node:fs'

export type Phase = 'start' | 'begin' | 'done' | 'fail'

export interface JournalEntry {
  run: number
  seq: number
  phase: Phase
  op: string
  /** What the op is about to do (begin) or what it did (done): ids, names, values. */
  data: Record<string, unknown>
}

export class JournalWriter {
  private readonly fd: number

  constructor(file: string) {
    this.fd = fs.openSync(file, 'a')
  }

  append(entry: JournalEntry): void {
    fs.writeSync(this.fd, JSON.stringify({ ...entry, at: Date.now() }) + '\n')
    fs.fsyncSync(this.fd)
  }
}

/** Complete lines from `offset` on; a torn last line (killed mid-write) is left for later. */
export function readJournal(file: string, offset = 0): { entries: JournalEntry[]; offset: number } {
  if (!fs.existsSync(file)) return { entries: [], offset }
  const text = fs.readFileSync(file).subarray(offset).toString('utf8')
  const end = text.lastIndexOf('\n')
  if (end < 0) return { entries: [], offset }
  const entries = text
    .slice(0, end)
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as JournalEntry)
  return { entries, offset: offset + Buffer.byteLength(text.slice(0, end + 1), 'utf8') }
}
