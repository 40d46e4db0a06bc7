import { useEffect, useState } from 'react'
import { ActionIcon, Group, NumberInput, Select, Text, TextInput, Tooltip } from '@mantine/core'
import {
  IconChevronDown,
  IconChevronLeft,
  IconChevronRight,
  IconChevronUp,
  IconSearch
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../lib/format'
import type { FindState } from './usePdfFind'
import classes from './Viewer.module.css'

export type Zoom = 'width' | 'page' | number

const PERCENTS = [50, 75, 100, 125, 150, 200, 300, 400]

interface Props {
  pageCount: number
  currentPage: number
  onPage: (page: number) => void
  zoom: Zoom
  scale: number
  onZoom: (zoom: Zoom) => void
  term: string
  onTerm: (term: string) => void
  find: FindState
}

export function PdfToolbar(props: Props) {
  const { t, i18n } = useTranslation()
  const { pageCount, currentPage, onPage, find } = props
  const [pageInput, setPageInput] = useState<string | number>(currentPage)
  const [termInput, setTermInput] = useState(props.term)
  useEffect(() => setPageInput(currentPage), [currentPage])
  useEffect(() => setTermInput(props.term), [props.term])

  const go = (page: number) => onPage(Math.min(Math.max(1, page), pageCount))
  const step = (delta: number) =>
    find.total > 0 && find.setCurrent((find.current + delta + find.total) % find.total)
  const zoomValue = typeof props.zoom === 'number' ? String(Math.round(props.zoom * 100)) : props.zoom

  return (
    <Group className={classes.toolbar} gap="xs" wrap="nowrap" justify="space-between">
      <Group gap={4} wrap="nowrap">
        <ActionIcon
          variant="default"
          aria-label={t('viewer.prevPage')}
          onClick={() => go(currentPage - 1)}
          disabled={currentPage <= 1}
        >
          <IconChevronLeft size={16} />
        </ActionIcon>
        <NumberInput
          size="xs"
          w={64}
          aria-label={t('viewer.pageNumber')}
          value={pageInput}
          min={1}
          max={pageCount}
          hideControls
          onChange={setPageInput}
          onKeyDown={(e) => e.key === 'Enter' && typeof pageInput === 'number' && go(pageInput)}
          onBlur={() => typeof pageInput === 'number' && pageInput !== currentPage && go(pageInput)}
        />
        <Text size="xs" c="dimmed" data-testid="page-count">
          {t('viewer.ofPages', { count: pageCount, formattedCount: formatNumber(pageCount, i18n.language) })}
        </Text>
        <ActionIcon
          variant="default"
          aria-label={t('viewer.nextPage')}
          onClick={() => go(currentPage + 1)}
          disabled={currentPage >= pageCount}
        >
          <IconChevronRight size={16} />
        </ActionIcon>
        <Select
          size="xs"
          w={150}
          aria-label={t('viewer.zoom')}
          allowDeselect={false}
          value={zoomValue}
          onChange={(value) => {
            if (value === 'width' || value === 'page') props.onZoom(value)
            else if (value) props.onZoom(Number(value) / 100)
          }}
          data={[
            { value: 'width', label: t('viewer.fitWidth') },
            { value: 'page', label: t('viewer.fitPage') },
            ...PERCENTS.map((p) => ({ value: String(p), label: `${p}%` }))
          ]}
          comboboxProps={{ withinPortal: true }}
        />
        <Text size="xs" c="dimmed" w={40}>
          {Math.round(props.scale * 100)}%
        </Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        <TextInput
          size="xs"
          w={200}
          leftSection={<IconSearch size={14} />}
          aria-label={t('viewer.find')}
          placeholder={t('viewer.find')}
          value={termInput}
          onChange={(e) => setTermInput(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return
            if (termInput !== props.term) props.onTerm(termInput)
            else step(e.shiftKey ? -1 : 1)
          }}
        />
        <Text size="xs" c="dimmed" miw={70} data-testid="find-count">
          {!find.term
            ? ''
            : find.complete
              ? find.total === 0
                ? t('viewer.noHits')
                : t('viewer.hitOf', {
                    current: formatNumber(find.current + 1, i18n.language),
                    total: formatNumber(find.total, i18n.language)
                  })
              : find.pagesRead === 0
                ? t('viewer.finding')
                : find.total === 0
                  ? t('viewer.findingPages', {
                      read: formatNumber(find.pagesRead, i18n.language),
                      pages: formatNumber(props.pageCount, i18n.language)
                    })
                  : t('viewer.hitOfSoFar', {
                      current: formatNumber(find.current + 1, i18n.language),
                      total: formatNumber(find.total, i18n.language),
                      read: formatNumber(find.pagesRead, i18n.language),
                      pages: formatNumber(props.pageCount, i18n.language)
                    })}
        </Text>
        <Tooltip label={t('viewer.prevHit')}>
          <ActionIcon
            variant="default"
            aria-label={t('viewer.prevHit')}
            onClick={() => step(-1)}
            disabled={find.total === 0}
          >
            <IconChevronUp size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('viewer.nextHit')}>
          <ActionIcon
            variant="default"
            aria-label={t('viewer.nextHit')}
            onClick={() => step(1)}
            disabled={find.total === 0}
          >
            <IconChevronDown size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  )
}
