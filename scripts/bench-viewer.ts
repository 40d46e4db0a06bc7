// Viewer figures for `npm run bench`: how long until the first page of the 400-page exhibit
// is on screen in the browser preview, and whether scrolling ever renders a page that is
// not on screen. Runs Debian's Chromium against a preview server on a temporary workspace.
// Needs a built renderer (out/renderer: `npx electron-vite build`).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { openCore } from '../src/main/core'
import { importUpload } from '../src/main/core/documents/uploads'
import { startPreviewServer } from '../src/main/web/server'

export interface ViewerFigure {
  p50_ms?: number
  p95_ms?: number
  runs: number
  [key: string]: number | string | undefined
}

const ROOT = path.resolve(__dirname, '..')
const EXHIBIT = path.resolve(ROOT, '../shared/fixtures/exhibit-long.pdf')
const round = (n: number): number => Math.round(n * 10) / 10

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN
}

// The in-page code is passed as source text: tsx's name-keeping helper (__name) does not
// exist inside the browser page, so compiled closures cannot be shipped there.

/** Milliseconds from the hash change that opens the viewer to the frame after page 1 painted. */
function openViewer(page: Page, documentId: number): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    performance.clearMarks()
    const start = performance.now()
    performance.mark('viewer:open')
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-testid="pdf-page"][data-page-number="1"][data-rendered="true"]')) {
        observer.disconnect()
        requestAnimationFrame(() => resolve(performance.now() - start))
      }
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true })
    window.location.hash = '#/documents/${documentId}'
  })`)
}

/** Pages with a canvas or finished render vs. pages that intersect the scroll box now. */
function renderedVersusVisible(
  page: Page
): Promise<{ rendered: number; visible: number; offscreen: number }> {
  return page.evaluate(`(() => {
    const box = document.querySelector('[data-testid="pdf-pages"]').getBoundingClientRect()
    let rendered = 0, visible = 0, offscreen = 0
    for (const element of document.querySelectorAll('[data-testid="pdf-page"]')) {
      const r = element.getBoundingClientRect()
      const onScreen = r.bottom > box.top && r.top < box.bottom
      const painted = element.dataset.rendered === 'true' || element.querySelector('canvas') !== null
      if (onScreen) visible += 1
      if (painted) rendered += 1
      if (painted && !onScreen) offscreen += 1
    }
    return { rendered, visible, offscreen }
  })()`)
}

/** Debian's Chromium as the browser benches run it: headless, no GPU, nothing fetched on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run'
    ]
  })
}

export async function viewerFigures(
  options: { runs?: number; log?: (line: string) => void } = {}
): Promise<Record<string, ViewerFigure>> {
  const runs = options.runs ?? 10
  const log = options.log ?? (() => undefined)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipdesk-bench-viewer-'))
  const core = openCore({ dir: dataDir })
  const server = await startPreviewServer({
    workspace: core.workspace,
    dispatch: core.dispatch,
    rendererDir: path.join(ROOT, 'out', 'renderer')
  })
  const browser = await launchChromium()
  try {
    const sample = await core.dispatch('workspace.loadSample', {})
    if (!sample.ok) throw new Error(`sample: ${sample.error.code}`)
    const stored = await importUpload(core.workspace, EXHIBIT, 'exhibit-long.pdf')
    const attached = await core.dispatch('documents.attach', {
      matterId: 1,
      files: [{ sha256: stored.sha256, originalName: stored.originalName }]
    })
    if (!attached.ok) throw new Error(`attach: ${attached.error.code}`)
    const documentId = attached.value.documents[0]!.id

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(server.url)
    await page.waitForSelector('[data-testid="matter-count"], table', { timeout: 15_000 })

    const times: number[] = []
    for (let i = 0; i < runs + 1; i += 1) {
      await page.evaluate("window.location.hash = '#/matters'")
      await page.waitForTimeout(200)
      const ms = await openViewer(page, documentId)
      if (i > 0) times.push(ms) // the first run warms the browser's caches and the JIT
      const marks = await page.evaluate(
        `performance.getEntriesByType('mark').map((m) => m.name.replace('viewer:', '') + ' ' + Math.round(m.startTime - performance.getEntriesByName('viewer:open')[0].startTime)).join(', ')`
      )
      log(`viewer first page run ${i}: ${round(ms)} ms (${String(marks)})`)
    }

    // Scroll through the exhibit in screen-sized steps; after each settles, count pages
    // that hold a canvas or a finished render but are not on screen.
    let worst = 0
    let samples = 0
    let maxRendered = 0
    for (const fraction of [0.05, 0.1, 0.25, 0.5, 0.51, 0.75, 0.9, 1]) {
      await page.evaluate(
        `(() => { const s = document.querySelector('[data-testid="pdf-pages"]'); s.scrollTop = ${fraction} * (s.scrollHeight - s.clientHeight) })()`
      )
      await page.waitForTimeout(400)
      const counts = await renderedVersusVisible(page)
      worst = Math.max(worst, counts.offscreen)
      maxRendered = Math.max(maxRendered, counts.rendered)
      samples += 1
      log(
        `scroll ${fraction}: rendered ${counts.rendered}, visible ${counts.visible}, offscreen ${counts.offscreen}`
      )
    }

    return {
      'viewer.first_page': {
        p50_ms: round(percentile(times, 50)),
        p95_ms: round(percentile(times, 95)),
        runs
      },
      'viewer.offscreen_renders': { runs: samples, max_offscreen: worst, max_rendered: maxRendered }
    }
  } finally {
    await browser.close()
    await server.close()
    core.workspace.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

if (require.main === module) {
  void viewerFigures({ log: (line) => console.error(line) }).then((figures) =>
    console.log(JSON.stringify(figures, null, 2))
  )
}
