// Server state lives in one TanStack Query cache. Reads are keyed by area; every change goes
// through `change()`, which invalidates the areas that call touches, so the register, home,
// reminders and calendar refresh together wherever the change was made.
import {
  QueryClient,
  useQuery,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult
} from '@tanstack/react-query'
import type { CallError, CallInput, CallName, CallOutput, CallResult } from '../../../shared/contract'
import { call, query } from '../api'

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The core is local and pushes nothing: data changes only through our own calls, which
      // invalidate what they touch. Window focus and reconnects carry no news.
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      // A failed read shows an error panel with a Retry button; retrying silently hides it.
      retry: false
    }
  }
})

/** The areas of the cache. Each query key starts with one of them. */
export type Area =
  | 'today'
  | 'workspace'
  | 'settings'
  | 'matters'
  | 'matter'
  | 'facets'
  | 'timeline'
  | 'deadlines'
  | 'rules'
  | 'calendar'
  | 'home'
  | 'reminders'
  | 'closures'
  | 'documents'
  | 'search'
  | 'catalogue'
  | 'rights'
  | 'opinions'
  | 'exposure'
  | 'defendants'
  | 'people'
  | 'backups'

type Key<A extends Area> = readonly [A, ...unknown[]]

/** Query keys by area: invalidating ['matter'] refreshes every matter page that is open. */
export const keys = {
  workspaceInfo: ['workspace', 'info'] as Key<'workspace'>,
  clock: ['today'] as Key<'today'>,
  settings: ['settings'] as Key<'settings'>,
  matterList: (input: CallInput<'matters.list'>) => ['matters', 'list', input] as Key<'matters'>,
  facets: ['facets'] as Key<'facets'>,
  matter: (id: number) => ['matter', id] as Key<'matter'>,
  timeline: (matterId: number, order: string) => ['timeline', matterId, order] as Key<'timeline'>,
  rules: ['rules'] as Key<'rules'>,
  deadline: (id: number) => ['deadlines', id] as Key<'deadlines'>,
  calendar: (input: CallInput<'calendar.range'>) => ['calendar', input] as Key<'calendar'>,
  home: (input: CallInput<'calendar.home'>) => ['home', input] as Key<'home'>,
  reminders: ['reminders'] as Key<'reminders'>,
  closures: ['closures'] as Key<'closures'>,
  documents: (matterId: number) => ['documents', 'list', matterId] as Key<'documents'>,
  document: (id: number) => ['documents', id] as Key<'documents'>,
  documentText: (id: number, page: number) => ['documents', id, 'text', page] as Key<'documents'>,
  custody: (id: number) => ['documents', id, 'custody'] as Key<'documents'>,
  search: (input: CallInput<'search.global'>) => ['search', input] as Key<'search'>,
  catalogueList: (input: CallInput<'catalogue.list'>) => ['catalogue', 'list', input] as Key<'catalogue'>,
  product: (id: number) => ['catalogue', id] as Key<'catalogue'>,
  productImage: (id: number) => ['catalogue', id, 'image'] as Key<'catalogue'>,
  checklist: (versionId: number) => ['catalogue', 'checklist', versionId] as Key<'catalogue'>,
  rightList: (input: CallInput<'rights.list'>) => ['rights', 'list', input] as Key<'rights'>,
  right: (id: number) => ['rights', id] as Key<'rights'>,
  opinions: (input: CallInput<'opinions.list'>) => ['opinions', input] as Key<'opinions'>,
  clearance: (matterId: number) => ['opinions', 'clearance', matterId] as Key<'opinions'>,
  exposure: (matterId: number) => ['exposure', matterId] as Key<'exposure'>,
  portfolio: ['exposure', 'portfolio'] as Key<'exposure'>,
  defendants: (input: CallInput<'defendants.list'>) => ['defendants', input] as Key<'defendants'>,
  /** Everyone, archived too: the selects offer the others and still name the archived. */
  people: ['people'] as Key<'people'>,
  backups: ['backups'] as Key<'backups'>
}

