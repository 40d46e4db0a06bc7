// "Today" for legal dates comes from the core's clock, so the screen and the core agree (and a
// test that pins the core's clock pins the screen). It rolls over at local midnight while the
// app stays open.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { call } from '../api'
import { todayIso } from '../../../shared/deadlines'

const TodayContext = createContext<string | null>(null)

/** Milliseconds from the moment `nowIso` to the next local midnight (plus a second of slack). */
export function msUntilNextMidnight(nowIso: string): number {
  const now = new Date(nowIso)
  const midnight = new Date(now)
  midnight.setHours(24, 0, 1, 0)
  return Math.max(1000, midnight.getTime() - now.getTime())
}

export function TodayProvider({ children }: { children: ReactNode }) {
  const [today, setToday] = useState<string | null>(null)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    const ask = async (): Promise<void> => {
      const result = await call('workspace.clock', {})
      if (stopped) return
      if (result.ok) {
        setToday(result.value.today)
        timer = setTimeout(() => void ask(), msUntilNextMidnight(result.value.now))
      } else {
        timer = setTimeout(() => void ask(), 5000)
      }
    }
    void ask()
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [])
  // Nothing that shows a legal date renders before the core has said which day it is.
  if (today === null) return null
  return <TodayContext.Provider value={today}>{children}</TodayContext.Provider>
}

/** Today's date (YYYY-MM-DD) by the core's clock. */
export function useToday(): string {
  const today = useContext(TodayContext)
  // Outside the provider (isolated component tests) the machine's date is the only one there is.
  return today ?? todayIso()
}
