// Each test gets its own workspace folder with a real SQLite file, removed afterwards.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import { openCore, type OpenedCore, type OpenWorkspaceOptions } from '../../src/main/core'
import type { CallInput, CallResult } from '../../src/shared/contract'

type LetterInput = CallInput<'matters.logWarningLetter'>

export const repoRoot = path.resolve(__dirname, '../..')
export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures')
export const fixture = (name: string): string => path.join(fixturesDir, name)

const opened: { core: OpenedCore; dir: string }[] = []

export function tempDir(prefix = 'ipdesk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

/** A fresh workspace whose clock says 2026-11-29, the day these specs were written. */
export function openTestCore(options: Partial<OpenWorkspaceOptions> = {}): OpenedCore & { dir: string } {
  const dir = options.dir ?? tempDir()
  let tick = 0
  const core = openCore({
    actor: 'counsel',
    today: () => '2026-11-29',
    // Strictly increasing moments keep "same second" ordering deterministic.
    now: () => new Date(Date.UTC(2026, 10, 29, 9, 0, 0, tick++)).toISOString(),
    log: { error: () => {}, warn: () => {}, info: () => {} },
    ...options,
    dir
  })
  opened.push({ core, dir })
  return { ...core, dir }
}

/**
 * A workspace as an earlier version wrote it: migrated up to (not including) `firstMissingTag`,
 * then given `sql`, rows typed by hand as that version would have stored them.
 */
export function workspaceBefore(firstMissingTag: string, sql: string): string {
  const before = tempDir('ipdesk-migrations-')
  fs.cpSync(path.join(repoRoot, 'drizzle'), before, { recursive: true })
  const journalFile = path.join(before, 'meta', '_journal.json')
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] }
  const at = journal.entries.findIndex((e) => e.tag === firstMissingTag)
  if (at < 0) throw new Error(`no migration ${firstMissingTag}`)
  for (const e of journal.entries.slice(at)) fs.rmSync(path.join(before, `${e.tag}.sql`))
  journal.entries = journal.entries.slice(0, at)
  fs.writeFileSync(journalFile, JSON.stringify(journal))
  const dir = tempDir()
  const old = openCore({
    dir,
    migrationsDir: before,
    log: { error: () => {}, warn: () => {}, info: () => {} }
  })
  old.workspace.ctx.sqlite.exec(sql)
  old.workspace.close()
  fs.rmSync(before, { recursive: true, force: true })
  return dir
}

afterEach(() => {
  for (const { core, dir } of opened.splice(0)) {
    core.workspace.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

/** The facts of ../shared/fixtures/warning-letter-patent-en.pdf, as counsel would log them. */
export function patentLetterInput(overrides: Record<string, unknown> = {}): LetterInput {
  return {
    title: 'Brightline Outdoor — lantern patents (LX-200)',
    letterDate: '2026-10-19',
    receivedDate: '2026-10-20',
    rightsHolder: 'Brightline Outdoor Inc.',
    senderFirm: 'Harwell & Pike LLP',
    senderAttorney: 'Daniel R. Mercer',
    senderEmail: 'dmercer@harwellpike.example',
    senderReference: 'BRO-2026-0412',
    jurisdiction: 'US',
    marketplace: 'Amazon.com',
    ipRights: [
      {
        type: 'utility_patent',
        number: 'US 11,234,567 B2',
        jurisdiction: 'US',
        title: 'Collapsible Lantern with Telescoping Diffuser'
      },
      { type: 'design_patent', number: 'US D987,654', jurisdiction: 'US', title: 'Camping Lantern' }
    ],
    products: [
      {
        name: 'Folding camping lantern LX-200',
        sku: 'LX-200',
        marketplaceItemId: 'B0C1234567',
        marketplace: 'Amazon.com',
        listingUrl: 'https://www.amazon.com/dp/B0C1234567'
      },
      {
        name: 'Folding camping lantern LX-200 (2-pack)',
        sku: 'LX-200-2',
        marketplaceItemId: 'B0C7654321',
        marketplace: 'Amazon.com'
      }
    ],
    demands: 'Cease sales of the accused lanterns and account for sales within fourteen (14) days.',
    responseDeadline: { days: 14, basis: 'calendar', from: 'letter_date', due: '2026-11-02' },
    letterFile: null,
    ...overrides
  } as LetterInput
}

/** The value of a successful call; a failed call fails the test with its error. */
export function ok<T>(result: CallResult<T>): T {
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`)
  return result.value
}
