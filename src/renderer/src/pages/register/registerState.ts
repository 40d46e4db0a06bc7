// The register's view lives in the URL (#/matters?q=…&status=open&sort=title&dir=desc), so Back
// returns to it and a view can be bookmarked. The session also remembers the last view (and its
// scroll), so the Matters link finds the list as it was left.
import { MATTER_KINDS, MATTER_STATUSES, type MatterKind, type MatterStatus } from '../../../../shared/model'
import { REGISTER_COLUMNS } from './columns'
import type { RegisterSort } from './RegisterTable'

export interface RegisterFilters {
  search: string
  statuses: MatterStatus[]
  kinds: MatterKind[]
  jurisdictions: string[]
  marketplaces: string[]
}

export interface RegisterView {
  filters: RegisterFilters
  sort: RegisterSort
}

export const EMPTY_FILTERS: RegisterFilters = {
  search: '',
  statuses: [],
  kinds: [],
  jurisdictions: [],
  marketplaces: []
}
export const DEFAULT_SORT: RegisterSort = { column: 'nextDeadline', direction: 'asc' }

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

// One URL parameter per filter, repeated for several values (?status=open&status=closed).
const PARAMS = {
  search: 'q',
  statuses: 'status',
  kinds: 'kind',
  jurisdictions: 'jurisdiction',
  marketplaces: 'marketplace'
} as const

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (values: string[]): T[] =>
    values.filter((v): v is T => (allowed as readonly string[]).includes(v))

/** The view a URL's parameters describe; unknown values (an old bookmark) are dropped. */
export function parseRegisterView(params: URLSearchParams): RegisterView {
  const column = REGISTER_COLUMNS.find((c) => c.id === params.get('sort'))?.id
  return {
    filters: {
      search: params.get(PARAMS.search) ?? '',
      statuses: oneOf(MATTER_STATUSES)(params.getAll(PARAMS.statuses)),
      kinds: oneOf(MATTER_KINDS)(params.getAll(PARAMS.kinds)),
      jurisdictions: params.getAll(PARAMS.jurisdictions),
      marketplaces: params.getAll(PARAMS.marketplaces)
    },
    sort: column ? { column, direction: params.get('dir') === 'desc' ? 'desc' : 'asc' } : DEFAULT_SORT
  }
}

/** The URL parameters of a view; the default sort and empty filters are left out. */
export function registerViewParams(view: RegisterView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.filters.search) params.set(PARAMS.search, view.filters.search)
  for (const key of ['statuses', 'kinds', 'jurisdictions', 'marketplaces'] as const) {
    for (const value of view.filters[key]) params.append(PARAMS[key], value)
  }
  if (view.sort.column !== DEFAULT_SORT.column || view.sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', view.sort.column)
    params.set('dir', view.sort.direction)
  }
  return params
}

// The last view of this session, and how far down it was scrolled.
let lastSearch = ''
let lastScrollTop = 0

export function rememberRegisterView(search: string): void {
  if (search !== lastSearch) lastScrollTop = 0
  lastSearch = search
}
export const lastRegisterSearch = (): string => lastSearch
export const registerScrollTop = (): number => lastScrollTop
export function saveRegisterScroll(top: number): void {
  lastScrollTop = top
}
