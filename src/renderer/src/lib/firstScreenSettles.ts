// What can wait until the first screen is up: the reminders (two reads over every open deadline
// and a dialog of up to fifty rows) would otherwise queue ahead of the register's first rows in
// the core and on the page's main thread. They start once the page the app opened on has
// rendered, its reads have answered and the browser has painted them, or after
// FIRST_SCREEN_MAX_WAIT_MS whatever happens.
import type { QueryClient, QueryKey } from '@tanstack/query-core'

export const FIRST_SCREEN_MAX_WAIT_MS = 2500
// After the reads have answered, time for React to render their rows and the browser to paint.
const PAINT_SLACK_MS = 100

/** Whether a page has rendered in this window, and who waits for it. */
export interface PageShown {
  shown: () => boolean
  onShown: (listener: () => void) => () => void
}

let pageShown = false
const shownListeners = new Set<() => void>()

/** Said by the route's page once it has rendered (FirstScreenMark): its reads are asked for. */
export function markPageShown(): void {
  if (pageShown) return
  pageShown = true
  for (const listener of [...shownListeners]) listener()
}

const windowPage: PageShown = {
  shown: () => pageShown,
  onShown: (listener) => {
    shownListeners.add(listener)
    return () => void shownListeners.delete(listener)
  }
}

/**
 * Calls `done` once, when the first screen has loaded: the page has rendered, no read other
 * than `ignore` is running or about to start, and the page has had a moment to paint; or after
 * `maxWaitMs`. Returns the cancel.
 */
export function whenFirstScreenSettles(
  client: QueryClient,
  ignore: (key: QueryKey) => boolean,
  done: () => void,
  maxWaitMs = FIRST_SCREEN_MAX_WAIT_MS,
  page: PageShown = windowPage
): () => void {
  let finished = false
  let slack: ReturnType<typeof setTimeout> | undefined
  const finish = (): void => {
    if (finished) return
    finished = true
    cleanup()
    done()
  }
  // A read still running, or one an observer wants that has no answer yet; one waiting on
  // something else (disabled) does not hold the reminders back.
  const running = (): number =>
    client.getQueryCache().findAll({
      predicate: (q) =>
        !ignore(q.queryKey) &&
        (q.state.fetchStatus === 'fetching' || (q.state.status === 'pending' && !q.isDisabled()))
    }).length
  const check = (): void => {
    if (!page.shown() || running() > 0) {
      clearTimeout(slack)
      slack = undefined
    } else if (slack === undefined) {
      slack = setTimeout(() => {
        slack = undefined
        if (page.shown() && running() === 0) finish()
      }, PAINT_SLACK_MS)
    }
  }
  const unsubscribe = client.getQueryCache().subscribe(check)
  const unsubscribePage = page.onShown(check)
  const cap = setTimeout(finish, maxWaitMs)
  function cleanup(): void {
    unsubscribe()
    unsubscribePage()
    clearTimeout(cap)
    clearTimeout(slack)
  }
  check()
  return () => {
    finished = true
    cleanup()
  }
}
