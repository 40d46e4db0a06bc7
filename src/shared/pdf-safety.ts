// One set of pdf.js options for every place that opens an untrusted PDF: the text-extraction
// worker in the core and the viewer in the renderer. A received file is data, never a program,
// and never allowed to take more memory than a large scan needs.

/** Images above this many pixels are not decoded (8192 x 8192; a 600 dpi A4 scan is 35 MP). */
export const PDF_MAX_IMAGE_PIXELS = 8192 * 8192
/** Largest canvas pdf.js may allocate for one image before it scales it down (256 MB). */
export const PDF_CANVAS_MAX_AREA_BYTES = 256 * 1024 * 1024
/**
 * Resident memory the process that extracts one PDF's text may reach before it is killed
 * ('out_of_memory'). The extraction runs in a child process of its own, so this caps everything
 * it holds: the V8 heap and the ArrayBuffers pdf.js inflates streams into.
 */
export const PDF_EXTRACTION_MEMORY_MB = 1024
/** PDFs larger than this are not read for text at all ('too_large'): pdf.js loads the whole file. */
export const PDF_MAX_READ_BYTES = 512 * 1024 * 1024
/**
 * Pages of one PDF whose text is indexed; a longer PDF keeps the first this many, and says so.
 * At least 2,000 (a Schedule A at the end of a 300-page complaint must be read).
 */
export const PDF_MAX_INDEXED_PAGES = 5000
/**
 * Characters of text one PDF may yield (32 Mi, about 6,000 a page over 5,000 pages): a stream
 * that inflates to hundreds of megabytes of text stops here rather than in the app's memory.
 */
export const PDF_MAX_TEXT_CHARS = 32 * 1024 * 1024

/**
 * getDocument options that keep pdf.js from running anything a PDF carries: no eval of
 * PostScript functions or fonts, no XFA forms, and capped image memory. Document JavaScript
 * and actions (/JS, /OpenAction, /Launch) are never run because neither side creates pdf.js's
 * scripting sandbox or an annotation layer: pages are drawn as pixels and a text layer only.
 */
export const PDF_SAFETY_OPTIONS = {
  isEvalSupported: false,
  enableXfa: false,
  maxImageSize: PDF_MAX_IMAGE_PIXELS,
  canvasMaxAreaInBytes: PDF_CANVAS_MAX_AREA_BYTES
} as const

/** The viewer's getDocument options (the renderer adds its shared pdf.js worker). */
export function viewerDocumentOptions(url: string) {
  return {
    url,
    ...PDF_SAFETY_OPTIONS,
    // Only the bytes at `url`: no CMap / standard-font / wasm fetches from anywhere else.
    useSystemFonts: true,
    // Fetch what the visible pages need first; a 400-page exhibit should not block page 1.
    disableAutoFetch: true
  }
}
