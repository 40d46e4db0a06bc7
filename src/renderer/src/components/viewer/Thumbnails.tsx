import { useEffect, useMemo, useRef } from 'react'
import type { PageSize } from './PdfPage'
import type { PDFDocumentProxy, RenderTask } from './pdfjs'
import { columnTop, offsetsOf, placedAt, scrollScale, scrollTopFor, windowOf } from './virtualWindow'
import { useScrollView } from './useScrollView'
import classes from './Viewer.module.css'

const THUMB_WIDTH = 96

interface Props {
  pdf: PDFDocumentProxy
  sizes: PageSize[]
  /** Thumbnails wait for the first page so they never delay it. */
  enabled: boolean
  currentPage: number
  onPage: (page: number) => void
}

// A thumbnail's slot: its image, the 2 px border each side, the 10 px below it and the page
// number's line (Viewer.module.css .thumb and .pageNumber).
const THUMB_CHROME = 4 + 10 + 16
// The strip's top padding (.thumbs).
const STRIP_PAD = 8
const OVERSCAN = 3

/**
 * A strip of page thumbnails: only those in or near the strip's view are mounted, and only those
 * in view draw their page.
 */
export function Thumbnails({ pdf, sizes, enabled, currentPage, onPage }: Props) {
  const root = useRef<HTMLDivElement>(null)
  const heights = useMemo(
    () => sizes.map((size) => Math.floor((size.height * THUMB_WIDTH) / size.width) + THUMB_CHROME),
    [sizes]
  )
  const offsets = useMemo(() => offsetsOf(heights), [heights])
  const view = useScrollView(root, enabled)
  // 200,000 thumbnails are taller than a browser lets a box be: scrolled through a spacer
  const columnHeight = offsets[sizes.length] ?? 0
  const scrolling = useMemo(() => scrollScale(columnHeight, view.height), [columnHeight, view.height])
  const top = columnTop(scrolling, view.top) - STRIP_PAD
  const shown = windowOf(offsets, top, top + view.height, 0)
  const mounted = windowOf(offsets, top, top + view.height, OVERSCAN)

  useEffect(() => {
    const box = root.current
    const slot = offsets[currentPage - 1]
    if (!box || slot === undefined || !enabled) return
    // Scroll only the strip (scrollIntoView would move the whole app shell too).
    const height = heights[currentPage - 1] ?? 0
    const seen = columnTop(scrolling, box.scrollTop)
    if (slot < seen || slot + height > seen + box.clientHeight)
      box.scrollTop = scrollTopFor(scrolling, slot - 8)
  }, [currentPage, offsets, heights, enabled, scrolling])

  const pages: number[] = []
  for (let n = mounted.first + 1; n <= mounted.last + 1; n++) pages.push(n)
  return (
    <div ref={root} className={classes.thumbs} aria-hidden>
      {/* The strip keeps its width from the start (so fit-width does not change), but its
          entries only mount once the first page is painted. */}
      {enabled && (
        <div style={{ position: 'relative', height: scrolling.height }}>
          {pages.map((n) => (
            <div
              key={n}
              style={{
                position: 'absolute',
                top: placedAt(scrolling, offsets[n - 1]!, view.top),
                left: 0,
                right: 0,
                height: heights[n - 1]
              }}
            >
              <Thumbnail
                pdf={pdf}
                pageNumber={n}
                size={sizes[n - 1]!}
                visible={n - 1 >= shown.first && n - 1 <= shown.last}
                current={currentPage === n}
                onClick={() => onPage(n)}
              />
            </div>
          ))}
        </div>
      )}
    </div>
  )
}

function Thumbnail(props: {
  pdf: PDFDocumentProxy
  pageNumber: number
  size: PageSize
  visible: boolean
  current: boolean
  onClick: () => void
}) {
  const { pdf, pageNumber, visible } = props
  const canvas = useRef<HTMLCanvasElement>(null)
  const scale = THUMB_WIDTH / props.size.width

  useEffect(() => {
    if (!visible) return
    let task: RenderTask | null = null
    let cancelled = false
    void pdf.getPage(pageNumber).then((page) => {
      if (cancelled || !canvas.current) return
      const viewport = page.getViewport({ scale })
      canvas.current.width = Math.floor(viewport.width)
      canvas.current.height = Math.floor(viewport.height)
      task = page.render({ canvas: canvas.current, viewport })
      task.promise.catch(() => undefined)
    })
    return () => {
      cancelled = true
      task?.cancel()
    }
  }, [pdf, pageNumber, visible, scale])

  return (
    <div>
      <button
        type="button"
        tabIndex={-1}
        className={classes.thumb}
        data-thumb={pageNumber}
        data-current={props.current || undefined}
        style={{ width: THUMB_WIDTH + 4, height: Math.floor(props.size.height * scale) + 4 }}
        onClick={props.onClick}
      >
        {visible && <canvas ref={canvas} style={{ width: '100%', height: '100%' }} />}
      </button>
      <div className={classes.pageNumber}>{pageNumber}</div>
    </div>
  )
}
