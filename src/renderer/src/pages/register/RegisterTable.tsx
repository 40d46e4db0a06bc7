import { memo, useEffect, useMemo, useRef, type CSSProperties, type PointerEvent } from 'react'
import { UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import type { RegisterSortColumn } from '../../../../shared/contract'
import type { MatterSummary } from '../../../../shared/model'
import { usePrinting } from '../../lib/printing'
import { navigate } from '../../lib/router'
import { formatNumber } from '../../lib/format'
import { REGISTER_COLUMNS, type RegisterColumn } from './columns'
import { gridOf, visibleColumns, withWidth, type ColumnLayout } from './columnLayout'
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
  /** Hidden columns and dragged widths (kept by the page). */
  layout: ColumnLayout
  onLayout: (layout: ColumnLayout) => void
}

export function RegisterTable({
  pages,
  sort,
  onSort,
  queryKey,
  initialScroll,
  onScroll,
  layout,
  onLayout
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

  // Rows re-render when the set of columns changes, not while one is dragged wider (the widths
  // reach every row through the scroller's CSS variables).
  const hiddenKey = layout.hidden.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const columns = useMemo(() => visibleColumns(REGISTER_COLUMNS, layout), [hiddenKey])
  const grid = gridOf(
    REGISTER_COLUMNS.map((c) => c.id),
    layout
  )
  const gridStyle = {
    '--register-columns': grid.template,
    '--register-min-width': `${grid.minWidth}px`
  } as CSSProperties

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
      style={gridStyle}
      onScroll={(event) => onScroll(event.currentTarget.scrollTop)}
    >
      <div role="rowgroup" className={classes.head}>
        <div role="row" aria-rowindex={1} className={classes.grid} style={{ height: '100%' }}>
          {columns.map((column) => {
            const active = sort.column === column.id
            const SortIcon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown
            return (
              <div
                key={column.id}
                role="columnheader"
                // named by its label alone, not also by its resize handle's
                aria-label={t(`registerColumns.${column.id}`)}
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
                <ResizeHandle
                  label={t('register.resizeColumn', { column: t(`registerColumns.${column.id}`) })}
                  width={layout.widths[column.id]}
                  onWidth={(width) => onLayout(withWidth(layout, column.id, width))}
                />
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
              columns={columns}
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
              columns={columns}
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
  columns: RegisterColumn[]
}

/** Memoised: while scrolling, only rows whose position or data changed render again. */
const RegisterRow = memo(function RegisterRow({ index, start, matter, lang, columns }: RegisterRowProps) {
  const { t } = useTranslation()
  const style = start === null ? undefined : { transform: `translateY(${start}px)` }
  if (!matter) {
    return (
      <div role="row" aria-rowindex={index + 2} className={`${classes.grid} ${classes.row}`} style={style}>
        {columns.map((column) => (
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
      {columns.map((column) => (
        <div key={column.id} role="cell" className={classes.cell}>
          {column.cell(matter, t, lang)}
        </div>
      ))}
    </div>
  )
})

const KEY_STEP = 16

/**
 * The drag handle at a header cell's right edge: drag (or arrow keys) to set the column's width,
 * double-click (or Delete) to give it back its default.
 */
function ResizeHandle({
  label,
  width,
  onWidth
}: {
  label: string
  width: number | undefined
  onWidth: (width: number | null) => void
}) {
  const drag = useRef<{ x: number; width: number } | null>(null)
  const cellWidth = (target: Element): number =>
    width ?? target.parentElement?.getBoundingClientRect().width ?? 100
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      tabIndex={0}
      className={classes.resizeHandle}
      data-print="hide"
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={() => onWidth(null)}
      onPointerDown={(event: PointerEvent<HTMLDivElement>) => {
        event.preventDefault()
        event.currentTarget.setPointerCapture(event.pointerId)
        drag.current = { x: event.clientX, width: cellWidth(event.currentTarget) }
      }}
      onPointerMove={(event) => {
        if (drag.current) onWidth(drag.current.width + event.clientX - drag.current.x)
      }}
      onPointerUp={(event) => {
        drag.current = null
        event.currentTarget.releasePointerCapture(event.pointerId)
      }}
      onKeyDown={(event) => {
        const step = event.key === 'ArrowRight' ? KEY_STEP : event.key === 'ArrowLeft' ? -KEY_STEP : 0
        if (step) {
          event.preventDefault()
          onWidth(cellWidth(event.currentTarget) + step)
        } else if (event.key === 'Delete' || event.key === 'Backspace') {
          event.preventDefault()
          onWidth(null)
        }
      }}
    />
  )
}
