// A Schedule A lawsuit's defendants: the table (paged, 100 rows a page), our stores highlighted
// and filterable, frozen money per currency, the edit drawer and the Schedule A import.
import { useState } from 'react'
import { Badge, Button, Group, Pagination, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core'
import { IconFileImport, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Defendant, FrozenTotal } from '../../../../shared/contract'
import { ConfirmRemove } from '../../components/ConfirmRemove'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { formatDate } from '../../lib/dates'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { change, keys, useCall } from '../../lib/queries'
import { DefendantDrawer } from './DefendantDrawer'
import { formatMoney } from './exposureText'
import type { MatterTabProps } from './MatterPage'
import { ScheduleAImport } from './ScheduleAImport'

const PAGE = 100

function Totals({ label, totals, lang }: { label: string; totals: FrozenTotal[]; lang: string }) {
  const { t } = useTranslation()
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid="frozen-total">
        {totals.length === 0
          ? t('defendants.noneFrozen')
          : totals.map((f) => formatMoney(f.cents / 100, f.currency, lang)).join(' · ')}
      </Text>
    </div>
  )
}

export function DefendantsTab({ detail }: MatterTabProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const matterId = detail.matter.id
  const [oursOnly, setOursOnly] = useState(false)
  const [page, setPage] = useState(1)
  const [editing, setEditing] = useState<Defendant | 'new' | null>(null)
  const [importing, setImporting] = useState(false)
  const input = { matterId, oursOnly, offset: (page - 1) * PAGE, limit: PAGE }
  const list = useCall(keys.defendants(input), 'defendants.list', input)

  if (list.error && !list.data) return <QueryError query={list} />
  if (!list.data) return <LoadingPanel />
  const data = list.data
  const date = (v: string | null) => (v ? formatDate(v, lang) : '')
  const lastDoe = data.all > 0 ? Math.max(...data.rows.map((r) => r.doe), data.all) : 0

  const remove = async (d: Defendant) => {
    const result = await change('defendants.remove', { id: d.id })
    if (result.ok) notifySaved(t('defendants.removed'))
    else notifyFailed(t, result.error)
  }

  return (
    <Stack gap="md" maw={1200}>
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={5}>{t('defendants.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('defendants.count', { count: data.all })} · {t('defendants.oursCount', { count: data.ours })}
            </Text>
          </div>
          <Group gap="xl">
            <Totals label={t('defendants.frozenTotal')} totals={data.frozen} lang={lang} />
            <Totals label={t('defendants.frozenOurs')} totals={data.frozenOurs} lang={lang} />
          </Group>
        </Group>
        <Group justify="space-between" mt="md">
          <Switch
            label={t('defendants.oursOnly')}
            checked={oursOnly}
            onChange={(e) => {
              setOursOnly(e.currentTarget.checked)
              setPage(1)
            }}
          />
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconFileImport size={14} />}
              onClick={() => setImporting(true)}
            >
              {t('defendants.import')}
            </Button>
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
              {t('defendants.add')}
            </Button>
          </Group>
        </Group>
      </Paper>

      {importing && (
        <ScheduleAImport
          matterId={matterId}
          documents={detail.documents}
          onDone={() => setImporting(false)}
        />
      )}

      {data.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {oursOnly ? t('defendants.emptyOurs') : t('defendants.empty')}
        </Text>
      ) : (
        <Paper withBorder>
          <Table highlightOnHover verticalSpacing={6} data-testid="defendants-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('defendants.columns.doe')}</Table.Th>
                <Table.Th>{t('defendants.columns.store')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('defendants.columns.sellerId')}</Table.Th>
                <Table.Th>{t('defendants.columns.platform')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('defendants.columns.frozen')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('defendants.columns.troPi')}</Table.Th>
                <Table.Th>{t('defendants.columns.served')}</Table.Th>
                <Table.Th>{t('defendants.columns.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((d) => (
                <Table.Tr
                  key={d.id}
                  data-testid="defendant-row"
                  data-ours={d.ours || undefined}
                  style={{
                    cursor: 'pointer',
                    background: d.ours ? 'var(--mantine-color-red-light)' : undefined
                  }}
                  onClick={() => setEditing(d)}
                >
                  <Table.Td className="mono">{d.doe}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={d.ours ? 600 : undefined}>
                        {d.store}
                      </Text>
                      {d.ours && (
                        <Badge size="xs" color="red" variant="filled" style={{ flexShrink: 0 }}>
                          {t('defendants.ours')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td className="mono">{d.sellerId}</Table.Td>
                  <Table.Td>{d.platform}</Table.Td>
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                    {d.frozenAmountCents != null && d.frozenCurrency
                      ? formatMoney(d.frozenAmountCents / 100, d.frozenCurrency, lang)
                      : ''}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {[date(d.troDate), date(d.preliminaryInjunctionDate)].filter(Boolean).join(' / ')}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {date(d.servedOn)}
                    {d.answerDeadline && (
                      <Text size="xs" c="dimmed">
                        {t('defendants.answerDue', { date: date(d.answerDeadline.due) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`defendants.statuses.${d.status}`)}</Table.Td>
                  <Table.Td onClick={(e) => e.stopPropagation()}>
                    <ConfirmRemove
                      label={t('defendants.remove')}
                      confirm={t('defendants.removeConfirm', { doe: d.doe, store: d.store })}
                      onConfirm={() => void remove(d)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {data.total > PAGE && (
        <Pagination total={Math.ceil(data.total / PAGE)} value={page} onChange={setPage} size="sm" />
      )}

      {editing && (
        <DefendantDrawer
          matterId={matterId}
          defendant={editing === 'new' ? null : editing}
          nextDoe={lastDoe + 1}
          documents={detail.documents}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  )
}
