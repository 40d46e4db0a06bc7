import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Button, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { DueReminders, Reminder } from '../../../../shared/contract'
import { call, query } from '../../api'
import { change, invalidate, keys, queryClient } from '../../lib/queries'
import { formatNumber } from '../../lib/format'
import { notifyFailed } from '../../lib/notify'
import { useFirstScreenSettled } from '../../lib/firstScreen'
import { whenNoDialogOpen } from '../../lib/dialogsOpen'
import { pageDialogs } from '../../lib/pageDialogs'
import { ReminderList, type ReminderAction } from './ReminderList'
import {
  isUrgent,
  reminderKey,
  reminderSummary,
  summaryTotal,
  urgentTotal,
  type ReminderSummary
} from './reminderSummary'

// Reminders are due by calendar date, so they change at midnight (the day's rollover refetches
// them) or through a change, which invalidates them. The core names the next moment one falls due
// (nextAt) where it knows it; without that, a long fallback check catches what nothing else did.
const FALLBACK_RECHECK_MS = 60 * 60_000
const MAX_TIMER_MS = 2 ** 31 - 1
const SUMMARY_ID = 'reminder-summary'

const isReminderKey = (key: readonly unknown[]): boolean => key[0] === keys.reminders[0]

function hideSummary(shown: { current: boolean }): void {
  if (!shown.current) return
  // Cleared first: the toast's onClose then knows the user did not close it.
  shown.current = false
  notifications.hide(SUMMARY_ID)
}

/** When to ask again: at the core's next reminder time if it gave one, else after the fallback. */
export function recheckAfter(due: DueReminders | undefined, nowMs: number): number {
  const nextAt = (due as (DueReminders & { nextAt?: string | null }) | undefined)?.nextAt
  if (!nextAt) return FALLBACK_RECHECK_MS
  const wait = Date.parse(nextAt) - nowMs
  if (Number.isNaN(wait)) return FALLBACK_RECHECK_MS
  return Math.min(Math.max(1000, wait + 1000), MAX_TIMER_MS)
}

/**
 * On start-up, overdue and due-today deadlines come first, in a dialog the user must acknowledge.
 * Every other reminder is counted in one small toast ("4 deadlines in the next 14 days") that
 * opens the list; closing the toast with X dismisses those reminders in the core, so they stay
 * closed, across restarts, until their next lead time.
 */
