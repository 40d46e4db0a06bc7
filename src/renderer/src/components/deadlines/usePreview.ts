import { useEffect, useState } from 'react'
import type { CallError } from '../../../../shared/contract'
import type { DeadlineResult } from '../../../../shared/deadlines'
import { call } from '../../api'
import { isCalendarDate } from '../../lib/dates'

export type PreviewState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ok'; result: DeadlineResult }
  | { state: 'error'; error: CallError }

/**
 * Previews through the core rather than the pure engine, because only the core knows the
 * workspace's closure days. Debounced, and stale answers are dropped.
 */
export function usePreview(
  ruleId: string | null,
  trigger: string,
  options: Record<string, unknown>
): PreviewState {
  const [preview, setPreview] = useState<PreviewState>({ state: 'idle' })
  const optionsKey = JSON.stringify(options)
  useEffect(() => {
    const date = trigger.trim()
    if (!ruleId || !isCalendarDate(date)) {
      setPreview({ state: 'idle' })
      return
    }
    let live = true
    setPreview((p) => (p.state === 'ok' ? p : { state: 'loading' }))
    const timer = setTimeout(() => {
      void call('deadlines.preview', {
        ruleId,
        trigger: date,
        options: JSON.parse(optionsKey) as Record<string, unknown>
      }).then((result) => {
        if (!live) return
        setPreview(
          result.ok ? { state: 'ok', result: result.value } : { state: 'error', error: result.error }
        )
      })
    }, 150)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [ruleId, trigger, optionsKey])
  return preview
}
