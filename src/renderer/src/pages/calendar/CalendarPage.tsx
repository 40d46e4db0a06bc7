import { Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { CalendarView } from '../../components/deadlines/CalendarView'
import pageClasses from '../../components/Page.module.css'

/** Every matter's deadlines and hearings on one calendar. */
export function CalendarPage() {
  const { t } = useTranslation()
  return (
    <div className={pageClasses.scroll}>
      <div className={pageClasses.content} style={{ maxWidth: 1280 }}>
        <Stack gap="md">
          <Title order={3}>{t('calendar.title')}</Title>
          <CalendarView />
        </Stack>
      </div>
    </div>
  )
}
