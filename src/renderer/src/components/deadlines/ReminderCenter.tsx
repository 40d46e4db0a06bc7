import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Button, Group, Menu, Modal, Popover, Stack, Table, Text } from '@mantine/core'
import { DatePicker } from '@mantine/dates'
import { notifications } from '@mantine/notifications'
import { IconBellRinging, IconChevronDown } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { DueReminders, Reminder } from '../../../../shared/contract'
// The calendar module alone: the package index would bring the rules engine and its holidays.
import { addCalendarDays } from '../../../../shared/deadlines/calendar'
import { query } from '../../api'
import { change, keys, queryClient } from '../../lib/queries'
import { formatDate } from '../../lib/dates'
import { useToday } from '../../lib/today'
import { navigate } from '../../lib/router'
import { notifyFailed } from '../../lib/notify'
import { useDeadlineTitle } from '../../lib/labels'

// Reminders are due by calendar date, so they change at midnight (the day's rollover refetches
// them) or through a change, which invalidates them. The core names the next moment one falls due
// (nextAt) where it knows it; without that, a long fallback check catches what nothing else did.
const FALLBACK_RECHECK_MS = 60 * 60_000
const MAX_TIMER_MS = 2 ** 31 - 1

/** When to ask again: at the core's next reminder time if it gave one, else after the fallback. */
export function recheckAfter(due: DueReminders | undefined, nowMs: number): number {
  const nextAt = (due as (DueReminders & { nextAt?: string | null }) | undefined)?.nextAt
  if (!nextAt) return FALLBACK_RECHECK_MS
  const wait = Date.parse(nextAt) - nowMs
  if (Number.isNaN(wait)) return FALLBACK_RECHECK_MS
  return Math.min(Math.max(1000, wait + 1000), MAX_TIMER_MS)
}
const keyOf = (r: Reminder): string => `${r.deadlineId}:${r.leadDays}`
const urgent = (r: Reminder): boolean => r.urgency !== 'upcoming'

/**
 * On start-up, overdue and due-today deadlines come first, in a dialog the user must
 * acknowledge; other due reminders become in-app notifications. Later ones (after a change, at
 * midnight, at the next lead time) arrive as notifications.
 */
export function ReminderCenter() {
  const { t, i18n } = useTranslation()
  const deadlineTitle = useDeadlineTitle()
  const [pending, setPending] = useState<Reminder[]>([])
  // Within one session each reminder is announced once; snooze and dismiss persist it.
  const announced = useRef(new Set<string>())

  const name = (r: Reminder): string => deadlineTitle(r)
  // The periodic check is set up once; it reads the current labels through this ref.
  const notify = useRef<(r: Reminder) => void>(() => undefined)
  useLayoutEffect(() => {
    notify.current = showNotification
  })

  // After a snooze or dismiss, keep only what is still due.
  const keepDue = (due: DueReminders): void =>
    setPending((list) => list.filter((p) => due.reminders.some((r) => keyOf(r) === keyOf(p))))

  function showNotification(r: Reminder): void {
    notifications.show({
      id: `reminder-${keyOf(r)}`,
      color: urgent(r) ? 'red' : 'orange',
      icon: <IconBellRinging size={16} />,
      // An urgent one that turns up after start-up stays until it is closed.
      autoClose: urgent(r) ? false : 15_000,
      title: urgent(r)
        ? r.urgency === 'overdue'
          ? t('deadlines.overdue', { count: -r.daysLeft })
          : t('deadlines.today')
        : t('reminders.upcomingTitle', { count: r.daysLeft }),
      message: (
        <Stack gap={4}>
          <Text size="sm">
            {name(r)} · {formatDate(r.due, i18n.language)}
          </Text>
          <Text size="xs" c="dimmed">
            {r.reference} · {r.matterTitle}
          </Text>
          <Group gap="xs">
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => {
                notifications.hide(`reminder-${keyOf(r)}`)
                navigate({ name: 'matter', id: r.matterId, tab: 'deadlines' })
              }}
            >
              {t('reminders.open')}
            </Button>
          </Group>
        </Stack>
      )
    })
  }

  const due = useQuery({
    queryKey: keys.reminders,
    queryFn: () => query('reminders.due', {}),
    refetchInterval: (q) => recheckAfter(q.state.data, Date.now()),
    refetchIntervalInBackground: true
  })
  const startup = useRef(true)
  useEffect(() => {
    if (!due.data) return
    const fresh = due.data.reminders.filter((r) => !announced.current.has(keyOf(r)))
    for (const r of fresh) announced.current.add(keyOf(r))
    // Only the start-up check blocks the screen; later ones must not interrupt typing.
    const first = startup.current
    if (first) setPending(fresh.filter(urgent))
    for (const r of first ? fresh.filter((x) => !urgent(x)) : fresh) notify.current(r)
    startup.current = false
  }, [due.data])

  async function act(r: Reminder, action: { until: string } | 'dismiss'): Promise<void> {
    const key = { deadlineId: r.deadlineId, leadDays: r.leadDays }
    const result =
      action === 'dismiss'
        ? await change('reminders.dismiss', key)
        : await change('reminders.snooze', { ...key, until: action.until })
    if (!result.ok) return notifyFailed(t, result.error)
    queryClient.setQueryData(keys.reminders, result.value)
    keepDue(result.value)
  }

  return (
    <Modal
      opened={pending.length > 0}
      onClose={() => setPending([])}
      closeOnClickOutside={false}
      closeOnEscape={false}
      withCloseButton={false}
      size="xl"
      title={
        <Group gap="xs">
          <IconBellRinging size={18} color="var(--mantine-color-red-7)" />
          <Text fw={700}>{t('reminders.urgentTitle', { count: pending.length })}</Text>
        </Group>
      }
    >
      <Stack gap="sm" data-testid="urgent-reminders">
        <Text size="sm">{t('reminders.urgentIntro')}</Text>
        <Table fz="sm" verticalSpacing={6} withTableBorder>
          <Table.Tbody>
            {pending.map((r) => (
              <Table.Tr key={keyOf(r)}>
                <Table.Td>
                  <Text size="sm" fw={600} c={r.urgency === 'overdue' ? 'red.7' : 'orange.8'}>
                    {formatDate(r.due, i18n.language)} ·{' '}
                    {r.urgency === 'overdue'
                      ? t('deadlines.overdue', { count: -r.daysLeft })
                      : t('deadlines.today')}
                  </Text>
                  <Text size="sm">{name(r)}</Text>
                  <Text size="xs" c="dimmed">
                    {r.reference} · {r.matterTitle}
                  </Text>
                </Table.Td>
                <Table.Td w={280}>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => {
                        setPending([])
                        navigate({ name: 'matter', id: r.matterId, tab: 'deadlines' })
                      }}
                    >
                      {t('reminders.open')}
                    </Button>
                    <SnoozeMenu onSnooze={(until) => void act(r, { until })} />
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="gray"
                      onClick={() => void act(r, 'dismiss')}
                    >
                      {t('reminders.dismiss')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button onClick={() => setPending([])}>{t('reminders.acknowledge')}</Button>
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
