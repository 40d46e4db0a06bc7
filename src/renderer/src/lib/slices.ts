// Long lists drawn a slice at a time: the first slice with the data, each further one in its own
// task after a paint, so opening a list of hundreds of rows with their menus never freezes the
// page as one long task (issue 13: no main-thread task over 200 ms).
import { startTransition, useEffect, useState } from 'react'

/**
 * How many of `total` rows to draw now: `slice` at first, one slice more after each paint until
 * all are drawn. Starts over whenever `restartKey` changes (a new list, a closed dialog).
 */
export function useDrawnInSlices(total: number, slice: number, restartKey: unknown = null): number {
  const [drawn, setDrawn] = useState({ key: restartKey, n: slice })
  const current = drawn.key === restartKey ? drawn.n : slice
  useEffect(() => {
    if (drawn.key !== restartKey) return setDrawn({ key: restartKey, n: slice })
    if (current >= total) return
    const next = setTimeout(() => startTransition(() => setDrawn((d) => ({ key: d.key, n: d.n + slice }))), 0)
    return () => clearTimeout(next)
  }, [current, total, slice, restartKey, drawn.key])
  return Math.min(current, total)
}
