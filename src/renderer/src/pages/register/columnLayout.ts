// The register's columns as the user arranged them: which are hidden and the widths they dragged
// to, kept in this browser's storage (a view preference, not workspace data) and turned into the
// grid's column template.
import type { RegisterSortColumn } from '../../../../shared/contract'

export interface ColumnLayout {
  hidden: RegisterSortColumn[]
  /** Widths in px the user dragged a column to; the others keep their default track. */
  widths: Partial<Record<RegisterSortColumn, number>>
}

/** Default tracks: together they fit a 1280-wide window (see Register.module.css). */
const DEFAULT_TRACK: Record<RegisterSortColumn, { track: string; min: number }> = {
  reference: { track: '96px', min: 96 },
  title: { track: 'minmax(130px, 3fr)', min: 130 },
  kind: { track: 'minmax(90px, 1.2fr)', min: 90 },
  status: { track: '104px', min: 104 },
  rightsHolder: { track: 'minmax(108px, 1.3fr)', min: 108 },
  jurisdiction: { track: '94px', min: 94 },
  marketplace: { track: 'minmax(100px, 1fr)', min: 100 },
  nextDeadline: { track: '120px', min: 120 },
  lastActivityAt: { track: '120px', min: 120 }
}

/** The reference names the matter: it is never hidden. */
export const ALWAYS_SHOWN: readonly RegisterSortColumn[] = ['reference']
export const MIN_WIDTH = 60
export const MAX_WIDTH = 800
const GAP = 8
const PADDING = 24

export const EMPTY_LAYOUT: ColumnLayout = { hidden: [], widths: {} }
export const STORAGE_KEY = 'ipdesk.register.columns'

const clampWidth = (w: number): number => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w)))

/** A stored layout, whatever was stored: unknown columns and bad widths are dropped. */
export function parseLayout(raw: string | null, columns: readonly RegisterSortColumn[]): ColumnLayout {
  if (!raw) return EMPTY_LAYOUT
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return EMPTY_LAYOUT
  }
  if (!value || typeof value !== 'object') return EMPTY_LAYOUT
  const v = value as { hidden?: unknown; widths?: unknown }
  const known = (c: unknown): c is RegisterSortColumn => columns.includes(c as RegisterSortColumn)
  const hidden = Array.isArray(v.hidden)
    ? v.hidden.filter(known).filter((c) => !ALWAYS_SHOWN.includes(c))
    : []
  const widths: ColumnLayout['widths'] = {}
  if (v.widths && typeof v.widths === 'object') {
    for (const [column, width] of Object.entries(v.widths as Record<string, unknown>)) {
      if (known(column) && typeof width === 'number' && Number.isFinite(width))
        widths[column] = clampWidth(width)
    }
  }
  return { hidden: [...new Set(hidden)], widths }
}

export function visibleColumns<C extends { id: RegisterSortColumn }>(
  columns: readonly C[],
  layout: ColumnLayout
): C[] {
  return columns.filter((c) => !layout.hidden.includes(c.id))
}

/** The grid's template and the width below which the register scrolls sideways. */
export function gridOf(
  columns: readonly RegisterSortColumn[],
  layout: ColumnLayout
): { template: string; minWidth: number } {
  const shown = columns.filter((c) => !layout.hidden.includes(c))
  const tracks = shown.map((c) => {
    const width = layout.widths[c]
    return width === undefined ? DEFAULT_TRACK[c].track : `${width}px`
  })
  const min = shown.reduce((sum, c) => sum + (layout.widths[c] ?? DEFAULT_TRACK[c].min), 0)
  return { template: tracks.join(' '), minWidth: min + GAP * Math.max(0, shown.length - 1) + PADDING }
}

export function withWidth(
  layout: ColumnLayout,
  column: RegisterSortColumn,
  width: number | null
): ColumnLayout {
  const widths = { ...layout.widths }
  if (width === null) delete widths[column]
  else widths[column] = clampWidth(width)
  return { ...layout, widths }
}

export function withHidden(layout: ColumnLayout, column: RegisterSortColumn, hidden: boolean): ColumnLayout {
  if (ALWAYS_SHOWN.includes(column)) return layout
  const rest = layout.hidden.filter((c) => c !== column)
  return { ...layout, hidden: hidden ? [...rest, column] : rest }
}
