// Counsel adds a colleague in Settings, makes her responsible for the Schedule A lawsuit, and
// sees on home only what she is responsible for: the lawsuit's answer deadline, inherited from
// the matter. The filter is in the URL, so Back shows everyone's again. (Today is 2026-11-25.)
import { expect, test } from './fixtures'

test('a person added in Settings and made responsible for a matter sees its deadline on home', async ({
  page,
  preview
}) => {
  void preview
  await page.getByRole('button', { name: 'Load sample workspace' }).click()
  await expect(page.getByTestId('matter-count')).toHaveText('5 matters')

  await page.getByRole('link', { name: 'Settings', exact: true }).click()
  const people = page.getByTestId('people-section')
  const add = people.getByTestId('person-add')
  await add.getByLabel('E-mail').fill('li.wei@example')
  await add.getByRole('button', { name: 'Add person' }).click()
  // Nothing is saved: the name is required and the address has no domain.
  await expect(add.getByText('Required.')).toBeVisible()
  await expect(add.getByText('Enter an e-mail address such as name@example.com.')).toBeVisible()
  await add.getByLabel('Name').fill('Li Wei')
  await add.getByLabel('E-mail').fill('li.wei@example.com')
  await add.getByLabel('Role').fill('In-house counsel')
  await add.getByRole('button', { name: 'Add person' }).click()
  await expect(people.getByTestId('person-row').filter({ hasText: 'Li Wei' })).toContainText(
    'li.wei@example.com'
  )
  // The same name in another case is the same person.
  await add.getByLabel('Name').fill('li wei')
  await add.getByRole('button', { name: 'Add person' }).click()
  await expect(add.getByText('Someone with this name is already in the list')).toBeVisible()
  await expect(people.getByTestId('person-row')).toHaveCount(1)

  await page.getByRole('link', { name: 'Matters', exact: true }).click()
  await page.getByRole('row', { name: /Brightline Outdoor v\. Schedule A/ }).click()
  await page.getByRole('button', { name: 'Edit' }).first().click()
  await page.getByRole('combobox', { name: 'Responsible person' }).click()
  await page.getByRole('option', { name: 'Li Wei' }).click()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Li Wei', { exact: true })).toBeVisible()

  // The lawsuit's deadline names her as the matter's person.
  await page.getByRole('tab', { name: /Deadlines/ }).click()
  await expect(page.getByTestId('deadline-responsible').first()).toHaveText("Responsible: Li Wei (matter's)")

  await page.getByRole('link', { name: 'Home', exact: true }).click()
  const month = page.getByTestId('home-30')
  await expect(month.getByRole('row')).toHaveCount(3)
  await page.getByRole('combobox', { name: 'Responsible' }).click()
  await page.getByRole('option', { name: 'Li Wei' }).click()
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/person=\d+/)
  await expect(month.getByRole('row')).toHaveCount(1)
  await expect(month.getByRole('row')).toContainText('2026-LIT-001')
  await expect(month.getByRole('row')).toContainText("Matter's: Li Wei")

  // Back: everyone's deadlines again.
  await page.goBack()
  await expect(page).not.toHaveURL(/person=/)
  await expect(month.getByRole('row')).toHaveCount(3)
})
