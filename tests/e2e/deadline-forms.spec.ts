// Counsel sets deadlines by hand on a lawsuit: a date other than the one the rule computes is
// refused until they say why, a done deadline needs the day it was done, a court closure needs
// its date, and a new matter left without a reference is numbered for them.
import { expect, test } from './fixtures'

test('a deadline moved off its computed date needs a reason, and marking it done needs a day', async ({
  page,
  preview
}) => {
  void preview
  await page.getByRole('button', { name: 'Load sample workspace' }).click()
  await expect(page.getByTestId('matter-count')).toHaveText('5 matters')
  await page.getByRole('row', { name: /Brightline Outdoor v\. Schedule A/ }).click()
  await page.getByRole('tab', { name: /Deadlines/ }).click()
  await page.getByRole('button', { name: 'Add deadline' }).click()

  const form = page.locator('form').filter({ has: page.getByRole('combobox', { name: 'Rule' }) })
  await form.getByRole('combobox', { name: 'Rule' }).click()
  await page.getByRole('option', { name: 'Answer to the complaint (US federal court)' }).click()
  await form.getByLabel('Trigger date', { exact: true }).fill('2026-12-04')
  await expect(form.getByTestId('deadline-preview')).toContainText('Monday, December 28, 2026')

  await form.getByLabel('Use a different due date (optional)', { exact: true }).fill('2027-01-04')
  await form.getByRole('button', { name: 'Add deadline' }).click()
  await expect(form.getByText('Give a reason for using a date other than the computed one.')).toBeVisible()
  await form.getByLabel('Reason for the different date').fill('Extension stipulated with plaintiff')
  await form.getByRole('button', { name: 'Add deadline' }).click()
  await expect(form).toBeHidden()

  const card = page.getByTestId('deadline-card').filter({ hasText: 'Monday, January 4, 2027' })
  await expect(card).toContainText('Extension stipulated with plaintiff')

  await card.getByRole('button', { name: 'Actions' }).click()
  await page.getByRole('menuitem', { name: 'Done…' }).click()
  const done = page.getByRole('dialog', { name: 'Mark deadline done' })
  await done.getByLabel('Done on', { exact: true }).fill('')
  await done.getByRole('button', { name: 'Mark done' }).click()
  // Left empty, the date is required (issue 13: not "Not a valid date").
  await expect(done.getByText('Required.')).toBeVisible()
  await done.getByLabel('Done on', { exact: true }).fill('2026-11-24')
  await done.getByRole('button', { name: 'Mark done' }).click()
  await expect(done).toBeHidden()
  await expect(card).toContainText('Done on November 24, 2026')

  // Changing the date again asks for the reason again; removing asks first.
  await card.getByRole('button', { name: 'Actions' }).click()
  await page.getByRole('menuitem', { name: 'Change due date…' }).click()
  const override = page.getByRole('dialog', { name: 'Change the due date' })
  await override.getByLabel('New due date', { exact: true }).fill('2027-01-05')
  await override.getByLabel('Reason for the different date').fill(' ')
  await override.getByRole('button', { name: 'Change due date' }).click()
  await expect(
    override.getByText('Give a reason for using a date other than the computed one.')
  ).toBeVisible()
  await override.getByLabel('Reason for the different date').fill('Second stipulation')
  await override.getByRole('button', { name: 'Change due date' }).click()
  await expect(override).toBeHidden()
  const moved = page.getByTestId('deadline-card').filter({ hasText: 'Second stipulation' })
  await expect(moved).toContainText('Tuesday, January 5, 2027')

  await moved.getByRole('button', { name: 'Actions' }).click()
  await page.getByRole('menuitem', { name: 'Remove' }).click()
  await page.getByRole('dialog', { name: 'Remove deadline' }).getByRole('button', { name: 'Remove' }).click()
  await expect(moved).toHaveCount(0)
})

test('a court closure day needs its date, and the next one keeps the chosen courts', async ({
  page,
  preview
}) => {
  void preview
  await page.getByRole('link', { name: 'Settings', exact: true }).click()
  await page.getByRole('combobox', { name: 'Jurisdiction' }).click()
  await page.getByRole('option', { name: 'United States' }).click()
  await page.getByRole('button', { name: 'Add closure day' }).click()
  await expect(page.getByText('Required.')).toBeVisible()

  await page.getByLabel('Date', { exact: true }).fill('2026-12-07')
  await page.getByLabel('Reason', { exact: true }).fill('Snow closure order')
  await page.getByRole('button', { name: 'Add closure day' }).click()
  await expect(page.getByRole('row', { name: /Snow closure order/ })).toContainText('United States')
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('')
  await expect(page.getByRole('combobox', { name: 'Jurisdiction' })).toHaveValue('United States')
})

test('a new matter left without a reference is numbered, and a bad reference is explained', async ({
  page,
  preview
}) => {
  await page.getByRole('button', { name: 'New matter' }).first().click()
  await page.getByLabel('Title', { exact: true }).fill('Takedown of the LX-200 listing')
  await page.getByLabel('Reference number').fill('#1')
  await page.getByRole('button', { name: 'Create matter' }).click()
  await expect(page.getByText('Use letters, digits and . _ / - only')).toBeVisible()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Takedown of the LX-200 listing')

  await page.getByLabel('Reference number').fill('')
  await page.getByRole('button', { name: 'Create matter' }).click()
  await expect(page.getByRole('heading', { name: /Takedown of the LX-200 listing/ })).toBeVisible()
  const info = await preview.core.dispatch('matters.list', {})
  expect(info.ok && info.value.rows.map((r) => r.reference)).toEqual([expect.stringMatching(/^\d{4}-/)])
})
