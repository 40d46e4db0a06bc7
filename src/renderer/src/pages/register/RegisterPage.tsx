import { useMemo, useState } from 'react'
import { Button, EmptyState, Group, Loader, TextInput, Text, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconFilterOff, IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { MATTER_KINDS, MATTER_STATUSES } from '../../../../shared/model'
import { ErrorPanel, LoadingPanel, QueryError } from '../../components/QueryState'
import { keys, useCall } from '../../lib/queries'
import { EmptyWorkspace } from './EmptyWorkspace'
import { FilterMenu } from './FilterMenu'
import {
  EMPTY_FILTERS,
  hasFilters,
  loadRegisterView,
  saveRegisterView,
  type RegisterFilters
} from './registerState'
import { RegisterTable, type RegisterSort } from './RegisterTable'
import classes from './Register.module.css'
import { useMatterPages } from './useMatterPages'

export function RegisterPage() {
  const info = useCall(keys.workspaceInfo, 'workspace.info', {})
  if (info.error) return <QueryError query={info} />
  if (!info.data) return <LoadingPanel />
  // Loading the sample invalidates the workspace info, which brings the register in.
  if (info.data.matterCount === 0) return <EmptyWorkspace />
  return <Register />
}

function Register() {
  const { t, i18n } = useTranslation()
  const initial = loadRegisterView()
  const [filters, setFiltersState] = useState<RegisterFilters>(initial.filters)
  const [sort, setSortState] = useState<RegisterSort>(initial.sort)
  const [search] = useDebouncedValue(filters.search, 150)
  const facets = useCall(keys.facets, 'matters.facets', {})

  const listQuery = useMemo(
    () => ({
      search: search.trim(),
      statuses: filters.statuses,
      kinds: filters.kinds,
      jurisdictions: filters.jurisdictions,
      marketplaces: filters.marketplaces,
      sort: sort.column,
      direction: sort.direction
    }),
    [search, filters.statuses, filters.kinds, filters.jurisdictions, filters.marketplaces, sort]
  )
  const pages = useMatterPages(listQuery)
  const queryKey = JSON.stringify(listQuery)

  function setFilters(next: Partial<RegisterFilters>): void {
    const merged = { ...filters, ...next }
    setFiltersState(merged)
    saveRegisterView({ filters: merged, scrollTop: 0 })
  }
  function setSort(next: RegisterSort): void {
    setSortState(next)
    saveRegisterView({ sort: next, scrollTop: 0 })
  }

  const statusOptions = MATTER_STATUSES.map((s) => ({ value: s, label: t(`matterStatuses.${s}`) }))
  const kindOptions = MATTER_KINDS.map((k) => ({ value: k, label: t(`matterKinds.${k}`) }))
  const jurisdictionOptions = (facets.data?.jurisdictions ?? []).map((j) => ({
    value: j,
    label: t(`jurisdictions.${j}`, { defaultValue: j })
  }))
  const marketplaceOptions = (facets.data?.marketplaces ?? []).map((m) => ({ value: m, label: m }))

  return (
    <div className={classes.page}>
      <div className={classes.toolbar}>
        <Group justify="space-between" mb="xs" wrap="nowrap">
          <Group gap="sm" align="baseline">
            <Title order={4}>{t('register.title')}</Title>
            {pages.total !== null && (
              <Text size="sm" c="dimmed" data-testid="matter-count">
                {t('register.count', {
                  count: pages.total,
                  formattedCount: pages.total.toLocaleString(i18n.language)
                })}
              </Text>
            )}
            {pages.refreshing && <Loader size={12} />}
          </Group>
        </Group>
        <Group gap="xs">
          <TextInput
            size="xs"
            w={340}
            leftSection={<IconSearch size={14} />}
            placeholder={t('register.searchPlaceholder')}
            aria-label={t('register.search')}
            value={filters.search}
            onChange={(event) => setFilters({ search: event.currentTarget.value })}
          />
          <FilterMenu
            label={t('registerColumns.status')}
            options={statusOptions}
            value={filters.statuses}
            onChange={(v) => setFilters({ statuses: v as RegisterFilters['statuses'] })}
          />
          <FilterMenu
            label={t('registerColumns.kind')}
            options={kindOptions}
            value={filters.kinds}
            onChange={(v) => setFilters({ kinds: v as RegisterFilters['kinds'] })}
          />
          <FilterMenu
            label={t('registerColumns.jurisdiction')}
            options={jurisdictionOptions}
            value={filters.jurisdictions}
            onChange={(v) => setFilters({ jurisdictions: v })}
          />
          <FilterMenu
            label={t('registerColumns.marketplace')}
            options={marketplaceOptions}
            value={filters.marketplaces}
            onChange={(v) => setFilters({ marketplaces: v })}
          />
          {hasFilters(filters) && (
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              leftSection={<IconFilterOff size={14} />}
              onClick={() => setFilters(EMPTY_FILTERS)}
            >
              {t('register.clearAll')}
            </Button>
          )}
        </Group>
      </div>
      {pages.error ? (
        <ErrorPanel error={pages.error} onRetry={pages.retry} />
      ) : pages.total === 0 && !pages.refreshing ? (
        <EmptyState
          mt="xl"
          icon={<IconSearch size={28} stroke={1.5} />}
          title={t('register.noResults')}
          description={t('register.noResultsHint')}
        >
          {hasFilters(filters) && (
            <EmptyState.Actions>
              <Button variant="default" size="xs" onClick={() => setFilters(EMPTY_FILTERS)}>
                {t('register.clearAll')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : pages.total === null ? (
        <LoadingPanel />
      ) : (
        <RegisterTable
          pages={pages}
          sort={sort}
          onSort={setSort}
          queryKey={queryKey}
          initialScroll={initial.scrollTop}
          onScroll={(top) => saveRegisterView({ scrollTop: top })}
        />
      )}
    </div>
  )
}
