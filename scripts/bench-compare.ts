// `npm run bench:compare -- <before-ref> [<after-ref>] [--rounds N] [--json]`: runs `npm run bench`
// of an earlier commit and of a later one (default: this checkout) on this machine in one run, alternating (before, after, before,
// after, ...) so both see the same load, and prints each figure's median over the rounds with the
// ratio after/before. A ratio above 1.5 (slower, or fewer calls per second) is flagged and makes
// the command exit 1. Each commit is checked out in a temporary git worktree that shares this
// checkout's node_modules (hard links) and ../shared fixtures; they are removed afterwards.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync, spawnSync } from 'node:child_process'
import type { Figure } from './bench'

const LIMIT = 1.5
const root = path.resolve(__dirname, '..')

type Figures = Record<string, Figure>

/** The figures a bench run printed with --json (npm's own lines come before the object). */
export function parseBenchOutput(stdout: string): Figures {
  const start = stdout.indexOf('{')
  if (start < 0) throw new Error('bench printed no JSON')
  return JSON.parse(stdout.slice(start)) as Figures
}

const median = (values: number[]): number => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export interface Comparison {
  figure: string
  metric: 'p50_ms' | 'p95_ms' | 'calls_per_s' | 'bytes'
  before: number
  after: number
  /** How many times worse after is than before (> 1 is worse, whatever the metric's direction). */
  ratio: number
  flagged: boolean
}

/** Median of each figure's metric over the rounds, compared; figures only one side has are left out. */
export function compareRounds(before: Figures[], after: Figures[], limit = LIMIT): Comparison[] {
  const rows: Comparison[] = []
  const names = Object.keys(after[0] ?? {}).filter((name) => before.every((r) => name in r))
  for (const figure of names) {
    for (const metric of ['p50_ms', 'p95_ms', 'calls_per_s', 'bytes'] as const) {
      const b = median(before.map((r) => r[figure]?.[metric] ?? NaN))
      const a = median(after.map((r) => r[figure]?.[metric] ?? NaN))
      if (!Number.isFinite(a) || !Number.isFinite(b) || a <= 0 || b <= 0) continue
      const ratio = metric === 'calls_per_s' ? b / a : a / b
      rows.push({ figure, metric, before: b, after: a, ratio, flagged: ratio > limit })
    }
  }
  return rows
}

function runBench(cwd: string): Figures {
  const result = spawnSync('node', ['--import', 'tsx', 'scripts/bench.ts', '--json'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  if (result.status !== 0) throw new Error(`bench in ${cwd} exited ${result.status}`)
  return parseBenchOutput(result.stdout)
}

/** A detached worktree of `commit` under `scratch`, ready to bench. */
function worktree(scratch: string, name: string, commit: string): string {
  const dir = path.join(scratch, name)
  execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: root, stdio: 'ignore' })
  // Same packages, no download: hard links into this checkout's node_modules.
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')])
  return dir
}

function main(): void {
  const args = process.argv.slice(2)
  const json = args.includes('--json')
  const roundsAt = args.indexOf('--rounds')
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3
  const refs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds')
  if (refs.length < 1 || refs.length > 2 || !Number.isInteger(rounds) || rounds < 1) {
    process.stderr.write('usage: npm run bench:compare -- <before-ref> [<after-ref>] [--rounds N] [--json]\n')
    process.exit(2)
  }
  const say = (line: string): void => {
    process.stderr.write(`${line}\n`)
  }
  const resolve = (ref: string): string =>
    execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' }).trim()
  const beforeCommit = resolve(refs[0]!)
  const afterCommit = refs[1] ? resolve(refs[1]) : null
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ipdesk-bench-compare-'))
  const trees: string[] = []
  try {
    // Benches read the fixtures at ../shared from the project root.
    const shared = path.resolve(root, '..', 'shared')
    if (fs.existsSync(shared)) fs.symlinkSync(shared, path.join(scratch, 'shared'))
    const beforeDir = worktree(scratch, 'before', beforeCommit)
    trees.push(beforeDir)
    const afterDir = afterCommit ? worktree(scratch, 'after', afterCommit) : root
    if (afterCommit) trees.push(afterDir)
    const label = (commit: string | null): string => (commit ? commit.slice(0, 7) : 'this checkout')
    const before: Figures[] = []
    const after: Figures[] = []
    for (let round = 1; round <= rounds; round++) {
      say(`round ${round}/${rounds}: before (${label(beforeCommit)}) ...`)
      before.push(runBench(beforeDir))
      say(`round ${round}/${rounds}: after (${label(afterCommit)}) ...`)
      after.push(runBench(afterDir))
    }
    const rows = compareRounds(before, after)
    if (json) {
      const report = { before: beforeCommit, after: afterCommit ?? 'checkout', rounds, limit: LIMIT, rows }
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    } else {
      process.stdout.write(
        `Medians of ${rounds} alternating rounds; ratio = how many times worse after is.\n`
      )
      process.stdout.write(
        `${'figure'.padEnd(44)}${'metric'.padEnd(13)}${'before'.padStart(12)}${'after'.padStart(12)}  ratio\n`
      )
      for (const r of rows) {
        const cell = (v: number): string =>
          (v >= 1000 ? Math.round(v).toLocaleString('en') : v.toFixed(3)).padStart(12)
        const flag = r.flagged ? `  > ${LIMIT}x` : ''
        process.stdout.write(
          `${r.figure.padEnd(44)}${r.metric.padEnd(13)}${cell(r.before)}${cell(r.after)}  ${r.ratio.toFixed(2)}x${flag}\n`
        )
      }
    }
    const flagged = rows.filter((r) => r.flagged)
    say(
      flagged.length
        ? `${flagged.length} figure(s) more than ${LIMIT}x worse after than before`
        : `no figure more than ${LIMIT}x worse after than before`
    )
    process.exitCode = flagged.length ? 1 : 0
  } finally {
    for (const dir of trees)
      spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' })
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}

if (require.main === module) main()
