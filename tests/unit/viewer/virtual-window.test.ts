// Specification: the viewer's column of pages scrolls straight when a browser can hold it in one
// box, and through a spacer of MAX_SCROLL_HEIGHT when it is taller (Chromium caps a box at 33.5
// million px; 200,000 pages at fit width are 280 million), so every page can be reached: the top
// of the spacer is the first page, its end the last, and a jump to a page puts it at the top.
import { describe, expect, it } from 'vitest'
import {
  columnTop,
  MAX_SCROLL_HEIGHT,
  offsetsOf,
  placedAt,
  scrollScale,
  scrollTopFor,
  windowOf
} from '../../../src/renderer/src/components/viewer/virtualWindow'

describe('the scroll space of a long column', () => {
  it('is the column itself while it fits in one box', () => {
    const scale = scrollScale(3000 * 1400, 800)
    expect(scale).toEqual({ height: 3000 * 1400, ratio: 1 })
    expect(placedAt(scale, 12_345, 999)).toBe(12_345)
    expect(scrollTopFor(scale, 12_345)).toBe(12_345)
  })

  it('is a spacer of MAX_SCROLL_HEIGHT for 200,000 pages, whose ends are the column’s ends', () => {
    const offsets = offsetsOf(Array<number>(200_000).fill(1400))
    const column = offsets[200_000]!
    const view = 800
    const scale = scrollScale(column, view)
    expect(scale.height).toBe(MAX_SCROLL_HEIGHT)
    expect(scale.ratio).toBeCloseTo((280_000_000 - 800) / (MAX_SCROLL_HEIGHT - 800), 9)
    // scrolled to the end, the view shows the column's last 800 px: the last page
    const end = MAX_SCROLL_HEIGHT - view
    expect(columnTop(scale, end)).toBeCloseTo(column - view, 3)
    expect(windowOf(offsets, columnTop(scale, end), columnTop(scale, end) + view, 0).last).toBe(199_999)
    // a jump to page 150,000 puts it at the top of the view, inside the spacer
    const to = scrollTopFor(scale, offsets[149_999]!)
    expect(to).toBeLessThan(MAX_SCROLL_HEIGHT)
    expect(windowOf(offsets, columnTop(scale, to), columnTop(scale, to) + 1, 0).first).toBe(149_999)
    expect(placedAt(scale, offsets[149_999]!, to)).toBeCloseTo(to, 6)
    // the next page sits one page below it, as on paper
    expect(placedAt(scale, offsets[150_000]!, to) - placedAt(scale, offsets[149_999]!, to)).toBeCloseTo(
      1400,
      6
    )
  })
})
