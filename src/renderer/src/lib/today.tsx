// "Today" for legal dates comes from the core's clock, so the screen and the core agree (and a
// test that pins the core's clock pins the screen). It rolls over at local midnight while the
// app stays open, and then everything dated is read again.
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { query } from '../api'
// The calendar module alone: the package index would bring the rules engine and its holidays.
import { todayIso } from '../../../shared/deadlines/calendar'
import { keys, queryClient } from './queries'

const TodayContext = createContext<string | null>(null)
/** The core's clock minus the machine's, in ms, when the core last said what time it is. */
const ClockOffsetContext = createContext(0)

/** Milliseconds from the moment `nowIso` to the next local midnight (plus a second of slack). */
export function msUntilNextMidnight(nowIso: string): number {
  const now = new Date(nowIso)
  const midnight = new Date(now)
  midnight.setHours(24, 0, 1, 0)
  return Math.max(1000, midnight.getTime() - now.getTime())
}

export function TodayProvider({ children }: { children: ReactNode }) {
  const clock = useQuery({
    queryKey: keys.clock,
    queryFn: () => query('workspace.clock', {}),
    // Asked again just after local midnight; until the core answers at all, every 5 s.
    refetchInterval: (q) => (q.state.data ? msUntilNextMidnight(q.state.data.now) : 5000),
    refetchIntervalInBackground: true
  })
  const today = clock.data?.today ?? null
  const nowIso = clock.data?.now ?? null
  // Read once per answer from the core: how far its clock is from this machine's.
  const offset = useMemo(() => (nowIso ? new Date(nowIso).getTime() - Date.now() : 0), [nowIso])

  // A new day: overdue counts, home's buckets, reminders and "in N days" all change.
  const previous = useRef(today)
  useEffect(() => {
    if (previous.current !== null && today !== null && previous.current !== today) {
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== keys.clock[0] })
    }
    previous.current = today
  }, [today])

  // Nothing that shows a legal date renders before the core has said which day it is.
  if (today === null) return null
  return (
    <TodayContext.Provider value={today}>
      <ClockOffsetContext.Provider value={offset}>{children}</ClockOffsetContext.Provider>
    </TodayContext.Provider>
  )
}

/** Today's date (YYYY-MM-DD) by the core's clock. */
export function useToday(): string {
  const today = useContext(TodayContext)
  // Outside the provider (isolated component tests) the machine's date is the only one there is.
  return today ?? todayIso()
}

/** "Now" by the core's clock, for relative times ("5 minutes ago") that agree with the core. */
export function useCoreNow(): () => Date {
  const offset = useContext(ClockOffsetContext)
  return () => new Date(Date.now() + offset)
}
