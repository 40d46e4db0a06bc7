// PDF text extraction in a child process of its own, so the caller can cap its memory (the whole
// process: V8 heap and the ArrayBuffers pdf.js inflates streams into) and kill it on timeout or
// runaway input. Started by child_process.fork in Node (tests, the browser preview, the CLI) and by
// Electron's utilityProcess.fork in the desktop app (its fuses turn RunAsNode off).
// Plain ESM JavaScript on purpose: the child needs a real file on disk in both the source tree
// (vitest, tsx) and the Vite-bundled app, and this file runs unchanged in both.
import { readFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

// Written to stderr by the memory guard just before it kills this process (pdf-text.ts reads it).
const MEMORY_MARKER = 'IPDESK_PDF_MEMORY_CAP'

// Items with neither an EOL flag nor shared baseline start a new line when the baseline moves this much
// (relative to the font height): catches text drawn in separate BT blocks, e.g. table cells.
const NEW_LINE_RATIO = 0.6

/** The channel to the parent: Electron's parentPort in a utility process, Node's IPC otherwise. */
function channel() {
  const electronPort = process.parentPort
  if (electronPort) {
    return {
      post: (msg) => electronPort.postMessage(msg),
      once: (handler) => electronPort.once('message', (event) => handler(event.data))
    }
  }
  if (typeof process.send !== 'function')
    throw new Error('pdf-text-worker must be started with an IPC channel')
  // the parent went away: nobody will read what this process finds
  process.on('disconnect', () => process.exit(0))
  return {
    post: (msg) => process.send(msg),
    once: (handler) => process.once('message', handler)
  }
}

/**
 * A second line of defence behind the parent's sampling (and the only one where the parent cannot
 * read this process's memory): a thread of its own, so it samples even while pdf.js inflates a
 * stream synchronously on the main thread, and kills the whole process above the cap.
 */
function startMemoryGuard(limitBytes, sampleMs) {
  if (!(limitBytes > 0)) return
  const source = `
    const { workerData } = require('node:worker_threads')
    const fs = require('node:fs')
    setInterval(() => {
      if (process.memoryUsage.rss() > workerData.limitBytes) {
        try { fs.writeSync(2, workerData.marker + '\\n') } catch {}
        process.kill(process.pid, 'SIGKILL')
      }
    }, workerData.sampleMs)
  `
  try {
    const guard = new Worker(source, {
      eval: true,
      workerData: { limitBytes, sampleMs, marker: MEMORY_MARKER },
      resourceLimits: { maxOldGenerationSizeMb: 16 }
    })
    guard.unref()
    guard.on('error', () => undefined)
  } catch {
    // the parent's sampling still holds the cap
  }
}

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

/**
 * @param {{ filePath: string, safety: Record<string, unknown>, maxPages: number, maxTextChars: number,
 *   pdfjsPath?: string, standardFontDataUrl?: string, cMapUrl?: string, wasmUrl?: string }} input
 * @param {(msg: unknown) => void} post
 */
async function run(input, post) {
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
    const totalPages = doc.numPages
    const last = Math.min(totalPages, input.maxPages)
    post({ type: 'start', numPages: totalPages })
    let chars = 0
    let pagesRead = 0
    let cutBy = last < totalPages ? 'pages' : null
    for (let n = 1; n <= last; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent({ includeMarkedContent: false })
      let text = pageText(content.items)
      page.cleanup()
      const room = input.maxTextChars - chars
      if (text.length > room) {
        // the page that crosses the text budget is kept in part, and nothing after it
        text = text.slice(0, room)
        cutBy = 'text'
      }
      chars += text.length
      post({ type: 'page', index: n - 1, text })
      pagesRead = n
      if (cutBy === 'text') break
    }
    post({ type: 'done', pagesRead, totalPages, cutBy })
  } finally {
    await task.destroy()
  }
}

const { post, once } = channel()
once((input) => {
  startMemoryGuard(input.memoryLimitBytes, input.memorySampleMs ?? 20)
  run(input, post).catch((err) => {
    const name = typeof err?.name === 'string' ? err.name : 'Error'
    const message = typeof err?.message === 'string' ? err.message : String(err)
    // a RangeError from a failed allocation is memory, not a damaged file
    const memory =
      name === 'RangeError' && /allocation failed|array buffer|invalid array length/i.test(message)
    post({ type: 'error', phase: memory ? 'memory' : phase, name, message })
  })
})
post({ type: 'ready' })
