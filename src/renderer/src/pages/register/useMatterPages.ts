import { useCallback, useState } from 'react'
import { keepPreviousData, useQueries } from '@tanstack/react-query'
import type { CallError, CallInput } from '../../../../shared/contract'
import type { MatterSummary } from '../../../../shared/model'
import { query } from '../../api'
import { keys, toCallError } from '../../lib/queries'

export const PAGE_SIZE = 200

export type RegisterQuery = Omit<CallInput<'matters.list'>, 'offset' | 'limit'>

export interface MatterPages {
  /** Null until the first page of the current query arrives. */
  total: number | null
  /** True while the first page of a new query is on its way (old rows may still show). */
  refreshing: boolean
  error: CallError | null
  row: (index: number) => MatterSummary | undefined
  /** How many rows from the first are loaded without a gap (what a print can show). */
  loaded: number
  ensureRange: (first: number, last: number) => void
  retry: () => void
}

/**
 * Rows of the register fetched a page at a time as the user scrolls, each page a query in the
 * cache under ['matters', 'list', ...]; a new query starts over at its first page.
 */
export function useMatterPages(register: RegisterQuery): MatterPages {
  const key = JSON.stringify(register)
  // Which pages of which query the table has asked for; a new query starts from page 0 alone.
  const [wanted, setWanted] = useState<{ key: string; pages: number[] }>({ key, pages: [0] })
  const pageNumbers = wanted.key === key ? wanted.pages : [0]

  const results = useQueries({
    queries: pageNumbers.map((page) => {
      const input = { ...register, offset: page * PAGE_SIZE, limit: PAGE_SIZE }
      return {
        queryKey: keys.matterList(input),
        queryFn: () => query('matters.list', input),
        // The first page of a new query keeps the old rows on screen until it arrives.
        ...(page === 0 ? { placeholderData: keepPreviousData } : {})
      }
    })
  })

  const first = results[0]
  const total = first?.data?.total ?? null
  const refreshing = first === undefined || first.isPending || first.isPlaceholderData
  const failed = results.find((r) => r.isError)
  const error = failed ? toCallError(failed.error) : null

  // Rows keep their identity while cached, so memoised rows render only when they change.
  const rowsByPage = new Map<number, MatterSummary[]>()
  pageNumbers.forEach((page, i) => {
    const rows = results[i]?.data?.rows
    if (rows) rowsByPage.set(page, rows)
  })

  const ensureRange = useCallback(
    (firstRow: number, lastRow: number) => {
      if (refreshing) return
      const needed: number[] = []
      for (let page = Math.floor(firstRow / PAGE_SIZE); page <= Math.floor(lastRow / PAGE_SIZE); page++) {
        needed.push(page)
      }
      setWanted((current) => {
        const pages = current.key === key ? current.pages : [0]
        const missing = needed.filter((p) => !pages.includes(p))
        if (current.key === key && missing.length === 0) return current
        return { key, pages: [...pages, ...missing] }
      })
    },
    [key, refreshing]
  )

  const row = (index: number): MatterSummary | undefined =>
    rowsByPage.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE]

  let loaded = 0
  for (let page = 0; rowsByPage.has(page); page++) loaded += rowsByPage.get(page)!.length

  const retry = (): void => {
    for (const r of results) if (r.isError) void r.refetch()
  }

  return { total, refreshing, error, row, loaded, ensureRange, retry }
}
