import { useState } from 'react'
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Timeline
} from '@mantine/core'
import { IconGavel, IconLock, IconPencil, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { OpinionRecord, Proposals } from '../../../../shared/contract'
import type { TimelineEvent, TimelineItem } from '../../../../shared/model'
import { DeadlineStatusBadge } from '../../components/badges'
import { EditEventDialog } from '../../components/deadlines/EditEventDialog'
import { ProposalsDialog } from '../../components/deadlines/ProposalsDialog'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { keys, useCall } from '../../lib/queries'
import { formatDate } from '../../lib/dates'
import { formatBytes } from '../../lib/format'
import { eventTitle, useDeadlineTitle } from '../../lib/labels'
import { AddEventForm } from './AddEventForm'
import type { MatterTabProps } from './MatterPage'
import { deadlineIcon, documentIcon, eventIcon } from './timelineIcons'

type Order = 'asc' | 'desc'

export function TimelineTab(props: MatterTabProps) {
  const { t } = useTranslation()
  const [order, setOrder] = useState<Order>('desc')
  const [adding, setAdding] = useState(false)
  const [proposals, setProposals] = useState<Proposals | null>(null)
  const [editing, setEditing] = useState<TimelineEvent | null>(null)
  const { matter } = props.detail
  const items = useCall(keys.timeline(matter.id, order), 'timeline.list', { matterId: matter.id, order })
  const opinions = useCall(keys.opinions({ matterId: matter.id }), 'opinions.list', { matterId: matter.id })
  const entries = items.data && withOpinions(items.data, opinions.data ?? [], matter.id, order)

  return (
    <Stack gap="md" maw={1040}>
      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          value={order}
          onChange={(value) => setOrder(value as Order)}
          data={[
            { value: 'desc', label: t('timeline.newestFirst') },
            { value: 'asc', label: t('timeline.oldestFirst') }
          ]}
          aria-label={t('timeline.order')}
        />
        {!adding && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            {t('timeline.addEvent')}
          </Button>
        )}
      </Group>
      {adding && (
        <AddEventForm
          matterId={matter.id}
          onCancel={() => setAdding(false)}
          onSaved={(detail, proposed) => {
            setAdding(false)
            props.onChange(detail)
            setProposals(proposed)
          }}
        />
      )}
      {items.error ? (
        <QueryError query={items} />
      ) : !entries ? (
        <LoadingPanel />
      ) : entries.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('timeline.empty')}
        </Text>
      ) : (
        <Paper withBorder p="md">
          <Timeline bulletSize={26} lineWidth={2} aria-label={t('matter.tabs.timeline')}>
            {entries.map((item) =>
              item.kind === 'opinion' ? (
                <OpinionEntry key={`o${item.opinion.id}${item.step}`} item={item} />
              ) : (
                <TimelineEntry key={itemKey(item)} item={item} onEdit={setEditing} />
              )
            )}
          </Timeline>
        </Paper>
      )}
      <ProposalsDialog proposals={proposals} onClose={() => setProposals(null)} />
      <EditEventDialog event={editing} onClose={() => setEditing(null)} onSaved={props.onChange} />
    </Stack>
  )
}

// An opinion's requested and delivered dates, merged into the core's timeline here (the core's
// timeline holds events, deadlines and documents; the opinions area holds these dates).
type OpinionItem = { kind: 'opinion'; date: string; step: 'requested' | 'delivered'; opinion: OpinionRecord }

function withOpinions(
  items: TimelineItem[],
  opinions: OpinionRecord[],
  matterId: number,
  order: Order
): (TimelineItem | OpinionItem)[] {
  const dated: OpinionItem[] = opinions
    .filter((o) => o.matterId === matterId)
    .flatMap((opinion) => [
      ...(opinion.requestedDate
        ? [{ kind: 'opinion' as const, date: opinion.requestedDate, step: 'requested' as const, opinion }]
        : []),
      ...(opinion.deliveredDate
        ? [{ kind: 'opinion' as const, date: opinion.deliveredDate, step: 'delivered' as const, opinion }]
        : [])
    ])
  if (dated.length === 0) return items
  const before = (a: string, b: string) => (order === 'asc' ? a < b : a > b)
  dated.sort((a, b) => (a.date === b.date ? 0 : before(a.date, b.date) ? -1 : 1))
  const out: (TimelineItem | OpinionItem)[] = []
  let i = 0
  for (const item of items) {
    while (i < dated.length && before(dated[i]!.date, item.date)) out.push(dated[i++]!)
    out.push(item)
  }
  return [...out, ...dated.slice(i)]
}

