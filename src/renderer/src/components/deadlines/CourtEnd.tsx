// A court deadline's end on the reader's clock: a rule tied to a forum ends at midnight where the
// court sits, which in Shenzhen may be the next afternoon. Light on purpose (the time-zone maths
// only, not the engine and its holiday data): the reminders on the first screen show it.
import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { deadlineEndInZone } from '../../../../shared/deadlines/timezone'
import { formatDate } from '../../lib/dates'

const userTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

/** When midnight in the court's zone is on the reader's clock; null when the two are one zone. */
export function courtEnd(
  due: string,
  zone: string,
  lang: string
): { zone: string; local: string; date: string } | null {
  const here = userTimeZone()
  if (here === zone) return null
  const end = deadlineEndInZone(due, zone, here)
  return { zone, local: here, date: `${formatDate(end.date, lang, 'full')} ${end.time}` }
}

/** The calendar's line for a court deadline (the core gives its zone). */
export function CourtEnd({ due, zone }: { due: string; zone: string }) {
  const { t, i18n } = useTranslation()
  const end = courtEnd(due, zone, i18n.language)
  if (!end) return null
  return (
    <Text size="xs" c="dimmed" data-testid="court-time">
      {t('deadlineCard.courtTimeShort', { date: end.date })} ({end.zone})
    </Text>
  )
}
