// A window over a long column of items of known heights (a PDF's pages, its thumbnails): only the
// items in or near the scroll box are mounted, so a 200,000-page PDF costs a few elements, not
// 200,000 placeholders and observers. Plain functions (the hook that reads the box is in
// useScrollView.ts), so the unit tests run them in Node.

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

// Browsers cap an element's height (Chromium at 33,554,428 px, Firefox near 17.9 million): a
// 200,000-page PDF at fit width is 280 million px tall, and its scroll box had stopped near page
// 24,000. A column taller than this is scrolled through a spacer of this height instead.
export const MAX_SCROLL_HEIGHT = 15_000_000

export interface ScrollScale {
  /** The spacer's height in the scroll box. */
  height: number
  /** Column pixels per scrolled pixel: 1 unless the column is taller than MAX_SCROLL_HEIGHT. */
  ratio: number
}

/**
 * How a column of `columnHeight` px scrolls in a box `viewHeight` px high: straight, or through a
 * spacer of MAX_SCROLL_HEIGHT where each scrolled pixel moves the column `ratio` px, so the
 * spacer's end is the column's end.
 */
export function scrollScale(columnHeight: number, viewHeight: number): ScrollScale {
  if (columnHeight <= MAX_SCROLL_HEIGHT) return { height: columnHeight, ratio: 1 }
  const view = Math.min(Math.max(0, viewHeight), MAX_SCROLL_HEIGHT / 2)
  return { height: MAX_SCROLL_HEIGHT, ratio: (columnHeight - view) / (MAX_SCROLL_HEIGHT - view) }
}

/** The column's y at the top of the box scrolled to `scrollTop`. */
export const columnTop = (scale: ScrollScale, scrollTop: number): number => scrollTop * scale.ratio

/** Where in the spacer the item whose column top is `offset` goes, the box scrolled to `scrollTop`. */
export const placedAt = (scale: ScrollScale, offset: number, scrollTop: number): number =>
  scale.ratio === 1 ? offset : scrollTop + offset - scrollTop * scale.ratio

/** The scrollTop that brings column y `offset` to the top of the box. */
export const scrollTopFor = (scale: ScrollScale, offset: number): number => offset / scale.ratio
