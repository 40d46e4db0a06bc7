import { useEffect, useState } from 'react'
import { Navigate, useLocation, useSearchParams } from 'react-router'
import { Button, EmptyState, Group, Loader, TextInput, Text, Title } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconFilterOff, IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { MATTER_KINDS, MATTER_STATUSES } from '../../../../shared/model'
import { ErrorPanel, LoadingPanel, QueryError } from '../../components/QueryState'
import { formatNumber } from '../../lib/format'
import { keys, useCall } from '../../lib/queries'
import { RegisterExportMenu } from '../reports/RegisterExportMenu'
import { EmptyWorkspace } from './EmptyWorkspace'
import { FilterMenu } from './FilterMenu'
import {
  EMPTY_FILTERS,
  hasFilters,
  lastRegisterSearch,
  parseRegisterView,
  registerScrollTop,
  registerViewParams,
  rememberRegisterView,
  saveRegisterScroll,
  type RegisterFilters,
  type RegisterView
} from './registerState'
import { ColumnsMenu } from './ColumnsMenu'
import { REGISTER_COLUMNS } from './columns'
import { useColumnLayout } from './useColumnLayout'
import { RegisterTable, type RegisterSort } from './RegisterTable'
import classes from './Register.module.css'
import { useMatterPages } from './useMatterPages'

const COLUMN_IDS = REGISTER_COLUMNS.map((c) => c.id)

export function RegisterPage() {
  const info = useCall(keys.workspaceInfo, 'workspace.info', {})
  const location = useLocation()
  if (info.error) return <QueryError query={info} />
  // The list is asked for alongside the workspace info, not after it: the first rows do not
  // wait for a second round trip. Loading the sample invalidates the info, which brings it in.
  if (info.data?.matterCount === 0) return <EmptyWorkspace />
  // The Matters link (a bare #/matters) returns to this session's last view of the register.
  if (!location.search && lastRegisterSearch()) {
    return <Navigate to={{ pathname: '/matters', search: `?${lastRegisterSearch()}` }} replace />
  }
  return <Register />
}

function Register() {
  const { t, i18n } = useTranslation()
  const [params, setParams] = useSearchParams()
  const view = parseRegisterView(params)
  const { filters, sort } = view
  const facets = useCall(keys.facets, 'matters.facets', {})

  const urlSearch = params.toString()
  useEffect(() => rememberRegisterView(urlSearch), [urlSearch])

  // The search box answers every keystroke; the URL (and the list) follow it after a pause.
  const [searchText, setSearchText] = useState(filters.search)
  const [written, setWritten] = useState(filters.search)
  const [seen, setSeen] = useState(filters.search)
  if (filters.search !== seen) {
    // Back or Forward to another search: the box shows it.
    setSeen(filters.search)
    if (filters.search !== written) {
      setWritten(filters.search)
      setSearchText(filters.search)
    }
  }
  const writeSearch = useDebouncedCallback((search: string) => {
    setWritten(search)
    setParams(
      (current) => {
        const next = parseRegisterView(current)
        return registerViewParams({ ...next, filters: { ...next.filters, search } })
      },
      { replace: true }
    )
  }, 150)

  const listQuery = {
    search: filters.search.trim(),
    statuses: filters.statuses,
    kinds: filters.kinds,
    jurisdictions: filters.jurisdictions,
    marketplaces: filters.marketplaces,
    sort: sort.column,
    direction: sort.direction
  }
  const pages = useMatterPages(listQuery)
  const queryKey = JSON.stringify(listQuery)

  /** A filter or sort change is a step Back can undo. */
  function show(next: Partial<RegisterView>): void {
    writeSearch.cancel()
    const merged = { ...view, filters: { ...filters, search: searchText }, ...next }
    setWritten(merged.filters.search)
    setParams(registerViewParams(merged))
  }
  const setFilters = (next: Partial<RegisterFilters>): void => {
    if (next.search !== undefined) setSearchText(next.search)
    show({ filters: { ...filters, search: searchText, ...next } })
  }
  const setSort = (next: RegisterSort): void => show({ sort: next })
  const [layout, setLayout] = useColumnLayout(COLUMN_IDS)

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
                  formattedCount: formatNumber(pages.total, i18n.language)
                })}
              </Text>
            )}
            {pages.refreshing && <Loader size={12} />}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <ColumnsMenu layout={layout} onLayout={setLayout} />
            <RegisterExportMenu query={listQuery} />
          </Group>
        </Group>
        <Group gap="xs">
          <TextInput
            size="xs"
            w={340}
            leftSection={<IconSearch size={14} />}
            placeholder={t('register.searchPlaceholder')}
            aria-label={t('register.search')}
            value={searchText}
            onChange={(event) => {
              setSearchText(event.currentTarget.value)
              writeSearch(event.currentTarget.value)
            }}
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
          {hasFilters({ ...filters, search: searchText }) && (
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
          {hasFilters({ ...filters, search: searchText }) && (
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
          initialScroll={registerScrollTop()}
          onScroll={saveRegisterScroll}
          layout={layout}
          onLayout={setLayout}
        />
      )}
    </div>
  )
}
