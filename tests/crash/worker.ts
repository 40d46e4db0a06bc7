// The crash harness's child: opens the workspace with the core's own open function and does real
// work through the contract in a loop until the parent kills it with SIGKILL. Before each change
// it journals what it is ABOUT to do (fsynced) and after it, what it DID, with the ids, so the
// parent knows what must be there and what may be absent.
//
// Run: node --import tsx tests/crash/worker.ts <config.json>   (or the bundle harness.ts builds)
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { openCore, type OpenedCore } from '../../src/main/core'
// The one step outside the contract: putting bytes into the vault is what the shells' upload
// endpoints (ipc.ts, web/server.ts) do before documents.attach, and they call this.
import { importUpload } from '../../src/main/core/documents/uploads'
import type { CallInput, CallName, CallOutput, CallResult } from '../../src/shared/contract'
import { JournalWriter, type JournalEntry } from './journal'
import { TODAY, type WorkerConfig } from './worker-config'

type Core = OpenedCore

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

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

class Worker {
  private core: Core
  private seq = 0
  private readonly journal: JournalWriter
  private readonly random: () => number

  constructor(private readonly config: WorkerConfig) {
    this.journal = new JournalWriter(config.journal)
    this.random = rng(config.seed)
    this.core = this.open()
  }

  private open(dir = this.config.dir, migrationsDir?: string): Core {
    return openCore({
      dir,
      migrationsDir,
      actor: 'crash-harness',
      today: () => TODAY,
      log: { error: () => {}, warn: () => {}, info: () => {} }
    })
  }

  private pick<T>(items: readonly T[]): T | undefined {
    return items.length ? items[Math.floor(this.random() * items.length)] : undefined
  }

  private token(): string {
    return `r${this.config.run}s${this.seq}x${Math.floor(this.random() * 1e6)}`
  }

  write(phase: JournalEntry['phase'], op: string, data: Record<string, unknown>): void {
    this.journal.append({ run: this.config.run, seq: this.seq, phase, op, data })
  }

  private async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<CallOutput<N>>> {
    return (await this.core.dispatch(name, input as never)) as CallResult<CallOutput<N>>
  }

