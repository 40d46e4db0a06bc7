// Specification (issue 10, "Court time zone"): a court deadline ends at midnight where the court
// sits (FRCP 6(a)(4)(A): electronic filing closes at midnight in the court's time zone). Counsel
// in Shenzhen sees that moment on their own clock on the deadline card, in the calendar and in
// the reminder list.
//
// Worked by hand: served Monday 2026-11-16 in N.D. Ill. FRCP 12(a)(1)(A)(i): 21 days after
// service; FRCP 6(a)(1): exclude the day of service, count every day: day 21 is Monday
// 2026-12-07, no holiday, no roll-over. Midnight at its end in Chicago (CST, UTC-6 in December)
// is 2026-12-08 06:00 UTC, which is Tuesday 2026-12-08 14:00 in Shanghai (UTC+8).
import { expect, test } from './fixtures'

test.use({ timezoneId: 'Asia/Shanghai' })

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

test('a Chicago court deadline shows when it ends on a Shenzhen clock: card, calendar and reminder', async ({
  page,
  preview
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  const { core } = preview
  const matter = (
    await ok(
      core.dispatch('matters.create', {
        title: 'Quarry v. Schedule A defendants',
        kind: 'lawsuit',
        jurisdiction: 'US'
      })
    )
  ).matter
  const deadline = await ok(
    core.dispatch('deadlines.add', {
      matterId: matter.id,
      ruleId: 'us.frcp.answer',
      triggerDate: '2026-11-16',
      options: { district: 'N.D. Ill.' },
      leadTimes: [14]
    })
  )
  expect(deadline.due).toBe('2026-12-07')

  // The deadline card.
  await page.goto(`${preview.server.url}#/matters/${matter.id}/deadlines`)
  const card = page.getByTestId('deadline-card').filter({ hasText: 'Answer to the complaint' })
  await expect(card).toContainText('Monday, December 7, 2026')
  await expect(card.getByTestId('court-time')).toContainText('America/Chicago')
  await expect(card.getByTestId('court-time')).toContainText('Tuesday, December 8, 2026 14:00')

  // The calendar's agenda of December.
  await page.getByRole('link', { name: 'Calendar', exact: true }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByTestId('calendar-heading')).toHaveText('December 2026')
  await page.getByText('Agenda', { exact: true }).click()
  await expect(page.getByTestId('court-time').first()).toContainText('Tuesday, December 8, 2026 14:00')

  // The reminder list the toast opens (12 days left: inside the 14-day lead time).
  await page.reload()
  const toast = page.getByTestId('reminder-summary')
  await toast.getByRole('button', { name: 'Show the list' }).click()
  const list = page.getByTestId('reminder-list')
  await expect(list).toContainText('Answer to the complaint')
  await expect(list.getByTestId('court-time')).toContainText('Tuesday, December 8, 2026 14:00')
  await expect(list.getByTestId('court-time')).toContainText('America/Chicago')
  await page.screenshot({ path: 'test-results/screens/reminder-court-time-en-1280x720.png' })
})
