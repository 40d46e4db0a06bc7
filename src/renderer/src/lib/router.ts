// Places in the app, as typed routes over react-router's hash history: a place survives a reload,
// Back works, and a view can be bookmarked, with no server routes. Screens name a place with a
// Route; the route table (routes.tsx) maps the URL back to a page.
import type { createHashRouter } from 'react-router'

export const MATTER_TABS = [
  'overview',
  'parties',
  'rights',
  'products',
  'defendants',
  'timeline',
  'deadlines',
  'documents',
  'opinions',
  'exposure'
] as const
export type MatterTab = (typeof MATTER_TABS)[number]

export const isMatterTab = (tab: string | undefined): tab is MatterTab =>
  (MATTER_TABS as readonly string[]).includes(tab ?? '')

export type Route =
  | { name: 'home' }
  | { name: 'calendar' }
  /** search: the register's filters and sort as URL parameters (registerState.ts). */
  | { name: 'matters'; search?: string }
  | { name: 'matter'; id: number; tab: MatterTab }
  | { name: 'intake' }
  | { name: 'new' }
  | { name: 'settings' }
  | { name: 'document'; id: number; page?: number; q?: string }
  | { name: 'search'; q: string }
  | { name: 'portfolio' }

/** The router's path (with query) for a place: `/matters/12/deadlines`. */
export function routePath(route: Route): string {
  switch (route.name) {
    case 'home':
      return '/home'
    case 'calendar':
      return '/calendar'
    case 'matters':
      return route.search ? `/matters?${route.search}` : '/matters'
    case 'matter':
      return route.tab === 'overview' ? `/matters/${route.id}` : `/matters/${route.id}/${route.tab}`
    case 'intake':
      return '/intake'
    case 'new':
      return '/new'
    case 'settings':
      return '/settings'
    case 'portfolio':
      return '/portfolio'
    case 'search':
      return `/search?${new URLSearchParams({ q: route.q }).toString()}`
    case 'document': {
      const params = new URLSearchParams()
      if (route.page) params.set('page', String(route.page))
      if (route.q) params.set('q', route.q)
      const search = params.toString()
      return `/documents/${route.id}${search ? `?${search}` : ''}`
    }
  }
}

/** The href of a place, for links: `#/matters/12/deadlines`. */
export const routeHref = (route: Route): string => `#${routePath(route)}`

type AppRouter = ReturnType<typeof createHashRouter>
let appRouter: AppRouter | null = null

/** The router the app runs on (routes.tsx creates it). */
export function registerRouter(router: AppRouter): AppRouter {
  appRouter = router
  return router
}

/** Goes to a place; `replace` swaps the current history entry (tab switches, typing). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  if (appRouter) void appRouter.navigate(routePath(route), { replace: options.replace ?? false })
  else if (options.replace) window.location.replace(routeHref(route))
  else window.location.hash = routeHref(route)
}
