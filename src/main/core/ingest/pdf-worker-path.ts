import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { IngestError } from './errors'

export const PDF_WORKER_FILE = 'pdf-text-worker.mjs'
/** Absolute path of pdf-text-worker.mjs, for builds that ship it somewhere else. */
export const PDF_WORKER_ENV = 'IPDESK_PDF_WORKER'

export interface PdfjsAssets {
  /** legacy/build/pdf.mjs, the Node-compatible build. */
  pdfjsPath: string
  /** Directories with a trailing '/', as pdf.js requires; it reads them with fs.readFile. */
  standardFontDataUrl: string
  cMapUrl: string
  wasmUrl: string
}

// CommonJS paths on purpose: the same file runs bundled (out/main), under tsx, vitest and
// Playwright's loader, and import.meta would make some of those load it as ESM.
function thisModuleDir(): string {
  return __dirname
}

// A worker's module loader may not read inside app.asar, so prefer the copy asarUnpack extracts.
function unpackedTwin(file: string): string | null {
  const twin = file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2')
  return twin !== file && existsSync(twin) ? twin : null
}

/**
 * Finds the worker file. The worker is a plain .mjs beside this module: in the source tree that is
 * src/main/core/ingest, in the bundled app it is the bundle's folder (out/main), where the build copies it.
 * An explicit path or IPDESK_PDF_WORKER is authoritative (a wrong override fails loudly); otherwise
 * the app.asar.unpacked copy if there is one, then beside this module.
 */
export function resolvePdfWorkerPath(explicit?: string): string {
  const override = explicit ?? process.env[PDF_WORKER_ENV]
  const here = path.join(thisModuleDir(), PDF_WORKER_FILE)
  const candidates = override ? [path.resolve(override)] : [unpackedTwin(here) ?? here]
  const found = candidates.find((candidate) => existsSync(candidate))
  if (!found) {
    throw new IngestError('worker_missing', `PDF worker not found (looked for ${candidates.join(', ')})`)
  }
  return found
}

let cachedAssets: PdfjsAssets | undefined

export function resolvePdfjsAssets(): PdfjsAssets {
  if (cachedAssets) return cachedAssets
  const require = createRequire(__filename)
  let root: string
  try {
    const packed = path.dirname(require.resolve('pdfjs-dist/package.json'))
    root = unpackedTwin(packed) ?? packed
  } catch (err) {
    throw new IngestError('worker_missing', 'pdfjs-dist is not installed', { cause: err })
  }
  const dir = (name: string): string => path.join(root, name) + '/'
  cachedAssets = {
    pdfjsPath: path.join(root, 'legacy', 'build', 'pdf.mjs'),
    standardFontDataUrl: dir('standard_fonts'),
    cMapUrl: dir('cmaps'),
    wasmUrl: dir('wasm')
  }
  return cachedAssets
}
