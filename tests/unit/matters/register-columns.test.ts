// The register's column layout: what a user hid and the widths they dragged to, read back from
// storage whatever was stored there, and the grid it gives (the reference column never hides).
import { describe, expect, it } from 'vitest'
import {
  EMPTY_LAYOUT,
  gridOf,
  parseLayout,
  withHidden,
  withWidth
} from '../../../src/renderer/src/pages/register/columnLayout'
import { REGISTER_SORT_COLUMNS } from '../../../src/shared/contract'

// every register column, in its display order (the contract's list)
const COLUMNS = REGISTER_SORT_COLUMNS

describe('the register column layout', () => {
  it('by default fits a 1280-wide window: every column, 1050 px at least', () => {
    const grid = gridOf(COLUMNS, EMPTY_LAYOUT)
    expect(grid.template).toBe(
      '96px minmax(130px, 3fr) minmax(90px, 1.2fr) 104px minmax(108px, 1.3fr) 94px minmax(100px, 1fr) 120px 120px'
    )
    expect(grid.minWidth).toBe(1050)
  })

  it('drops hidden columns from the grid and fixes a dragged width, within 60-800 px', () => {
    let layout = withHidden(EMPTY_LAYOUT, 'marketplace', true)
    layout = withWidth(layout, 'title', 412.4)
    const grid = gridOf(COLUMNS, layout)
    expect(grid.template).toBe('96px 412px minmax(90px, 1.2fr) 104px minmax(108px, 1.3fr) 94px 120px 120px')
    expect(grid.minWidth).toBe(96 + 412 + 90 + 104 + 108 + 94 + 120 + 120 + 7 * 8 + 24)
    expect(withWidth(layout, 'title', 5).widths.title).toBe(60)
    expect(withWidth(layout, 'title', 5000).widths.title).toBe(800)
    expect(withWidth(layout, 'title', null).widths).toEqual({})
    expect(withHidden(layout, 'marketplace', false).hidden).toEqual([])
  })

  it('never hides the reference, the column that names the matter', () => {
    expect(withHidden(EMPTY_LAYOUT, 'reference', true)).toBe(EMPTY_LAYOUT)
    expect(parseLayout('{"hidden":["reference","title"]}', COLUMNS).hidden).toEqual(['title'])
  })

  it('reads back whatever storage holds without failing: unknown columns, bad widths and junk are dropped', () => {
    expect(parseLayout(null, COLUMNS)).toEqual(EMPTY_LAYOUT)
    expect(parseLayout('not json', COLUMNS)).toEqual(EMPTY_LAYOUT)
    expect(parseLayout('[1,2]', COLUMNS)).toEqual({ hidden: [], widths: {} })
    expect(
      parseLayout(
        JSON.stringify({
          hidden: ['kind', 'kind', '__proto__', 42],
          widths: { title: 250, kind: 'wide', constructor: 300, status: Number.MAX_VALUE }
        }),
        COLUMNS
      )
    ).toEqual({ hidden: ['kind'], widths: { title: 250, status: 800 } })
  })
})
