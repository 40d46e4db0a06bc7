// Specification: `npm run bench:compare` judges "no figure more than 1.5x its value before" from
// the medians of alternating rounds, in the direction each figure means: a time that grows is
// worse, a calls-per-second rate that falls is worse.
import { describe, expect, it } from 'vitest'
import { compareRounds, parseBenchOutput } from '../../../scripts/bench-compare'
import type { Figure } from '../../../scripts/bench'

const f = (p50: number, p95: number, extra: Partial<Figure> = {}): Figure => ({
  p50_ms: p50,
  p95_ms: p95,
  runs: 10,
  ...extra
})

describe('comparing bench runs of two commits', () => {
  it('reads the figures after the lines npm prints first', () => {
    const out =
      '\n> ip-desk@0.1.0 bench\n> node --import tsx scripts/bench.ts --json\n\n{ "a": { "p50_ms": 1, "p95_ms": 2, "runs": 3 } }\n'
    expect(parseBenchOutput(out)).toEqual({ a: { p50_ms: 1, p95_ms: 2, runs: 3 } })
  })

  it('compares medians, so one disturbed round does not decide', () => {
    const before = [{ q: f(1, 2) }, { q: f(1, 2) }, { q: f(1, 2) }]
    const after = [{ q: f(1.2, 2.2) }, { q: f(9, 30) }, { q: f(1.1, 2.1) }]
    const rows = compareRounds(before, after)
    expect(rows.map((r) => [r.metric, r.before, r.after, r.flagged])).toEqual([
      ['p50_ms', 1, 1.2, false],
      ['p95_ms', 2, 2.2, false]
    ])
  })

  it('flags a time more than 1.5 times longer and a rate below two thirds', () => {
    const before = [{ slow: f(1, 2), rate: f(0.01, 0.02, { calls_per_s: 300_000 }) }]
    const after = [{ slow: f(1.6, 2), rate: f(0.01, 0.02, { calls_per_s: 190_000 }) }]
    const flagged = compareRounds(before, after).filter((r) => r.flagged)
    expect(flagged.map((r) => [r.figure, r.metric])).toEqual([
      ['slow', 'p50_ms'],
      ['rate', 'calls_per_s']
    ])
    expect(flagged[1]!.ratio).toBeCloseTo(300 / 190, 5)
  })

  it('leaves out figures only one commit has and figures that are not numbers', () => {
    const before = [{ old: f(1, 1), bundle: f(NaN, NaN, { bytes: 5_000_000 }) }]
    const after = [{ added: f(1, 1), bundle: f(NaN, NaN, { bytes: 860_000 }) }]
    expect(compareRounds(before, after).map((r) => [r.figure, r.metric, r.flagged])).toEqual([
      ['bundle', 'bytes', false]
    ])
  })
})
