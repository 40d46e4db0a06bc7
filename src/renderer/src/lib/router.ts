import { useMemo, useSyncExternalStore } from 'react'

// A tiny hash router: the place survives a reload and needs no server routes.
export const MATTER_TABS = ['overview', 'parties', 'rights', 'products', 'timeline', 'deadlines'] as const
export type MatterTab = (typeof MATTER_TABS)[number]

export type Route =
  | { name: 'matters' }
  | { name: 'matter'; id: number; tab: MatterTab }
  | { name: 'intake' }
  | { name: 'new' }
  | { name: 'settings' }
  | { name: 'not_found'; path: string }

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/matters'
  const parts = path.split('/').filter(Boolean)
  const [first, second, third] = parts
  if (first === 'matters' && second === undefined) return { name: 'matters' }
  if (first === 'matters' && second && /^\d+$/.test(second)) {
    const tab = (MATTER_TABS as readonly string[]).includes(third ?? '') ? (third as MatterTab) : 'overview'
    return { name: 'matter', id: Number(second), tab }
  }
  if (first === 'intake' && parts.length === 1) return { name: 'intake' }
  if (first === 'new' && parts.length === 1) return { name: 'new' }
  if (first === 'settings' && parts.length === 1) return { name: 'settings' }
  return { name: 'not_found', path }
}

export function routeHref(route: Route): string {
  switch (route.name) {
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
