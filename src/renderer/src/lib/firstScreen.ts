// The first screen as React sees it: the mark the route's page commits with, and the hook the
// reminders wait on (firstScreenSettles.ts holds the rule, without React, for its tests).
import { useEffect, useState } from 'react'
import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { markPageShown, whenFirstScreenSettles } from './firstScreenSettles'

/** Rendered after the route's page, inside its Suspense boundary: commits once the page has. */
export function FirstScreenMark(): null {
  useEffect(() => markPageShown(), [])
  return null
}

let settled = false

/** True once the app's first screen has loaded (whenFirstScreenSettles); stays true after. */
export function useFirstScreenSettled(client: QueryClient, ignore: (key: QueryKey) => boolean): boolean {
  const [done, setDone] = useState(settled)
  useEffect(() => {
    if (done) return
    return whenFirstScreenSettles(client, ignore, () => {
      settled = true
      setDone(true)
    })
    // `ignore` is read once: the first screen is settled only once per page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, done])
  return done
}
