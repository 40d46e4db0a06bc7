// The registry of rights asserted against us: each patent, mark, design or work once, with how
// many matters assert it and how many claims it has on record.
import { useState } from 'react'
import { Anchor, Group, Paper, Table, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import pageClasses from '../../components/Page.module.css'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { formatDate } from '../../lib/dates'
import { formatNumber } from '../../lib/format'
import { keys, useCall } from '../../lib/queries'
import { Dimmed, rightHref } from '../catalogue/shared'

// Short headings and codes stay on one line; a Chinese heading would otherwise break per character.
const nowrap = { whiteSpace: 'nowrap' } as const

export function RightsPage() {
  const { t, i18n } = useTranslation()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 150)
  const input = { search: debounced, offset: 0, limit: 500 }
  const list = useCall(keys.rightList(input), 'rights.list', input, { placeholderData: (p) => p })
  const lang = i18n.language
  const n = (value: number) => formatNumber(value, lang)

  return (
    <div className={pageClasses.scroll}>
      <div className={pageClasses.content}>
        <Group gap="sm" align="baseline" mb="sm">
          <Title order={3}>{t('registry.title')}</Title>
          {list.data && (
            <Text size="sm" c="dimmed" data-testid="right-count">
              {list.data.total > list.data.rows.length
                ? t('registry.countOf', { shown: n(list.data.rows.length), total: n(list.data.total) })
                : t('registry.count', { count: list.data.total, formattedCount: n(list.data.total) })}
            </Text>
          )}
        </Group>
        <TextInput
          mb="sm"
          leftSection={<IconSearch size={14} />}
          placeholder={t('registry.searchPlaceholder')}
          aria-label={t('registry.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        {list.error ? (
          <QueryError query={list} />
        ) : !list.data ? (
          <LoadingPanel />
        ) : list.data.rows.length === 0 ? (
          <Paper withBorder p="md">
            <Text size="sm" c="dimmed">
              {debounced ? t('registry.noMatches') : t('registry.empty')}
            </Text>
          </Paper>
        ) : (
          <Paper withBorder>
            <Table fz="sm" verticalSpacing={6} highlightOnHover aria-label={t('registry.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th style={nowrap}>{t('registry.fields.number')}</Table.Th>
                  <Table.Th style={nowrap}>{t('registry.fields.type')}</Table.Th>
                  <Table.Th style={nowrap}>{t('registry.fields.jurisdiction')}</Table.Th>
                  <Table.Th style={nowrap}>{t('registry.fields.title')}</Table.Th>
                  <Table.Th style={nowrap}>{t('registry.fields.owner')}</Table.Th>
                  <Table.Th style={nowrap}>{t('registry.fields.status')}</Table.Th>
                  <Table.Th style={nowrap}>{t('registry.fields.expiryDate')}</Table.Th>
                  <Table.Th ta="right" style={nowrap}>
                    {t('registry.columns.claims')}
                  </Table.Th>
                  <Table.Th ta="right" style={nowrap}>
                    {t('registry.columns.matters')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.rows.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td className="mono" style={nowrap}>
                      <Anchor href={rightHref(r.id)} size="sm">
                        {r.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={nowrap}>{t(`ipRightTypes.${r.type}`)}</Table.Td>
                    <Table.Td style={nowrap}>
                      {t(`jurisdictions.${r.jurisdiction}`, { defaultValue: r.jurisdiction })}
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <Dimmed value={r.title} />
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <Dimmed value={r.owner} />
                    </Table.Td>
                    <Table.Td style={nowrap}>{t(`registry.statuses.${r.status}`)}</Table.Td>
                    <Table.Td style={nowrap}>
                      <Dimmed value={r.expiryDate && formatDate(r.expiryDate, lang)} />
                    </Table.Td>
                    <Table.Td ta="right">{n(r.claimCount)}</Table.Td>
                    <Table.Td ta="right">{n(r.matterCount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </div>
    </div>
  )
}
