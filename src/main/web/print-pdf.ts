// The browser preview's (and the tests') printer for reports: Chromium's own print to PDF, as
// Electron's printToPDF is in the desktop app, driven server-side through Playwright (a dev
// dependency: the preview only runs from a checkout). The page runs no script and loads nothing:
// JavaScript is off and every request is refused, so the PDF is exactly the core's HTML.
import type { Browser } from 'playwright-core'

export interface PdfPrinter {
  print: (html: string) => Promise<Buffer>
  close: () => Promise<void>
}

const CHROMIUM = process.env.IPDESK_CHROMIUM ?? '/usr/bin/chromium'

/** Launches Chromium on the first report and keeps it for the next ones. */
export function chromiumPrinter(executablePath: string = CHROMIUM): PdfPrinter {
  let browser: Promise<Browser> | null = null
  const launch = async (): Promise<Browser> => {
    const { chromium } = await import('playwright-core')
    return chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
    })
  }
  return {
    async print(html) {
      browser ??= launch()
      let b: Browser
      try {
        b = await browser
      } catch (error) {
        browser = null
        throw error
      }
      const context = await b.newContext({ javaScriptEnabled: false, offline: true })
      try {
        await context.route('**/*', (route) => route.abort())
        const page = await context.newPage()
        await page.setContent(html, { waitUntil: 'load' })
        await page.emulateMedia({ media: 'print' })
        return await page.pdf({ preferCSSPageSize: true, printBackground: true })
      } finally {
        await context.close()
      }
    },
    async close() {
      const b = browser
      browser = null
      if (b) await (await b).close().catch(() => {})
    }
  }
}
