import { memo, useMemo } from 'react'
import { Badge, Group, Paper, Stack, Table, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CalendarItem, CalendarRange } from '../../../../shared/contract'
// The calendar module alone: the package index would bring the rules engine and its holidays.
import { addCalendarDays } from '../../../../shared/deadlines/calendar'
import { formatDate } from '../../lib/dates'
import { useToday } from '../../lib/today'
import { navigate } from '../../lib/router'
import { CourtEnd } from './CourtEnd'
import { Responsible } from '../PersonSelect'
import { DeadlineStatusBadge } from '../badges'
import { daysOf, mondayIndex } from './calendarDates'
import { itemColor, type ColourBy } from './calendarColors'
import { useDeadlineTitle } from '../../lib/labels'
import { useDrawnInSlices } from '../../lib/slices'
import classes from './Calendar.module.css'

export interface GridProps {
  range: CalendarRange
  from: string
  to: string
  /** The month being shown (YYYY-MM), for greying out the days around it. */
  month: string
  colourBy: ColourBy
  /** Shows a single day in the week view (from a "+N more" link). */
  onShowDay: (date: string) => void
}

/** Opens the item where it lives: a deadline on its matter's Deadlines tab, a hearing on the timeline. */
function openItem(item: CalendarItem): void {
  navigate({ name: 'matter', id: item.matterId, tab: item.type === 'deadline' ? 'deadlines' : 'timeline' })
}

function useItemLabel(): (item: CalendarItem) => string {
  const { t } = useTranslation()
  const deadlineTitle = useDeadlineTitle()
  return (item) => (item.type === 'deadline' ? deadlineTitle(item) : item.title || t('eventTypes.hearing'))
}

function Chip({ item, colourBy, wide }: { item: CalendarItem; colourBy: ColourBy; wide?: boolean }) {
  const label = useItemLabel()(item)
  const text = `${item.reference} · ${label}`
  return (
    <UnstyledButton
      className={wide ? classes.weekChip : classes.chip}
      style={{ ['--chip-color' as string]: `var(--mantine-color-${itemColor(item, colourBy)}-6)` }}
      data-overdue={(item.type === 'deadline' && item.overdue) || undefined}
      data-settled={(item.type === 'deadline' && item.status !== 'open') || undefined}
      data-hearing={item.type === 'hearing' || undefined}
      title={`${text}\n${item.matterTitle}`}
      onClick={() => openItem(item)}
      data-testid="calendar-item"
    >
      {text}
    </UnstyledButton>
  )
}

function byDate(items: CalendarItem[]): Map<string, CalendarItem[]> {
  const map = new Map<string, CalendarItem[]>()
  for (const item of items) {
    const day = map.get(item.date)
    if (day) day.push(item)
    else map.set(item.date, [item])
  }
  return map
}

function WeekdayHeader({ from }: { from: string }) {
  const { i18n } = useTranslation()
  const formatter = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' })
  return (
    <>
      {daysOf(from, addCalendarDays(from, 6)).map((day) => (
        <div key={day} className={classes.weekday}>
          {formatter.format(new Date(`${day}T00:00:00Z`))}
        </div>
      ))}
    </>
  )
}

export function MonthGrid({ range, from, to, month, colourBy, onShowDay }: GridProps) {
  const { t } = useTranslation()
  const items = byDate(range.items)
  const counts = new Map(range.days.map((d) => [d.date, d.deadlines + d.hearings]))
  const today = useToday()
  return (
    <div className={classes.grid} role="grid" aria-label={month}>
      <WeekdayHeader from={from} />
      {daysOf(from, to).map((day) => {
        const shown = items.get(day) ?? []
        const hidden = (counts.get(day) ?? shown.length) - shown.length
        const cls = [
          classes.day,
          day.slice(0, 7) !== month && classes.outside,
          day === today && classes.today
        ]
        return (
          <div key={day} className={cls.filter(Boolean).join(' ')} role="gridcell" data-date={day}>
            <span className={classes.dayNumber}>{Number(day.slice(8))}</span>
            {shown.map((item) => (
              <Chip
                key={`${item.type}${item.type === 'deadline' ? item.deadlineId : item.eventId}`}
                item={item}
                colourBy={colourBy}
              />
            ))}
            {hidden > 0 && (
              <UnstyledButton fz={11} c="blue.7" onClick={() => onShowDay(day)}>
                {t('calendar.more', { count: hidden })}
              </UnstyledButton>
            )}
          </div>
        )
      })}
    </div>
  )
}

