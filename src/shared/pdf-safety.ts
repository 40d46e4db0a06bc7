// One set of pdf.js options for every place that opens an untrusted PDF: the text-extraction
// worker in the core and the viewer in the renderer. A received file is data, never a program,
// and never allowed to take more memory than a large scan needs.

/** Images above this many pixels are not decoded (8192 x 8192; a 600 dpi A4 scan is 35 MP). */
export const PDF_MAX_IMAGE_PIXELS = 8192 * 8192
/** Largest canvas pdf.js may allocate for one image before it scales it down (256 MB). */
export const PDF_CANVAS_MAX_AREA_BYTES = 256 * 1024 * 1024
/** Memory one text extraction may add to the process before it is stopped ('out_of_memory'). */
export const PDF_EXTRACTION_MEMORY_MB = 1024

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
