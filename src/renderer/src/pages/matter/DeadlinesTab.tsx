import { useState } from 'react'
import { Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { DeadlineCard } from '../../components/deadlines/DeadlineCard'
import { DeadlineForm } from '../../components/deadlines/DeadlineForm'
import { lazyNamed, Loading } from '../../lib/lazy'
import type { MatterTabProps } from './MatterPage'

const CalendarView = lazyNamed(() => import('../../components/deadlines/CalendarView'), 'CalendarView')

export function DeadlinesTab(props: MatterTabProps) {
  const { t } = useTranslation()
  const [adding, setAdding] = useState(false)
  const [view, setView] = useState<'list' | 'calendar'>('list')
  // Open deadlines first, soonest on top; settled ones keep their order below.
  const deadlines = [...props.detail.deadlines].sort((a, b) => {
    if ((a.status === 'open') !== (b.status === 'open')) return a.status === 'open' ? -1 : 1
    return a.due.localeCompare(b.due)
  })

  return (
    <Stack gap="md" maw={1040}>
      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          aria-label={t('calendar.matterView')}
          value={view}
          onChange={(v) => setView(v as 'list' | 'calendar')}
          data={[
            { value: 'list', label: t('calendar.listView') },
            { value: 'calendar', label: t('calendar.calendarView') }
          ]}
        />
        {!adding && view === 'list' && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            {t('deadlines.add')}
          </Button>
        )}
      </Group>
      {adding && (
        <DeadlineForm
          matterId={props.detail.matter.id}
          onCancel={() => setAdding(false)}
          onSaved={() => setAdding(false)}
        />
      )}
      {view === 'calendar' ? (
        <Loading>
          <CalendarView matterId={props.detail.matter.id} />
        </Loading>
      ) : deadlines.length === 0 ? (
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {t('deadlines.none')}
          </Text>
        </Paper>
      ) : (
        deadlines.map((deadline) => <DeadlineCard key={deadline.id} deadline={deadline} />)
      )}
    </Stack>
  )
}