export function WeekGrid({ range, from, to, colourBy }: GridProps) {
  const { i18n } = useTranslation()
  const items = byDate(range.items)
  const today = useToday()
  return (
    <div className={classes.grid} role="grid">
      {daysOf(from, to).map((day) => (
        <div key={day} className={classes.weekday}>
          {new Intl.DateTimeFormat(i18n.language, {
            weekday: 'short',
            month: 'short',
            day: 'numeric',
            timeZone: 'UTC'
          }).format(new Date(`${day}T00:00:00Z`))}
        </div>
      ))}
      {daysOf(from, to).map((day) => (
        <div
          key={day}
          className={[classes.weekDay, day === today && classes.today].filter(Boolean).join(' ')}
          role="gridcell"
          data-date={day}
        >
          {(items.get(day) ?? []).map((item) => (
            <Chip
              key={`${item.type}${item.type === 'deadline' ? item.deadlineId : item.eventId}`}
              item={item}
              colourBy={colourBy}
              wide
            />
          ))}
        </div>
      ))}
    </div>
  )
}

const AGENDA_ROWS_PER_SLICE = 60

interface AgendaRow {
  item: CalendarItem
  day: string
  /** The day's first item carries the date. */
  first: boolean
}

/**
 * One slice of the agenda, memoised: drawing the next slice renders only its own rows, not every
 * row drawn before it (2,000 rows in 34 slices had cost the page seconds of re-rendering while
 * counsel typed in the header search).
 */
const AgendaRows = memo(function AgendaRows({ rows, colourBy }: { rows: AgendaRow[]; colourBy: ColourBy }) {
  const { t, i18n } = useTranslation()
  const label = useItemLabel()
  return (
    <>
      {rows.map(({ item, day, first }) => (
        <Table.Tr
          key={`${item.type}${item.type === 'deadline' ? item.deadlineId : item.eventId}`}
          style={{ cursor: 'pointer' }}
          onClick={() => openItem(item)}
          data-testid="agenda-item"
        >
          <Table.Td w={210} c={mondayIndex(day) >= 5 ? 'dimmed' : undefined} fw={first ? 600 : undefined}>
            {first ? formatDate(day, i18n.language, 'full') : ''}
          </Table.Td>
          <Table.Td w={8} p={0}>
            <div
              style={{
                width: 4,
                height: 28,
                borderRadius: 2,
                background: `var(--mantine-color-${itemColor(item, colourBy)}-6)`
              }}
            />
          </Table.Td>
          <Table.Td>
            <Stack gap={0}>
              <Group gap={6}>
                <Text size="sm" fw={600} c={item.type === 'deadline' && item.overdue ? 'red.7' : undefined}>
                  {label(item)}
                </Text>
                {item.type === 'deadline' ? (
                  <DeadlineStatusBadge status={item.status} />
                ) : (
                  <Badge size="sm" variant="outline" color="gray" radius="sm">
                    {t('eventTypes.hearing')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {item.reference} · {item.matterTitle}
              </Text>
              {item.type === 'deadline' && item.timeZone && <CourtEnd due={item.date} zone={item.timeZone} />}
            </Stack>
          </Table.Td>
          <Table.Td w={160}>
            {item.type === 'deadline' && <Responsible responsible={item.responsible} />}
          </Table.Td>
        </Table.Tr>
      ))}
    </>
  )
})

export function AgendaList({ range, colourBy }: GridProps) {
  const { t } = useTranslation()
  // Up to 2,000 rows, by day: the first screenfuls come with the data, the rest in slices after it.
  const slices = useMemo(() => {
    const rows = [...byDate(range.items).entries()].flatMap(([day, list]) =>
      list.map((item, i): AgendaRow => ({ item, day, first: i === 0 }))
    )
    const out: AgendaRow[][] = []
    for (let i = 0; i < rows.length; i += AGENDA_ROWS_PER_SLICE)
      out.push(rows.slice(i, i + AGENDA_ROWS_PER_SLICE))
    return out
  }, [range.items])
  const drawn = useDrawnInSlices(slices.length, 1, range)
  if (slices.length === 0) {
    return (
      <Paper withBorder p="md">
        <Text size="sm" c="dimmed">
          {t('calendar.nothing')}
        </Text>
      </Paper>
    )
  }
  return (
    <Table highlightOnHover fz="sm" verticalSpacing={6} withTableBorder>
      <Table.Tbody>
        {slices.slice(0, drawn).map((rows, i) => (
          <AgendaRows key={i} rows={rows} colourBy={colourBy} />
        ))}
      </Table.Tbody>
    </Table>
  )
}
