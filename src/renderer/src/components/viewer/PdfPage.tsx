import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { markHits } from './highlight'
import { TextLayer, type PDFDocumentProxy, type RenderTask } from './pdfjs'
import classes from './Viewer.module.css'

export interface PageSize {
  width: number
  height: number
}

interface Props {
  pdf: PDFDocumentProxy
  pageNumber: number
  /** Size at scale 1, as far as known (placeholder until the page itself is loaded). */
  size: PageSize
  scale: number
  visible: boolean
  term: string
  /** Which hit on this page is the current one, or null. */
  activeHit: number | null
  onSize: (pageNumber: number, size: PageSize) => void
  onRendered: (pageNumber: number) => void
  registerElement: (pageNumber: number, element: HTMLDivElement | null) => void
  /** Bring the current find hit into view (inside the page scroller only). */
  onReveal: (element: HTMLElement) => void
}

/**
 * One page: a placeholder of the right size always, a canvas and a text layer only while it
 * is on screen. Leaving the screen cancels any render in flight and drops the canvas.
 */
export const PdfPage = memo(function PdfPage(props: Props) {
  const { pdf, pageNumber, scale, visible, term, activeHit } = props
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const textRef = useRef<HTMLDivElement>(null)
  const [rendered, setRendered] = useState(false)
  const [textDivs, setTextDivs] = useState<{ divs: HTMLElement[]; items: string[] } | null>(null)
  // The latest callbacks, without re-running the render effect when a parent re-renders.
  const callbacks = useRef(props)
  useLayoutEffect(() => {
    callbacks.current = props
  })

  useEffect(() => {
    if (!visible) return
    let cancelled = false
    let task: RenderTask | null = null
    let textLayer: TextLayer | null = null
    void (async () => {
      try {
        const page = await pdf.getPage(pageNumber)
        if (pageNumber === 1) performance.mark('viewer:page1-loaded')
        if (cancelled) return
        const base = page.getViewport({ scale: 1 })
        callbacks.current.onSize(pageNumber, { width: base.width, height: base.height })
        const viewport = page.getViewport({ scale })
        const canvas = canvasRef.current
        if (!canvas) return
        const ratio = window.devicePixelRatio || 1
        canvas.width = Math.floor(viewport.width * ratio)
        canvas.height = Math.floor(viewport.height * ratio)
        task = page.render({
          canvas,
          viewport,
          transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0]
        })
        await task.promise
        if (cancelled) return
        setRendered(true)
        callbacks.current.onRendered(pageNumber)
        // Let the canvas reach the screen before the text layer takes the main thread.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
        const container = textRef.current
        if (cancelled || !container) return
        container.replaceChildren()
        textLayer = new TextLayer({ textContentSource: page.streamTextContent(), container, viewport })
        await textLayer.render()
        if (!cancelled) setTextDivs({ divs: textLayer.textDivs, items: textLayer.textContentItemsStr })
      } catch (error) {
        // A cancelled render is the normal way a page leaves the screen.
        if ((error as { name?: string }).name !== 'RenderingCancelledException' && !cancelled) {
          console.warn('page render failed', pageNumber, error)
        }
      }
    })()
    return () => {
      cancelled = true
      task?.cancel()
      textLayer?.cancel()
      setRendered(false)
      setTextDivs(null)
    }
  }, [pdf, pageNumber, scale, visible])

  useEffect(() => {
    if (!textDivs) return
    const active = markHits(textDivs.divs, textDivs.items, term, activeHit)
    if (active) callbacks.current.onReveal(active)
  }, [textDivs, term, activeHit])

  const width = Math.floor(props.size.width * scale)
  const height = Math.floor(props.size.height * scale)
  return (
    <div>
      <div
        ref={(element) => props.registerElement(pageNumber, element)}
        className={classes.page}
        style={{ width, height, ['--total-scale-factor' as string]: scale }}
        data-page-number={pageNumber}
        data-rendered={rendered ? 'true' : undefined}
        data-testid="pdf-page"
      >
        {visible && <canvas ref={canvasRef} />}
        {visible && <div ref={textRef} className="textLayer" />}
      </div>
    </div>
  )
})
