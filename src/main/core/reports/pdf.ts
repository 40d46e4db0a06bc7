// HTML or PDF bytes of a report page. The core has no browser: the shell lends its printer
// (Electron's printToPDF, or Chromium in the browser preview and tests; see OpenWorkspaceOptions).
import { AppError } from '../kernel/errors'
import type { Workspace } from '../workspace/workspace'

export async function pageBytes(ws: Workspace, html: string, format: 'html' | 'pdf'): Promise<Buffer> {
  if (format === 'html') return Buffer.from(html, 'utf8')
  if (!ws.printToPdf) throw new AppError('pdf_unavailable')
  return ws.printToPdf(html)
}