function OpinionEntry({ item }: { item: OpinionItem }) {
  const { t, i18n } = useTranslation()
  const type = t(`opinions.types.${item.opinion.type}`)
  return (
    <Timeline.Item
      bullet={<IconGavel size={14} />}
      color={item.step === 'delivered' ? 'grape' : 'gray'}
      title={
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t(`timelineOpinions.${item.step}`, { type })}
          </Text>
          {item.step === 'delivered' && (
            <Badge size="xs" variant="light" color="grape">
              {t(`opinions.conclusions.${item.opinion.conclusion}`)}
            </Badge>
          )}
        </Group>
      }
      data-kind="opinion"
    >
      <Text size="xs" c="dimmed">
        {formatDate(item.date, i18n.language, 'full')}
      </Text>
      {(item.opinion.firm || item.opinion.attorney) && (
        <Text size="xs" c="dimmed">
          {[item.opinion.firm, item.opinion.attorney].filter(Boolean).join(' · ')}
        </Text>
      )}
    </Timeline.Item>
  )
}

function itemKey(item: TimelineItem): string {
  if (item.kind === 'event') return `e${item.event.id}`
  if (item.kind === 'deadline') return `d${item.deadline.id}`
  return `f${item.document.id}`
}

function TimelineEntry({ item, onEdit }: { item: TimelineItem; onEdit: (event: TimelineEvent) => void }) {
  const { t, i18n } = useTranslation()
  const deadlineTitle = useDeadlineTitle()
  const date = (
    <Text size="xs" c="dimmed">
      {formatDate(item.date, i18n.language, 'full')}
    </Text>
  )

  if (item.kind === 'event') {
    const { event } = item
    return (
      <Timeline.Item
        bullet={eventIcon(event.type)}
        title={
          <Group gap={4} wrap="nowrap">
            <Text size="sm" fw={600}>
              {eventTitle(event, t)}
            </Text>
            {event.type !== 'status_changed' && (
              <ActionIcon
                size="sm"
                variant="subtle"
                color="gray"
                aria-label={t('eventEdit.editEvent', { title: eventTitle(event, t) })}
                onClick={() => onEdit(event)}
              >
                <IconPencil size={14} />
              </ActionIcon>
            )}
          </Group>
        }
        data-kind="event"
      >
        {date}
        {event.title.trim() && event.type !== 'status_changed' && (
          <Badge size="xs" variant="light" color="gray" mt={4}>
            {t(`eventTypes.${event.type}`)}
          </Badge>
        )}
        {event.details && (
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {event.details}
          </Text>
        )}
      </Timeline.Item>
    )
  }

  if (item.kind === 'deadline') {
    const { deadline } = item
    return (
      <Timeline.Item
        bullet={deadlineIcon}
        color={deadline.status === 'open' ? 'orange' : 'gray'}
        title={
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {deadlineTitle(deadline)}
            </Text>
            <DeadlineStatusBadge status={deadline.status} />
          </Group>
        }
        data-kind="deadline"
      >
        {date}
      </Timeline.Item>
    )
  }

  const { document } = item
  return (
    <Timeline.Item
      bullet={documentIcon}
      color="gray"
      title={
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {document.originalName}
          </Text>
          {document.privileged && (
            <Badge
              size="xs"
              color="grape"
              variant="light"
              radius="sm"
              leftSection={<IconLock size={10} />}
              data-testid="timeline-privileged"
            >
              {t('docs.privileged')}
            </Badge>
          )}
        </Group>
      }
      data-kind="document"
    >
      {date}
      <Text size="xs" c="dimmed">
        {t(`documentKinds.${document.kind}`)} · {formatBytes(document.size, i18n.language)}
      </Text>
    </Timeline.Item>
  )
}
