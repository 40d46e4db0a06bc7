import { useCallback, useEffect, useRef, useState } from 'react'
import type { CallError, CallInput } from '../../../../shared/contract'
import type { MatterSummary } from '../../../../shared/model'
import { call } from '../../api'

export const PAGE_SIZE = 200

export type RegisterQuery = Omit<CallInput<'matters.list'>, 'offset' | 'limit'>

export interface MatterPages {
  /** Null until the first page of the current query arrives. */
  total: number | null
  /** True while the first page of a new query is on its way (old rows may still show). */
  refreshing: boolean
  error: CallError | null
  row: (index: number) => MatterSummary | undefined
  ensureRange: (first: number, last: number) => void
  retry: () => void
}

type PageMap = ReadonlyMap<number, MatterSummary[]>

/** Rows of the register fetched a page at a time as the user scrolls; a new query starts over. */
export function useMatterPages(query: RegisterQuery): MatterPages {
  const key = JSON.stringify(query)
  const [pages, setPages] = useState<PageMap>(new Map())
  const [total, setTotal] = useState<number | null>(null)
  const [refreshing, setRefreshing] = useState(true)
  const [error, setError] = useState<CallError | null>(null)
  const [attempt, setAttempt] = useState(0)
  // Bookkeeping read only in callbacks: which pages this query has asked for.
  const requested = useRef(new Set<number>())
  const generation = useRef(0)

  const loadPage = useCallback(
    (page: number) => {
      if (requested.current.has(page)) return
      requested.current.add(page)
      const mine = generation.current
      const input = {
        ...(JSON.parse(key) as RegisterQuery),
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE
      }
      void call('matters.list', input).then((result) => {
        if (mine !== generation.current) return
        if (page === 0) setRefreshing(false)
        if (!result.ok) {
          requested.current.delete(page)
          setError(result.error)
          return
        }
        setTotal(result.value.total)
        // A fresh first page replaces the previous query's rows all at once.
        setPages((previous) => {
          const next = new Map(page === 0 ? [] : previous)
          next.set(page, result.value.rows)
          return next
        })
      })
    },
    [key]
  )

  useEffect(() => {
    generation.current += 1
    requested.current = new Set()
    setError(null)
    setRefreshing(true)
    loadPage(0)
  }, [loadPage, attempt])

  const ensureRange = useCallback(
    (first: number, last: number) => {
      if (refreshing) return
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
        loadPage(page)
      }
    },
    [loadPage, refreshing]
  )

  const row = useCallback(
    (index: number) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [pages]
  )

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { total, refreshing, error, row, ensureRange, retry }
}
