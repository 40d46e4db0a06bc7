import { memo, useEffect, useRef } from 'react'
import { UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import type { RegisterSortColumn } from '../../../../shared/contract'
import type { MatterSummary } from '../../../../shared/model'
import { usePrinting } from '../../lib/printing'
import { navigate } from '../../lib/router'
import { formatNumber } from '../../lib/format'
import { REGISTER_COLUMNS } from './columns'
import classes from './Register.module.css'
import type { MatterPages } from './useMatterPages'

const ROW_HEIGHT = 36

export interface RegisterSort {
  column: RegisterSortColumn
  direction: 'asc' | 'desc'
}

interface RegisterTableProps {
  pages: MatterPages
  sort: RegisterSort
  onSort: (sort: RegisterSort) => void
  /** Changes whenever the query changes, so the list returns to the top. */
  queryKey: string
  initialScroll: number
  onScroll: (top: number) => void
}

export function RegisterTable({
  pages,
  sort,
  onSort,
  queryKey,
  initialScroll,
  onScroll
}: RegisterTableProps) {
  const { t, i18n } = useTranslation()
  const scroller = useRef<HTMLDivElement>(null)
  const count = pages.total ?? 0
  const printing = usePrinting()

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
    initialOffset: initialScroll
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0
  const { ensureRange } = pages

  useEffect(() => {
    if (count > 0) ensureRange(first, last)
  }, [ensureRange, first, last, count])

  const previousKey = useRef(queryKey)
  useEffect(() => {
    if (previousKey.current !== queryKey) virtualizer.scrollToOffset(0)
    previousKey.current = queryKey
  }, [queryKey, virtualizer])

  function toggle(column: RegisterSortColumn): void {
    if (sort.column === column) onSort({ column, direction: sort.direction === 'asc' ? 'desc' : 'asc' })
    else onSort({ column, direction: 'asc' })
  }

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      role="table"
      aria-label={t('register.tableLabel')}
      aria-rowcount={count + 1}
      aria-busy={pages.refreshing}
      onScroll={(event) => onScroll(event.currentTarget.scrollTop)}
    >
      <div role="rowgroup" className={classes.head}>
        <div role="row" aria-rowindex={1} className={classes.grid} style={{ height: '100%' }}>
          {REGISTER_COLUMNS.map((column) => {
            const active = sort.column === column.id
            const SortIcon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown
            return (
              <div
                key={column.id}
                role="columnheader"
                aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                className={classes.cell}
              >
                <UnstyledButton
                  className={classes.sortButton}
                  data-print="keep"
                  onClick={() => toggle(column.id)}
                >
                  <span>{t(`registerColumns.${column.id}`)}</span>
                  <SortIcon size={12} opacity={active ? 1 : 0.35} aria-hidden />
                </UnstyledButton>
              </div>
            )
          })}
        </div>
      </div>
      {printing ? (
        <div role="rowgroup" className={classes.printBody} data-testid="register-print-rows">
          {Array.from({ length: pages.loaded }, (_, index) => (
            <RegisterRow
              key={index}
              index={index}
              start={null}
              matter={pages.row(index)}
              lang={i18n.language}
            />
          ))}
          {pages.loaded < count && (
            <div className={classes.printNote}>
              {t('register.printedOf', {
                shown: formatNumber(pages.loaded, i18n.language),
                total: formatNumber(count, i18n.language)
              })}
            </div>
          )}
        </div>
      ) : (
        <div role="rowgroup" className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => (
            <RegisterRow
              key={item.key}
              index={item.index}
              start={item.start}
              matter={pages.row(item.index)}
              lang={i18n.language}
            />
          ))}
        </div>
      )}
    </div>
  )
}

interface RegisterRowProps {
  index: number
  /** Offset in the virtual list; null when printed (rows flow one after another). */
  start: number | null
  matter: MatterSummary | undefined
  lang: string
}

/** Memoised: while scrolling, only rows whose position or data changed render again. */
const RegisterRow = memo(function RegisterRow({ index, start, matter, lang }: RegisterRowProps) {
  const { t } = useTranslation()
  const style = start === null ? undefined : { transform: `translateY(${start}px)` }
  if (!matter) {
    return (
      <div role="row" aria-rowindex={index + 2} className={`${classes.grid} ${classes.row}`} style={style}>
        {REGISTER_COLUMNS.map((column) => (
          <div key={column.id} role="cell" className={classes.cell}>
            <div className={classes.placeholder} />
          </div>
        ))}
      </div>
    )
  }
  const open = () => navigate({ name: 'matter', id: matter.id, tab: 'overview' })
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      tabIndex={0}
      data-matter-id={matter.id}
      className={`${classes.grid} ${classes.row}`}
      style={style}
      onClick={open}
      onKeyDown={(event) => {
        if (event.key === 'Enter') open()
      }}
    >
      {REGISTER_COLUMNS.map((column) => (
        <div key={column.id} role="cell" className={classes.cell}>
          {column.cell(matter, t, lang)}
        </div>
      ))}
    </div>
  )
})
