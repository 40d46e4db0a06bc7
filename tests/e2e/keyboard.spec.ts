// Specification (issue 13, "Keyboard"): Ctrl/Cmd+K opens a palette that jumps to any matter,
// document, page or action; "/" focuses search; "n" starts a new matter; "?" lists the
// shortcuts. Single-key shortcuts never fire while typing in a field or composing with an IME.
import { expect, test } from './fixtures'

const says = {
  en: {
    palette: 'Go to anything',
    shortcuts: 'Keyboard shortcuts',
    calendar: 'Go to Calendar',
    newMatter: 'New matter'
  },
  'zh-CN': { palette: '快速跳转', shortcuts: '键盘快捷键', calendar: '前往日历', newMatter: '新建案件' }
} as const

for (const language of ['en', 'zh-CN'] as const) {
  test(`${language}: the palette and the single-key shortcuts`, async ({ page, preview }) => {
    const text = says[language]
    await preview.core.dispatch('settings.update', { language })
    await preview.core.dispatch('workspace.loadSample', {})
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto(`${preview.server.url}#/home`)
    await page
      .getByRole('link', { name: /Home|首页/ })
      .first()
      .waitFor()

    // Ctrl+K: a matter found by its reference opens with Enter.
    await page.keyboard.press('Control+K')
    // the dialog itself carries the palette's name
    const palette = page.getByRole('dialog', { name: text.palette })
    await expect(palette).toBeVisible()
    await palette.getByRole('textbox').fill('2026-LIT-001')
    const option = palette.locator('[value^="matter-"]').filter({ hasText: '2026-LIT-001' })
    await expect(option).toBeVisible()
    await page.screenshot({ path: `test-results/screens/palette-${language}-1280x720.png` })
    await expect(palette.getByRole('option').first()).toContainText('2026-LIT-001')
    await page.keyboard.press('Enter')
    await expect(palette).toBeHidden()
    await expect(page).toHaveURL(/#\/matters\/\d+/)
    await expect(page.getByText('2026-LIT-001').first()).toBeVisible()

    // An action by its name, chosen with the arrow keys (the highlighted option is what Enter runs).
    await page.keyboard.press('Control+K')
    await palette.getByRole('textbox').fill(language === 'en' ? 'calendar' : '日历')
    const highlighted = palette.locator('[data-combobox-selected]')
    await expect(highlighted).toHaveText(text.calendar)
    await page.keyboard.press('ArrowDown')
    await expect(highlighted).not.toHaveText(text.calendar)
    await page.keyboard.press('ArrowUp')
    await expect(highlighted).toHaveText(text.calendar)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#\/calendar/)

    // "/" focuses search; "n" typed there is text, not a shortcut.
    await page.keyboard.press('/')
    const search = page.locator('[data-shortcut="search"]')
    await expect(search).toBeFocused()
    await page.keyboard.type('n')
    await expect(search).toHaveValue('n')
    await expect(page).toHaveURL(/#\/calendar/)
    await search.fill('')
    await search.blur()

    // "n" during IME composition (Chinese input) does nothing; a plain "n" starts a new matter.
    await page.locator('body').dispatchEvent('keydown', { key: 'n', isComposing: true, bubbles: true })
    await expect(page).toHaveURL(/#\/calendar/)
    await page.keyboard.press('n')
    await expect(page).toHaveURL(/#\/new/)

    // "?" lists the shortcuts; "n" over that dialog does nothing.
    await page.locator('body').click({ position: { x: 5, y: 700 } })
    await page.keyboard.press('Shift+Slash')
    const help = page.getByRole('dialog', { name: text.shortcuts })
    await expect(help.getByTestId('shortcut-list')).toContainText(text.newMatter)
    await page.keyboard.press('Escape')
    await expect(help).toBeHidden()
  })
}