export function ReminderCenter() {
  const { t, i18n } = useTranslation()
  const [dialog, setDialog] = useState<'urgent' | 'all' | null>(null)
  // The urgent reminders the start-up dialog showed: the toast does not count them again.
  const acknowledged = useRef(new Set<string>())
  // Within one session a reminder raises the toast once; X and Dismiss persist it.
  const announced = useRef(new Set<string>())
  const toastShown = useRef(false)
  // Hidden while one of our dialogs was open, to come back when it closes.
  const reshow = useRef(false)
  const startup = useRef(true)
  // Start-up found urgent reminders; their dialog waits while the user has a dialog open.
  const [urgentWaiting, setUrgentWaiting] = useState(false)

  // Asked for once the screen the app opened on has its data: the register's first rows come first.
  const firstScreen = useFirstScreenSettled(queryClient, isReminderKey)
  const due = useQuery({
    queryKey: keys.reminders,
    queryFn: () => query('reminders.due', {}),
    enabled: firstScreen,
    refetchInterval: (q) => recheckAfter(q.state.data, Date.now()),
    refetchIntervalInBackground: true
  })
  // The upcoming ones on their own: thousands of overdue reminders would fill the list above first.
  const upcoming = useQuery({
    queryKey: [...keys.reminders, 'upcoming'],
    queryFn: () => query('reminders.due', { urgencies: ['upcoming'] }),
    enabled: due.data !== undefined
  })

  // The toast is set up from effects; it reads the current labels and actions through this ref.
  const renderToast = useRef<(summary: ReminderSummary) => void>(() => undefined)
  useLayoutEffect(() => {
    renderToast.current = (summary) => {
      const lang = i18n.language
      const counted = (n: number) => ({ count: n, formattedCount: formatNumber(n, lang) })
      const upcomingLine =
        summary.upcoming > 0
          ? t('reminders.summary', {
              ...counted(summary.upcoming),
              within: t('reminders.within', { count: summary.withinDays })
            })
          : null
      const urgentLine =
        summary.laterUrgent > 0 ? t('reminders.laterUrgent', counted(summary.laterUrgent)) : null
      const data = {
        id: SUMMARY_ID,
        color: summary.laterUrgent > 0 ? 'red' : 'orange',
        // Nothing but X or the list closes it: closing is a dismissal the core keeps.
        autoClose: false as const,
        withBorder: true,
        closeButtonProps: {
          'aria-label': t('reminders.dismissSummary'),
          title: t('reminders.dismissSummaryHint')
        },
        'data-testid': 'reminder-summary',
        title: urgentLine ?? upcomingLine,
        message: (
          <Stack gap={4} align="flex-start">
            {urgentLine && upcomingLine && <Text size="xs">{upcomingLine}</Text>}
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => {
                hideToast()
                setDialog('all')
              }}
            >
              {t('reminders.showList')}
            </Button>
          </Stack>
        ),
        onClose: () => {
          // hideSummary() clears toastShown first: only a close by the user gets here with it set.
          if (!toastShown.current) return
          toastShown.current = false
          void dismissAll(summary.covered)
        }
      }
      if (toastShown.current) notifications.update(data)
      else notifications.show(data)
      toastShown.current = true
    }
  })

  const hideToast = (): void => hideSummary(toastShown)
  // Leaving the app's screen (a new workspace, a reload) leaves no toast behind.
  useEffect(() => {
    const shown = toastShown
    return () => hideSummary(shown)
  }, [])

  const data = due.data
  const upcomingData = upcoming.data
  const summary = data && upcomingData ? reminderSummary(data, upcomingData, acknowledged.current) : null
  const listed = !data ? [] : dialog === 'urgent' ? data.reminders.filter(isUrgent) : (summary?.covered ?? [])
  const total = !data ? 0 : dialog === 'urgent' ? urgentTotal(data) : summaryTotal(summary)
  // A dialog whose last reminder was snoozed or dismissed has closed itself.
  const dialogOpen = dialog !== null && listed.length > 0

  useEffect(() => {
    if (!data) return
    if (startup.current) {
      startup.current = false
      const urgent = data.reminders.filter(isUrgent)
      for (const r of urgent) acknowledged.current.add(reminderKey(r))
      if (urgent.length > 0) return setUrgentWaiting(true)
    }
    // The toast waits while a dialog of ours is open or about to open, and never sits over one.
    if (dialogOpen || urgentWaiting) {
      if (toastShown.current) reshow.current = true
      return hideSummary(toastShown)
    }
    if (!upcomingData) return
    const summary = reminderSummary(data, upcomingData, acknowledged.current)
    if (summary.upcoming + summary.laterUrgent === 0) return hideSummary(toastShown)
    const fresh = summary.covered.filter((r) => !announced.current.has(reminderKey(r)))
    for (const r of summary.covered) announced.current.add(reminderKey(r))
    if (fresh.length > 0 || toastShown.current || reshow.current) renderToast.current(summary)
    reshow.current = false
  }, [data, upcomingData, dialogOpen, urgentWaiting])

  // The urgent dialog opens once no dialog is open: never over the form the user is filling in
  // (the reminders are read after the first screen, by when the user may have opened one).
  useEffect(() => {
    if (!urgentWaiting) return
    return whenNoDialogOpen(pageDialogs, () =>
      // Rendered as a transition: fifty rows with their menus are drawn in slices between the
      // page's other work, never as one long task that freezes the screen it opens over. Both
      // in one: the toast, held while the dialog waited, is never shown between the two.
      startTransition(() => {
        setUrgentWaiting(false)
        setDialog('urgent')
      })
    )
  }, [urgentWaiting])

  async function dismissAll(reminders: Reminder[]): Promise<void> {
    let last: DueReminders | null = null
    for (const r of reminders) {
      const result = await call('reminders.dismiss', { deadlineId: r.deadlineId, leadDays: r.leadDays })
      if (!result.ok) {
        notifyFailed(t, result.error)
        break
      }
      last = result.value
    }
    if (last) queryClient.setQueryData(keys.reminders, last)
    await invalidate(['reminders'])
  }

  async function act(r: Reminder, action: ReminderAction): Promise<void> {
    const key = { deadlineId: r.deadlineId, leadDays: r.leadDays }
    const result =
      action === 'dismiss'
        ? await change('reminders.dismiss', key)
        : await change('reminders.snooze', { ...key, until: action.until })
    if (!result.ok) return notifyFailed(t, result.error)
    queryClient.setQueryData(keys.reminders, result.value)
    await invalidate(['reminders'])
  }

  return (
    <ReminderList
      mode={dialog}
      reminders={listed}
      total={total}
      onAct={(r, action) => void act(r, action)}
      onClose={() => setDialog(null)}
    />
  )
}
