// The register's column layout kept in the browser's storage across reloads and restarts (a view
// preference, not workspace data). The layout's rules are in columnLayout.ts.
import { useCallback, useState } from 'react'
import type { RegisterSortColumn } from '../../../../shared/contract'
import { parseLayout, STORAGE_KEY, type ColumnLayout } from './columnLayout'

/** What is used of the browser's localStorage (typed here so scripts and tests compile without the DOM). */
interface KeyValueStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

function storage(): KeyValueStore | null {
  try {
    return (globalThis as { localStorage?: KeyValueStore }).localStorage ?? null
  } catch {
    return null
  }
}

/** The layout, kept across reloads and restarts (this browser's or Electron's storage). */
export function useColumnLayout(
  columns: readonly RegisterSortColumn[]
): [ColumnLayout, (next: ColumnLayout) => void] {
  const [layout, setLayout] = useState(() => parseLayout(storage()?.getItem(STORAGE_KEY) ?? null, columns))
  const update = useCallback((next: ColumnLayout) => {
    setLayout(next)
    try {
      storage()?.setItem(STORAGE_KEY, JSON.stringify(next))
    } catch {
      // storage full or refused: the layout still holds until the page is left
    }
  }, [])
  return [layout, update]
}