  private async read<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
    const result = await this.call(name, input)
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`)
    return result.value
  }

  /** One journalled change: begin, the call, then done (with what `after` reads) or fail. */
  private async change<N extends CallName, R extends Record<string, unknown>>(
    op: string,
    data: Record<string, unknown>,
    name: N,
    input: CallInput<N>,
    after: (value: CallOutput<N>) => Promise<R> | R
  ): Promise<R | null> {
    this.seq++
    this.write('begin', op, data)
    const result = await this.call(name, input)
    if (!result.ok) {
      this.write('fail', op, { ...data, error: result.error })
      return null
    }
    const done = await after(result.value)
    this.write('done', op, { ...data, ...done })
    return done
  }

  private async matterIds(): Promise<number[]> {
    const page = await this.read('matters.list', { limit: 1000 })
    return page.rows.map((r) => r.id)
  }

  // ---- The ops ----

  async letter(withFile = false): Promise<void> {
    const t = this.token()
    let letterFile: { sha256: string; originalName: string } | null = null
    if (withFile) {
      const uploaded = await this.upload(path.join(this.config.fixturesDir, 'warning-letter-patent-en.pdf'))
      if (uploaded) letterFile = { sha256: uploaded.sha256, originalName: `letter-${t}.pdf` }
    }
    const nRights = 1 + Math.floor(this.random() * 3)
    const nProducts = Math.floor(this.random() * 3)
    const input: CallInput<'matters.logWarningLetter'> = {
      title: `Crash letter ${t}`,
      letterDate: '2026-10-19',
      receivedDate: '2026-10-20',
      rightsHolder: `Holder ${t}`,
      senderFirm: 'Harwell & Pike LLP',
      senderAttorney: 'Daniel R. Mercer',
      senderEmail: 'dmercer@harwellpike.example',
      senderReference: `REF-${t}`,
      jurisdiction: 'US',
      marketplace: 'Amazon.com',
      ipRights: Array.from({ length: nRights }, (_, i) => ({
        type: 'utility_patent' as const,
        number: `US ${t}-${i}`,
        jurisdiction: 'US',
        title: `Right ${i}`
      })),
      products: Array.from({ length: nProducts }, (_, i) => ({
        name: `Product ${t}-${i}`,
        sku: `SKU-${i}`,
        marketplace: 'Amazon.com'
      })),
      demands: 'Cease sales within fourteen (14) days.',
      responseDeadline: { days: 14, basis: 'calendar', from: 'letter_date', due: '2026-11-02' },
      letterFile
    }
    const plan = {
      title: input.title,
      parties: 3,
      ipRights: nRights,
      products: nProducts,
      deadlines: 1,
      documents: letterFile ? 1 : 0,
      sha256: letterFile?.sha256 ?? null
    }
    await this.change('letter', plan, 'matters.logWarningLetter', input, async (detail) => {
      const events = await this.read('timeline.list', { matterId: detail.matter.id, order: 'asc' })
      return {
        matterId: detail.matter.id,
        partyIds: detail.parties.map((p) => p.id),
        ipRightIds: detail.ipRights.map((r) => r.id),
        productIds: detail.products.map((p) => p.id),
        deadlines: detail.deadlines.map((d) => ({ id: d.id, status: d.status, due: d.due })),
        documents: detail.documents.map((d) => ({ id: d.id, sha256: d.sha256, parentId: null })),
        events: events.flatMap((e) => (e.kind === 'event' ? [{ id: e.event.id, date: e.event.date }] : [])),
        letterDate: detail.matter.letterDate,
        notes: detail.matter.notes,
        demands: detail.matter.demands,
        senderReference: detail.matter.senderReference
      }
    })
  }

  /** Bytes into the vault, journalled: done means the blob is durable and recorded. */
  async upload(
    source: string | (() => Readable),
    name = typeof source === 'string' ? path.basename(source) : 'stream.txt',
    op = 'upload'
  ): Promise<{ sha256: string; originalName: string } | null> {
    this.seq++
    this.write('begin', op, { name })
    try {
      const uploaded = await importUpload(
        this.core.workspace,
        typeof source === 'string' ? source : source(),
        name
      )
      this.write('done', op, { name, sha256: uploaded.sha256, size: uploaded.size })
      return uploaded
    } catch (error) {
      this.write('fail', op, { name, error: String(error) })
      return null
    }
  }

  async attach(kind: 'note' | 'pdf' | 'email' | 'slow'): Promise<void> {
    const matterId = this.pick(await this.matterIds())
    if (matterId === undefined) return this.letter()
    const t = this.token()
    const docs = await this.read('documents.list', { matterId })
    let uploaded: { sha256: string; originalName: string } | null
    if (kind === 'note') {
      const bytes = Buffer.from(`Crash harness note ${t}\n${'evidence line\n'.repeat(20 + (this.seq % 50))}`)
      const file = path.join(path.dirname(this.config.journal), `note-${t}.txt`)
      fs.writeFileSync(file, bytes)
      uploaded = await this.upload(file, `note-${t}.txt`)
      fs.rmSync(file, { force: true })
    } else if (kind === 'slow') {
      // A stream that takes a few hundred ms: a wide window for a kill mid-import.
      const chunk = Buffer.from(`slow upload ${t}\n`.padEnd(64 * 1024, '.'))
      uploaded = await this.upload(
        () =>
          Readable.from(
            (async function* () {
              for (let i = 0; i < 16; i++) {
                yield chunk
                await sleep(25)
              }
            })()
          ),
        `slow-${t}.txt`,
        'slowUpload'
      )
    } else {
      const fixture = kind === 'pdf' ? this.pick(PDF_FIXTURES)! : 'warning-letter.eml'
      uploaded = await this.upload(path.join(this.config.fixturesDir, fixture))
    }
    if (!uploaded) return
    // The same bytes twice in one matter is refused as already_attached: pick another kind of op.
    if (docs.some((d) => d.sha256 === uploaded.sha256)) return
    const originalName = kind === 'email' ? `mail-${t}.eml` : `${t}-${uploaded.originalName}`
    await this.change(
      'attach',
      { matterId, sha256: uploaded.sha256, name: originalName, email: kind === 'email' },
      'documents.attach',
      { matterId, files: [{ sha256: uploaded.sha256, originalName }] },
      (result) => ({
        documents: result.documents.flatMap((d) => [
          { id: d.id, sha256: d.sha256, parentId: null },
          ...d.attachments.map((a) => ({ id: a.id, sha256: a.sha256, parentId: d.id }))
        ]),
        problems: result.problems.map((p) => p.code)
      })
    )
  }

  async update(): Promise<void> {
    const id = this.pick(await this.matterIds())
    if (id === undefined) return this.letter()
    const t = this.token()
    const values = { notes: `Notes ${t}`, demands: `Demands ${t}`, senderReference: `SR-${t}` }
    await this.change('update', { id, ...values }, 'matters.update', { id, ...values }, () => ({}))
  }

  async part(kind: 'party' | 'ipRight' | 'product', action: 'add' | 'remove'): Promise<void> {
    const matterId = this.pick(await this.matterIds())
    if (matterId === undefined) return this.letter()
    const t = this.token()
    if (action === 'add') {
      const label = `${kind} ${t}`
      const after = (detail: CallOutput<'parties.add'>) => {
        const list =
          kind === 'party' ? detail.parties : kind === 'ipRight' ? detail.ipRights : detail.products
        const mine = list.find((x) => ('name' in x ? x.name : x.number) === label)
        return { id: mine?.id ?? null }
      }
      const data = { kind, matterId, label }
      if (kind === 'party')
        await this.change('partAdd', data, 'parties.add', { matterId, role: 'other', name: label }, after)
      else if (kind === 'ipRight')
        await this.change(
          'partAdd',
          data,
          'ipRights.add',
          { matterId, type: 'trademark', number: label, jurisdiction: 'US' },
          after
        )
      else await this.change('partAdd', data, 'products.add', { matterId, name: label }, after)
      return
    }
    const detail = await this.read('matters.get', { id: matterId })
    const list: { id: number }[] =
      kind === 'party' ? detail.parties : kind === 'ipRight' ? detail.ipRights : detail.products
    // A letter needs a right; keep one so the matter stays meaningful.
    if (kind === 'ipRight' && list.length < 2) return
    const target = this.pick(list)
    if (!target) return
    const name =
      kind === 'party' ? 'parties.remove' : kind === 'ipRight' ? 'ipRights.remove' : 'products.remove'
    await this.change('partRemove', { kind, matterId, id: target.id }, name, { id: target.id }, () => ({}))
  }

  async deadlineAdd(): Promise<void> {
    const matterId = this.pick(await this.matterIds())
    if (matterId === undefined) return this.letter()
    const t = this.token()
    const due = `2026-12-${String(1 + Math.floor(this.random() * 28)).padStart(2, '0')}`
    const title = `Deadline ${t}`
    await this.change(
      'deadlineAdd',
      { matterId, title, due },
      'deadlines.add',
      { matterId, title, due },
      (d) => ({ id: d.id, status: d.status })
    )
  }

  async deadlineStatus(): Promise<void> {
    const matterId = this.pick(await this.matterIds())
    if (matterId === undefined) return this.letter()
    const detail = await this.read('matters.get', { id: matterId })
    const d = this.pick(detail.deadlines)
    if (!d) return this.deadlineAdd()
    const status = this.pick(STATUSES.filter((s) => s !== d.status))!
    await this.change(
      'deadlineStatus',
      { id: d.id, matterId, from: d.status, to: status },
      'deadlines.setStatus',
      { id: d.id, status },
      () => ({})
    )
  }

  /** Corrects the letter's date: its event, the matter's letterDate and the deadlines move together. */
  async eventDate(): Promise<void> {
    const matterId = this.pick(await this.matterIds())
    if (matterId === undefined) return this.letter()
    const items = await this.read('timeline.list', { matterId, order: 'asc' })
    const events = items.flatMap((i) => (i.kind === 'event' ? [i.event] : []))
    const event = events.find((e) => e.type === 'letter_dated')
    const received = events.find((e) => e.type === 'letter_received')
    if (!event || !received) return
    const day = 1 + Math.floor(this.random() * 30)
    let date = `2026-09-${String(day).padStart(2, '0')}`
    if (date === event.date) date = '2026-10-01'
    const detail = await this.read('matters.get', { id: matterId })
    // What the core should do, worked out before the change: open rule deadlines move to the
    // rule's date for the new trigger; closed or manual ones stay.
    const predicted: { id: number; from: string; to: string }[] = []
    for (const d of detail.deadlines.filter((x) => x.triggerEventId === event.id)) {
      let to = d.due
      if (d.status === 'open' && d.ruleId && !d.overrideReason) {
        to = (await this.read('deadlines.preview', { ruleId: d.ruleId, trigger: date, options: d.options }))
          .due
      }
      predicted.push({ id: d.id, from: d.due, to })
    }
    await this.change(
      'eventDate',
      { matterId, eventId: event.id, from: event.date, to: date, predicted },
      'timeline.updateEvent',
      { id: event.id, date },
      async () => {
        const now = await this.read('matters.get', { id: matterId })
        return {
          actual: now.deadlines
            .filter((x) => predicted.some((p) => p.id === x.id))
            .map((x) => ({ id: x.id, due: x.due }))
        }
      }
    )
  }

  async exportBundle(): Promise<void> {
    const ids = await this.matterIds()
    for (let i = 0; i < 4; i++) {
      const matterId = this.pick(ids)
      if (matterId === undefined) return
      const docs = await this.read('documents.list', { matterId })
      if (!docs.length) continue
      await this.change(
        'export',
        { matterId },
        'documents.exportBundle',
        { matterId, includePrivileged: true },
        (b) => ({ path: b.path, bytes: b.bytes })
      )
      return
    }
  }

  /** Closes the workspace, copies it, and opens the copy with one more migration. */
  async migrate(): Promise<void> {
    const t = this.token()
    const copy = path.join(this.config.copiesDir, `copy-${t}`)
    const matterCount = (await this.read('workspace.info', {})).matterCount
    // Let the text queue finish before the workspace closes under it.
    const pending: number[] = []
    for (const matterId of await this.matterIds()) {
      const docs = await this.read('documents.list', { matterId })
      for (const d of docs.flatMap((x) => [x, ...x.attachments]))
        if (d.textStatus === 'pending') pending.push(d.id)
    }
    if (pending.length) await this.read('documents.waitForText', { ids: pending, timeoutMs: 30_000 })
    this.seq++
    this.write('begin', 'migrateCopy', { copy, matterCount })
    this.core.workspace.close()
    fs.mkdirSync(copy, { recursive: true })
    for (const f of ['workspace.db', 'workspace.db-wal']) {
      const from = path.join(this.config.dir, f)
      if (fs.existsSync(from)) fs.copyFileSync(from, path.join(copy, f))
    }
    this.write('done', 'migrateCopy', { copy, matterCount })
    this.seq++
    this.write('begin', 'migrate', { copy, matterCount })
    const migrated = this.open(copy, this.config.migrationsExtra)
    const info = await migrated.dispatch('workspace.info', {})
    migrated.workspace.close()
    this.write('done', 'migrate', { copy, matterCount, info: info.ok ? info.value : info.error })
    this.core = this.open()
  }

  async step(op: string): Promise<void> {
    switch (op) {
      case 'letter':
        return this.letter(this.random() < 0.3)
      case 'note':
      case 'pdf':
      case 'email':
      case 'slow':
        return this.attach(op)
      case 'update':
        return this.update()
      case 'partyAdd':
        return this.part('party', 'add')
      case 'partyRemove':
        return this.part('party', 'remove')
      case 'ipRightAdd':
        return this.part('ipRight', 'add')
      case 'ipRightRemove':
        return this.part('ipRight', 'remove')
      case 'productAdd':
        return this.part('product', 'add')
      case 'productRemove':
        return this.part('product', 'remove')
      case 'deadlineAdd':
        return this.deadlineAdd()
      case 'deadlineStatus':
        return this.deadlineStatus()
      case 'eventDate':
        return this.eventDate()
      case 'export':
        return this.exportBundle()
      case 'migrate':
        return this.migrate()
      default:
        throw new Error(`unknown op ${op}`)
    }
  }

  nextOp(): string {
    const total = WEIGHTS.reduce((s, [, w]) => s + w, 0)
    let r = this.random() * total
    for (const [op, w] of WEIGHTS) {
      r -= w
      if (r < 0) return op
    }
    return 'letter'
  }

  /**
   * Read-only warm-up before reporting "started": a fresh process pays for lazy imports (file-type)
   * and cold code on its first calls, and kills should land in the work, not in that.
   */
  async warmUp(): Promise<void> {
    await import('file-type')
    const ids = await this.matterIds()
    const id = ids[0]
    if (id !== undefined) {
      await this.read('matters.get', { id })
      await this.read('timeline.list', { matterId: id, order: 'asc' })
      await this.read('documents.list', { matterId: id })
    }
    await this.read('deadlines.preview', {
      ruleId: 'letter.asserted',
      trigger: '2026-10-19',
      options: { days: 14, basis: 'calendar', jurisdiction: 'US' }
    })
  }

  async loop(): Promise<never> {
    await this.warmUp()
    this.write('start', 'start', { pid: process.pid })
    if (this.config.firstOp) await this.step(this.config.firstOp)
    for (;;) {
      if ((await this.matterIds()).length < 3) await this.letter()
      else await this.step(this.nextOp())
    }
  }
}

const STATUSES = ['open', 'done', 'waived', 'missed'] as const
const PDF_FIXTURES = ['warning-letter-patent-en.pdf', 'opinion-non-infringement.pdf', 'malformed.pdf']
const WEIGHTS: [string, number][] = [
  ['letter', 8],
  ['note', 12],
  ['pdf', 2],
  ['email', 3],
  ['slow', 2],
  ['update', 10],
  ['partyAdd', 5],
  ['partyRemove', 4],
  ['ipRightAdd', 4],
  ['ipRightRemove', 3],
  ['productAdd', 4],
  ['productRemove', 3],
  ['deadlineAdd', 6],
  ['deadlineStatus', 6],
  ['eventDate', 8],
  ['export', 2],
  ['migrate', 2]
]

/**
 * Spawned ahead of time, the child loads its modules and then waits for the parent's "go". It
 * never outlives the parent: when its stdin closes (the parent died, e.g. a test run was stopped)
 * or it is handed to another parent, it exits instead of working on forever.
 */
function goSignal(): Promise<void> {
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) process.exit(4)
  }, 500).unref()
  if (!process.argv.includes('--wait-for-go')) return Promise.resolve()
  return new Promise((resolve) => {
    process.stdin.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('go')) resolve()
    })
    process.stdin.on('end', () => process.exit(4))
    process.stdin.on('error', () => process.exit(4))
  })
}

async function main(): Promise<void> {
  await goSignal()
  const config = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as WorkerConfig
  const worker = new Worker(config)
  await worker.loop()
}

main().catch((error: unknown) => {
  process.stderr.write(
    `crash worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  )
  process.exit(3)
})
