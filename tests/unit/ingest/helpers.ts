import path from 'node:path'
import { fileURLToPath } from 'node:url'

// shared/ sits beside the repo (in CI too), so resolve from the repo root, never from an absolute path.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const FIXTURES = path.resolve(repoRoot, '../shared/fixtures')
export const fixture = (name: string): string => path.join(FIXTURES, name)
export const WORKER_SOURCE = path.join(repoRoot, 'src/main/core/ingest/pdf-text-worker.mjs')

/** Collapses whitespace the way the fixtures README asks before matching a phrase. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ')
