// Specification (issue 13, "validation in one round"): counsel who press Log letter once see every
// problem at once: the fields the form itself checks and a reference another matter already holds
// (which only the core knows), named with a link to that matter. A letter dated or received after
// today is saved as typed, with a warning under the date. The same in Chinese.
import type { Page } from '@playwright/test'
import { E2E_TODAY, expect, test } from './fixtures'

const SAYS = {
  en: {
    title: 'Title',
    reference: 'Reference number',
    letterDate: 'Letter date',
    receivedDate: 'Received date',
    rightsHolder: 'Rights holder',
    rightNumber: 'Patent / registration no.',
    rightJurisdiction: 'Right jurisdiction',
    us: 'United States',
    noDeadline: 'No deadline stated',
    save: 'Log letter',
    required: 'Required.',
    receivedBefore: 'The received date is before the letter date.',
    duplicate:
      'Reference 2026-PAT-001 is already used by “Arcwell Home — magnetic cable organizer patent letter”.',
    open: 'Open it',
    fixErrors: '3 fields need attention.',
    future: 'This date is in the future. Check it.'
  },
  'zh-CN': {
    title: '标题',
    reference: '参考编号',
    letterDate: '函件日期',
    receivedDate: '收函日期',
    rightsHolder: '权利人',
    rightNumber: '专利号 / 注册号',
    rightJurisdiction: '权利所属法域',
    us: '美国',
    noDeadline: '函件未规定期限',
    save: '登记函件',
    required: '必填。',
    receivedBefore: '收函日期早于函件日期。',
    duplicate: '参考编号 2026-PAT-001 已被“Arcwell Home — magnetic cable organizer patent letter”使用。',
    open: '打开该案件',
    fixErrors: '有 3 处需要修改',
    future: '该日期晚于今天，请核对。'
  }
} as const

type Says = (typeof SAYS)[keyof typeof SAYS]

