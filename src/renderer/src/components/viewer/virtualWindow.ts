// A window over a long column of items of known heights (a PDF's pages, its thumbnails): only the
// items in or near the scroll box are mounted, so a 200,000-page PDF costs a few elements, not
// 200,000 placeholders and observers.
import { useEffect, useState, type RefObject } from 'react'

/** Each item's top (index i) and, at index n, the column's height: heights include any gap. */
export function offsetsOf(heights: readonly number[]): Float64Array {
  const offsets = new Float64Array(heights.length + 1)
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + heights[i]!
  return offsets
}

/** The last index whose top is at or above `y` (0 when y is above the first). */
function indexAt(offsets: Float64Array, y: number): number {
  const n = offsets.length - 1
  let lo = 0
  let hi = n - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (offsets[mid]! <= y) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Items from `first` to `last` (inclusive) cover the view from `top` to `bottom`, plus `overscan`
 * items on each side; { first: 0, last: -1 } when there are none.
 */
export function windowOf(
  offsets: Float64Array,
  top: number,
  bottom: number,
  overscan: number
): { first: number; last: number } {
  const n = offsets.length - 1
  if (n <= 0) return { first: 0, last: -1 }
  const first = Math.max(0, indexAt(offsets, top) - overscan)
  const last = Math.min(n - 1, indexAt(offsets, Math.max(top, bottom - 1)) + overscan)
  return { first, last }
}

/** The scroll box's scrollTop and height, updated at most once a frame. */
export function useScrollView(
  ref: RefObject<HTMLElement | null>,
  active: boolean
): { top: number; height: number } {
  const [view, setView] = useState({ top: 0, height: 0 })
  useEffect(() => {
    const element = ref.current
    if (!element || !active) return
    let frame = 0
    const read = (): void => {
      frame = 0
      setView((old) =>
        old.top === element.scrollTop && old.height === element.clientHeight
          ? old
          : { top: element.scrollTop, height: element.clientHeight }
      )
    }
    const schedule = (): void => {
      if (!frame) frame = requestAnimationFrame(read)
    }
    read()
    element.addEventListener('scroll', schedule, { passive: true })
    const resize = new ResizeObserver(schedule)
    resize.observe(element)
    return () => {
      if (frame) cancelAnimationFrame(frame)
      element.removeEventListener('scroll', schedule)
      resize.disconnect()
    }
  }, [ref, active])
  return view
}
