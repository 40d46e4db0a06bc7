// Every product version across every matter, in the engine's risk order (live after notice with
// no covering opinion first), so counsel can read the catalogue before a launch or a Prime Day.
// Privileged work product. Rows are virtual: 5,000 versions scroll as smoothly as 50.
import { memo, useRef } from 'react'
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import type { PortfolioRowLink, PortfolioSkipped } from '../../../../shared/contract'
import type { PortfolioCoverage, PortfolioRow } from '../../../../shared/exposure'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { formatDate } from '../../lib/dates'
import { formatNumber } from '../../lib/format'
import { keys, useCall } from '../../lib/queries'
import { routeHref } from '../../lib/router'
import { ExposureErrors, PrivilegedBanner } from '../matter/ExposureTab'
import { lineText } from '../matter/exposureText'
import classes from './Portfolio.module.css'

const ROW_HEIGHT = 52

const COVERAGE_COLOR: Record<PortfolioCoverage, string> = {
  covered: 'teal',
  partial: 'yellow',
  none: 'red',
  no_assertion: 'gray'
}

const COLUMNS = [
  'product',
  'matters',
  'open',
  'coverage',
  'listings',
  'daysLive',
  'firstNotice',
  'gap'
] as const

export function PortfolioPage() {
  const { t, i18n } = useTranslation()
  const portfolio = useCall(keys.portfolio, 'exposure.portfolio', {})

  return (
    <div className={classes.page}>
      <Stack gap="sm" className={classes.top}>
        <Group justify="space-between">
          <Title order={3}>{t('portfolio.title')}</Title>
          {portfolio.data?.ok && (
            <Text size="sm" c="dimmed">
              {t('portfolio.count', {
                count: portfolio.data.rows.length,
                n: formatNumber(portfolio.data.rows.length, i18n.language)
              })}
            </Text>
          )}
        </Group>
        <PrivilegedBanner />
        {portfolio.data && portfolio.data.skipped.length > 0 && <Skipped skipped={portfolio.data.skipped} />}
        {portfolio.data && !portfolio.data.ok && <ExposureErrors errors={portfolio.data.errors} />}
      </Stack>
      {portfolio.error ? (
        <QueryError query={portfolio} />
      ) : !portfolio.data ? (
        <LoadingPanel />
      ) : portfolio.data.ok && portfolio.data.rows.length === 0 ? (
        <Text c="dimmed" size="sm" p="md">
          {t('portfolio.empty')}
        </Text>
      ) : portfolio.data.ok ? (
        <PortfolioTable rows={portfolio.data.rows} links={portfolio.data.links} />
      ) : null}
    </div>
  )
}

function Skipped({ skipped }: { skipped: PortfolioSkipped[] }) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs" data-testid="portfolio-skipped">
      <Text size="sm" fw={600}>
        {t('portfolio.skipped', { count: skipped.length })}
      </Text>
      {skipped.map((s) => (
        <div key={s.matterId}>
          <Anchor
            href={routeHref({ name: 'matter', id: s.matterId, tab: 'overview' })}
            size="sm"
            className="mono"
          >
            {s.reference}
          </Anchor>
          <ExposureErrors errors={s.errors} />
        </div>
      ))}
    </Stack>
  )
}

function PortfolioTable({
  rows,
  links
}: {
  rows: readonly PortfolioRow[]
  links: Record<string, PortfolioRowLink>
}) {
  const { t, i18n } = useTranslation()
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10
  })

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      role="table"
      aria-label={t('portfolio.title')}
      aria-rowcount={rows.length + 1}
    >
      <div role="rowgroup" className={classes.head}>
        <div role="row" aria-rowindex={1} className={classes.grid} style={{ minHeight: 34 }}>
          {COLUMNS.map((c) => (
            <div
              key={c}
              role="columnheader"
              className={`${classes.cell} ${['open', 'listings', 'daysLive'].includes(c) ? classes.num : ''}`}
            >
              {t(`portfolio.cols.${c}`)}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!
          return (
            <PortfolioRowView
              key={row.versionId}
              index={item.index}
              start={item.start}
              row={row}
              link={links[row.versionId]}
              lang={i18n.language}
            />
          )
        })}
      </div>
    </div>
  )
}

const PortfolioRowView = memo(function PortfolioRowView({
  index,
  start,
  row,
  link,
  lang
}: {
  index: number
  start: number
  row: PortfolioRow
  link: PortfolioRowLink | undefined
  lang: string
}) {
  const { t } = useTranslation()
  const name = `${row.productName} ${row.versionName}`
  const gap = row.gaps[0]
  const gapText = gap ? lineText(gap, lang) : ''
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-testid="portfolio-row"
      className={`${classes.grid} ${classes.row} ${row.liveAfterNoticeUncovered ? classes.urgent : ''}`}
      style={{ transform: `translateY(${start}px)` }}
    >
      <div role="cell" className={classes.cell} title={name}>
        <span className={classes.product}>
          {row.clearance && (
            <Badge size="xs" radius="sm" variant="outline" color="blue" mr={6}>
              {t('portfolio.clearance')}
            </Badge>
          )}
          {link ? (
            <Anchor href={`#/catalogue/${link.productId}`} size="sm" fw={600}>
              {name}
            </Anchor>
          ) : (
            <Text span size="sm" fw={600}>
              {name}
            </Text>
          )}
        </span>
      </div>
      <div role="cell" className={classes.cell} title={link?.matters.map((m) => m.reference).join(', ')}>
        {(link?.matters ?? []).map((m, i) => (
          <span key={m.id}>
            {i > 0 && ', '}
            <Anchor
              href={routeHref({ name: 'matter', id: m.id, tab: 'exposure' })}
              size="sm"
              className="mono"
            >
              {m.reference}
            </Anchor>
          </span>
        ))}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.num}`}>
        {formatNumber(row.openAssertions, lang)}
      </div>
      <div role="cell" className={classes.cell}>
        <Badge size="sm" radius="sm" variant="light" color={COVERAGE_COLOR[row.coverage]}>
          {t(`portfolio.coverage.${row.coverage}`)}
        </Badge>
      </div>
      <div role="cell" className={`${classes.cell} ${classes.num}`}>
        {formatNumber(row.liveListings, lang)} / {formatNumber(row.listings, lang)}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.num}`}>
        {formatNumber(row.daysLiveAfterNotice, lang)}
      </div>
      <div role="cell" className={classes.cell}>
        {row.firstNotice ? formatDate(row.firstNotice.date, lang) : t('common.none')}
      </div>
      <div role="cell" className={classes.cell} title={gapText}>
        <span className={classes.gap}>{gapText}</span>
      </div>
    </div>
  )
})
