// What counsel met on first use (issue 13), at 1280x720 in English and Chinese: reminders arrive
// as one summary toast that covers no dialog and no form message, and stays closed once closed;
// counts are exact and written with digit separators; the matter header and the register's
// columns fit. Screenshots of home, register and a matter page at 1440x900 and 1280x720 are
// written to test-results/screens/ for a person to look at.
import type { Locator, Page } from '@playwright/test'
import type { OpenedCore } from '../../src/main/core'
import { addCalendarDays } from '../../src/shared/deadlines/calendar'
import { E2E_TODAY, expect, test } from './fixtures'

const LONG_TITLE =
  'Quarry Outdoor Brands LLC v. our Amazon.com and Walmart.com listings — folding camping lantern, solar garden light and LED tent light design patents'
const OVERDUE = 1050
const UPCOMING = 4

type Language = 'en' | 'zh-CN'

const text = {
  en: {
    urgent: (n: string) => `${n} deadlines need attention now`,
    shownOf: (n: string) => `Showing 50 of ${n}`,
    acknowledge: 'I have seen these',
    summary: /^\d+ deadlines? in the next \d+ days$/,
    showList: 'Show the list',
    dismissSummary: 'Dismiss these reminders',
    logLetter: 'Log warning letter',
    save: 'Log letter',
    addDeadline: 'Add deadline',
    deadlinesTab: /Deadlines/,
    register: 'Matters',
    home: 'Home',
    searchShownOf: (n: string) => `50 of ${n} matters; narrow the search to see the others.`,
    agendaShownOf: 'Showing the first 2,000 of 2,050 items; narrow the filters to see the rest.'
  },
  'zh-CN': {
    urgent: (n: string) => `${n} 项期限需立即处理`,
    shownOf: (n: string) => `显示 ${n} 项中的 50 项`,
    acknowledge: '我已知悉',
    summary: /^未来 \d+ 天内有 \d+ 项期限$/,
    showList: '查看列表',
    dismissSummary: '忽略这些提醒',
    logLetter: '登记警告函',
    save: '登记',
    addDeadline: '添加期限',
    deadlinesTab: /期限/,
    register: '案件',
    home: '首页',
    searchShownOf: (n: string) => `${n} 个案件中的 50 个；缩小搜索范围可查看其余案件。`,
    agendaShownOf: '显示前 2,000 项，共 2,050 项；请缩小筛选范围以查看其余各项。'
  }
} as const

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

/**
 * The sample; a docket matter with 1,050 overdue deadlines; a matter with a long title and 4
 * deadlines due within 14 days. Returns the long-titled matter.
 */
async function seed(core: OpenedCore, language: Language): Promise<number> {
  await ok(core.dispatch('settings.update', { language }))
  await ok(core.dispatch('workspace.loadSample', {}))
  const create = async (title: string) =>
    (await ok(core.dispatch('matters.create', { title, kind: 'warning_letter', jurisdiction: 'US' }))).matter
      .id
  const docket = await create('Backlog of marketplace takedowns')
  const matterId = await create(LONG_TITLE)
  for (let start = 0; start < OVERDUE; start += 100) {
    const deadlines = Array.from({ length: Math.min(100, OVERDUE - start) }, (_, i) => ({
      matterId: docket,
      title: `Overdue step ${start + i + 1}`,
      due: addCalendarDays(E2E_TODAY, -1 - ((start + i) % 300))
    }))
    await ok(core.dispatch('deadlines.addMany', { deadlines }))
  }
  const upcoming = Array.from({ length: UPCOMING }, (_, i) => ({
    matterId,
    title: `Upcoming step ${i + 1}`,
    due: addCalendarDays(E2E_TODAY, 3 + i * 3),
    leadTimes: [14]
  }))
  await ok(core.dispatch('deadlines.addMany', { deadlines: upcoming }))
  return matterId
}

type Box = { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** In one read: a toast that closes meanwhile (a "Saved" one) must not leave a query waiting. */
async function boxes(locator: Locator): Promise<Box[]> {
  const all = await locator.evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect()
      return { x: r.x, y: r.y, width: r.width, height: r.height }
    })
  )
  return all.filter((b) => b.width > 0 && b.height > 0)
}

