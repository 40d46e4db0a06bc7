// The willfulness record of one matter as the exposure engine computes it: first notice, the
// statutory frames, and per accused version its listings, opinion coverage, gaps and sales.
// Every sentence is an engine code rendered in the reader's language; the view is privileged.
import { Alert, Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { OpinionRecord } from '../../../../shared/contract'
import type {
  ClaimCoverStatus,
  ExposureLine,
  ExposureValidationError,
  SalesWindow,
  VersionExposure
} from '../../../../shared/exposure'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { formatDate } from '../../lib/dates'
import { formatNumber } from '../../lib/format'
import { keys, useCall } from '../../lib/queries'
import { errorLineText, formatMoney, lineText } from './exposureText'
import type { MatterTabProps } from './MatterPage'

export const COVER_COLOR: Record<ClaimCoverStatus, string> = {
  covered: 'teal',
  late: 'lime',
  mixed: 'yellow',
  oral: 'yellow',
  pending: 'gray',
  unfavourable: 'red',
  none: 'red'
}

// The engine's own privilege sentence is the banner's text, so the lines do not repeat it.
const PRIVILEGED_LINE = 'frame.privileged'

/** The work-product marking at the top of every exposure screen. */
export function PrivilegedBanner() {
  const { t, i18n } = useTranslation()
  return (
    <Alert
      color="grape"
      variant="light"
      icon={<IconLock size={18} />}
      title={t('exposure.privileged')}
      data-testid="privileged-banner"
    >
      <Text size="sm">{lineText({ code: PRIVILEGED_LINE, params: {} }, i18n.language)}</Text>
    </Alert>
  )
}

/** The engine refused the record: each error in the reader's words, and what to do. */
export function ExposureErrors({ errors }: { errors: readonly ExposureValidationError[] }) {
  const { t, i18n } = useTranslation()
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('exposure.refused')}
      role="alert"
    >
      <List size="sm" spacing={4}>
        {errors.map((e, i) => (
          <List.Item key={i}>{errorLineText(e, i18n.language)}</List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        {t('exposure.fixHint')}
      </Text>
    </Alert>
  )
}

export function ExposureTab({ detail }: MatterTabProps) {
  const { t } = useTranslation()
  const matterId = detail.matter.id
  const exposure = useCall(keys.exposure(matterId), 'exposure.matter', { matterId })
  const opinions = useCall(keys.opinions({ matterId }), 'opinions.list', { matterId })
  const rightNumbers = new Map(detail.ipRights.map((r) => [String(r.rightId), r.number]))
  const opinionById = new Map((opinions.data ?? []).map((o) => [String(o.id), o]))

  return (
    <Stack gap="md" maw={1100}>
      <PrivilegedBanner />
      {exposure.error ? (
        <QueryError query={exposure} />
      ) : !exposure.data ? (
        <LoadingPanel />
      ) : !exposure.data.ok ? (
        <ExposureErrors errors={exposure.data.errors} />
      ) : (
        <>
          <Paper withBorder p="md">
            <Title order={5} mb="xs">
              {t('exposure.matterLines')}
            </Title>
            <Lines lines={exposure.data.result.lines.filter((l) => l.code !== PRIVILEGED_LINE)} />
          </Paper>
          {exposure.data.result.versions.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('exposure.noVersions')}
            </Text>
          )}
          {exposure.data.result.versions.map((v) => (
            <VersionPanel key={v.versionId} version={v} rightNumbers={rightNumbers} opinions={opinionById} />
          ))}
        </>
      )}
    </Stack>
  )
}

