// The crash harness's parent: starts the core in a child (worker.ts), kills it with SIGKILL at a
// random moment after it reports it started work, reopens the workspace here and checks that
// nothing was lost: SQLite and FTS integrity, every blob present and hashing to its name, every
// change the journal calls DONE fully there, the one change in flight fully there or fully absent.
// Leftover temp files are counted apart: the spec reports them as a finding.
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { openCore, type OpenedCore } from '../../src/main/core'
import type { CallInput, CallName, CallOutput, CallResult, DocumentRecord } from '../../src/shared/contract'
import { readJournal, type JournalEntry } from './journal'
import { TODAY, type WorkerConfig } from './worker-config'

export const repoRoot = path.resolve(__dirname, '../..')
/** ../shared/fixtures beside the repo (also in CI). */
export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures')
const WORKER = path.join(__dirname, 'worker.ts')
/** How many children load their modules ahead of their turn. */
const AHEAD = 3
const PDF_WORKER = path.join(repoRoot, 'src', 'main', 'core', 'ingest', 'pdf-text-worker.mjs')

/**
 * How to start a child. tsx costs seconds per start on a busy machine, so the worker is bundled
 * once with esbuild (tsx's own dependency) beside node_modules, where its packages resolve; when
 * that is not possible the children run under tsx.
 */
export async function workerCommand(): Promise<{ args: string[]; env: NodeJS.ProcessEnv; how: string }> {
  const env = { ...process.env, IPDESK_PDF_WORKER: process.env.IPDESK_PDF_WORKER ?? PDF_WORKER }
  try {
    const esbuild = await import('esbuild')
    const out = path.join(repoRoot, 'node_modules', '.cache', 'ipdesk-crash', `worker-${process.pid}.cjs`)
    await esbuild.build({
      entryPoints: [WORKER],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      outfile: out,
      logLevel: 'silent'
    })
    return { args: [out], env, how: 'bundled with esbuild' }
  } catch (error) {
    return {
      args: ['--import', 'tsx', WORKER],
      env,
      how: `tsx (bundling failed: ${String(error).slice(0, 120)})`
    }
  }
}

interface Spawned {
  child: ChildProcess
  stderr: () => string
  exited: Promise<void>
}

