import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { CallError } from '../../../shared/contract'

export interface AsyncState<T> {
  data: T | undefined
  error: CallError | undefined
  loading: boolean
  reload: () => void
  /** Replace the data with a fresher copy a mutation returned, without refetching. */
  setData: (data: T) => void
}

export function toCallError(error: unknown): CallError {
  if (error && typeof error === 'object' && 'callError' in error) {
    return (error as { callError: CallError }).callError
  }
  return { code: 'internal', detail: String(error) }
}

/** Runs a read when its deps change; stale answers from earlier deps are dropped. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<CallError>()
  const [loading, setLoading] = useState(true)
  const [attempt, setAttempt] = useState(0)
  const generation = useRef(0)
  const loadRef = useRef(load)
  useLayoutEffect(() => {
    loadRef.current = load
  })

  useEffect(() => {
    const mine = ++generation.current
    setLoading(true)
    setError(undefined)
    loadRef.current().then(
      (value) => {
        if (mine !== generation.current) return
        setData(value)
        setLoading(false)
      },
      (reason: unknown) => {
        if (mine !== generation.current) return
        setError(toCallError(reason))
        setLoading(false)
      }
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { data, error, loading, reload, setData }
}
