// Counsel served with a US complaint: log the service, accept the answer deadline the app
// proposes, find it on the calendar and in the exported .ics, then correct the service date
// and watch the answer date follow it.
import fs from 'node:fs'
import ICAL from 'ical.js'
import { expect, test } from './fixtures'

test('a complaint served on a US lawsuit proposes the answer date, which follows a corrected service date', async ({
  page,
  preview
}) => {
  void preview
  await page.getByRole('button', { name: 'Load sample workspace' }).click()
  await expect(page.getByTestId('matter-count')).toHaveText('5 matters')
  await page.getByRole('row', { name: /Brightline Outdoor v\. Schedule A/ }).click()

  // Record the service of the complaint on the timeline.
  await page.getByRole('tab', { name: /Timeline/ }).click()
  await page.getByRole('button', { name: 'Add event' }).click()
  await page.getByRole('combobox', { name: 'Event type' }).click()
  await page.getByRole('option', { name: 'Complaint served' }).click()
  await page.getByLabel('Event date', { exact: true }).fill('2026-12-04')
  await page.getByRole('button', { name: 'Add event' }).click()

  // The templates propose the answer (and the IPR bar); accept only the answer.
  const review = page.getByRole('dialog', { name: 'Deadlines that follow from this event' })
  const answer = review.getByTestId('proposal').filter({ hasText: 'Answer to the complaint' })
  await expect(answer.getByLabel('Due date')).toHaveValue('2026-12-28')
  await expect(answer).toContainText('Christmas Day')
  await review.getByTestId('proposal').filter({ hasText: 'IPR petition' }).getByRole('checkbox').uncheck()
  await review.getByRole('button', { name: 'Add 1 deadline' }).click()
  await expect(review).toBeHidden()

  // The deadline card shows the date and, opened, the explanation.
  await page.getByRole('tab', { name: /Deadlines/ }).click()
  // (the sample's own answer, for our store served on 2026-11-23, is due 2026-12-14)
  const card = page
    .getByTestId('deadline-card')
    .filter({ hasText: 'Answer to the complaint' })
    .filter({ hasText: 'Monday, December 28, 2026' })
  await expect(card).toHaveCount(1)
  await card.getByRole('button', { name: /Answer to the complaint/ }).click()
  await expect(card.getByTestId('deadline-explanation')).toContainText(
    'Last day falls on a legal holiday (Christmas Day)'
  )

  // On the December calendar.
  await page.getByRole('link', { name: 'Calendar', exact: true }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByTestId('calendar-heading')).toHaveText('December 2026')
  const dec28 = page.locator('[role="gridcell"][data-date="2026-12-28"]')
  await expect(dec28.getByTestId('calendar-item')).toContainText('2026-LIT-001')

  // The exported calendar file holds it as an all-day event.
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export .ics' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.ics$/)
  const ics = fs.readFileSync(await download.path(), 'utf8')
  const calendar = new ICAL.Component(ICAL.parse(ics))
  const event = calendar
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v))
    .find(
      (e) =>
        e.summary.includes('2026-LIT-001') &&
        e.summary.includes('Answer') &&
        e.startDate.toString() === '2026-12-28'
    )
  expect(event).toBeDefined()
  expect(event!.startDate.isDate).toBe(true)
  expect(event!.startDate.toString()).toBe('2026-12-28')
  expect(event!.endDate.toString()).toBe('2026-12-29')

  // The calendar item opens the matter; correct the service date on its timeline.
  await dec28.getByTestId('calendar-item').click()
  await expect(page.getByRole('heading', { name: /Brightline Outdoor v\. Schedule A/ })).toBeVisible()
  await page.getByRole('tab', { name: /Timeline/ }).click()
  await page.getByRole('button', { name: 'Edit Complaint served' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit event' })
  await edit.getByLabel('Event date', { exact: true }).fill('2026-12-03')
  await edit.getByRole('button', { name: 'Save' }).click()

  const moved = page.getByRole('dialog', { name: 'What moved' })
  const row = moved.getByRole('row', { name: /Answer to the complaint/ })
  await expect(row).toContainText('Dec 28, 2026')
  await expect(row).toContainText('Dec 24, 2026')
  await moved.getByRole('button', { name: 'OK' }).click()

  await page.getByRole('tab', { name: /Deadlines/ }).click()
  await expect(
    page.getByTestId('deadline-card').filter({ hasText: 'Thursday, December 24, 2026' })
  ).toContainText('Answer to the complaint')
})
