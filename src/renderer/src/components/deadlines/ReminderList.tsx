import { useState } from 'react'
import { Button, Group, Menu, Modal, Popover, Stack, Table, Text } from '@mantine/core'
import { DatePicker } from '@mantine/dates'
import { IconBellRinging, IconChevronDown } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Reminder } from '../../../../shared/contract'
// The calendar module alone: the package index would bring the rules engine and its holidays.
import { addCalendarDays } from '../../../../shared/deadlines/calendar'
import { formatDate } from '../../lib/dates'
import { formatNumber } from '../../lib/format'
import { useDrawnInSlices } from '../../lib/slices'
import { useDeadlineTitle } from '../../lib/labels'
import { navigate } from '../../lib/router'
import { useToday } from '../../lib/today'
import { CourtEnd } from './CourtEnd'
import { Responsible } from '../PersonSelect'
import { reminderKey } from './reminderSummary'

export type ReminderAction = { until: string } | 'dismiss'

// A dialog of a few screens at most (each row has its menus); the count says how many more.
const MAX_ROWS = 50
// Rows are drawn a screenful at a time (each slice its own task): the dialog opens at once.
const ROWS_PER_SLICE = 10

interface ReminderListProps {
  /** 'urgent': the start-up dialog, acknowledged with a button; 'all': the list the toast opens. */
  mode: 'urgent' | 'all' | null
  reminders: Reminder[]
  /** The exact count the list stands for; the list itself stops at the core's limit. */
  total: number
  onAct: (r: Reminder, action: ReminderAction) => void
  onClose: () => void
}

/** Reminders in a dialog, each with Open matter, Snooze and Dismiss. */
export function ReminderList({ mode, reminders, total, onAct, onClose }: ReminderListProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const deadlineTitle = useDeadlineTitle()
  const urgentMode = mode === 'urgent'
  const counted = { count: total, formattedCount: formatNumber(total, lang) }
  const opened = mode !== null && reminders.length > 0
  const listed = Math.min(reminders.length, MAX_ROWS)
  const rows = reminders.slice(0, useDrawnInSlices(listed, ROWS_PER_SLICE, opened ? mode : null))
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeOnClickOutside={!urgentMode}
      closeOnEscape={!urgentMode}
      withCloseButton={!urgentMode}
      size="xl"
      title={
        <Group gap="xs" wrap="nowrap">
          <IconBellRinging size={18} color="var(--mantine-color-red-7)" />
          <Text fw={700} data-testid="reminders-title">
            {urgentMode ? t('reminders.urgentTitle', counted) : t('reminders.listTitle', counted)}
          </Text>
        </Group>
      }
    >
      <Stack gap="sm" data-testid={urgentMode ? 'urgent-reminders' : 'reminder-list'}>
        {urgentMode && <Text size="sm">{t('reminders.urgentIntro')}</Text>}
        <Table fz="sm" verticalSpacing={6} withTableBorder>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={reminderKey(r)}>
                <Table.Td>
                  <Text
                    size="sm"
                    fw={600}
                    c={r.urgency === 'overdue' ? 'red.7' : r.urgency === 'due_today' ? 'orange.8' : undefined}
                  >
                    {formatDate(r.due, lang)} ·{' '}
                    {r.urgency === 'overdue'
                      ? t('deadlines.overdue', { count: -r.daysLeft })
                      : r.urgency === 'due_today'
                        ? t('deadlines.today')
                        : t('deadlines.inDays', { count: r.daysLeft })}
                  </Text>
                  <Text size="sm">{deadlineTitle(r)}</Text>
                  {r.timeZone && <CourtEnd due={r.due} zone={r.timeZone} />}
                  <Text size="xs" c="dimmed">
                    {r.reference} · {r.matterTitle}
                  </Text>
                  <Responsible responsible={r.responsible} />
                </Table.Td>
                <Table.Td w={280}>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => {
                        onClose()
                        navigate({ name: 'matter', id: r.matterId, tab: 'deadlines' })
                      }}
                    >
                      {t('reminders.open')}
                    </Button>
                    <SnoozeMenu onSnooze={(until) => onAct(r, { until })} />
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="gray"
                      onClick={() => onAct(r, 'dismiss')}
                    >
                      {t('reminders.dismiss')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {listed < total && (
          <Text size="xs" c="dimmed" data-testid="reminders-shown-of">
            {t('reminders.shownOf', {
              shown: formatNumber(listed, lang),
              total: formatNumber(total, lang)
            })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button onClick={onClose}>{urgentMode ? t('reminders.acknowledge') : t('reminders.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  )
}

function SnoozeMenu({ onSnooze }: { onSnooze: (until: string) => void }) {
  const { t } = useTranslation()
  const [picking, setPicking] = useState(false)
  const iso = useToday()
  return (
    <Popover opened={picking} onChange={setPicking} position="bottom-end" withinPortal>
      <Popover.Target>
        <div>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button size="compact-xs" variant="default" rightSection={<IconChevronDown size={12} />}>
                {t('reminders.snooze')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => onSnooze(addCalendarDays(iso, 1))}>
                {t('reminders.snooze1')}
              </Menu.Item>
              <Menu.Item onClick={() => onSnooze(addCalendarDays(iso, 3))}>
                {t('reminders.snooze3')}
              </Menu.Item>
              <Menu.Item onClick={() => setPicking(true)}>{t('reminders.snoozeUntil')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </div>
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          minDate={addCalendarDays(iso, 1)}
          onChange={(picked) => {
            setPicking(false)
            if (picked) onSnooze(picked.slice(0, 10))
          }}
        />
      </Popover.Dropdown>
    </Popover>
  )
}