// What a matter's deadlines feed: its page, the register's next-deadline column, the calendar,
// home's buckets and the reminders.
const DEADLINE_VIEWS = ['matter', 'matters', 'deadlines', 'calendar', 'home', 'reminders'] as const
const MATTER_VIEWS = [...DEADLINE_VIEWS, 'workspace', 'facets', 'timeline', 'search'] as const
const RECORD_VIEWS = ['matter', 'matters', 'facets', 'search'] as const
const DOCUMENT_VIEWS = ['documents', 'matter', 'timeline', 'search'] as const
// The catalogue, the rights registry and opinions feed the product and right pages, the
// matter pages that link them, and every exposure figure.
const CATALOGUE_VIEWS = ['catalogue', 'matter', 'matters', 'search', 'exposure', 'opinions'] as const
const RIGHT_VIEWS = ['rights', 'matter', 'matters', 'search', 'catalogue', 'exposure', 'opinions'] as const
const OPINION_VIEWS = ['opinions', 'matter', 'timeline', 'catalogue', 'exposure'] as const

/** Every call that changes something, and the areas of the cache it changes. */
export const CHANGES = {
  'workspace.loadSample': [...MATTER_VIEWS, 'documents', 'closures'],
  'settings.update': ['settings'],
  'matters.create': MATTER_VIEWS,
  'matters.update': MATTER_VIEWS,
  'matters.setStatus': MATTER_VIEWS,
  'matters.logWarningLetter': [...MATTER_VIEWS, 'documents'],
  'parties.add': RECORD_VIEWS,
  'parties.update': RECORD_VIEWS,
  'parties.remove': RECORD_VIEWS,
  'ipRights.add': [...RECORD_VIEWS, 'rights', 'exposure', 'catalogue'],
  'ipRights.update': [...RECORD_VIEWS, 'rights', 'exposure', 'catalogue'],
  'ipRights.remove': [...RECORD_VIEWS, 'rights', 'exposure', 'catalogue'],
  'products.add': [...RECORD_VIEWS, 'catalogue', 'exposure'],
  'products.update': [...RECORD_VIEWS, 'catalogue', 'exposure'],
  'products.remove': [...RECORD_VIEWS, 'catalogue', 'exposure'],
  'products.link': [...RECORD_VIEWS, 'catalogue', 'exposure'],
  'catalogue.create': CATALOGUE_VIEWS,
  'catalogue.update': CATALOGUE_VIEWS,
  'catalogue.remove': CATALOGUE_VIEWS,
  'catalogue.setImage': ['catalogue'],
  'versions.add': CATALOGUE_VIEWS,
  'versions.update': CATALOGUE_VIEWS,
  'versions.remove': CATALOGUE_VIEWS,
  'listings.add': CATALOGUE_VIEWS,
  'listings.update': CATALOGUE_VIEWS,
  'listings.remove': CATALOGUE_VIEWS,
  'listings.setStatus': CATALOGUE_VIEWS,
  'listings.removeStatus': CATALOGUE_VIEWS,
  'sales.set': CATALOGUE_VIEWS,
  'sales.importCsv': CATALOGUE_VIEWS,
  'rights.update': RIGHT_VIEWS,
  'rights.setClaims': RIGHT_VIEWS,
  'opinions.create': OPINION_VIEWS,
  'opinions.update': OPINION_VIEWS,
  'opinions.remove': OPINION_VIEWS,
  'designArounds.create': OPINION_VIEWS,
  'designArounds.update': OPINION_VIEWS,
  'designArounds.remove': OPINION_VIEWS,
  'clearance.set': [...OPINION_VIEWS, 'matters'],
  // A service date on our store adds or moves its answer deadline and its timeline event.
  'defendants.add': ['defendants', ...DEADLINE_VIEWS, 'timeline'],
  'defendants.update': ['defendants', ...DEADLINE_VIEWS, 'timeline'],
  'defendants.remove': ['defendants', 'matter', 'matters'],
  'defendants.importScheduleA': ['defendants', 'matter', 'matters'],
  // A person's name shows on every matter and deadline they are responsible for.
  'people.create': ['people'],
  'people.update': ['people', ...DEADLINE_VIEWS],
  'people.setArchived': ['people'],
  'people.remove': ['people'],
  'timeline.addEvent': [...DEADLINE_VIEWS, 'timeline', 'search'],
  // A moved trigger date recomputes its dependent deadlines.
  'timeline.updateEvent': [...DEADLINE_VIEWS, 'timeline', 'search'],
  'deadlines.add': [...DEADLINE_VIEWS, 'timeline'],
  'deadlines.addMany': [...DEADLINE_VIEWS, 'timeline'],
  'deadlines.update': [...DEADLINE_VIEWS, 'timeline'],
  'deadlines.override': [...DEADLINE_VIEWS, 'timeline'],
  'deadlines.setStatus': [...DEADLINE_VIEWS, 'timeline'],
  'deadlines.remove': [...DEADLINE_VIEWS, 'timeline'],
  'deadlines.recompute': [...DEADLINE_VIEWS, 'timeline'],
  'reminders.snooze': ['reminders'],
  'reminders.dismiss': ['reminders'],
  // A closure day can move deadlines (after a recompute) and shows on the calendar.
  'closures.add': ['closures', 'calendar'],
  'closures.remove': ['closures', 'calendar'],
  'documents.attach': DOCUMENT_VIEWS,
  'documents.update': DOCUMENT_VIEWS,
  'documents.remove': DOCUMENT_VIEWS,
  'documents.deleteBytes': DOCUMENT_VIEWS,
  // Whatever a removal took off a matter comes back: every view a removal changes.
  'undo.restore': [...MATTER_VIEWS, 'documents', 'rights', 'catalogue', 'exposure'],
  // Exports and checks write an audit row or a file, nothing a screen shows.
  'documents.exportBundle': [],
  'vault.verify': ['documents']
} as const satisfies Partial<Record<CallName, readonly Area[]>>

