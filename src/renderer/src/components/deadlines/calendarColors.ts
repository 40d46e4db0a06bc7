import type { MatterKind } from '../../../../shared/model'

// Red is kept for overdue, so no matter or kind is drawn in red.
const MATTER_PALETTE = [
  'blue',
  'teal',
  'grape',
  'orange',
  'cyan',
  'indigo',
  'lime',
  'pink',
  'violet',
  'yellow',
  'green'
]

export const KIND_COLOR: Record<MatterKind, string> = {
  warning_letter: 'orange',
  marketplace_complaint: 'grape',
  lawsuit: 'blue',
  itc_investigation: 'indigo',
  ptab_proceeding: 'teal',
  opposition: 'cyan',
  clearance: 'lime'
}

export type ColourBy = 'matter' | 'kind'

export function itemColor(item: { matterId: number; kind: MatterKind }, by: ColourBy): string {
  if (by === 'kind') return KIND_COLOR[item.kind]
  return MATTER_PALETTE[item.matterId % MATTER_PALETTE.length]!
}
