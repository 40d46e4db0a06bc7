// What a court's clock means for a deadline: a rule tied to a forum (a US district, the PTAB, a
// UPC division) ends at midnight there, which in Shenzhen may be the next afternoon; and a TRO's
// expiry has readings counsel should see side by side. Both come from the pure engine, recomputed
// here from the deadline's rule, trigger and options (no closures: the alternatives are shown only
// when that gives the date the core computed).
import { Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { computeDeadline, renderDeadlineMessage, type DeadlineResult } from '../../../../shared/deadlines'
import type { Deadline } from '../../../../shared/model'
import { formatDate } from '../../lib/dates'
import { courtEnd } from './CourtEnd'

function recompute(deadline: Deadline): DeadlineResult | null {
  if (!deadline.ruleId || !deadline.triggerDate) return null
  try {
    return computeDeadline({
      rule: deadline.ruleId,
      trigger: deadline.triggerDate,
      options: deadline.options
    })
  } catch {
    return null
  }
}

/** "Ends 24:00 Monday in America/Chicago: Tuesday 14:00 here (Asia/Shanghai)". */
export function useCourtTime(deadline: Deadline): { zone: string; local: string; date: string } | null {
  const { i18n } = useTranslation()
  const zone = recompute(deadline)?.timeZone
  return zone ? courtEnd(deadline.due, zone, i18n.language) : null
}

export function CourtTime({ deadline }: { deadline: Deadline }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en'
  const court = useCourtTime(deadline)
  const result = recompute(deadline)
  const alternatives = result && result.due === deadline.computedDue ? (result.alternatives ?? []) : []
  if (!court && alternatives.length === 0) return null
  return (
    <Stack gap={4}>
      {court && (
        <Text size="xs" data-testid="court-time">
          {t('deadlineCard.courtTime', { zone: court.zone, local: court.local, date: court.date })}
        </Text>
      )}
      {alternatives.length > 0 && (
        <Table fz="xs" withTableBorder verticalSpacing={2} data-testid="deadline-alternatives">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('deadlineCard.alternatives.reading')}</Table.Th>
              <Table.Th w={200}>{t('deadlineCard.alternatives.date')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {alternatives.map((a) => (
              <Table.Tr key={a.kind} fw={a.actOn ? 700 : undefined}>
                <Table.Td>
                  {renderDeadlineMessage(a.code, a.params, lang)}
                  {a.actOn && ` (${t('deadlineCard.alternatives.actOn')})`}
                </Table.Td>
                <Table.Td>{formatDate(a.date, i18n.language, 'long')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
