// Specification: desktop reminders announce each due reminder once, in the user's language, and a
// click shows the matter even when the window had to be opened for it.
import { describe, expect, it } from 'vitest'
import type { Reminder } from '../../../src/shared/contract'
import {
  matterDeadlinesRoute,
  NavigationQueue,
  newReminders,
  READY_CHANNEL,
  reminderText
} from '../../../src/main/desktop-reminders'
import { registerIpc, trackNavigation } from '../../../src/main/ipc'

const reminder = (over: Partial<Reminder>): Reminder => ({
  deadlineId: 1,
  matterId: 7,
  reference: '2026-LIT-001',
  matterTitle: 'Brightline v. Schedule A',
  title: 'Answer to the complaint',
  ruleId: 'us.frcp.answer',
  due: '2026-12-28',
  leadDays: 30,
  daysLeft: 29,
  urgency: 'upcoming' as Reminder['urgency'],
  responsible: null,
  ...over
})

describe('a court deadline in a desktop reminder', () => {
  it('says when midnight in the court is on this machine: a Monday in Chicago is Tuesday 14:00 in Shenzhen', () => {
    // 2027-01-04 24:00 CST (UTC-6) = 2027-01-05 06:00 UTC = 14:00 China Standard Time (UTC+8).
    const r = reminder({ due: '2027-01-04', daysLeft: 3, timeZone: 'America/Chicago' })
    expect(reminderText(r, 'en', 'Asia/Shanghai').body).toBe(
      'Brightline v. Schedule A: due in 3 day(s), 2027-01-04; ends at midnight court time (America/Chicago), 2027-01-05 14:00 here'
    )
    expect(reminderText(r, 'zh-CN', 'Asia/Shanghai').body).toContain('本地 2027-01-05 14:00')
    // In the court's own zone nothing is added.
    expect(reminderText(r, 'en', 'America/Chicago').body).toBe(
      'Brightline v. Schedule A: due in 3 day(s), 2027-01-04'
    )
  })
})

describe('desktop reminders', () => {
  it('announce each deadline and lead time once per session, and again at the next lead time', () => {
    const announced = new Set<string>()
    expect(newReminders([reminder({})], announced)).toHaveLength(1)
    expect(newReminders([reminder({})], announced)).toHaveLength(0)
    expect(newReminders([reminder({ leadDays: 14, daysLeft: 14 })], announced)).toHaveLength(1)
  })

  it('say how overdue or how near a deadline is, in English or Chinese', () => {
    expect(reminderText(reminder({ daysLeft: -2 }), 'en')).toEqual({
      title: '[2026-LIT-001] Answer to the complaint',
      body: 'Brightline v. Schedule A: overdue by 2 day(s)'
    })
    expect(reminderText(reminder({ daysLeft: 0 }), 'zh-CN').body).toBe('Brightline v. Schedule A: 今天到期')
    expect(reminderText(reminder({ daysLeft: 3, due: '2026-12-28' }), 'zh-CN').body).toContain(
      '3 天后到期（2026-12-28）'
    )
  })

  it('name an untitled rule deadline by its rule, in the reader language, never by its id', () => {
    expect(reminderText(reminder({ title: '' }), 'zh-CN').title).toBe('[2026-LIT-001] 答辩（美国联邦法院）')
    expect(reminderText(reminder({ title: '' }), 'en').title).toBe(
      '[2026-LIT-001] Answer to the complaint (US federal court)'
    )
  })
})

describe('a clicked reminder shows its matter, also in a window opened for it', () => {
  const route = '#/matters/7/deadlines'
  const queue = () => {
    const sent: [number, string][] = []
    return { sent, navigation: new NavigationQueue((id, r) => void sent.push([id, r])) }
  }

  it('waits until the new window says it listens, instead of being sent before the page is there', () => {
    const { sent, navigation } = queue()
    navigation.navigate(1, route)
    expect(sent).toEqual([])
    navigation.markReady(1)
    expect(sent).toEqual([[1, route]])
    navigation.navigate(1, '#/matters/8/deadlines')
    expect(sent.at(-1)).toEqual([1, '#/matters/8/deadlines'])
  })

  it('keeps the order of several clicks, and each window its own messages', () => {
    const { sent, navigation } = queue()
    navigation.navigate(1, '#/matters/1/deadlines')
    navigation.navigate(2, '#/matters/2/deadlines')
    navigation.navigate(1, '#/matters/3/deadlines')
    navigation.markReady(2)
    expect(sent).toEqual([[2, '#/matters/2/deadlines']])
    navigation.markReady(1)
    expect(sent.slice(1)).toEqual([
      [1, '#/matters/1/deadlines'],
      [1, '#/matters/3/deadlines']
    ])
  })

  it('waits again while the page reloads, and forgets a closed window', () => {
    const { sent, navigation } = queue()
    navigation.markReady(1)
    navigation.markLoading(1)
    navigation.navigate(1, route)
    expect(sent).toEqual([])
    navigation.markReady(1)
    expect(sent).toEqual([[1, route]])
    navigation.markLoading(1)
    navigation.navigate(1, route)
    navigation.forget(1)
    navigation.markReady(1)
    expect(sent).toEqual([[1, route]])
  })

  it('names the route of a matter’s deadlines', () => {
    expect(matterDeadlinesRoute(7)).toBe(route)
  })
})

describe('the ready handshake over IPC', () => {
  const appUrl = 'app://ipdesk/index.html'

  function shell() {
    const sent: [number, string][] = []
    const navigation = new NavigationQueue((id, r) => void sent.push([id, r]))
    const on = new Map<string, (event: unknown) => void>()
    const ipcMain = {
      handle: () => {},
      on: (channel: string, fn: (event: unknown) => void) => on.set(channel, fn)
    }
    registerIpc(ipcMain as never, {} as never, (async () => ({ ok: true })) as never, appUrl, navigation)
    const ready = (id: number, url = `${appUrl}#/`) =>
      on.get(READY_CHANNEL)!({ sender: { id }, senderFrame: { url, parent: null } })
    return { sent, navigation, ready }
  }

  it('delivers what waited once our page says ready; another page saying ready changes nothing', () => {
    const { sent, navigation, ready } = shell()
    navigation.navigate(3, '#/matters/7/deadlines')
    ready(3, 'https://evil.example/')
    expect(sent).toEqual([])
    ready(3)
    expect(sent).toEqual([[3, '#/matters/7/deadlines']])
  })

  it('a window that reloads waits for its next ready; a closed one is forgotten', () => {
    const { sent, navigation, ready } = shell()
    const listeners = new Map<string, (details?: unknown) => void>()
    const contents = {
      id: 5,
      on: (event: string, fn: (details?: unknown) => void) => listeners.set(event, fn),
      once: (event: string, fn: (details?: unknown) => void) => listeners.set(event, fn)
    }
    trackNavigation(contents as never, navigation)
    ready(5)
    listeners.get('did-start-navigation')!({ isMainFrame: true, isSameDocument: true })
    expect(navigation.isReady(5)).toBe(true)
    listeners.get('did-start-navigation')!({ isMainFrame: true, isSameDocument: false })
    navigation.navigate(5, '#/matters/1/deadlines')
    expect(sent).toEqual([])
    ready(5)
    expect(sent).toEqual([[5, '#/matters/1/deadlines']])
    listeners.get('destroyed')!()
    expect(navigation.isReady(5)).toBe(false)
  })
})