function spawnWorker(cmd: { args: string[]; env: NodeJS.ProcessEnv }, configFile: string): Spawned {
  const child = spawn(process.execPath, [...cmd.args, configFile, '--wait-for-go'], {
    cwd: repoRoot,
    env: cmd.env,
    stdio: ['pipe', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
  child.stdin!.on('error', () => {})
  const exited = new Promise<void>((r) => child.once('exit', () => r()))
  return { child, stderr: () => stderr, exited }
}

export interface SoakOptions {
  kills: number
  seed?: number
  /** Kill delay after the child reports it started, in ms (uniform). */
  minDelayMs?: number
  maxDelayMs?: number
  /** Kills aimed at a known window (mid-import of a slow stream), on top of the random ones. */
  targetedKills?: number
  log?: (line: string) => void
  /** Keep the temp folder (the default keeps it only when something was lost). */
  keep?: boolean
}

export interface KillResult {
  run: number
  /** The op in flight when the child died (its begin has no done), or null. */
  inFlight: string | null
  /** How the in-flight op was found: 'there' | 'absent' | 'n/a'. */
  resolution: string
  problems: string[]
  vaultTempFiles: number
  exportTempFiles: number
}

export interface SoakReport {
  kills: number
  survived: number
  lost: number
  ms: number
  results: KillResult[]
  /** Operations the journal saw done, by op name. */
  doneOps: Record<string, number>
  /** Temp files still there after the last reopen (vault/tmp/*.part, exports/.*.part). */
  leftoverVaultTemp: number
  leftoverExportTemp: number
  /** Kills after whose reopen some temp file was still there. */
  killsWithLeftovers: number
  /** Not losses: things worth a look (predictions that differed, refused calls, ...). */
  notes: string[]
  /** Not losses either, but gaps in the core's crash safety the checks ran into. */
  findings: string[]
  dir: string
}

// ---- The model: what the journal says must be there ----

interface DocModel {
  sha256: string
  parentId: number | null
}
interface MatterModel {
  title: string
  notes: string | null
  demands: string | null
  senderReference: string | null
  letterDate: string | null
  parties: Set<number>
  ipRights: Set<number>
  products: Set<number>
  deadlines: Map<number, { status: string; due: string }>
  events: Map<number, string>
  documents: Map<number, DocModel>
}

interface Model {
  matters: Map<number, MatterModel>
  blobs: Set<string>
  exports: Set<string>
  /** Attachments an intake of warning-letter.eml brings (learned from the first done one). */
  emailChildren: number | null
}

type Data = Record<string, unknown>

interface Snapshot {
  matters: Map<
    number,
    {
      detail: CallOutput<'matters.get'>
      documents: DocumentRecord[]
      events: Map<number, { type: string; date: string }>
    }
  >
}

// ---- Small helpers ----

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

const sameSet = (a: Iterable<number>, b: Iterable<number>): boolean => {
  const x = [...a].sort((p, q) => p - q)
  const y = [...b].sort((p, q) => p - q)
  return x.length === y.length && x.every((v, i) => v === y[i])
}

function flatDocuments(records: DocumentRecord[]): DocumentRecord[] {
  const out = new Map<number, DocumentRecord>()
  const walk = (r: DocumentRecord): void => {
    out.set(r.id, r)
    r.attachments.forEach(walk)
  }
  records.forEach(walk)
  return [...out.values()]
}

/** A zip is complete when its end-of-central-directory record is there. */
function isCompleteZip(file: string): boolean {
  const bytes = fs.readFileSync(file)
  const tail = bytes.subarray(Math.max(0, bytes.length - 65_557))
  return (
    bytes.subarray(0, 2).toString('latin1') === 'PK' && tail.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  )
}

/** Our migrations plus one more, harmless and schema-agnostic, as the next app version would ship. */
export function migrationsWithExtra(into: string): { dir: string; version: number } {
  const shipped = path.join(repoRoot, 'drizzle')
  fs.cpSync(shipped, into, { recursive: true })
  const journalFile = path.join(into, 'meta', '_journal.json')
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
    entries: { idx: number; when: number; tag: string }[]
  }
  const last = journal.entries.at(-1)!
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_crash_probe' })
  fs.writeFileSync(journalFile, JSON.stringify(journal))
  fs.writeFileSync(
    path.join(into, '9999_crash_probe.sql'),
    'CREATE TABLE `crash_probe` (`id` integer PRIMARY KEY NOT NULL, `note` text);'
  )
  return { dir: into, version: journal.entries.length }
}

function openHere(dir: string, migrationsDir?: string): OpenedCore {
  return openCore({
    dir,
    migrationsDir,
    actor: 'crash-check',
    today: () => TODAY,
    log: { error: () => {}, warn: () => {}, info: () => {} }
  })
}

async function read<N extends CallName>(
  core: OpenedCore,
  name: N,
  input: CallInput<N>
): Promise<CallOutput<N>> {
  const result = (await core.dispatch(name, input as never)) as CallResult<CallOutput<N>>
  if (!result.ok) throw new Error(`${name} failed after reopen: ${JSON.stringify(result.error)}`)
  return result.value
}

async function snapshot(core: OpenedCore): Promise<Snapshot> {
  const page = await read(core, 'matters.list', { limit: 1000 })
  const matters: Snapshot['matters'] = new Map()
  for (const row of page.rows) {
    const detail = await read(core, 'matters.get', { id: row.id })
    const documents = flatDocuments(await read(core, 'documents.list', { matterId: row.id }))
    const items = await read(core, 'timeline.list', { matterId: row.id, order: 'asc' })
    const events = new Map<number, { type: string; date: string }>()
    for (const i of items)
      if (i.kind === 'event') events.set(i.event.id, { type: i.event.type, date: i.event.date })
    matters.set(row.id, { detail, documents, events })
  }
  return { matters }
}

/** Raw SQLite checks on a closed workspace file: integrity, foreign keys, every FTS5 table. */
export function sqliteChecks(file: string): string[] {
  const problems: string[] = []
  const db = new Database(file)
  try {
    const integrity = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok')
      problems.push(`integrity_check: ${JSON.stringify(integrity).slice(0, 300)}`)
    const fk = db.pragma('foreign_key_check') as unknown[]
    if (fk.length) problems.push(`foreign_key_check: ${fk.length} rows, e.g. ${JSON.stringify(fk[0])}`)
    const fts = db
      .prepare("select name from sqlite_master where type = 'table' and sql like '%fts5%'")
      .all() as { name: string }[]
    for (const { name } of fts) {
      try {
        db.prepare(`INSERT INTO "${name}"("${name}") VALUES('integrity-check')`).run()
      } catch (error) {
        problems.push(`fts ${name}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  } finally {
    db.close()
  }
  return problems
}

function tempFiles(dir: string): { vault: number; exports: number } {
  const list = (d: string, test: (n: string) => boolean): number =>
    fs.existsSync(d) ? fs.readdirSync(d).filter(test).length : 0
  return {
    vault: list(path.join(dir, 'vault', 'tmp'), (n) => n.endsWith('.part')),
    exports: list(path.join(dir, 'exports'), (n) => n.startsWith('.') && n.endsWith('.part'))
  }
}

// ---- Applying the journal ----

function newMatter(d: Data): MatterModel {
  return {
    title: d.title as string,
    notes: (d.notes as string | null) ?? null,
    demands: (d.demands as string | null) ?? null,
    senderReference: (d.senderReference as string | null) ?? null,
    letterDate: (d.letterDate as string | null) ?? null,
    parties: new Set(d.partyIds as number[]),
    ipRights: new Set(d.ipRightIds as number[]),
    products: new Set(d.productIds as number[]),
    deadlines: new Map((d.deadlines as { id: number; status: string; due: string }[]).map((x) => [x.id, x])),
    events: new Map((d.events as { id: number; date: string }[]).map((e) => [e.id, e.date])),
    documents: new Map(
      (d.documents as { id: number; sha256: string; parentId: number | null }[]).map((x) => [x.id, x])
    )
  }
}

function partSet(m: MatterModel, kind: unknown): Set<number> {
  return kind === 'party' ? m.parties : kind === 'ipRight' ? m.ipRights : m.products
}

/** What a done op changed, applied to the model. */
function applyDone(model: Model, e: JournalEntry, notes: string[]): void {
  const d = e.data
  const m = typeof d.matterId === 'number' ? model.matters.get(d.matterId) : undefined
  switch (e.op) {
    case 'letter':
      model.matters.set(d.matterId as number, newMatter(d))
      break
    case 'upload':
    case 'slowUpload':
      model.blobs.add(d.sha256 as string)
      break
    case 'attach': {
      const docs = d.documents as { id: number; sha256: string; parentId: number | null }[]
      for (const doc of docs) m?.documents.set(doc.id, doc)
      if (d.email === true && model.emailChildren === null) model.emailChildren = docs.length - 1
      break
    }
    case 'update': {
      const u = model.matters.get(d.id as number)
      if (u) Object.assign(u, { notes: d.notes, demands: d.demands, senderReference: d.senderReference })
      break
    }
    case 'partAdd':
      if (m && typeof d.id === 'number') partSet(m, d.kind).add(d.id)
      else notes.push(`run ${e.run}: partAdd done without an id (${JSON.stringify(d)})`)
      break
    case 'partRemove':
      if (m) partSet(m, d.kind).delete(d.id as number)
      break
    case 'deadlineAdd':
      m?.deadlines.set(d.id as number, { status: d.status as string, due: d.due as string })
      break
    case 'deadlineStatus': {
      const dl = m?.deadlines.get(d.id as number)
      if (dl) dl.status = d.to as string
      break
    }
    case 'eventDate': {
      if (!m) break
      m.events.set(d.eventId as number, d.to as string)
      m.letterDate = d.to as string
      const predicted = d.predicted as { id: number; to: string }[]
      for (const a of d.actual as { id: number; due: string }[]) {
        const p = predicted.find((x) => x.id === a.id)
        if (p && p.to !== a.due)
          notes.push(`run ${e.run}: deadline ${a.id} moved to ${a.due}, the harness predicted ${p.to}`)
        const dl = m.deadlines.get(a.id)
        if (dl) dl.due = a.due
      }
      break
    }
    case 'export':
      model.exports.add(d.path as string)
      break
  }
}

/**
 * The op the child was in when it died: is it fully there (then the model takes it on, with the
 * ids found) or fully absent? Returns the resolution, pushing a problem for anything partial.
 */
function resolveInFlight(model: Model, e: JournalEntry, snap: Snapshot, problems: string[]): string {
  const d = e.data
  const actual = typeof d.matterId === 'number' ? snap.matters.get(d.matterId) : undefined
  const m = typeof d.matterId === 'number' ? model.matters.get(d.matterId) : undefined
  switch (e.op) {
    case 'letter': {
      const fresh = [...snap.matters.entries()].filter(([id]) => !model.matters.has(id))
      const mine = fresh.filter(([, s]) => s.detail.matter.title === d.title)
      if (mine.length === 0) return 'absent'
      if (mine.length > 1) {
        problems.push(`letter "${String(d.title)}" logged ${mine.length} times`)
        return 'partial'
      }
      const [id, s] = mine[0]!
      const got = {
        parties: s.detail.parties.length,
        ipRights: s.detail.ipRights.length,
        products: s.detail.products.length,
        deadlines: s.detail.deadlines.length,
        documents: s.documents.length,
        events: s.events.size
      }
      const want = { ...pick(d, ['parties', 'ipRights', 'products', 'deadlines', 'documents']), events: 2 }
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        problems.push(
          `letter matter ${id} is partial: has ${JSON.stringify(got)}, a letter makes ${JSON.stringify(want)}`
        )
        return 'partial'
      }
      model.matters.set(
        id,
        newMatter({
          title: d.title,
          notes: s.detail.matter.notes,
          demands: s.detail.matter.demands,
          senderReference: s.detail.matter.senderReference,
          letterDate: s.detail.matter.letterDate,
          partyIds: s.detail.parties.map((p) => p.id),
          ipRightIds: s.detail.ipRights.map((p) => p.id),
          productIds: s.detail.products.map((p) => p.id),
          deadlines: s.detail.deadlines,
          events: [...s.events].map(([eid, ev]) => ({ id: eid, date: ev.date })),
          documents: s.documents
        })
      )
      return 'there'
    }
    case 'attach': {
      if (!m || !actual) return 'n/a'
      const fresh = actual.documents.filter((x) => !m.documents.has(x.id))
      if (fresh.length === 0) return 'absent'
      const root = fresh.filter((x) => x.parentId === null)
      const children = fresh.filter((x) => x.parentId !== null && x.parentId === root[0]?.id)
      const wantChildren = d.email === true ? model.emailChildren : 0
      const whole =
        root.length === 1 &&
        root[0]!.sha256 === d.sha256 &&
        root[0]!.originalName === d.name &&
        children.length + 1 === fresh.length &&
        (wantChildren === null || children.length === wantChildren)
      if (!whole) {
        problems.push(
          `attach of ${String(d.name)} is partial: ${fresh.length} new documents ${JSON.stringify(fresh.map((x) => [x.id, x.originalName, x.parentId]))}`
        )
        return 'partial'
      }
      for (const x of fresh) m.documents.set(x.id, { sha256: x.sha256, parentId: x.parentId })
      if (d.email === true && model.emailChildren === null) model.emailChildren = children.length
      return 'there'
    }
    case 'update': {
      const u = model.matters.get(d.id as number)
      const a = snap.matters.get(d.id as number)?.detail.matter
      if (!u || !a) return 'n/a'
      const fields = ['notes', 'demands', 'senderReference'] as const
      if (fields.every((f) => a[f] === d[f])) {
        Object.assign(u, pick(d, fields))
        return 'there'
      }
      if (fields.every((f) => a[f] === u[f])) return 'absent'
      problems.push(`update of matter ${String(d.id)} is partial: ${JSON.stringify(pick(a, fields))}`)
      return 'partial'
    }
    case 'partAdd': {
      if (!m || !actual) return 'n/a'
      const list =
        d.kind === 'party'
          ? actual.detail.parties
          : d.kind === 'ipRight'
            ? actual.detail.ipRights
            : actual.detail.products
      const set = partSet(m, d.kind)
      const fresh = list.filter((x) => !set.has(x.id))
      if (fresh.length === 0) return 'absent'
      const label = (x: (typeof list)[number]): string => ('name' in x ? x.name : x.number)
      if (fresh.length === 1 && label(fresh[0]!) === d.label) {
        set.add(fresh[0]!.id)
        return 'there'
      }
      problems.push(`${String(d.kind)} add on matter ${String(d.matterId)}: ${fresh.length} unexpected rows`)
      return 'partial'
    }
    case 'partRemove': {
      if (!m || !actual) return 'n/a'
      const list =
        d.kind === 'party'
          ? actual.detail.parties
          : d.kind === 'ipRight'
            ? actual.detail.ipRights
            : actual.detail.products
      if (list.some((x) => x.id === d.id)) return 'absent'
      partSet(m, d.kind).delete(d.id as number)
      return 'there'
    }
    case 'deadlineAdd': {
      if (!m || !actual) return 'n/a'
      const fresh = actual.detail.deadlines.filter((x) => !m.deadlines.has(x.id))
      if (fresh.length === 0) return 'absent'
      if (fresh.length === 1 && fresh[0]!.title === d.title && fresh[0]!.due === d.due) {
        m.deadlines.set(fresh[0]!.id, { status: fresh[0]!.status, due: fresh[0]!.due })
        return 'there'
      }
      problems.push(`deadline add on matter ${String(d.matterId)}: ${fresh.length} unexpected deadlines`)
      return 'partial'
    }
    case 'deadlineStatus': {
      const dl = m?.deadlines.get(d.id as number)
      const a = actual?.detail.deadlines.find((x) => x.id === d.id)
      if (!dl || !a) return 'n/a'
      if (a.status === d.from) return 'absent'
      if (a.status === d.to) {
        dl.status = a.status
        return 'there'
      }
      problems.push(
        `deadline ${String(d.id)} has status ${a.status}, neither ${String(d.from)} nor ${String(d.to)}`
      )
      return 'partial'
    }
    case 'eventDate': {
      if (!m || !actual) return 'n/a'
      const predicted = d.predicted as { id: number; from: string; to: string }[]
      const state = (side: 'from' | 'to'): boolean =>
        actual.events.get(d.eventId as number)?.date === d[side] &&
        actual.detail.matter.letterDate === d[side] &&
        predicted.every((p) => actual.detail.deadlines.find((x) => x.id === p.id)?.due === p[side])
      if (state('from')) return 'absent'
      if (state('to')) {
        m.events.set(d.eventId as number, d.to as string)
        m.letterDate = d.to as string
        for (const p of predicted) {
          const dl = m.deadlines.get(p.id)
          if (dl) dl.due = p.to
        }
        return 'there'
      }
      problems.push(
        `event ${String(d.eventId)} correction ${String(d.from)} -> ${String(d.to)} is partial: event ${actual.events.get(d.eventId as number)?.date}, letterDate ${actual.detail.matter.letterDate}, deadlines ${JSON.stringify(actual.detail.deadlines.map((x) => [x.id, x.due]))}, predicted ${JSON.stringify(predicted)}`
      )
      return 'partial'
    }
    default:
      // upload/slowUpload (no row to show yet), export (checked with the exports folder),
      // migrateCopy (the harness's own copy), migrate (checked on the copy), start.
      return 'n/a'
  }
}

function pick<T extends object, K extends readonly (keyof T & string)[]>(
  o: T,
  keys: K
): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, o[k]]))
}

/** The reopened workspace against the model: exact, matter by matter. */
function compare(model: Model, snap: Snapshot, problems: string[]): void {
  for (const id of snap.matters.keys())
    if (!model.matters.has(id)) problems.push(`matter ${id} exists but no journalled change made it`)
  for (const [id, m] of model.matters) {
    const s = snap.matters.get(id)
    if (!s) {
      problems.push(`matter ${id} ("${m.title}") is gone`)
      continue
    }
    const a = s.detail.matter
    for (const f of ['title', 'notes', 'demands', 'senderReference', 'letterDate'] as const)
      if (a[f] !== m[f])
        problems.push(`matter ${id} ${f}: ${JSON.stringify(a[f])}, journal says ${JSON.stringify(m[f])}`)
    const sets: [string, Set<number>, { id: number }[]][] = [
      ['parties', m.parties, s.detail.parties],
      ['ipRights', m.ipRights, s.detail.ipRights],
      ['products', m.products, s.detail.products]
    ]
    for (const [name, want, got] of sets)
      if (
        !sameSet(
          want,
          got.map((x) => x.id)
        )
      )
        problems.push(
          `matter ${id} ${name}: ${JSON.stringify(got.map((x) => x.id))}, journal says ${JSON.stringify([...want])}`
        )
    if (
      !sameSet(
        m.deadlines.keys(),
        s.detail.deadlines.map((x) => x.id)
      )
    )
      problems.push(
        `matter ${id} deadlines: ${JSON.stringify(s.detail.deadlines.map((x) => x.id))}, journal says ${JSON.stringify([...m.deadlines.keys()])}`
      )
    for (const [did, want] of m.deadlines) {
      const got = s.detail.deadlines.find((x) => x.id === did)
      if (got && (got.status !== want.status || got.due !== want.due))
        problems.push(`deadline ${did}: ${got.status} ${got.due}, journal says ${want.status} ${want.due}`)
    }
    for (const [eid, date] of m.events)
      if (s.events.get(eid)?.date !== date)
        problems.push(`event ${eid}: ${s.events.get(eid)?.date}, journal says ${date}`)
    if (
      !sameSet(
        m.documents.keys(),
        s.documents.map((x) => x.id)
      )
    )
      problems.push(
        `matter ${id} documents: ${JSON.stringify(s.documents.map((x) => x.id))}, journal says ${JSON.stringify([...m.documents.keys()])}`
      )
    for (const doc of s.documents) {
      const want = m.documents.get(doc.id)
      if (want && want.sha256 !== doc.sha256) problems.push(`document ${doc.id} sha256 changed`)
    }
  }
}

/** Every document's (and every uploaded) blob is in the vault and hashes to its name. */
function vaultChecks(
  dir: string,
  model: Model,
  snap: Snapshot,
  hashed: Set<string>,
  problems: string[]
): void {
  const wanted = new Set(model.blobs)
  for (const s of snap.matters.values()) for (const doc of s.documents) wanted.add(doc.sha256)
  for (const sha of wanted) {
    if (hashed.has(sha)) continue
    const file = path.join(dir, 'vault', 'sha256', sha.slice(0, 2), sha)
    if (!fs.existsSync(file)) problems.push(`blob ${sha} is missing from the vault`)
    else if (sha256File(file) !== sha) problems.push(`blob ${sha} does not hash to its name`)
    else hashed.add(sha)
  }
}

function exportChecks(dir: string, model: Model, problems: string[]): void {
  const folder = path.join(dir, 'exports')
  for (const p of model.exports) if (!fs.existsSync(p)) problems.push(`exported bundle ${p} is gone`)
  if (!fs.existsSync(folder)) return
  for (const name of fs.readdirSync(folder)) {
    if (name.endsWith('.part')) continue
    if (!isCompleteZip(path.join(folder, name))) problems.push(`exports/${name} is not a complete zip`)
  }
}

/**
 * An export in flight: the custody 'export' rows are committed before the zip is renamed into
 * place, so a kill between them leaves custody naming a bundle that does not exist.
 */
async function exportCustody(
  core: OpenedCore,
  dir: string,
  matterId: number,
  findings: string[]
): Promise<void> {
  const events = await read(core, 'documents.custody', { matterId })
  const bundles = new Set(
    events.filter((e) => e.action === 'export').map((e) => String(e.details?.bundle ?? ''))
  )
  for (const bundle of bundles)
    if (bundle && !fs.existsSync(path.join(dir, 'exports', bundle)))
      findings.push(`custody records an export to ${bundle}, which is not in exports/`)
}

/** A migrated copy opens (finishing the migration if the kill stopped it) with its data. */
function copyChecks(
  copy: string,
  matterCount: number,
  version: number,
  migrations: string,
  problems: string[],
  findings: string[]
): void {
  try {
    const core = openHere(copy, migrations)
    const info = core.workspace.info()
    core.workspace.close()
    if (info.schemaVersion !== version)
      problems.push(`migrated copy: schema ${info.schemaVersion}, want ${version}`)
    if (info.matterCount !== matterCount)
      problems.push(`migrated copy: ${info.matterCount} matters, the workspace had ${matterCount}`)
    problems.push(...sqliteChecks(path.join(copy, 'workspace.db')).map((p) => `migrated copy: ${p}`))
    const db = new Database(path.join(copy, 'workspace.db'), { readonly: true })
    const probe = db.prepare("select count(*) n from sqlite_master where name = 'crash_probe'").get() as {
      n: number
    }
    const userVersion = db.pragma('user_version', { simple: true }) as number
    db.close()
    if (probe.n !== 1) problems.push('migrated copy: the extra migration is not applied')
    // The pre-migration copy (VACUUM INTO, straight to its final name): a kill mid-way leaves a
    // damaged "backup" behind. Not a loss of data, but worth knowing.
    const backups = path.join(copy, 'backups')
    for (const name of fs.existsSync(backups) ? fs.readdirSync(backups) : []) {
      const bad = (() => {
        try {
          return sqliteChecks(path.join(backups, name))
        } catch (error) {
          return [String(error)]
        }
      })()
      if (bad.length)
        findings.push(`pre-migration backup ${name} is damaged: ${bad.join('; ').slice(0, 200)}`)
    }
    if (userVersion !== version) problems.push(`migrated copy: user_version ${userVersion}, want ${version}`)
  } catch (error) {
    problems.push(`migrated copy does not open: ${error instanceof Error ? error.message : String(error)}`)
  }
}

// ---- Running children ----

function waitFor(
  journal: string,
  from: number,
  test: (e: JournalEntry) => boolean,
  child: ChildProcess,
  ms: number
): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now()
    let offset = from
    const tick = (): void => {
      const { entries, offset: next } = readJournal(journal, offset)
      offset = next
      if (entries.some(test)) return resolve(true)
      if (child.exitCode !== null || child.signalCode !== null || Date.now() - started > ms)
        return resolve(false)
      setTimeout(tick, 5)
    }
    tick()
  })
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const t0 = Date.now()
  const log = options.log ?? (() => {})
  const seed = options.seed ?? Date.now() % 1_000_000
  const random = rng(seed)
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ipdesk-crash-'))
  const dir = path.join(root, 'workspace')
  const journal = path.join(root, 'journal.jsonl')
  const copiesDir = path.join(root, 'copies')
  fs.mkdirSync(copiesDir, { recursive: true })
  const extra = migrationsWithExtra(path.join(root, 'migrations-extra'))
  const model: Model = { matters: new Map(), blobs: new Set(), exports: new Set(), emailChildren: null }
  const hashed = new Set<string>()
  const results: KillResult[] = []
  const notes: string[] = []
  const findings: string[] = []
  const doneOps: Record<string, number> = {}
  let offset = 0
  const minDelay = options.minDelayMs ?? 30
  const maxDelay = options.maxDelayMs ?? 1500
  const targeted = options.targetedKills ?? 0
  const total = options.kills + targeted
  log(`crash harness: ${total} kills (${targeted} aimed mid-import), seed ${seed}, in ${root}`)

  const cmd = await workerCommand()
  log(`crash harness: children ${cmd.how}`)
  const configFor = (run: number): string => {
    // The aimed kills come last: the first runs build a workspace worth crashing.
    const config: WorkerConfig = {
      dir,
      journal,
      run,
      seed: seed * 1000 + run,
      fixturesDir,
      migrationsExtra: extra.dir,
      copiesDir,
      firstOp: run >= options.kills ? 'slow' : undefined
    }
    const file = path.join(root, `run-${run}.json`)
    fs.writeFileSync(file, JSON.stringify(config))
    return file
  }
  // Children are started AHEAD runs ahead: each loads its modules (seconds, on a busy machine)
  // while the ones before it work and their workspace is checked, then waits for "go".
  const pool = new Map<number, Spawned>()
  const ensure = (run: number): void => {
    if (run < total && !pool.has(run)) pool.set(run, spawnWorker(cmd, configFor(run)))
  }
  for (let ahead = 0; ahead < AHEAD; ahead++) ensure(ahead)

  try {
    for (let run = 0; run < total; run++) {
      const aim = run >= options.kills
      ensure(run)
      const { child, stderr, exited } = pool.get(run)!
      pool.delete(run)
      const tGo = Date.now()
      child.stdin!.write('go\n')
      const problems: string[] = []
      const started = await waitFor(
        journal,
        offset,
        (e) => e.run === run && e.phase === 'start',
        child,
        60_000
      )
      const startMs = Date.now() - tGo
      for (let ahead = 1; ahead <= AHEAD; ahead++) ensure(run + ahead)
      if (!started) problems.push(`child did not start: ${stderr().trim().slice(0, 500)}`)
      else if (aim) {
        const inside = await waitFor(
          journal,
          offset,
          (e) => e.run === run && e.phase === 'begin' && e.op === 'slowUpload',
          child,
          30_000
        )
        if (!inside) problems.push('the aimed op never began')
        await sleep(120)
      } else await sleep(minDelay + random() * (maxDelay - minDelay))
      if (child.exitCode !== null)
        problems.push(`child exited by itself (${child.exitCode}): ${stderr().trim().slice(0, 500)}`)
      child.kill('SIGKILL')
      await exited
      fs.rmSync(path.join(root, `run-${run}.json`), { force: true })

      // What the journal says happened in this run.
      const { entries, offset: next } = readJournal(journal, offset)
      offset = next
      let open: JournalEntry | null = null
      const copies: { copy: string; matterCount: number; migrated: boolean }[] = []
      for (const e of entries) {
        if (e.phase === 'begin') open = e
        if (e.phase === 'start' || e.phase === 'begin') continue
        open = null
        if (e.phase === 'fail') {
          notes.push(`run ${run}: ${e.op} refused: ${JSON.stringify(e.data.error).slice(0, 200)}`)
          continue
        }
        doneOps[e.op] = (doneOps[e.op] ?? 0) + 1
        applyDone(model, e, notes)
        if (e.op === 'migrateCopy')
          copies.push({
            copy: e.data.copy as string,
            matterCount: e.data.matterCount as number,
            migrated: false
          })
      }

      // Reopen as the app would, then check everything.
      const tCheck = Date.now()
      let resolution = 'n/a'
      let temps = { vault: 0, exports: 0 }
      try {
        const core = openHere(dir)
        try {
          temps = tempFiles(dir)
          const snap = await snapshot(core)
          if (open) resolution = resolveInFlight(model, open, snap, problems)
          if (open?.op === 'export') await exportCustody(core, dir, open.data.matterId as number, findings)
          compare(model, snap, problems)
          vaultChecks(dir, model, snap, hashed, problems)
          const verify = await read(core, 'vault.verify', {})
          if (verify.mismatched.length || verify.missing.length || verify.unreadable.length)
            problems.push(
              `vault.verify: ${JSON.stringify({ mismatched: verify.mismatched, missing: verify.missing, unreadable: verify.unreadable }).slice(0, 400)}`
            )
          // Text left pending by the kill is read after reopen; let it finish before closing.
          const pending = [...snap.matters.values()].flatMap((s) =>
            s.documents.filter((x) => x.textStatus === 'pending').map((x) => x.id)
          )
          if (pending.length) await read(core, 'documents.waitForText', { ids: pending, timeoutMs: 30_000 })
        } finally {
          core.workspace.close()
        }
        problems.push(...sqliteChecks(path.join(dir, 'workspace.db')))
        exportChecks(dir, model, problems)
      } catch (error) {
        problems.push(
          `reopen failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
        )
      }
      // Migration copies made in this run: the one in flight, and the finished ones.
      if (open?.op === 'migrate' && !copies.some((c) => c.copy === open.data.copy))
        copies.push({
          copy: open.data.copy as string,
          matterCount: open.data.matterCount as number,
          migrated: false
        })
      for (const c of copies) {
        copyChecks(c.copy, c.matterCount, extra.version, extra.dir, problems, findings)
        fs.rmSync(c.copy, { recursive: true, force: true })
      }
      if (open?.op === 'migrateCopy') fs.rmSync(open.data.copy as string, { recursive: true, force: true })

      const result: KillResult = {
        run,
        inFlight: open?.op ?? null,
        resolution,
        problems,
        vaultTempFiles: temps.vault,
        exportTempFiles: temps.exports
      }
      results.push(result)
      log(
        `kill ${run + 1}/${total}${aim ? ' (aimed)' : ''}: ${entries.filter((e) => e.phase === 'done').length} done, in flight ${result.inFlight ?? '-'} (${resolution}), ` +
          `temp left ${temps.vault}+${temps.exports}, start ${startMs} ms, check ${Date.now() - tCheck} ms${problems.length ? `, LOST: ${problems.join('; ')}` : ''}`
      )
    }
  } finally {
    for (const spawned of pool.values()) spawned.child.kill('SIGKILL')
    if (cmd.args.length === 1) fs.rmSync(cmd.args[0]!, { force: true })
  }
  const last = tempFiles(dir)
  const lost = results.filter((r) => r.problems.length > 0).length
  const report: SoakReport = {
    kills: results.length,
    survived: results.length - lost,
    lost,
    ms: Date.now() - t0,
    results,
    doneOps,
    leftoverVaultTemp: last.vault,
    leftoverExportTemp: last.exports,
    killsWithLeftovers: results.filter((r) => r.vaultTempFiles + r.exportTempFiles > 0).length,
    notes,
    findings,
    dir: root
  }
  if (options.keep || process.env.IPDESK_CRASH_KEEP || lost > 0)
    log(`crash harness: workspace and journal kept in ${root}`)
  else fs.rmSync(root, { recursive: true, force: true })
  return report
}

export function soakLine(r: SoakReport): string {
  return `soak: ${r.kills} kills, ${r.survived} survived, ${r.lost} lost`
}
