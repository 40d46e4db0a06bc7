// The matter report as the PDF counsel sends: printed by Chromium (the preview's and the tests'
// printer; Electron's printToPDF in the desktop app), read back with pdftotext page by page.
import { execFileSync } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'
import { chromiumPrinter } from '../../../src/main/web/print-pdf'
import { ok, openTestCore, patentLetterInput } from '../helpers'

const printer = chromiumPrinter()
afterAll(() => printer.close())

const pages = (file: string): string[] => {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], {
      encoding: 'utf8'
    })
  )
}

async function longMatter() {
  const core = openTestCore({ printToPdf: printer.print })
  const detail = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput()))
  const matterId = detail.matter.id
  // Sixty notes: the timeline runs over several pages.
  for (let i = 1; i <= 60; i++)
    ok(
      await core.dispatch('timeline.addEvent', {
        matterId,
        type: 'note',
        date: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`,
        title: `Call with Harwell & Pike about the lantern claims, round ${i}`,
        details: '与对方律师电话沟通：对方同意延期回复，条件是我方先提供销售数据。'
      })
    )
  return { core, matterId }
}

describe('matter report PDF', () => {
  it('with privileged content: the legend on every page, the table header on every page the timeline spans', async () => {
    const { core, matterId } = await longMatter()
    const file = ok(
      await core.dispatch('reports.matter', {
        matterId,
        format: 'pdf',
        lang: 'zh-CN',
        includePrivileged: true
      })
    )
    expect(file.mime).toBe('application/pdf')
    const text = pages(file.path)
    expect(text.length).toBeGreaterThan(2)
    for (const [i, page] of text.entries()) {
      expect(page, `page ${i + 1}`).toContain('特权及保密信息')
      expect(page).toMatch(new RegExp(`${i + 1}\\s*/\\s*${text.length}\\s*$`))
    }
    // The timeline's header row (日期 事件 标题 详情) repeats on each page it continues on.
    const timelinePages = text.filter((p) => p.includes('round '))
    expect(timelinePages.length).toBeGreaterThan(1)
    for (const page of timelinePages) expect(page).toMatch(/日期\s+事件\s+标题\s+详情/)
    // Chinese comes out as text (a font was found), not as boxes or nothing.
    expect(text.join('\n')).toContain('电话沟通')
  }, 60_000)

  it('without privileged content: no legend on any page', async () => {
    const { core, matterId } = await longMatter()
    const file = ok(await core.dispatch('reports.matter', { matterId, format: 'pdf', lang: 'en' }))
    for (const page of pages(file.path)) expect(page).not.toContain('PRIVILEGED')
  }, 60_000)
})
