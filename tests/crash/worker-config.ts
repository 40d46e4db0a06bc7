// What the parent tells a crash worker (as a JSON file), shared by harness.ts and worker.ts.
export interface WorkerConfig {
  dir: string
  journal: string
  run: number
  seed: number
  fixturesDir: string
  /** Our migrations plus one harmless extra, as the next app version would ship. */
  migrationsExtra: string
  /** Where migration copies of the workspace go (one folder per copy). */
  copiesDir: string
  /** Do this op first (the parent kills on its begin, to probe a known window). */
  firstOp?: string
}

/** The pinned calendar date both the child and the checks run on. */
export const TODAY = '2026-11-29'
