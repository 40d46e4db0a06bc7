// The catalogue: every product we sell, searchable by name, SKU, brand or ASIN, with how many
// versions, listings (and live ones) and matters each has; "New product" adds one with its first version.
import { useState } from 'react'
import { Anchor, Button, Group, Modal, Paper, Table, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconPlus, IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import pageClasses from '../../components/Page.module.css'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { formatNumber } from '../../lib/format'
import { keys, useCall } from '../../lib/queries'
import { NewProductForm } from './NewProductForm'
import { Dimmed, productHref } from './shared'

const nowrap = { whiteSpace: 'nowrap' } as const

export function CataloguePage() {
  const { t, i18n } = useTranslation()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 150)
  const [creating, setCreating] = useState(false)
  const input = { search: debounced, offset: 0, limit: 500 }
  const list = useCall(keys.catalogueList(input), 'catalogue.list', input, { placeholderData: (p) => p })
  const n = (value: number) => formatNumber(value, i18n.language)

  return (
    <div className={pageClasses.scroll}>
      <div className={pageClasses.content}>
        <Group justify="space-between" mb="sm" wrap="nowrap">
          <Group gap="sm" align="baseline" wrap="nowrap">
            <Title order={3}>{t('catalogue.title')}</Title>
            {list.data && (
              <Text size="sm" c="dimmed" data-testid="product-count">
                {list.data.total > list.data.rows.length
                  ? t('catalogue.countOf', {
                      shown: n(list.data.rows.length),
                      total: n(list.data.total)
                    })
                  : t('catalogue.count', { count: list.data.total, formattedCount: n(list.data.total) })}
              </Text>
            )}
          </Group>
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
            {t('catalogue.newProduct')}
          </Button>
        </Group>
        <TextInput
          mb="sm"
          leftSection={<IconSearch size={14} />}
          placeholder={t('catalogue.searchPlaceholder')}
          aria-label={t('catalogue.search')}
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
              {debounced ? t('catalogue.noMatches') : t('catalogue.empty')}
            </Text>
          </Paper>
        ) : (
          <Paper withBorder>
            <Table fz="sm" verticalSpacing={6} highlightOnHover aria-label={t('catalogue.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th style={nowrap}>{t('catalogue.fields.name')}</Table.Th>
                  <Table.Th style={nowrap}>{t('catalogue.fields.sku')}</Table.Th>
                  <Table.Th style={nowrap}>{t('catalogue.fields.brand')}</Table.Th>
                  <Table.Th ta="right" style={nowrap}>
                    {t('catalogue.columns.versions')}
                  </Table.Th>
                  <Table.Th ta="right" style={nowrap}>
                    {t('catalogue.columns.listings')}
                  </Table.Th>
                  <Table.Th ta="right" style={nowrap}>
                    {t('catalogue.columns.live')}
                  </Table.Th>
                  <Table.Th ta="right" style={nowrap}>
                    {t('catalogue.columns.matters')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.rows.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <Anchor href={productHref(p.id)} size="sm">
                        {p.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td className="mono">
                      <Dimmed value={p.sku} />
                    </Table.Td>
                    <Table.Td>
                      <Dimmed value={p.brand} />
                    </Table.Td>
                    <Table.Td ta="right">{n(p.versionCount)}</Table.Td>
                    <Table.Td ta="right">{n(p.listingCount)}</Table.Td>
                    <Table.Td ta="right">{n(p.liveListingCount)}</Table.Td>
                    <Table.Td ta="right">{n(p.matterCount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </div>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('catalogue.newProduct')} size="lg">
        <NewProductForm onDone={() => setCreating(false)} />
      </Modal>
    </div>
  )
}
