import { useEffect, useRef, useState } from 'react'
import type { PageSize } from './PdfPage'
import type { PDFDocumentProxy, RenderTask } from './pdfjs'
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

/** A lazy strip of page thumbnails: each renders only while it is in the sidebar's view. */
export function Thumbnails({ pdf, sizes, enabled, currentPage, onPage }: Props) {
  const root = useRef<HTMLDivElement>(null)
  const [shown, setShown] = useState<Set<number>>(new Set())

  useEffect(() => {
    const element = root.current
    if (!element || !enabled) return
    const io = new IntersectionObserver(
      (entries) =>
        setShown((current) => {
          const next = new Set(current)
          for (const entry of entries) {
            const n = Number((entry.target as HTMLElement).dataset.thumb)
            if (entry.isIntersecting) next.add(n)
            else next.delete(n)
          }
          return next
        }),
      { root: element }
    )
    element.querySelectorAll('[data-thumb]').forEach((thumb) => io.observe(thumb))
    return () => io.disconnect()
  }, [enabled, sizes.length])

  useEffect(() => {
    const box = root.current
    const thumb = box?.querySelector<HTMLElement>(`[data-thumb="${currentPage}"]`)
    if (!box || !thumb) return
    // Scroll only the strip (scrollIntoView would move the whole app shell too).
    const top = thumb.offsetTop - box.offsetTop
    if (top < box.scrollTop || top + thumb.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = top - 8
  }, [currentPage])

  return (
    <div ref={root} className={classes.thumbs} aria-hidden>
      {/* The strip keeps its width from the start (so fit-width does not change), but its
          400 entries only mount once the first page is painted. */}
      {enabled &&
        sizes.map((size, index) => (
          <Thumbnail
            key={index}
            pdf={pdf}
            pageNumber={index + 1}
            size={size}
            visible={shown.has(index + 1)}
            current={currentPage === index + 1}
            onClick={() => onPage(index + 1)}
          />
        ))}
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
