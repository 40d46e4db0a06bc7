// Desktop notifications for deadline reminders: checked at start-up and every few minutes;
// clicking one brings the window forward on the deadline's matter. The in-app reminders
// (renderer) show the same list; this makes them reach a user who is in another program.
import type { Reminder } from '../shared/contract'
import { deadlineEndInZone, getRule, isDeadlineRuleId } from '../shared/deadlines'
import type { Dispatch } from './core/kernel/dispatch'

export const CHECK_EVERY_MS = 5 * 60 * 1000

/** Main -> renderer: show this in-app hash route. */
export const NAVIGATE_CHANNEL = 'ipdesk:navigate'
/** Renderer -> main: the page listens for NAVIGATE_CHANNEL now (sent again after every load). */
export const READY_CHANNEL = 'ipdesk:ready'

export const matterDeadlinesRoute = (matterId: number): string => `#/matters/${matterId}/deadlines`

/**
 * Navigation messages for windows, held until each window's page says it is ready. A reminder
 * clicked while no window is open creates one; a message sent to it at once arrives before the
 * page listens and is lost. So: a window is not ready until its renderer sends READY_CHANNEL,
 * not ready again while it (re)loads, and forgotten when it closes. Plain class, no Electron:
 * `send` is injected (the shell passes webContents.send).
 */
export class NavigationQueue {
  private readonly ready = new Set<number>()
  private readonly pending = new Map<number, string[]>()

  constructor(private readonly send: (windowId: number, route: string) => void) {}

  /** Sends now to a ready window; otherwise keeps the route, in order, for when it is ready. */
  navigate(windowId: number, route: string): void {
    if (this.ready.has(windowId)) return this.send(windowId, route)
    const queued = this.pending.get(windowId) ?? []
    queued.push(route)
    this.pending.set(windowId, queued)
  }

  /** The window's page listens now: deliver what waited, in order, then send straight through. */
  markReady(windowId: number): void {
    this.ready.add(windowId)
    const queued = this.pending.get(windowId) ?? []
    this.pending.delete(windowId)
    for (const route of queued) this.send(windowId, route)
  }

  /** The page is (re)loading: messages wait for its next ready. */
  markLoading(windowId: number): void {
    this.ready.delete(windowId)
  }

  /** The window closed: nothing is kept for it. */
  forget(windowId: number): void {
    this.ready.delete(windowId)
    this.pending.delete(windowId)
  }

  isReady(windowId: number): boolean {
    return this.ready.has(windowId)
  }
}

export interface NotificationPort {
  show(title: string, body: string, onClick: () => void): void
}

/** Which reminders to announce now: each deadline/lead time once per session. */
export function newReminders(reminders: Reminder[], announced: Set<string>): Reminder[] {
  const fresh = reminders.filter((r) => !announced.has(`${r.deadlineId}:${r.leadDays}`))
  for (const r of fresh) announced.add(`${r.deadlineId}:${r.leadDays}`)
  return fresh
}

export function reminderText(
  r: Reminder,
  language: string,
  here: string = Intl.DateTimeFormat().resolvedOptions().timeZone
): { title: string; body: string } {
  const zh = language === 'zh-CN'
  const rule = r.ruleId && isDeadlineRuleId(r.ruleId) ? getRule(r.ruleId) : null
  const what = r.title || rule?.name[zh ? 'zh-CN' : 'en'] || (zh ? '期限' : 'Deadline')
  const when =
    r.daysLeft < 0
      ? zh
        ? `已逾期 ${-r.daysLeft} 天`
        : `overdue by ${-r.daysLeft} day(s)`
      : r.daysLeft === 0
        ? zh
          ? '今天到期'
          : 'due today'
        : zh
          ? `${r.daysLeft} 天后到期（${r.due}）`
          : `due in ${r.daysLeft} day(s), ${r.due}`
  // A court's deadline ends at midnight where it sits: say when that is on this machine's clock.
  let court = ''
  if (r.timeZone && r.daysLeft >= 0) {
    if (here !== r.timeZone) {
      const end = deadlineEndInZone(r.due, r.timeZone, here)
      court = zh
        ? `；按法院时间（${r.timeZone}）届满，即本地 ${end.date} ${end.time}`
        : `; ends at midnight court time (${r.timeZone}), ${end.date} ${end.time} here`
    }
  }
  return { title: `[${r.reference}] ${what}`, body: `${r.matterTitle}: ${when}${court}` }
}

export function startDesktopReminders(
  dispatch: Dispatch,
  port: NotificationPort,
  openMatter: (matterId: number) => void
): () => void {
  const announced = new Set<string>()
  const check = async (): Promise<void> => {
    const [due, settings] = await Promise.all([dispatch('reminders.due', {}), dispatch('settings.get', {})])
    if (!due.ok) return
    const language = settings.ok ? settings.value.language : 'en'
    for (const r of newReminders(due.value.reminders, announced)) {
      const { title, body } = reminderText(r, language)
      port.show(title, body, () => openMatter(r.matterId))
    }
  }
  void check()
  const timer = setInterval(() => void check(), CHECK_EVERY_MS)
  return () => clearInterval(timer)
}