export type ChangeName = keyof typeof CHANGES

/** Marks the areas stale; the ones on screen refetch at once. */
export async function invalidate(areas: readonly Area[]): Promise<void> {
  await Promise.all([...new Set(areas)].map((area) => queryClient.invalidateQueries({ queryKey: [area] })))
}

/**
 * Makes a change through the contract. On success the areas it touches are invalidated; the
 * result comes back either way so the caller can show field errors next to their fields.
 */
export async function change<N extends ChangeName>(
  name: N,
  input: CallInput<N>
): Promise<CallResult<CallOutput<N>>> {
  const result = await call(name, input)
  if (result.ok) await invalidate(CHANGES[name])
  return result
}

/** A thrown read error (from `query`) as the CallError the error panels translate. */
export function toCallError(error: unknown): CallError {
  if (error && typeof error === 'object' && 'callError' in error) {
    return (error as { callError: CallError }).callError
  }
  return { code: 'internal', detail: String(error) }
}

export type CallQueryOptions<N extends CallName> = Omit<
  UseQueryOptions<CallOutput<N>, Error, CallOutput<N>, QueryKey>,
  'queryKey' | 'queryFn'
>

/** A contract read under a key of its area. */
export function useCall<N extends CallName>(
  key: QueryKey,
  name: N,
  input: CallInput<N>,
  options: CallQueryOptions<N> = {}
): UseQueryResult<CallOutput<N>> & { callError: CallError | undefined } {
  const result = useQuery({ queryKey: key, queryFn: () => query(name, input), ...options })
  // A view over the result (which tracks the fields a component reads) adding the CallError.
  return new Proxy(result, {
    get: (target, prop) =>
      prop === 'callError'
        ? target.error
          ? toCallError(target.error)
          : undefined
        : Reflect.get(target, prop)
  }) as UseQueryResult<CallOutput<N>> & { callError: CallError | undefined }
}
