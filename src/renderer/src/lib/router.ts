import { useMemo, useSyncExternalStore } from 'react'

// A tiny hash router: the place survives a reload and needs no server routes.
export const MATTER_TABS = [
  'overview',
  'parties',
  'rights',
  'products',
  'timeline',
  'deadlines',
  'documents'
] as const
export type MatterTab = (typeof MATTER_TABS)[number]

export type Route =
  | { name: 'home' }
  | { name: 'calendar' }
  | { name: 'matters' }
  | { name: 'matter'; id: number; tab: MatterTab }
  | { name: 'intake' }
  | { name: 'new' }
  | { name: 'settings' }
  | { name: 'document'; id: number; page?: number; q?: string }
  | { name: 'search'; q: string }
  | { name: 'not_found'; path: string }

export function parseRoute(hash: string): Route {
  const [path = '/matters', search = ''] = (hash.replace(/^#/, '') || '/home').split('?', 2)
  const params = new URLSearchParams(search)
  const parts = path.split('/').filter(Boolean)
  const [first, second, third] = parts
  // The home screen (what is due) is where the app opens; the register stays at #/matters.
  if (first === undefined || (first === 'home' && parts.length === 1)) return { name: 'home' }
  if (first === 'calendar' && parts.length === 1) return { name: 'calendar' }
  if (first === 'matters' && second === undefined) return { name: 'matters' }
  if (first === 'matters' && second && /^\d+$/.test(second)) {
    const tab = (MATTER_TABS as readonly string[]).includes(third ?? '') ? (third as MatterTab) : 'overview'
    return { name: 'matter', id: Number(second), tab }
  }
  if (first === 'intake' && parts.length === 1) return { name: 'intake' }
  if (first === 'new' && parts.length === 1) return { name: 'new' }
  if (first === 'settings' && parts.length === 1) return { name: 'settings' }
  if (first === 'search' && parts.length === 1) return { name: 'search', q: params.get('q') ?? '' }
  if (first === 'documents' && second && /^\d+$/.test(second) && parts.length === 2) {
    const page = Number(params.get('page'))
    return {
      name: 'document',
      id: Number(second),
      ...(Number.isInteger(page) && page > 0 ? { page } : {}),
      ...(params.get('q') ? { q: params.get('q') ?? '' } : {})
    }
  }
  return { name: 'not_found', path }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/home'
    case 'calendar':
      return '#/calendar'
    case 'matters':
      return '#/matters'
    case 'matter':
      return route.tab === 'overview' ? `#/matters/${route.id}` : `#/matters/${route.id}/${route.tab}`
    case 'intake':
      return '#/intake'
    case 'new':
      return '#/new'
    case 'settings':
      return '#/settings'
    case 'search':
      return `#/search?${new URLSearchParams({ q: route.q }).toString()}`
    case 'document': {
      const params = new URLSearchParams()
      if (route.page) params.set('page', String(route.page))
      if (route.q) params.set('q', route.q)
      const search = params.toString()
      return `#/documents/${route.id}${search ? `?${search}` : ''}`
    }
    case 'not_found':
      return `#${route.path}`
  }
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = routeHref(route)
  if (options.replace) window.history.replaceState(null, '', href)
  else window.location.hash = href
  // replaceState fires no hashchange; tell subscribers ourselves.
  if (options.replace) window.dispatchEvent(new HashChangeEvent('hashchange'))
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return useMemo(() => parseRoute(hash), [hash])
}
