import { Badge, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DeadlineStatus, MatterKind, MatterStatus } from '../../../shared/model'
import { dueUrgency, formatDate, URGENCY_COLOR } from '../lib/dates'
import { useToday } from '../lib/today'

export const STATUS_COLOR: Record<MatterStatus, string> = {
  open: 'blue',
  responding: 'cyan',
  negotiating: 'yellow',
  litigating: 'red',
  on_hold: 'gray',
  settled: 'teal',
  closed: 'dark'
}

export const DEADLINE_STATUS_COLOR: Record<DeadlineStatus, string> = {
  open: 'blue',
  done: 'teal',
  waived: 'gray',
  missed: 'red'
}

export function StatusBadge({ status }: { status: MatterStatus }) {
  const { t } = useTranslation()
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" radius="sm" size="sm">
      {t(`matterStatuses.${status}`)}
    </Badge>
  )
}

export function KindBadge({ kind }: { kind: MatterKind }) {
  const { t } = useTranslation()
  return (
    <Badge color="gray" variant="outline" radius="sm" size="sm">
      {t(`matterKinds.${kind}`)}
    </Badge>
  )
}

export function DeadlineStatusBadge({ status }: { status: DeadlineStatus }) {
  const { t } = useTranslation()
  return (
    <Badge color={DEADLINE_STATUS_COLOR[status]} variant="light" radius="sm" size="sm">
      {t(`deadlineStatuses.${status}`)}
    </Badge>
  )
}

/** A due date in the user's format, red when past and orange within a week. */
export function DueDate({ due, muted }: { due: string | null; muted?: boolean }) {
  const { t, i18n } = useTranslation()
  const today = useToday()
  if (!due) {
    return (
      <Text span size="sm" c="dimmed">
        {t('common.none')}
      </Text>
    )
  }
  const urgency = muted ? null : dueUrgency(due, today)
  const color = urgency ? URGENCY_COLOR[urgency] : undefined
  return (
    <Text span size="sm" c={color} fw={urgency === 'past' || urgency === 'soon' ? 600 : undefined}>
      {formatDate(due, i18n.language)}
    </Text>
  )
}