/** Lines in reading order; gaps stand out, each with its date and citation. */
export function Lines({ lines }: { lines: readonly ExposureLine[] }) {
  const { t, i18n } = useTranslation()
  if (lines.length === 0) return null
  return (
    <Stack gap={6}>
      {lines.map((line, i) => (
        <Group
          key={i}
          gap="xs"
          wrap="nowrap"
          align="flex-start"
          data-severity={line.severity}
          style={
            line.severity === 'gap'
              ? {
                  background: 'var(--mantine-color-red-light)',
                  borderLeft: '3px solid var(--mantine-color-red-6)',
                  padding: '4px 8px',
                  borderRadius: 4
                }
              : { padding: '0 8px 0 11px' }
          }
        >
          <Badge
            size="xs"
            radius="sm"
            variant={line.severity === 'gap' ? 'filled' : 'light'}
            color={line.severity === 'gap' ? 'red' : line.severity === 'note' ? 'yellow' : 'gray'}
            mt={3}
            miw={52}
            // A fact needs no badge; its place keeps the sentences aligned.
            style={line.severity === 'info' ? { visibility: 'hidden' } : undefined}
            aria-hidden={line.severity === 'info'}
          >
            {t(`exposure.severity.${line.severity}`)}
          </Badge>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Text size="sm" lang={i18n.language}>
              {lineText(line, i18n.language)}
            </Text>
            {(line.citation || line.date) && (
              <Text size="xs" c="dimmed">
                {[line.date && formatDate(line.date, i18n.language), line.citation]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            )}
          </div>
        </Group>
      ))}
    </Stack>
  )
}

function VersionPanel({
  version,
  rightNumbers,
  opinions
}: {
  version: VersionExposure
  rightNumbers: Map<string, string>
  opinions: Map<string, OpinionRecord>
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const name = `${version.productName} ${version.versionName}`
  const opinionLabel = (id: string) => {
    const o = opinions.get(id)
    if (!o) return `#${id}`
    const by = o.firm ?? o.attorney ?? t(`opinions.counselKinds.${o.counsel}`)
    return `${t(`opinions.types.${o.type}`)} (${by}${o.deliveredDate ? `, ${formatDate(o.deliveredDate, lang)}` : ''})`
  }

  return (
    <Paper withBorder p="md" data-testid="exposure-version" aria-label={name}>
      <Group justify="space-between" mb="sm">
        <Title order={5}>{name}</Title>
        <Group gap="xs">
          {version.liveAfterNoticeUncovered && (
            <Badge color="red" radius="sm">
              {t('exposure.liveUncovered')}
            </Badge>
          )}
          <Badge color="gray" variant="light" radius="sm">
            {t('exposure.openAssertions', { count: version.openAssertions })}
          </Badge>
          <Badge color={version.daysLiveAfterNotice > 0 ? 'orange' : 'gray'} variant="light" radius="sm">
            {t('exposure.daysLive', {
              count: version.daysLiveAfterNotice,
              n: formatNumber(version.daysLiveAfterNotice, lang)
            })}
          </Badge>
        </Group>
      </Group>

      {version.gaps.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={t('exposure.gaps')}
          mb="sm"
        >
          <List size="sm" spacing={4}>
            {version.gaps.map((g, i) => (
              <List.Item key={i}>
                {lineText(g, lang)}
                {g.citation && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · {g.citation}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Text fw={600} size="sm" mb={4}>
        {t('exposure.listings')}
      </Text>
      {version.listings.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('exposure.noListings')}
        </Text>
      ) : (
        <Table striped withTableBorder mb="sm" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exposure.cols.marketplace')}</Table.Th>
              <Table.Th>{t('exposure.cols.item')}</Table.Th>
              <Table.Th>{t('exposure.cols.status')}</Table.Th>
              <Table.Th ta="right">{t('exposure.cols.daysLive')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {version.listings.map((l) => (
              <Table.Tr key={l.listingId}>
                <Table.Td>{l.marketplace}</Table.Td>
                <Table.Td className="mono">{l.itemId}</Table.Td>
                <Table.Td>
                  <Badge size="sm" radius="sm" variant="light" color={l.liveOnAsOf ? 'orange' : 'gray'}>
                    {t(`exposure.listingStatus.${l.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(l.daysLiveAfterNotice, lang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Text fw={600} size="sm" mb={4}>
        {t('exposure.coverage')}
      </Text>
      {version.coverage.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('exposure.noCoverage')}
        </Text>
      ) : (
        <Table withTableBorder mb="sm" fz="sm" data-testid="coverage">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exposure.cols.right')}</Table.Th>
              <Table.Th>{t('exposure.cols.claim')}</Table.Th>
              <Table.Th>{t('exposure.cols.cover')}</Table.Th>
              <Table.Th>{t('exposure.cols.opinions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {version.coverage.map((c) => (
              <Table.Tr key={`${c.rightId}|${c.claim}`}>
                <Table.Td className="mono">{rightNumbers.get(c.rightId) ?? c.rightId}</Table.Td>
                <Table.Td>{c.claim || t('exposure.wholeRight')}</Table.Td>
                <Table.Td>
                  <Badge size="sm" radius="sm" variant="light" color={COVER_COLOR[c.status]}>
                    {t(`exposure.cover.${c.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {c.opinionIds.length === 0 ? t('common.none') : c.opinionIds.map(opinionLabel).join('; ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      {version.sales.length > 0 && <SalesTable windows={version.sales} rightNumbers={rightNumbers} />}

      <Text fw={600} size="sm" mb={4}>
        {t('exposure.explanation')}
      </Text>
      <Lines lines={version.lines.filter((l) => l.severity !== 'gap')} />
    </Paper>
  )
}

function SalesTable({
  windows,
  rightNumbers
}: {
  windows: readonly SalesWindow[]
  rightNumbers: Map<string, string>
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  return (
    <>
      <Text fw={600} size="sm" mb={4}>
        {t('exposure.sales')}
      </Text>
      <Table withTableBorder mb="sm" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('exposure.cols.window')}</Table.Th>
            <Table.Th>{t('exposure.cols.period')}</Table.Th>
            <Table.Th ta="right">{t('exposure.cols.units')}</Table.Th>
            <Table.Th ta="right">{t('exposure.cols.revenue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {windows.map((w, i) => {
            const label = `${t(`exposure.window.${w.kind}`)}${w.rightId ? ` · ${rightNumbers.get(w.rightId) ?? w.rightId}` : ''}`
            const period = w.from
              ? `${formatDate(w.from, lang)} – ${formatDate(w.to, lang)}`
              : t('exposure.emptyWindow')
            if (w.totals.length === 0)
              return (
                <Table.Tr key={i}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td>{period}</Table.Td>
                  <Table.Td colSpan={2} ta="right" c="dimmed">
                    {t('exposure.noSales')}
                  </Table.Td>
                </Table.Tr>
              )
            return w.totals.map((total) => (
              <Table.Tr key={`${i}-${total.currency}`}>
                <Table.Td>{label}</Table.Td>
                <Table.Td>
                  {period}
                  {total.partialMonths.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('exposure.partialMonths', { months: total.partialMonths.join(', ') })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(total.units, lang)}</Table.Td>
                <Table.Td ta="right">{formatMoney(total.revenue, total.currency, lang)}</Table.Td>
              </Table.Tr>
            ))
          })}
        </Table.Tbody>
      </Table>
    </>
  )
}
