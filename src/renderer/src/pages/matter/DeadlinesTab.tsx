import { useState } from 'react'
import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { AddDeadlineForm } from './AddDeadlineForm'
import { DeadlineCard } from './DeadlineCard'
import type { MatterTabProps } from './MatterPage'

export function DeadlinesTab(props: MatterTabProps) {
  const { t } = useTranslation()
  const [adding, setAdding] = useState(false)
  // Open deadlines first, soonest on top; settled ones keep their order below.
  const deadlines = [...props.detail.deadlines].sort((a, b) => {
    if ((a.status === 'open') !== (b.status === 'open')) return a.status === 'open' ? -1 : 1
    return a.due.localeCompare(b.due)
  })

  return (
    <Stack gap="md" maw={1040}>
      <Group justify="flex-end">
        {!adding && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            {t('deadlines.add')}
          </Button>
        )}
      </Group>
      {adding && (
        <AddDeadlineForm
          matterId={props.detail.matter.id}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false)
            props.onReload()
          }}
        />
      )}
      {deadlines.length === 0 ? (
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {t('deadlines.none')}
          </Text>
        </Paper>
      ) : (
        deadlines.map((deadline) => (
          <DeadlineCard key={deadline.id} deadline={deadline} onChanged={props.onReload} />
        ))
      )}
    </Stack>
  )
}
