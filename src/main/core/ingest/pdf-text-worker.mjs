// PDF text extraction in a worker thread, so the caller can terminate it on timeout or runaway input.
// Plain ESM JavaScript on purpose: a worker needs a real file on disk in both the source tree (vitest,
// tsx) and the Vite-bundled app, and this file runs unchanged in both.
import { readFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { parentPort, workerData } from 'node:worker_threads'

/** @type {{ filePath: string, safety: Record<string, unknown>, pdfjsPath?: string, standardFontDataUrl?: string, cMapUrl?: string, wasmUrl?: string }} */
const input = workerData

// Items with neither an EOL flag nor shared baseline start a new line when the baseline moves this much
// (relative to the font height): catches text drawn in separate BT blocks, e.g. table cells.
const NEW_LINE_RATIO = 0.6

function pageText(items) {
  let out = ''
  let lastY = null
  for (const item of items) {
    if (typeof item.str !== 'string') continue // marked-content markers
    const y = item.transform?.[5]
    if (lastY !== null && typeof y === 'number' && out !== '' && !out.endsWith('\n')) {
      const height = Math.abs(item.height) || 1
      if (Math.abs(y - lastY) > height * NEW_LINE_RATIO) out += '\n'
    }
    out += item.str
    if (item.hasEOL) out += '\n'
    if (typeof y === 'number' && item.str !== '') lastY = y
  }
  return out
}

// The phase tells the caller what failed: loading pdf.js, reading the file, or parsing the PDF.
let phase = 'load'

async function run() {
  const specifier = input.pdfjsPath ? pathToFileURL(input.pdfjsPath).href : 'pdfjs-dist/legacy/build/pdf.mjs'
  const pdfjs = await import(specifier)
  phase = 'read'
  const data = new Uint8Array(await readFile(input.filePath))
  phase = 'parse'
  const task = pdfjs.getDocument({
    data,
    standardFontDataUrl: input.standardFontDataUrl,
    cMapUrl: input.cMapUrl,
    cMapPacked: true,
    wasmUrl: input.wasmUrl,
    // src/shared/pdf-safety.ts: image caps, and no eval or XFA whatever the caller sent
    ...input.safety,
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0
  })
  try {
    const doc = await task.promise
    parentPort.postMessage({ type: 'start', numPages: doc.numPages })
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent({ includeMarkedContent: false })
      parentPort.postMessage({ type: 'page', index: n - 1, text: pageText(content.items) })
      page.cleanup()
    }
    parentPort.postMessage({ type: 'done' })
  } finally {
    await task.destroy()
  }
}

run().catch((err) => {
  parentPort.postMessage({
    type: 'error',
    phase,
    name: typeof err?.name === 'string' ? err.name : 'Error',
    message: typeof err?.message === 'string' ? err.message : String(err)
  })
})
