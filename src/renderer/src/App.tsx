import { useEffect } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from 'react-router'
import { MantineProvider } from '@mantine/core'
import { DatesProvider } from '@mantine/dates'
import { Notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { call } from './api'
import { applyLanguage, dayjsLocale, isLanguage } from './i18n'
import { queryClient } from './lib/queries'
import { TodayProvider } from './lib/today'
import { router } from './routes'
import { theme } from './theme'

export function App() {
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
          {/* In the navigation column, above Settings: never over a dialog or a form (styles.css). */}
          <Notifications
            className="app-notifications"
            position="bottom-left"
            limit={3}
            containerWidth={192}
          />
          <TodayProvider>
            <RouterProvider router={router} />
          </TodayProvider>
        </DatesProvider>
      </MantineProvider>
    </QueryClientProvider>
  )
}
