// npm run test:soak: the long crash run. Progress goes to stderr; stdout gets one line at the end,
// `soak: N kills, N survived, 0 lost`. Exit code 1 when anything was lost.
// Options: --kills N (default 100), --seed N, --aimed N (kills aimed mid-import, default 2),
// --max-delay MS (longest wait before a kill, default 3000).
import { runSoak, soakLine } from './harness'

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}

async function main(): Promise<void> {
  const kills = arg('kills', 100)
  const aimed = arg('aimed', 2)
  const seed = process.argv.includes('--seed') ? arg('seed', 1) : undefined
  const report = await runSoak({
    kills: Math.max(0, kills - aimed),
    targetedKills: aimed,
    seed,
    // Minutes are fine here: a longer window lets each child get further into its work.
    maxDelayMs: arg('max-delay', 3000),
    log: (line) => process.stderr.write(`${line}\n`)
  })
  const err = (line: string): boolean => process.stderr.write(`${line}\n`)
  err(`done ops: ${JSON.stringify(report.doneOps)}`)
  for (const note of report.notes.slice(0, 20)) err(`note: ${note}`)
  if (report.notes.length > 20) err(`note: ... ${report.notes.length - 20} more`)
  for (const finding of report.findings) err(`FINDING: ${finding}`)
  for (const r of report.results.filter((x) => x.problems.length))
    err(`LOST at kill ${r.run + 1} (in flight ${r.inFlight}): ${r.problems.join('; ')}`)
  err(
    `FINDING: temp files left after reopen: ${report.leftoverVaultTemp} in vault/tmp, ${report.leftoverExportTemp} in exports/ ` +
      `(after ${report.killsWithLeftovers} of ${report.kills} reopens some were there); took ${Math.round(report.ms / 1000)} s`
  )
  process.stdout.write(`${soakLine(report)}\n`)
  process.exitCode = report.lost > 0 ? 1 : 0
}

void main()
