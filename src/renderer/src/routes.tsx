// The route table: each URL shape of the app and the page it opens. Pages load on demand.
import type { ReactElement } from 'react'
import {
  createHashRouter,
  matchRoutes,
  Outlet,
  useLocation,
  useParams,
  useSearchParams,
  type RouteObject
} from 'react-router'
import { AppLayout } from './components/AppLayout'
import { ErrorBoundary } from './components/ErrorBoundary'
import { ReminderCenter } from './components/deadlines/ReminderCenter'
import { FirstScreenMark } from './lib/firstScreen'
import { lazyNamed, Loading, type OnDemand } from './lib/lazy'
import { isMatterTab, registerRouter } from './lib/router'
import { NotFoundPage } from './pages/NotFoundPage'

const HomePage = lazyNamed(() => import('./pages/home/HomePage'), 'HomePage')
const CalendarPage = lazyNamed(() => import('./pages/calendar/CalendarPage'), 'CalendarPage')
const RegisterPage = lazyNamed(() => import('./pages/register/RegisterPage'), 'RegisterPage')
const MatterPage = lazyNamed(() => import('./pages/matter/MatterPage'), 'MatterPage')
const IntakePage = lazyNamed(() => import('./pages/intake/IntakePage'), 'IntakePage')
const NewMatterPage = lazyNamed(() => import('./pages/new/NewMatterPage'), 'NewMatterPage')
const SettingsPage = lazyNamed(() => import('./pages/settings/SettingsPage'), 'SettingsPage')
const ViewerPage = lazyNamed(() => import('./components/viewer/ViewerPage'), 'ViewerPage')
const SearchPage = lazyNamed(() => import('./pages/search/SearchPage'), 'SearchPage')
const PortfolioPage = lazyNamed(() => import('./pages/portfolio/PortfolioPage'), 'PortfolioPage')
const CataloguePage = lazyNamed(() => import('./pages/catalogue/CataloguePage'), 'CataloguePage')
const ProductRoute = lazyNamed(() => import('./pages/catalogue/ProductPage'), 'ProductRoute')
const RightsPage = lazyNamed(() => import('./pages/rights/RightsPage'), 'RightsPage')
const RightRoute = lazyNamed(() => import('./pages/rights/RightPage'), 'RightRoute')
const ReportsPage = lazyNamed(() => import('./pages/reports/ReportsPage'), 'ReportsPage')

const numericId = (value: string | undefined): number | null =>
  value && /^\d+$/.test(value) ? Number(value) : null

/** Around every page: reminders, the layout, and a crash barrier that resets on navigation. */
function Shell() {
  const location = useLocation()
  return (
    <>
      {/* Before anything else: overdue and due-today deadlines, then the other reminders. */}
      <ReminderCenter />
      <AppLayout>
        <ErrorBoundary resetKey={location.pathname + location.search}>
          <Loading>
            <Outlet />
            {/* Commits with the page: what waits for the first screen (reminders) may start. */}
            <FirstScreenMark />
          </Loading>
        </ErrorBoundary>
      </AppLayout>
    </>
  )
}

function MatterRoute() {
  const params = useParams()
  const id = numericId(params.id)
  if (id === null) return <NotFoundPage />
  // An unknown tab name opens the overview, as an old bookmark would expect.
  return <MatterPage key={id} id={id} tab={isMatterTab(params.tab) ? params.tab : 'overview'} />
}

function DocumentRoute() {
  const params = useParams()
  const [search] = useSearchParams()
  const id = numericId(params.id)
  if (id === null) return <NotFoundPage />
  const page = Number(search.get('page'))
  const q = search.get('q')
  return (
    <ViewerPage
      key={id}
      id={id}
      {...(Number.isInteger(page) && page > 0 ? { page } : {})}
      {...(q ? { q } : {})}
    />
  )
}

function SearchRoute() {
  const [search] = useSearchParams()
  return <SearchPage q={search.get('q') ?? ''} />
}

const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      // The home screen (what is due) is where the app opens; the register stays at #/matters.
      { index: true, element: <HomePage /> },
      { path: 'home', element: <HomePage /> },
      { path: 'calendar', element: <CalendarPage /> },
      { path: 'matters', element: <RegisterPage /> },
      { path: 'matters/:id/:tab?', element: <MatterRoute /> },
      { path: 'intake', element: <IntakePage /> },
      { path: 'new', element: <NewMatterPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'search', element: <SearchRoute /> },
      { path: 'documents/:id', element: <DocumentRoute /> },
      { path: 'portfolio', element: <PortfolioPage /> },
      { path: 'catalogue', element: <CataloguePage /> },
      { path: 'catalogue/:id', element: <ProductRoute /> },
      { path: 'rights', element: <RightsPage /> },
      { path: 'rights/:id', element: <RightRoute /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: '*', element: <NotFoundPage /> }
    ]
  }
]

export const router = registerRouter(createHashRouter(routes))

// Route elements that wrap a page loaded on demand: what preloading them loads.
const pageOf = new Map<unknown, OnDemand<never>>([
  [MatterRoute, MatterPage as OnDemand<never>],
  [DocumentRoute, ViewerPage as OnDemand<never>],
  [SearchRoute, SearchPage as OnDemand<never>]
])

/**
 * Starts loading the code of the page a location opens, so it arrives alongside the app's own
 * script instead of after the first render has asked for it (the register's first rows wait for
 * that chain otherwise).
 */
export function preloadPage(hash: string): void {
  const pathname = hash.replace(/^#/, '').split('?')[0] || '/'
  for (const match of matchRoutes(routes, pathname) ?? []) {
    const type = (match.route.element as ReactElement | undefined)?.type
    const page = pageOf.get(type) ?? (type as Partial<OnDemand<never>> | undefined)
    page?.preload?.()
  }
}
