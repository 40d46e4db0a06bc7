// Browser figures for `npm run bench` (issue 13): what counsel waits for in the app itself, on
// the bench's seeded workspace (10,000 matters by default), in Debian's Chromium against the
// browser preview: the register's first rows after a page load, the longest main-thread task
// while it starts, the calendar's agenda view, and the header search settling after the last key.
// Needs a built renderer (out/renderer).
import path from 'node:path'
import type { Page } from '@playwright/test'
import { openCore } from '../src/main/core'
import { startPreviewServer } from '../src/main/web/server'
import { launchChromium } from './bench-viewer'

export interface BrowserFigure {
  p50_ms: number
  p95_ms: number
  runs: number
  note?: string
}

const ROOT = path.resolve(__dirname, '..')
const round = (n: number): number => Math.round(n * 10) / 10

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN
}

function figure(values: number[], note: string): BrowserFigure {
  return {
    p50_ms: round(percentile(values, 50)),
    p95_ms: round(percentile(values, 95)),
    runs: values.length,
    note
  }
}

// In-page code goes as source text: tsx's name-keeping helper (__name) does not exist in the page.
const WATCH_STARTUP = `(() => {
  window.__bench = { longest: 0, firstRow: null }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longest = Math.max(window.__bench.longest, e.duration)
  }).observe({ type: 'longtask', buffered: true })
  const seen = () => {
    if (window.__bench.firstRow === null && document.querySelector('[role="row"][data-matter-id]')) {
      window.__bench.firstRow = performance.now()
    }
  }
  new MutationObserver(seen).observe(document, { subtree: true, childList: true })
})()`

/** Milliseconds from navigation start to the register's first row, and the longest task meanwhile. */
async function loadRegister(page: Page, url: string): Promise<{ firstRow: number; longest: number }> {
  await page.goto(`${url}#/matters`)
  await page.waitForSelector('[role="row"][data-matter-id]', { timeout: 30_000 })
  // tasks still running just after the rows appear count as start-up too
  await page.waitForTimeout(500)
  return (await page.evaluate('window.__bench')) as { firstRow: number; longest: number }
}

/** From the click on "Agenda" to its first item on screen. */
async function openAgenda(page: Page, url: string): Promise<number> {
  await page.goto(`${url}#/calendar`)
  await page.waitForSelector('[role="radiogroup"]', { timeout: 30_000 })
  await page.waitForTimeout(300)
  return page.evaluate(
    `new Promise((resolve) => {
      const start = performance.now()
      const done = () => document.querySelector('[data-testid="agenda-item"]')
      const observer = new MutationObserver(() => {
        if (done()) { observer.disconnect(); requestAnimationFrame(() => resolve(performance.now() - start)) }
      })
      observer.observe(document.body, { subtree: true, childList: true })
      document.querySelector('input[type="radio"][value="agenda"]').click()
    })`
  ) as Promise<number>
}

/** Types a query key by key; the last change to the results after the last key, in ms. */
async function searchSettles(page: Page, query: string): Promise<number> {
  const box = page.getByRole('textbox', { name: 'Search everything' })
  await box.fill('')
  await page.waitForTimeout(400)
  await page.evaluate(`(() => {
    window.__search = { lastKey: 0, lastChange: 0 }
    document.addEventListener('keydown', () => { window.__search.lastKey = performance.now() }, true)
    new MutationObserver((records) => {
      // a text change ("Searching…" to "No matches.") is a mutation of the text node itself
      const inDropdown = (r) => (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('.mantine-Popover-dropdown')
      if (records.some(inDropdown)) {
        window.__search.lastChange = performance.now()
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })()`)
  await box.pressSequentially(query, { delay: 60 })
  await page.waitForTimeout(1500)
  const { lastKey, lastChange } = (await page.evaluate('window.__search')) as {
    lastKey: number
    lastChange: number
  }
  return Math.max(0, lastChange - lastKey)
}

export async function browserFigures(
  dir: string,
  options: { runs?: number; log?: (line: string) => void } = {}
): Promise<Record<string, BrowserFigure>> {
  const runs = options.runs ?? 20
  const log = options.log ?? (() => undefined)
  const core = openCore({ dir })
  const server = await startPreviewServer({
    workspace: core.workspace,
    dispatch: core.dispatch,
    rendererDir: path.join(ROOT, 'out', 'renderer')
  })
  const browser = await launchChromium()
  try {
    const firstRows: number[] = []
    const longest: number[] = []
    for (let i = 0; i < runs + 1; i++) {
      // a new page each time: a cold page load, the browser's HTTP cache aside
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
      await page.addInitScript(WATCH_STARTUP)
      const run = await loadRegister(page, server.url)
      await page.close()
      if (i === 0) continue // the first run warms the server's caches
      firstRows.push(run.firstRow)
      longest.push(run.longest)
      log(`  register first rows ${round(run.firstRow)} ms, longest task ${round(run.longest)} ms`)
    }
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(`${server.url}#/matters`)
    await page.waitForSelector('[role="row"][data-matter-id]', { timeout: 30_000 })
    const agenda: number[] = []
    for (let i = 0; i < runs + 1; i++) {
      const ms = await openAgenda(page, server.url)
      if (i > 0) agenda.push(ms)
    }
    log(`  calendar agenda p50 ${round(percentile(agenda, 50))} ms (${agenda.map(round).join(', ')})`)
    const queries = ['lantern', 'brightline', 'B0C00012', 'trailglow', 'solar']
    const settle: number[] = []
    for (let i = 0; i < runs + 1; i++) {
      const ms = await searchSettles(page, queries[i % queries.length]!)
      if (i > 0) settle.push(ms)
    }
    log(
      `  search settles p50 ${round(percentile(settle, 50))} ms after the last key (${settle.map(round).join(', ')})`
    )
    return {
      'browser.register_first_rows': figure(
        firstRows,
        'page load to the first register row; target p50 < 800 ms'
      ),
      'browser.startup_longest_task': figure(
        longest,
        'longest main-thread task while the register loads; target < 200 ms'
      ),
      'browser.calendar_agenda': figure(agenda, 'click on Agenda to its first item; target < 300 ms'),
      'browser.search_settled': figure(settle, 'last key to the header results settled; target < 150 ms')
    }
  } finally {
    await browser.close()
    await server.close()
    core.workspace.close()
  }
}
