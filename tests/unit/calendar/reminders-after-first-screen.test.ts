// Start-up order (issue 13): the reminders are asked for only once the screen the app opened on
// has its rows, so their reads (over every open deadline) and their dialog never hold up the
// register's first page. The rule, on a real TanStack Query cache with the clock faked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { QueryClient, QueryObserver } from '@tanstack/query-core'
import {
  FIRST_SCREEN_MAX_WAIT_MS,
  whenFirstScreenSettles,
  type PageShown
} from '../../../src/renderer/src/lib/firstScreenSettles'

function page(): PageShown & { show: () => void } {
  let shown = false
  const listeners = new Set<() => void>()
  return {
    shown: () => shown,
    onShown: (l) => {
      listeners.add(l)
      return () => void listeners.delete(l)
    },
    show: () => {
      shown = true
      for (const l of listeners) l()
    }
  }
}

/** A read the page asks for, answered when `answer` is called. */
function pageRead(client: QueryClient, key: string) {
  let answer: (value: string) => void = () => undefined
  const observer = new QueryObserver(client, {
    queryKey: [key],
    queryFn: () => new Promise<string>((resolve) => (answer = resolve))
  })
  return {
    /** Mounted: the observer exists, TanStack Query has not started the fetch yet. */
    mount: () => observer.subscribe(() => undefined),
    answer: (value = 'rows') => answer(value)
  }
}

const isReminders = (key: readonly unknown[]): boolean => key[0] === 'reminders'

describe('reminders wait for the first screen', () => {
  let client: QueryClient
  beforeEach(() => {
    vi.useFakeTimers()
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  })
  afterEach(() => {
    client.clear()
    vi.useRealTimers()
  })

  it('start only after the page has rendered and its first rows have arrived', async () => {
    const screen = page()
    const done = vi.fn()
    whenFirstScreenSettles(client, isReminders, done, FIRST_SCREEN_MAX_WAIT_MS, screen)
    // The shell's own read answers while the page's code is still loading: not yet.
    const rules = pageRead(client, 'rules')
    rules.mount()
    rules.answer()
    await vi.advanceTimersByTimeAsync(500)
    expect(done).not.toHaveBeenCalled()

    // The register renders and asks for its first page.
    const list = pageRead(client, 'matters')
    list.mount()
    screen.show()
    await vi.advanceTimersByTimeAsync(500)
    expect(done).not.toHaveBeenCalled()

    list.answer()
    await vi.advanceTimersByTimeAsync(50)
    expect(done).not.toHaveBeenCalled() // the rows are painted first
    await vi.advanceTimersByTimeAsync(100)
    expect(done).toHaveBeenCalledTimes(1)
  })

  it('a read waiting on something else (disabled) does not hold them back', async () => {
    const screen = page()
    const done = vi.fn()
    whenFirstScreenSettles(client, isReminders, done, FIRST_SCREEN_MAX_WAIT_MS, screen)
    const later = new QueryObserver(client, { queryKey: ['later'], queryFn: () => 'x', enabled: false })
    const unsubscribe = later.subscribe(() => undefined)
    screen.show()
    await vi.advanceTimersByTimeAsync(150)
    expect(done).toHaveBeenCalledTimes(1)
    unsubscribe()
  })

  it('their own reads do not count, so they cannot wait for themselves', async () => {
    const screen = page()
    const done = vi.fn()
    whenFirstScreenSettles(client, isReminders, done, FIRST_SCREEN_MAX_WAIT_MS, screen)
    pageRead(client, 'reminders').mount()
    screen.show()
    await vi.advanceTimersByTimeAsync(150)
    expect(done).toHaveBeenCalledTimes(1)
  })

  it(`start after ${FIRST_SCREEN_MAX_WAIT_MS} ms whatever the page does (a read that hangs)`, async () => {
    const screen = page()
    const done = vi.fn()
    whenFirstScreenSettles(client, isReminders, done, FIRST_SCREEN_MAX_WAIT_MS, screen)
    pageRead(client, 'matters').mount()
    screen.show()
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_MAX_WAIT_MS - 1)
    expect(done).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(done).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_MAX_WAIT_MS)
    expect(done).toHaveBeenCalledTimes(1)
  })

  it('cancelled (the app left the screen) they never start from this wait', async () => {
    const screen = page()
    const done = vi.fn()
    const cancel = whenFirstScreenSettles(client, isReminders, done, FIRST_SCREEN_MAX_WAIT_MS, screen)
    cancel()
    screen.show()
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_MAX_WAIT_MS * 2)
    expect(done).not.toHaveBeenCalled()
  })
})
