import { useState } from 'react'
import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Title
} from '@mantine/core'
import { IconChevronLeft, IconChevronRight, IconDownload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import {
  DEADLINE_STATUSES,
  MATTER_KINDS,
  type DeadlineStatus,
  type MatterKind
} from '../../../../shared/model'
import { keepPreviousData } from '@tanstack/react-query'
import type { CallInput } from '../../../../shared/contract'
import { call } from '../../api'
import { keys, useCall } from '../../lib/queries'
import { LoadingPanel, QueryError } from '../QueryState'
import { formatDate } from '../../lib/dates'
import { formatNumber } from '../../lib/format'
import { useToday } from '../../lib/today'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { visibleRange, stepAnchor, type CalendarViewName } from './calendarDates'
import type { ColourBy } from './calendarColors'
import { AgendaList, MonthGrid, WeekGrid } from './CalendarGrids'
import { downloadText } from './download'
import { PersonFilter, usePersonFilter } from '../PersonFilter'

/**
 * Month, week and agenda views of deadlines and hearings across matters, or for one
 * matter (matterId), with filters, colour by matter or kind, and an .ics export.
 */
export function CalendarView({ matterId, initialDate }: { matterId?: number; initialDate?: string }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const [view, setView] = useState<CalendarViewName>('month')
  const today = useToday()
  const [anchor, setAnchor] = useState(initialDate ?? today)
  const [colourBy, setColourBy] = useState<ColourBy>(matterId ? 'kind' : 'matter')
  const [matterIds, setMatterIds] = useState<string[]>([])
  const [kinds, setKinds] = useState<MatterKind[]>([])
  const people = usePersonFilter().filter
  const [statuses, setStatuses] = useState<DeadlineStatus[]>([])
  const [hearings, setHearings] = useState(true)
  const [exporting, setExporting] = useState(false)

  const { from, to } = visibleRange(view, anchor)
  const scope = matterId ? [matterId] : matterIds.map(Number)
  const rangeInput: CallInput<'calendar.range'> = {
    from,
    to,
    matterIds: scope,
    kinds,
    ...people,
    statuses,
    include: hearings ? ['deadlines', 'hearings'] : ['deadlines'],
    // A month cell has room for a few; "+N more" opens the week.
    ...(view === 'month' ? { perDay: 4 } : {})
  }
  // The grid on screen stays while the next month or filter loads.
  const range = useCall(keys.calendar(rangeInput), 'calendar.range', rangeInput, {
    placeholderData: keepPreviousData
  })
  const mattersInput = { limit: 1000, sort: 'reference' } as const
  const matters = useCall(keys.matterList(mattersInput), 'matters.list', mattersInput, {
    enabled: matterId === undefined
  })

  async function exportIcs(): Promise<void> {
    setExporting(true)
    const result = await call('deadlines.exportIcs', {
      ...(matterId ? { matterId } : {}),
      lang: i18n.language === 'zh-CN' ? 'zh-CN' : 'en'
    })
    setExporting(false)
    if (!result.ok) return notifyFailed(t, result.error, t('calendar.exportFailed'))
    downloadText(result.value.fileName, result.value.content, 'text/calendar;charset=utf-8')
    notifySaved(t('calendar.exported', { count: result.value.count }))
  }

  const heading =
    view === 'week'
      ? `${formatDate(from, lang)} – ${formatDate(to, lang)}`
      : new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
          new Date(`${anchor.slice(0, 7)}-01T00:00:00Z`)
        )
  const gridProps = range.data && {
    range: range.data,
    from,
    to,
    month: anchor.slice(0, 7),
    colourBy,
    onShowDay: (date: string) => {
      setAnchor(date)
      setView('week')
    }
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="default" onClick={() => setAnchor(today)}>
            {t('calendar.today')}
          </Button>
          <ActionIcon
            variant="default"
            aria-label={t('calendar.previous')}
            onClick={() => setAnchor(stepAnchor(view, anchor, -1))}
          >
            <IconChevronLeft size={16} />
          </ActionIcon>
          <ActionIcon
            variant="default"
            aria-label={t('calendar.next')}
            onClick={() => setAnchor(stepAnchor(view, anchor, 1))}
          >
            <IconChevronRight size={16} />
          </ActionIcon>
          <Title order={4} data-testid="calendar-heading" miw={180}>
            {heading}
          </Title>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <SegmentedControl
            size="xs"
            aria-label={t('calendar.view')}
            value={view}
            onChange={(v) => setView(v as CalendarViewName)}
            data={(['month', 'week', 'agenda'] as const).map((v) => ({
              value: v,
              label: t(`calendar.views.${v}`)
            }))}
          />
          <SegmentedControl
            size="xs"
            aria-label={t('calendar.colourBy')}
            value={colourBy}
            onChange={(v) => setColourBy(v as ColourBy)}
            data={[
              { value: 'matter', label: t('calendar.byMatter') },
              { value: 'kind', label: t('calendar.byKind') }
            ]}
          />
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} />}
            loading={exporting}
            onClick={() => void exportIcs()}
          >
            {t('calendar.exportIcs')}
          </Button>
        </Group>
      </Group>
      <Group gap="xs" align="flex-end" wrap="wrap">
        {!matterId && (
          <MultiSelect
            size="xs"
            w={280}
            label={t('calendar.filters.matter')}
            searchable
            clearable
            nothingFoundMessage={t('common.noMatches')}
            data={(matters.data?.rows ?? []).map((m) => ({
              value: String(m.id),
              label: `${m.reference} · ${m.title}`
            }))}
            value={matterIds}
            onChange={setMatterIds}
          />
        )}
        {!matterId && (
          <MultiSelect
            size="xs"
            w={220}
            label={t('calendar.filters.kind')}
            clearable
            data={MATTER_KINDS.map((k) => ({ value: k, label: t(`matterKinds.${k}`) }))}
            value={kinds}
            onChange={(v) => setKinds(v as MatterKind[])}
          />
        )}
        <PersonFilter size="xs" w={280} />
        <MultiSelect
          size="xs"
          w={200}
          label={t('calendar.filters.status')}
          clearable
          data={DEADLINE_STATUSES.map((s) => ({ value: s, label: t(`deadlineStatuses.${s}`) }))}
          value={statuses}
          onChange={(v) => setStatuses(v as DeadlineStatus[])}
        />
        <Switch
          size="xs"
          mb={6}
          label={t('calendar.filters.hearings')}
          checked={hearings}
          onChange={(e) => setHearings(e.currentTarget.checked)}
        />
        {range.data?.truncated && view !== 'month' && (
          <Text size="xs" c="orange.8" mb={6} data-testid="calendar-truncated">
            {t('calendar.truncated', {
              shown: formatNumber(range.data.items.length, i18n.language),
              total: formatNumber(range.data.total, i18n.language)
            })}
          </Text>
        )}
      </Group>
      {range.error ? (
        <QueryError query={range} />
      ) : !gridProps ? (
        <LoadingPanel />
      ) : view === 'month' ? (
        <MonthGrid {...gridProps} />
      ) : view === 'week' ? (
        <WeekGrid {...gridProps} />
      ) : (
        <AgendaList {...gridProps} />
      )}
    </Stack>
  )
}