/** No toast on screen overlaps a dialog, a form's alert or a field's error message. */
async function expectNoToastOver(page: Page): Promise<void> {
  const toasts = await boxes(page.locator('.mantine-Notification-root'))
  const covered = await boxes(
    page.locator(
      '.mantine-Modal-content, [role="alert"]:not(.mantine-Notification-root), .mantine-InputWrapper-error, .mantine-Popover-dropdown'
    )
  )
  expect(covered.length + toasts.length).toBeGreaterThan(0)
  for (const toast of toasts) {
    for (const box of covered) expect(overlaps(toast, box), JSON.stringify({ toast, box })).toBe(false)
  }
}

/** Elements that clip their content: scrollWidth > clientWidth. */
async function clipped(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) =>
    elements
      .filter((e) => e.scrollWidth > e.clientWidth + 0.5)
      .map(
        (e) =>
          `${e.getAttribute('data-testid') ?? e.className}: ${e.textContent} (${e.scrollWidth} > ${e.clientWidth})`
      )
  )
}

async function screens(page: Page, language: Language, name: string): Promise<void> {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 }
  ]) {
    await page.setViewportSize(size)
    await page.waitForTimeout(150)
    await page.screenshot({
      path: `test-results/screens/${name}-${language}-${size.width}x${size.height}.png`
    })
  }
}

// Each test seeds 1,050 deadlines and reloads the app a few times: give it room on a busy machine.
test.describe.configure({ timeout: 120_000 })

