import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { Alert } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { documentUrl } from '../../api'
import { PdfPage, type PageSize } from './PdfPage'
import { PdfToolbar, type Zoom } from './PdfToolbar'
import { openPdf, type PDFDocumentProxy } from './pdfjs'
import { Thumbnails } from './Thumbnails'
import { usePdfFind } from './usePdfFind'
import {
  columnTop,
  offsetsOf,
  placedAt,
  scrollScale,
  scrollTopFor,
  windowOf,
  type ScrollScale
} from './virtualWindow'
import { useScrollView } from './useScrollView'
import classes from './Viewer.module.css'

// The space below each page, and above the first (the scroller's top padding, Viewer.module.css).
const GAP = 12
// Pages mounted beyond those in view, each side: only the window is in the DOM, only the pages
// on screen hold a canvas (PdfPage drops it when its page leaves the screen).
const OVERSCAN = 3

function loadErrorKey(error: unknown): string {
  const name = (error as { name?: string }).name
  if (name === 'InvalidPDFException') return 'viewer.errors.malformed'
  if (name === 'PasswordException') return 'viewer.errors.password'
  if (name === 'ResponseException' || name === 'MissingPDFException') return 'viewer.errors.missing'
  return 'viewer.errors.unreadable'
}

export function PdfViewer({
  documentId,
  startPage,
  startTerm
}: {
  documentId: number
  startPage?: number
  startTerm?: string
}) {
  const { t } = useTranslation()
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [sizes, setSizes] = useState<PageSize[]>([])
  const [zoom, setZoom] = useState<Zoom>('width')
  const [box, setBox] = useState({ width: 800, height: 600 })
  const [visible, setVisible] = useState<Set<number>>(new Set())
  const [firstRendered, setFirstRendered] = useState(false)
  const [term, setTerm] = useState(startTerm ?? '')
  const scroller = useRef<HTMLDivElement>(null)
  const elements = useRef(new Map<number, HTMLDivElement>())
  const observer = useRef<IntersectionObserver | null>(null)
  const offsetsRef = useRef<Float64Array>(new Float64Array(1))
  const scaleRef = useRef<ScrollScale>({ height: 0, ratio: 1 })

  useEffect(() => {
    performance.mark('viewer:pdf-open')
    const task = openPdf(documentUrl(documentId))
    let live = true
    task.promise.then(
      async (doc) => {
        performance.mark('viewer:pdf-loaded')
        // Page 1's size stands in for every page until each is loaded: most exhibits are uniform.
        const first = (await doc.getPage(1)).getViewport({ scale: 1 })
        if (!live) return
        performance.mark('viewer:page1-sized')
        setSizes(Array.from({ length: doc.numPages }, () => ({ width: first.width, height: first.height })))
        // Page 1 is on screen when a document opens: start it in this commit rather than a
        // frame later when the observer first reports. A start page waits for the observer.
        if (!startPage || startPage <= 1) setVisible(new Set([1]))
        setPdf(doc)
      },
      (reason: unknown) => live && setError(loadErrorKey(reason))
    )
    return () => {
      live = false
      void task.destroy()
    }
    // startPage only matters for the first paint; the viewer is remounted when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentId])

  // Measure before the first page renders, so fit-width does not change (and re-render) later.
  useLayoutEffect(() => {
    const root = scroller.current
    if (root) setBox({ width: root.clientWidth, height: root.clientHeight })
  }, [])

  // Only pages that intersect the scroll box are "visible"; no margin, so none render off screen.
  useEffect(() => {
    const root = scroller.current
    if (!root || !pdf) return
    const io = new IntersectionObserver(
      (entries) =>
        setVisible((current) => {
          const next = new Set(current)
          for (const entry of entries) {
            const n = Number((entry.target as HTMLElement).dataset.pageNumber)
            if (entry.isIntersecting) next.add(n)
            else next.delete(n)
          }
          return next
        }),
      { root, rootMargin: '0px', threshold: 0 }
    )
    observer.current = io
    for (const element of elements.current.values()) io.observe(element)
    const ro = new ResizeObserver(() =>
      setBox((old) =>
        old.width === root.clientWidth && old.height === root.clientHeight
          ? old
          : { width: root.clientWidth, height: root.clientHeight }
      )
    )
    ro.observe(root)
    return () => {
      io.disconnect()
      ro.disconnect()
      observer.current = null
    }
  }, [pdf])

  const registerElement = useCallback((n: number, element: HTMLDivElement | null) => {
    const old = elements.current.get(n)
    if (old && old !== element) observer.current?.unobserve(old)
    if (element) {
      elements.current.set(n, element)
      observer.current?.observe(element)
    } else elements.current.delete(n)
  }, [])

  const onSize = useCallback((n: number, size: PageSize) => {
    setSizes((current) => {
      const old = current[n - 1]
      if (old && old.width === size.width && old.height === size.height) return current
      const next = [...current]
      next[n - 1] = size
      return next
    })
  }, [])

  const onRendered = useCallback(() => {
    setFirstRendered((already) => {
      if (!already) performance.mark('viewer:first-page-rendered')
      return true
    })
  }, [])

  // A page's top is known without its element: pages outside the window are not mounted.
  const scrollToPage = useCallback((n: number) => {
    const root = scroller.current
    const top = offsetsRef.current[n - 1]
    if (root && top !== undefined) root.scrollTop = scrollTopFor(scaleRef.current, top)
  }, [])

  // scrollIntoView would also scroll the app shell; move only the page scroller.
  const reveal = useCallback((element: HTMLElement) => {
    const root = scroller.current
    if (!root) return
    const offset = element.getBoundingClientRect().top - root.getBoundingClientRect().top
    root.scrollTop += (offset - root.clientHeight / 2) / scaleRef.current.ratio
  }, [])

  const first = sizes[0]
  const fitWidth = first ? (box.width - 2 * GAP) / first.width : 1
  const fitPage = first ? Math.min(fitWidth, (box.height - 2 * GAP) / first.height) : 1
  const scale = Math.max(0.1, zoom === 'width' ? fitWidth : zoom === 'page' ? fitPage : zoom)

  const offsets = useMemo(
    () => offsetsOf(sizes.map((size) => Math.floor(size.height * scale) + GAP)),
    [sizes, scale]
  )
  offsetsRef.current = offsets
  const widest = useMemo(
    () => sizes.reduce((max, size) => Math.max(max, Math.floor(size.width * scale)), 0),
    [sizes, scale]
  )
  const view = useScrollView(scroller, pdf !== null)
  const scrolling = scrollScale(offsets[sizes.length] ?? 0, view.height || box.height)
  scaleRef.current = scrolling
  const top = columnTop(scrolling, view.top)
  // before the first scroll event the box's measured height stands in
  const viewTop = top - GAP
  const { first: firstIndex, last: lastIndex } = windowOf(
    offsets,
    viewTop,
    viewTop + (view.height || box.height),
    OVERSCAN
  )
  const windowPages: number[] = []
  for (let n = firstIndex + 1; n <= lastIndex + 1; n++) windowPages.push(n)
  // The current page is the one at the top of the view: a jump to page N (its top GAP below the
  // view's) makes N current, not the page whose bottom edge touches the view.
  const currentPage = sizes.length > 0 ? windowOf(offsets, top, top + 1, 0).first + 1 : 1

  // Opened at a page (from a search hit): go there once the placeholders exist.
  const jumped = useRef(false)
  useEffect(() => {
    if (!pdf || jumped.current) return
    jumped.current = true
    if (startPage && startPage > 1)
      requestAnimationFrame(() => scrollToPage(Math.min(startPage, pdf.numPages)))
  }, [pdf, startPage, scrollToPage])

  const find = usePdfFind(pdf, term, startPage)
  const locatedPage = find.located?.page
  const currentHit = find.current
  useEffect(() => {
    if (locatedPage && !elementInView(elements.current.get(locatedPage), scroller.current))
      scrollToPage(locatedPage)
  }, [locatedPage, currentHit, scrollToPage])

  if (error) {
    return (
      <Alert
        color="red"
        icon={<IconAlertTriangle size={18} />}
        m="md"
        role="alert"
        title={t('viewer.errors.title')}
      >
        {t(error)}
      </Alert>
    )
  }

  return (
    <div className={classes.viewer} data-first-page-rendered={firstRendered || undefined}>
      <PdfToolbar
        pageCount={pdf?.numPages ?? 0}
        currentPage={currentPage}
        onPage={scrollToPage}
        zoom={zoom}
        scale={scale}
        onZoom={setZoom}
        term={term}
        onTerm={setTerm}
        find={find}
      />
      <div className={classes.body}>
        {/* The strip is there from the start so the page area's width (fit-width) never changes. */}
        {pdf ? (
          <Thumbnails
            pdf={pdf}
            sizes={sizes}
            enabled={firstRendered}
            currentPage={currentPage}
            onPage={scrollToPage}
          />
        ) : (
          <div className={classes.thumbs} />
        )}
        <div ref={scroller} className={classes.pages} data-testid="pdf-pages">
          {pdf && (
            <div
              data-testid="pdf-window"
              data-first={firstIndex + 1}
              data-last={lastIndex + 1}
              style={{ position: 'relative', height: scrolling.height, minWidth: widest }}
            >
              {windowPages.map((n) => (
                <div
                  key={n}
                  style={{
                    position: 'absolute',
                    top: placedAt(scrolling, offsets[n - 1]!, view.top),
                    left: 0,
                    right: 0
                  }}
                >
                  <PdfPage
                    pdf={pdf}
                    pageNumber={n}
                    size={sizes[n - 1]!}
                    scale={scale}
                    visible={visible.has(n)}
                    term={find.term}
                    activeHit={find.located?.page === n ? find.located.hit : null}
                    onSize={onSize}
                    onRendered={onRendered}
                    registerElement={registerElement}
                    onReveal={reveal}
                  />
                </div>
              ))}
            </div>
          )}
        </div>
      </div>
    </div>
  )
}

function elementInView(element: HTMLElement | undefined, root: HTMLElement | null): boolean {
  if (!element || !root) return false
  // from the boxes on screen: a page's offsetTop is within its own slot
  const top = element.getBoundingClientRect().top - root.getBoundingClientRect().top
  return top < root.clientHeight && top + element.offsetHeight > 0
}
