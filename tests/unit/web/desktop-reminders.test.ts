// Specification: desktop reminders announce each due reminder once, in the user's language.
import { describe, expect, it } from 'vitest'
import type { Reminder } from '../../../src/shared/contract'
import { newReminders, reminderText } from '../../../src/main/desktop-reminders'

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
  assignee: null,
  ...over
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
})
