// One place configures pdf.js: its worker, and the options that keep it safe and offline.
import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentLoadingTask } from 'pdfjs-dist'
// The unminified worker: patches/ (patch-package) gives it a fast path for flat page trees.
import workerUrl from 'pdfjs-dist/build/pdf.worker.mjs?url'
import { viewerDocumentOptions } from '../../../../shared/pdf-safety'

GlobalWorkerOptions.workerSrc = workerUrl

// One worker for every document: booting pdf.js's worker (a 1.2 MB script) per document
// would cost more than rendering the first page.
let sharedWorker: PDFWorker | null = null
function worker(): PDFWorker {
  if (!sharedWorker || sharedWorker.destroyed) sharedWorker = new PDFWorker()
  return sharedWorker
}

export function openPdf(url: string): PDFDocumentLoadingTask {
  return getDocument({ ...viewerDocumentOptions(url), worker: worker() })
}

export type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist'
export { TextLayer } from 'pdfjs-dist'