for (const language of ['en', 'zh-CN'] as const) {
  const says = text[language]

  test(`${language}: reminders are one toast over no dialog or form message, closed for good with X`, async ({
    page,
    preview
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    const matterId = await seed(preview.core, language)
    const { counts } = await ok(preview.core.dispatch('reminders.due', {}))
    const needAttention = new Intl.NumberFormat(language).format(counts.overdue + counts.due_today)
    expect(counts.overdue).toBeGreaterThanOrEqual(OVERDUE)
    await page.reload()

    // Start-up: the dialog counts every deadline that needs attention, not the 50 it lists.
    const dialog = page.getByRole('dialog')
    await expect(page.getByTestId('reminders-title')).toHaveText(says.urgent(needAttention))
    await expect(page.getByTestId('reminders-shown-of')).toContainText(says.shownOf(needAttention))
    // While it is open no toast is shown at all.
    await page.waitForTimeout(500)
    await expect(page.locator('.mantine-Notification-root')).toHaveCount(0)
    await page.screenshot({ path: `test-results/screens/startup-dialog-${language}-1280x720.png` })
    await dialog.getByRole('button', { name: says.acknowledge }).click()
    await expect(dialog).toBeHidden()

    // Then one summary toast, not a card per reminder.
    const toast = page.getByTestId('reminder-summary')
    await expect(toast).toHaveCount(1)
    await expect(toast.locator('.mantine-Notification-title')).toHaveText(says.summary)
    await expectNoToastOver(page)
    await screens(page, language, 'home')
    await page.setViewportSize({ width: 1280, height: 720 })

    // It opens the list; the list is a dialog the toast does not sit on.
    await toast.getByRole('button', { name: says.showList }).click()
    await expect(page.getByTestId('reminder-list')).toBeVisible()
    await expectNoToastOver(page)
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('reminder-list')).toBeHidden()

    // A form with messages: the intake form's "fields need attention" and its field errors.
    await preview.core.dispatch('deadlines.add', {
      matterId,
      title: 'A new reminder',
      due: addCalendarDays(E2E_TODAY, 2)
    })
    await page.reload()
    await dialog.getByRole('button', { name: says.acknowledge }).click()
    await expect(toast).toBeVisible()
    await page.getByRole('button', { name: says.logLetter }).first().click()
    await page.locator('form button[type="submit"]').click()
    await expect(page.getByRole('alert').first()).toBeVisible()
    await expect(toast).toBeVisible()
    await expectNoToastOver(page)
    await page.screenshot({ path: `test-results/screens/intake-errors-${language}-1280x720.png` })

    // X dismisses what the toast stands for, in the core: after a restart it stays closed.
    await toast.getByRole('button', { name: says.dismissSummary }).click()
    await expect(toast).toBeHidden()
    await expect
      .poll(async () => (await ok(preview.core.dispatch('reminders.due', {}))).counts.upcoming)
      .toBe(0)
    await page.reload()
    await dialog.getByRole('button', { name: says.acknowledge }).click()
    await page.waitForTimeout(800)
    await expect(toast).toHaveCount(0)
  })

  test(`${language}: the agenda says how many of how many items it shows`, async ({ page, preview }) => {
    await ok(preview.core.dispatch('settings.update', { language }))
    const docket = (
      await ok(
        preview.core.dispatch('matters.create', {
          title: 'November docket',
          kind: 'warning_letter',
          jurisdiction: 'US'
        })
      )
    ).matter.id
    // 2,050 deadlines in November 2026, the month the calendar opens on: more than the 2,000 the
    // agenda lists.
    for (let start = 0; start < 2050; start += 100) {
      const deadlines = Array.from({ length: 100 }, (_, i) => ({
        matterId: docket,
        title: `November step ${start + i + 1}`,
        due: `2026-11-${String(1 + ((start + i) % 30)).padStart(2, '0')}`,
        leadTimes: []
      })).slice(0, 2050 - start)
      await ok(preview.core.dispatch('deadlines.addMany', { deadlines }))
    }
    await page.goto(`${preview.server.url}#/calendar`)
    await page.getByRole('dialog').getByRole('button', { name: says.acknowledge }).click()
    await page.locator('label[for$="-agenda"]').click()
    await expect(page.getByTestId('agenda-item').first()).toBeVisible()
    await expect(page.getByTestId('calendar-truncated')).toHaveText(says.agendaShownOf)
    // every row the agenda lists is drawn, in slices after the first
    await expect(page.getByTestId('agenda-item')).toHaveCount(2000, { timeout: 20_000 })
  })

  test(`${language}: counts are exact and grouped; the matter header and the register fit at 1280x720`, async ({
    page,
    preview
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    const matterId = await seed(preview.core, language)
    // Reminders were seen: this test is about the screens behind them.
    const due = await ok(preview.core.dispatch('reminders.due', { limit: 1000 }))
    for (const r of due.reminders.filter((x) => x.urgency === 'upcoming')) {
      await ok(preview.core.dispatch('reminders.dismiss', { deadlineId: r.deadlineId, leadDays: r.leadDays }))
    }
    await page.reload()
    await page.getByRole('dialog').getByRole('button', { name: says.acknowledge }).click()

    // Home: the exact overdue count with a digit separator, and how many of them it lists.
    await page.getByRole('link', { name: says.home, exact: true }).click()
    const home = await ok(preview.core.dispatch('calendar.home', {}))
    const grouped = new Intl.NumberFormat(language).format(home.overdue.count)
    expect(home.overdue.count).toBeGreaterThan(1000)
    await expect(page.getByTestId('home-count').first()).toHaveText(grouped)
    await expect(page.getByTestId('home-overdue').getByTestId('home-shown-of')).toContainText(`100`)
    await expect(page.getByTestId('home-overdue').getByTestId('home-shown-of')).toContainText(grouped)

    // Global search: the matters it lists (50) of all it finds, counted exactly.
    for (let i = 0; i < 1010; i += 1) {
      await ok(
        preview.core.dispatch('matters.create', {
          title: `Trailglow takedown ${i + 1}`,
          kind: 'marketplace_complaint',
          jurisdiction: 'US'
        })
      )
    }
    await page.evaluate(`window.location.hash = '#/search?q=trailglow'`)
    const found = (await ok(preview.core.dispatch('matters.list', { search: 'trailglow', limit: 1 }))).total
    const foundText = new Intl.NumberFormat(language).format(found)
    expect(found).toBeGreaterThan(1010)
    await expect(page.getByTestId('search-matter-count')).toHaveText(says.searchShownOf(foundText))

    // The register: every column on screen, titles cut with the whole title on hover.
    await page.getByRole('link', { name: says.register, exact: true }).click()
    const table = page.getByRole('table')
    await expect(table.getByRole('row').nth(1)).toBeVisible()
    expect(await clipped(table)).toEqual([])
    expect(await clipped(table.getByRole('columnheader'))).toEqual([])
    expect(await clipped(table.getByRole('columnheader').locator('button'))).toEqual([])
    const lastHeader = await table.getByRole('columnheader').last().boundingBox()
    expect(lastHeader!.x + lastHeader!.width).toBeLessThanOrEqual(1280)
    // Reference, status, jurisdiction and the two dates are never cut; names are cut with a tooltip.
    for (const column of [0, 3, 5, 7, 8]) {
      expect(await clipped(table.getByRole('row').locator(`[role="cell"]:nth-child(${column + 1})`))).toEqual(
        []
      )
    }
    const longRow = table.getByRole('row', { name: /Quarry Outdoor Brands LLC v\./ })
    await expect(longRow.getByTitle(LONG_TITLE)).toHaveCount(1)
    await screens(page, language, 'register')

    // The matter header: reference on one line, the button and the date whole.
    await page.setViewportSize({ width: 1280, height: 720 })
    for (const id of [matterId, 1]) {
      await page.evaluate(`window.location.hash = '#/matters/${id}'`)
      const reference = page.getByTestId('matter-reference')
      await expect(reference).toBeVisible()
      for (const size of [
        { width: 1440, height: 900 },
        { width: 1280, height: 720 }
      ]) {
        await page.setViewportSize(size)
        // A string: the spec is compiled without the DOM's types.
        const lineHeight = Number(
          await page.evaluate(
            `parseFloat(getComputedStyle(document.querySelector('[data-testid="matter-reference"]')).lineHeight)`
          )
        )
        expect((await reference.boundingBox())!.height).toBeLessThan(lineHeight * 1.5)
        expect(await clipped(reference)).toEqual([])
        expect(await clipped(page.getByTestId('change-status'))).toEqual([])
        expect(await clipped(page.getByTestId('change-status').locator('span'))).toEqual([])
        const next = page.getByTestId('matter-next-deadline')
        expect((await next.boundingBox())!.height).toBeLessThan(48)
        expect(await clipped(next)).toEqual([])
      }
      await screens(page, language, `matter-${id === 1 ? 'sample' : 'long'}`)
    }
  })
}

test('the start-up reminders wait until the form counsel opened has closed, then come up', async ({
  page,
  preview
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  const matterId = (
    await ok(
      preview.core.dispatch('matters.create', {
        title: 'Lantern letter',
        kind: 'warning_letter',
        jurisdiction: 'US'
      })
    )
  ).matter.id
  await ok(
    preview.core.dispatch('deadlines.add', {
      matterId,
      title: 'Reply to the letter',
      due: addCalendarDays(E2E_TODAY, -2)
    })
  )
  // The reminders are read after the first screen; counsel is quicker and opens a form first.
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/call/reminders.due', async (route) => {
    await held
    await route.continue()
  })
  await page.goto(`${preview.server.url}#/matters/${matterId}/opinions`)
  await page.reload()
  await page.getByRole('button', { name: 'Add opinion' }).click()
  const form = page.getByRole('dialog')
  await expect(form).toHaveCount(1)
  const answered = page.waitForResponse('**/api/call/reminders.due')
  release()
  await answered
  // The overdue list does not open over the form: the form stays the one dialog, and usable.
  await page.waitForTimeout(800)
  await expect(page.getByRole('dialog')).toHaveCount(1)
  await expect(page.getByRole('button', { name: 'I have seen these' })).toHaveCount(0)
  await form.getByLabel('Firm').fill('Keller Rhodes LLP')
  await expect(form.getByLabel('Firm')).toHaveValue('Keller Rhodes LLP')
  // Closed: now the reminders come up, the overdue reply among them.
  await page.keyboard.press('Escape')
  const reminders = page.getByRole('dialog')
  await expect(reminders.getByRole('button', { name: 'I have seen these' })).toBeVisible()
  await expect(reminders).toContainText('Reply to the letter')
  await reminders.getByRole('button', { name: 'I have seen these' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
})
