import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconCalendarEvent, IconCalendarTime } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { HomeBucket } from '../../../../shared/contract'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import pageClasses from '../../components/Page.module.css'
import { useDeadlineTitle } from '../../lib/labels'
import { keys, useCall } from '../../lib/queries'
import { daysFromToday, formatDate } from '../../lib/dates'
import { formatNumber } from '../../lib/format'
import { useToday } from '../../lib/today'
import { navigate } from '../../lib/router'
import { EmptyWorkspace } from '../register/EmptyWorkspace'
import { PersonFilter, usePersonFilter } from '../../components/PersonFilter'
import { Responsible } from '../../components/PersonSelect'
import { keepPreviousData } from '@tanstack/react-query'

/** What needs attention first: overdue deadlines, then the next 7 and 30 days. */
export function HomePage() {
  const { t } = useTranslation()
  const info = useCall(keys.workspaceInfo, 'workspace.info', {})
  const { filter } = usePersonFilter()
  const home = useCall(keys.home(filter), 'calendar.home', filter, { placeholderData: keepPreviousData })

  if (info.error) return <QueryError query={info} />
  if (home.error) return <QueryError query={home} />
  if (!info.data || !home.data) return <LoadingPanel />
  // A first run starts where the register would: with the ways to begin.
  if (info.data.matterCount === 0) return <EmptyWorkspace onLoaded={() => navigate({ name: 'matters' })} />

  const { overdue, dueIn7, dueIn30 } = home.data
  return (
    <div className={pageClasses.scroll}>
      <div className={pageClasses.content}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-end">
            <Title order={3}>{t('home.title')}</Title>
            <PersonFilter size="xs" w={260} />
          </Group>
          <SimpleGrid cols={3} spacing="sm">
            <Count label={t('home.overdue')} count={overdue.count} color="red" />
            <Count label={t('home.dueIn7')} count={dueIn7.count} color="orange" />
            <Count label={t('home.dueIn30')} count={dueIn30.count} color="blue" />
          </SimpleGrid>
          <Bucket
            testId="home-overdue"
            icon={<IconAlertTriangle size={18} color="var(--mantine-color-red-7)" />}
            title={t('home.overdue')}
            bucket={overdue}
            empty={t('home.noneOverdue')}
          />
          <Bucket
            testId="home-7"
            icon={<IconCalendarTime size={18} color="var(--mantine-color-orange-7)" />}
            title={t('home.dueIn7')}
            bucket={dueIn7}
            empty={t('home.noneIn7')}
          />
          <Bucket
            testId="home-30"
            icon={<IconCalendarEvent size={18} color="var(--mantine-color-blue-7)" />}
            title={t('home.dueIn30')}
            bucket={dueIn30}
            empty={t('home.noneIn30')}
          />
        </Stack>
      </div>
    </div>
  )
}

function Count({ label, count, color }: { label: string; count: number; color: string }) {
  const { i18n } = useTranslation()
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fz={28} fw={700} c={count > 0 ? `${color}.7` : 'dimmed'} data-testid="home-count">
        {formatNumber(count, i18n.language)}
      </Text>
    </Paper>
  )
}

function Bucket(props: {
  testId: string
  icon: ReactNode
  title: string
  bucket: HomeBucket
  empty: string
}) {
  const { t, i18n } = useTranslation()
  const deadlineTitle = useDeadlineTitle()
  const lang = i18n.language
  const today = useToday()
  return (
    <Paper withBorder p="md" data-testid={props.testId}>
      <Group gap="xs" mb="xs">
        {props.icon}
        <Title order={5}>{props.title}</Title>
        <Badge variant="light" color="gray" size="sm">
          {formatNumber(props.bucket.count, lang)}
        </Badge>
      </Group>
      {props.bucket.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {props.empty}
        </Text>
      ) : (
        <Table highlightOnHover fz="sm" verticalSpacing={6}>
          <Table.Tbody>
            {props.bucket.items.map((item) => {
              const days = daysFromToday(item.date, today) ?? 0
              return (
                <Table.Tr
                  key={item.deadlineId}
                  style={{ cursor: 'pointer' }}
                  onClick={() => navigate({ name: 'matter', id: item.matterId, tab: 'deadlines' })}
                >
                  <Table.Td w={170} style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" fw={600} c={days < 0 ? 'red.7' : undefined}>
                      {formatDate(item.date, lang)}
                    </Text>
                  </Table.Td>
                  <Table.Td w={150} style={{ whiteSpace: 'nowrap' }}>
                    <Text size="xs" c={days < 0 ? 'red.7' : days <= 7 ? 'orange.8' : 'dimmed'} fw={600}>
                      {days === 0
                        ? t('deadlines.today')
                        : days > 0
                          ? t('deadlines.inDays', { count: days })
                          : t('deadlines.overdue', { count: -days })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {deadlineTitle(item)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      <span className="mono">{item.reference}</span> · {item.matterTitle}
                    </Text>
                  </Table.Td>
                  <Table.Td w={190}>
                    <Responsible responsible={item.responsible} />
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
      {props.bucket.count > props.bucket.items.length && (
        <Text size="xs" c="dimmed" mt="xs" data-testid="home-shown-of">
          {t('home.shownOf', {
            shown: formatNumber(props.bucket.items.length, lang),
            total: formatNumber(props.bucket.count, lang)
          })}
        </Text>
      )}
    </Paper>
  )
}
