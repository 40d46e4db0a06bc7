import { useEffect, useState } from 'react'
import {
  Alert,
  Badge,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title
} from '@mantine/core'
import { IconLock, IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CallInput } from '../../../../shared/contract'
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../shared/model'
import { DateField } from '../../components/DateField'
import pageClasses from '../../components/Page.module.css'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { keys, useCall } from '../../lib/queries'
import { formatDate, isCalendarDate } from '../../lib/dates'
import { formatNumber } from '../../lib/format'
import { navigate, routeHref } from '../../lib/router'
import { Snippet } from './Snippet'
import classes from './Search.module.css'

type Privileged = 'any' | 'only' | 'exclude'

/** Full results of the global search (#/search?q=...), with filters. */
export function SearchPage({ q }: { q: string }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const [term, setTerm] = useState(q)
  const [matterId, setMatterId] = useState<string | null>(null)
  const [kinds, setKinds] = useState<string[]>([])
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [privileged, setPrivileged] = useState<Privileged>('any')
  useEffect(() => setTerm(q), [q])

  const mattersInput = { limit: 1000, sort: 'reference' } as const
  const matters = useCall(keys.matterList(mattersInput), 'matters.list', mattersInput)
  const input: CallInput<'search.global'> = {
    query: q,
    limit: 50,
    matterIds: matterId ? [Number(matterId)] : [],
    kinds: kinds as DocumentKind[],
    ...(isCalendarDate(from) ? { from } : {}),
    ...(isCalendarDate(to) ? { to } : {}),
    ...(privileged === 'any' ? {} : { privileged: privileged === 'only' })
  }
  const results = useCall(keys.search(input), 'search.global', input, { enabled: q.trim() !== '' })

  const r = results.data
  const blocked = r ? r.notSearchable.noTextLayer + r.notSearchable.failed + r.notSearchable.pending : 0
  return (
    <div className={pageClasses.scroll}>
      <div className={pageClasses.content}>
        <Stack gap="md">
          <Title order={3}>{t('search.title')}</Title>
          <TextInput
            leftSection={<IconSearch size={16} />}
            aria-label={t('search.label')}
            placeholder={t('search.placeholder')}
            value={term}
            onChange={(e) => setTerm(e.currentTarget.value)}
            onKeyDown={(e) =>
              e.key === 'Enter' &&
              term.trim() &&
              navigate({ name: 'search', q: term.trim() }, { replace: true })
            }
          />
          <SimpleGrid cols={{ base: 2, md: 5 }} spacing="xs">
            <Select
              size="xs"
              label={t('search.filters.matter')}
              clearable
              searchable
              placeholder={t('search.filters.allMatters')}
              value={matterId}
              onChange={setMatterId}
              data={(matters.data?.rows ?? []).map((m) => ({
                value: String(m.id),
                label: `${m.reference} ${m.title}`
              }))}
            />
            <MultiSelect
              size="xs"
              label={t('search.filters.kind')}
              placeholder={kinds.length ? undefined : t('search.filters.allKinds')}
              value={kinds}
              onChange={setKinds}
              data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documentKinds.${k}`) }))}
            />
            <DateField size="xs" label={t('search.filters.from')} value={from} onChange={setFrom} />
            <DateField size="xs" label={t('search.filters.to')} value={to} onChange={setTo} />
            <Select
              size="xs"
              label={t('search.filters.privileged')}
              allowDeselect={false}
              value={privileged}
              onChange={(v) => v && setPrivileged(v as Privileged)}
              data={(['any', 'only', 'exclude'] as const).map((v) => ({
                value: v,
                label: t(`search.filters.privilegedOptions.${v}`)
              }))}
            />
          </SimpleGrid>
          {!q.trim() ? (
            <Text c="dimmed">{t('search.typeToSearch')}</Text>
          ) : results.error ? (
            <QueryError query={results} />
          ) : results.isPending || !r ? (
            <LoadingPanel />
          ) : (
            <>
              {blocked > 0 && (
                <Alert color="yellow" variant="light" p="xs">
                  <Text size="xs">{t('search.notSearchable', { count: blocked })}</Text>
                </Alert>
              )}
              <Paper withBorder>
                <Text fw={600} size="sm" p="xs" data-testid="search-matter-count">
                  {r.matterTotal > r.matters.length
                    ? t('search.mattersShownOf', {
                        shown: formatNumber(r.matters.length, lang),
                        count: r.matterTotal,
                        formattedCount: formatNumber(r.matterTotal, lang)
                      })
                    : t('search.matters', {
                        count: r.matterTotal,
                        formattedCount: formatNumber(r.matterTotal, lang)
                      })}
                </Text>
                {r.matters.map((m) => (
                  <a
                    key={m.id}
                    className={classes.hit}
                    href={routeHref({ name: 'matter', id: m.id, tab: 'overview' })}
                    data-testid="matter-hit"
                  >
                    <Group gap="xs">
                      <Text size="sm" fw={600} className="mono">
                        {m.reference}
                      </Text>
                      <Text size="sm">{m.title}</Text>
                    </Group>
                    {m.snippet && (
                      <Text size="xs" c="dimmed">
                        <Snippet parts={m.snippet.parts} />
                      </Text>
                    )}
                  </a>
                ))}
              </Paper>
              <Paper withBorder>
                <Text fw={600} size="sm" p="xs">
                  {t('search.documents', {
                    count: r.documents.length,
                    formattedCount: formatNumber(r.documents.length, lang)
                  })}
                </Text>
                {r.documents.map((d) => (
                  <a
                    key={`${d.documentId}-${d.page}`}
                    className={classes.hit}
                    href={routeHref({ name: 'document', id: d.documentId, page: d.page, q })}
                    data-testid="document-hit"
                  >
                    <Group gap="xs">
                      <Text size="sm" fw={500}>
                        {d.originalName}
                      </Text>
                      <Badge size="xs" variant="outline" color="gray" radius="sm">
                        {t(`documentKinds.${d.kind}`)}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {t('search.page', { page: d.page })} · {d.matterReference}
                        {d.documentDate ? ` · ${formatDate(d.documentDate, lang)}` : ''}
                      </Text>
                      {d.privileged && <IconLock size={12} color="var(--mantine-color-grape-6)" />}
                    </Group>
                    <Text size="xs" c="dimmed" mt={2}>
                      <Snippet parts={d.snippet} />
                    </Text>
                  </a>
                ))}
                {r.moreDocuments && (
                  <Text size="xs" c="dimmed" p="xs">
                    {t('search.more')}
                  </Text>
                )}
              </Paper>
            </>
          )}
        </Stack>
      </div>
    </div>
  )
}