async function openIntake(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/intake`)
  await page.setViewportSize({ width: 1280, height: 720 })
}

/** Everything but the rights holder, the reference and the two dates, as counsel would type it. */
async function fillTheRest(page: Page, says: Says): Promise<void> {
  await page
    .getByRole('textbox', { name: says.title, exact: true })
    .fill('Lantern patent letter, second copy')
  await page.getByRole('textbox', { name: says.rightNumber, exact: true }).fill('US 11,223,344 B2')
  await page.getByRole('combobox', { name: says.rightJurisdiction, exact: true }).click()
  await page.getByRole('option', { name: says.us, exact: true }).click()
  await page.getByRole('radio', { name: says.noDeadline }).check()
}

for (const language of ['en', 'zh-CN'] as const) {
  const says = SAYS[language]

  test(`${language}: one press of Log letter shows the duplicate reference with every other error`, async ({
    page,
    preview
  }) => {
    await preview.core.dispatch('workspace.loadSample', {})
    await preview.core.dispatch('settings.update', { language })
    await openIntake(page, preview.server.url)
    await fillTheRest(page, says)
    const reference = page.getByRole('textbox', { name: says.reference, exact: true })
    // the sample's Arcwell Home letter holds 2026-PAT-001; letter case does not make it another
    await reference.fill('2026-pat-001')
    await page.getByRole('textbox', { name: says.letterDate, exact: true }).fill('2026-10-19')
    await page.getByRole('textbox', { name: says.receivedDate, exact: true }).fill('2026-10-15')
    // the rights holder is left empty

    await page.getByRole('button', { name: says.save }).click()
    await expect(page.getByText(says.duplicate)).toBeVisible()
    await expect(page.getByText(says.receivedBefore)).toBeVisible()
    const holder = page.getByRole('textbox', { name: says.rightsHolder, exact: true })
    await expect(holder).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText(says.required)).toHaveCount(1)
    await expect(page.getByRole('alert').filter({ hasText: says.fixErrors })).toBeVisible()
    await expect(reference).toHaveValue('2026-pat-001')
    await reference.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `test-results/screens/validation-one-round-${language}-1280x720.png` })
    // nothing was logged
    const info = await preview.core.dispatch('workspace.info', {})
    expect(info.ok && info.value.matterCount).toBe(5)

    // The link opens the matter that holds the reference; Back returns to the draft as typed.
    await page.getByRole('link', { name: says.open }).click()
    await expect(page).toHaveURL(/#\/matters\/1$/)
    await expect(page.getByRole('heading', { name: /Arcwell Home/ })).toBeVisible()
    await page.goBack()
    await expect(reference).toHaveValue('2026-pat-001')
    await expect(holder).toHaveValue('')
  })

  test(`${language}: a letter dated and received after today is warned about and still logged`, async ({
    page,
    preview
  }) => {
    expect(E2E_TODAY).toBe('2026-11-25')
    await preview.core.dispatch('settings.update', { language })
    await openIntake(page, preview.server.url)
    await fillTheRest(page, says)
    await page.getByRole('textbox', { name: says.rightsHolder, exact: true }).fill('Brightline Outdoor Inc.')
    const letterDate = page.getByRole('textbox', { name: says.letterDate, exact: true })
    const receivedDate = page.getByRole('textbox', { name: says.receivedDate, exact: true })
    await letterDate.fill('2026-11-25')
    await receivedDate.fill('2026-11-25')
    await expect(page.getByText(says.future)).toHaveCount(0)
    await letterDate.fill('2026-11-26')
    await receivedDate.fill('2026-12-01')
    await expect(page.getByText(says.future)).toHaveCount(2)
    await page.screenshot({ path: `test-results/screens/validation-future-date-${language}-1280x720.png` })

    await page.getByRole('button', { name: says.save }).click()
    await expect(page).toHaveURL(/#\/matters\/\d+$/)
    const id = Number(/(\d+)$/.exec(page.url())?.[1])
    const saved = await preview.core.dispatch('matters.get', { id })
    expect(saved.ok && [saved.value.matter.letterDate, saved.value.matter.receivedDate]).toEqual([
      '2026-11-26',
      '2026-12-01'
    ])
  })
}

test('an emptied response date says Required, not that it is no date', async ({ page, preview }) => {
  await openIntake(page, preview.server.url)
  await page.getByRole('textbox', { name: 'Letter date', exact: true }).fill('2026-10-19')
  await page.getByRole('textbox', { name: 'Received date', exact: true }).fill('2026-10-20')
  await page.getByLabel('Respond within (days)').fill('14')
  const due = page.getByRole('textbox', { name: 'Response due date', exact: true })
  await expect(due).not.toHaveValue('')
  await due.fill('')
  await page.getByRole('button', { name: 'Log letter' }).click()
  await expect(due).toHaveAttribute('aria-invalid', 'true')
  const field = due.locator('xpath=ancestor::div[contains(@class, "mantine-InputWrapper-root")][1]')
  await expect(field.getByText('Required.', { exact: true })).toBeVisible()
  await expect(page.getByText(/Not a valid date/)).toHaveCount(0)
})

test('the new-matter form shows a duplicate reference with its empty title in one round', async ({
  page,
  preview
}) => {
  await preview.core.dispatch('workspace.loadSample', {})
  await page.goto(`${preview.server.url}#/new`)
  await page.setViewportSize({ width: 1280, height: 720 })
  const reference = page.getByRole('textbox', { name: 'Reference number', exact: true })
  await reference.fill('2026-TM-002')
  await page.getByRole('button', { name: 'Create matter' }).click()
  await expect(
    page.getByText(
      'Reference 2026-TM-002 is already used by “Amazon takedown — TRAILGLOW trademark complaint”.'
    )
  ).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveAttribute(
    'aria-invalid',
    'true'
  )
  await expect(page.getByText('Required.', { exact: true })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/validation-new-matter-en-1280x720.png' })
  await page.getByRole('link', { name: 'Open it' }).click()
  await expect(page.getByRole('heading', { name: /Amazon takedown — TRAILGLOW/ })).toBeVisible()
})
