import type { MatterKind, MatterStatus } from '../../../../shared/model'
import type { RegisterSort } from './RegisterTable'

export interface RegisterFilters {
  search: string
  statuses: MatterStatus[]
  kinds: MatterKind[]
  jurisdictions: string[]
  marketplaces: string[]
}

export interface RegisterViewState {
  filters: RegisterFilters
  sort: RegisterSort
  scrollTop: number
}

export const EMPTY_FILTERS: RegisterFilters = {
  search: '',
  statuses: [],
  kinds: [],
  jurisdictions: [],
  marketplaces: []
}

export function hasFilters(filters: RegisterFilters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.statuses.length +
      filters.kinds.length +
      filters.jurisdictions.length +
      filters.marketplaces.length >
      0
  )
}

// Kept for the session so that opening a matter and coming back finds the list as it was.
let saved: RegisterViewState = {
  filters: EMPTY_FILTERS,
  sort: { column: 'nextDeadline', direction: 'asc' },
  scrollTop: 0
}

export function loadRegisterView(): RegisterViewState {
  return saved
}

export function saveRegisterView(state: Partial<RegisterViewState>): void {
  saved = { ...saved, ...state }
}
