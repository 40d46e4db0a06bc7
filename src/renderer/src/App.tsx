import { useEffect } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { MantineProvider } from '@mantine/core'
import { DatesProvider } from '@mantine/dates'
import { Notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { call } from './api'
import { queryClient } from './lib/queries'
import { AppLayout } from './components/AppLayout'
import { ErrorBoundary } from './components/ErrorBoundary'
import { ReminderCenter } from './components/deadlines/ReminderCenter'
import { applyLanguage, dayjsLocale, isLanguage } from './i18n'
import { routeHref, useRoute, type Route } from './lib/router'
import { TodayProvider } from './lib/today'
import { theme } from './theme'
import { lazyNamed, Loading } from './lib/lazy'
import { NotFoundPage } from './pages/NotFoundPage'

// Each page loads when first opened; the shell (layout, reminders, search box) loads at once.
const HomePage = lazyNamed(() => import('./pages/home/HomePage'), 'HomePage')
const CalendarPage = lazyNamed(() => import('./pages/calendar/CalendarPage'), 'CalendarPage')
const RegisterPage = lazyNamed(() => import('./pages/register/RegisterPage'), 'RegisterPage')
const MatterPage = lazyNamed(() => import('./pages/matter/MatterPage'), 'MatterPage')
const IntakePage = lazyNamed(() => import('./pages/intake/IntakePage'), 'IntakePage')
const NewMatterPage = lazyNamed(() => import('./pages/new/NewMatterPage'), 'NewMatterPage')
const SettingsPage = lazyNamed(() => import('./pages/settings/SettingsPage'), 'SettingsPage')
const ViewerPage = lazyNamed(() => import('./components/viewer/ViewerPage'), 'ViewerPage')
const SearchPage = lazyNamed(() => import('./pages/search/SearchPage'), 'SearchPage')

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />
    case 'calendar':
      return <CalendarPage />
    case 'matters':
      return <RegisterPage />
    case 'matter':
      return <MatterPage key={route.id} id={route.id} tab={route.tab} />
    case 'intake':
      return <IntakePage />
    case 'new':
      return <NewMatterPage />
    case 'settings':
      return <SettingsPage />
    case 'document':
      return <ViewerPage key={route.id} id={route.id} page={route.page} q={route.q} />
    case 'search':
      return <SearchPage q={route.q} />
    case 'not_found':
      return <NotFoundPage />
  }
}

export function App() {
  const route = useRoute()
  const { i18n } = useTranslation()

  // The workspace setting wins over the cached language once it arrives, unless the
  // user has picked a language in the meantime.
  useEffect(() => {
    const startedWith = i18n.language
    void call('settings.get', {}).then((result) => {
      if (!result.ok || !isLanguage(result.value.language)) return
      if (i18n.language === startedWith && result.value.language !== startedWith) {
        void applyLanguage(result.value.language)
      }
    })
  }, [i18n])

  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <DatesProvider settings={{ locale: dayjsLocale(i18n.language), firstDayOfWeek: 1 }}>
          {/* Bottom left: the header's actions sit top right, the Save buttons bottom right. */}
          <Notifications
            className="app-notifications"
            position="bottom-left"
            limit={4}
            containerWidth={360}
          />
          {/* Before anything else: overdue and due-today deadlines, then the other reminders. */}
          <TodayProvider>
            <ReminderCenter />
            <AppLayout route={route}>
              <ErrorBoundary resetKey={routeHref(route)}>
                <Loading>
                  <Page route={route} />
                </Loading>
              </ErrorBoundary>
            </AppLayout>
          </TodayProvider>
        </DatesProvider>
      </MantineProvider>
    </QueryClientProvider>
  )
}
