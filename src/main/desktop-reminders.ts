// Desktop notifications for deadline reminders: checked at start-up and every few minutes;
// clicking one brings the window forward on the deadline's matter. The in-app reminders
// (renderer) show the same list; this makes them reach a user who is in another program.
import type { Reminder } from '../shared/contract'
import type { Dispatch } from './core/kernel/dispatch'

export const CHECK_EVERY_MS = 5 * 60 * 1000

export interface NotificationPort {
  show(title: string, body: string, onClick: () => void): void
}

/** Which reminders to announce now: each deadline/lead time once per session. */
export function newReminders(reminders: Reminder[], announced: Set<string>): Reminder[] {
  const fresh = reminders.filter((r) => !announced.has(`${r.deadlineId}:${r.leadDays}`))
  for (const r of fresh) announced.add(`${r.deadlineId}:${r.leadDays}`)
  return fresh
}

export function reminderText(r: Reminder, language: string): { title: string; body: string } {
  const zh = language === 'zh-CN'
  const what = r.title || r.ruleId || (zh ? '期限' : 'Deadline')
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
  return { title: `[${r.reference}] ${what}`, body: `${r.matterTitle}: ${when}` }
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
