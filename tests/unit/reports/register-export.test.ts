// The register leaves IP Desk as a spreadsheet counsel can hand on: what the screen shows (its
// filters, search and sort), Chinese intact, dates and numbers typed, and no cell that a
// spreadsheet would run as a formula.
import fs from 'node:fs'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { ok, openTestCore, patentLetterInput } from '../helpers'

// What an opposing party (or a scraped store name) might put in a field to run in Excel.
const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  '+1 (555) 010-2030 Holdings',
  '-2+3 Trading',
  '@SUM(A1:A9) GmbH',
  '\tTabbed Co.',
  '\rCarriage Return Ltd.'
]

async function seed() {
  const core = openTestCore()
  const { dispatch } = core
  ok(
    await dispatch(
      'matters.logWarningLetter',
      patentLetterInput({ title: 'Brightline lantern patents', rightsHolder: 'Brightline Outdoor Inc.' })
    )
  )
  for (const [i, rightsHolder] of HOSTILE.entries())
    ok(
      await dispatch('matters.create', {
        kind: 'marketplace_complaint',
        title: `Takedown ${i + 1}`,
        rightsHolder,
        marketplace: 'Amazon.de'
      })
    )
  ok(
    await dispatch('matters.create', {
      kind: 'warning_letter',
      title: '深圳市光明户外用品有限公司 律师函',
      rightsHolder: '深圳市光明户外用品有限公司'
    })
  )
  return core
}

/** The data rows under the header row (the preamble says what, as of when, which filters). */
function csvRecords(file: string): { preamble: string[]; header: string[]; rows: string[][]; raw: Buffer } {
  const raw = fs.readFileSync(file)
  const records = parse(raw, { bom: true, relax_column_count: true }) as string[][]
  const headerAt = records.findIndex((r) => r.length > 1)
  return {
    preamble: records.slice(0, headerAt).map((r) => r[0] ?? ''),
    header: records[headerAt]!,
    rows: records.slice(headerAt + 1),
    raw
  }
}

describe('register export', () => {
  it('writes CSV as UTF-8 with a BOM, every matter on screen in the screen’s order, Chinese intact', async () => {
    const { dispatch } = await seed()
    const file = ok(
      await dispatch('reports.register', { format: 'csv', lang: 'en', sort: 'title', direction: 'asc' })
    )
    const { raw, header, rows, preamble } = csvRecords(file.path)
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(header.slice(0, 5)).toEqual(['Reference', 'Title', 'Kind', 'Status', 'Rights holder'])
    const onScreen = ok(await dispatch('matters.list', { sort: 'title', direction: 'asc', limit: 100 })).rows
    expect(rows.map((r) => r[0])).toEqual(onScreen.map((m) => m.reference))
    expect(rows.find((r) => r[1] === '深圳市光明户外用品有限公司 律师函')?.[4]).toBe(
      '深圳市光明户外用品有限公司'
    )
    expect(preamble[1]).toBe('As of 2026-11-29 09:00 UTC')
    expect(file.rows).toBe(8)
  })

  it('neutralises a rights holder that starts with =, +, -, @, tab or carriage return (a leading apostrophe)', async () => {
    const { dispatch } = await seed()
    const file = ok(
      await dispatch('reports.register', { format: 'csv', lang: 'en', kinds: ['marketplace_complaint'] })
    )
    const holders = csvRecords(file.path).rows.map((r) => r[4])
    // The core trims what is typed, so the tab and CR cases arrive as their text: still inert.
    for (const hostile of HOSTILE.map((h) => h.trim())) {
      const cell = holders.find((h) => h?.endsWith(hostile))
      expect(cell, hostile).toBeDefined()
      if (/^[=+\-@\t\r]/.test(hostile)) expect(cell).toBe(`'${hostile}`)
    }
    for (const cell of holders) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })

  it('keeps the filters, the search and the sort of the screen', async () => {
    const { dispatch } = await seed()
    const query = {
      search: 'Takedown',
      kinds: ['marketplace_complaint' as const],
      sort: 'title' as const,
      direction: 'desc' as const
    }
    const file = ok(await dispatch('reports.register', { ...query, format: 'csv', lang: 'en' }))
    const { rows, preamble } = csvRecords(file.path)
    expect(rows.map((r) => r[1])).toEqual([
      'Takedown 6',
      'Takedown 5',
      'Takedown 4',
      'Takedown 3',
      'Takedown 2',
      'Takedown 1'
    ])
    expect(preamble[2]).toBe('Filters: “Takedown”, Marketplace complaint')
  })

  it('writes XLSX with dates as date cells, text as text cells and no formula anywhere', async () => {
    const { dispatch } = await seed()
    const file = ok(await dispatch('reports.register', { format: 'xlsx', lang: 'zh-CN', sort: 'reference' }))
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file.path)
    const sheet = book.worksheets[0]!
    expect(sheet.name).toBe('案件登记表')
    let headerRow = 0
    sheet.eachRow((row, n) => {
      if (!headerRow && row.getCell(2).value === '标题') headerRow = n
    })
    expect(headerRow).toBeGreaterThan(0)
    const letter = ok(await dispatch('matters.list', { search: 'Brightline', limit: 10 })).rows[0]!
    const holders: unknown[] = []
    sheet.eachRow((row, n) => {
      if (n <= headerRow) return
      row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula))
      holders.push(row.getCell(5).value)
      if (row.getCell(1).value === letter.reference) {
        const due = row.getCell(8)
        expect(due.type).toBe(ExcelJS.ValueType.Date)
        expect((due.value as Date).toISOString().slice(0, 10)).toBe('2026-11-02')
        expect(due.numFmt).toBe('yyyy-mm-dd')
        expect(row.getCell(3).value).toBe('警告函')
      }
    })
    expect(holders).toContain('\'=HYPERLINK("http://evil.example","click")')
    expect(holders).toContain("'-2+3 Trading")
    expect(holders).toContain('深圳市光明户外用品有限公司')
  })

  it('records each export in the audit log with what was exported', async () => {
    const core = await seed()
    const file = ok(
      await core.dispatch('reports.register', { format: 'csv', lang: 'en', statuses: ['open'] })
    )
    const row = core.workspace.ctx.sqlite
      .prepare("select action, entity, after_json from audit_log where action = 'export_register'")
      .get() as { action: string; entity: string; after_json: string }
    expect(JSON.parse(row.after_json)).toMatchObject({
      fileName: file.fileName,
      format: 'csv',
      rows: 8,
      statuses: ['open'],
      asOf: file.asOf
    })
  })

  it('refuses an unknown format with a field error and writes nothing', async () => {
    const core = await seed()
    const result = await core.dispatch('reports.register', { format: 'xls' as 'csv', lang: 'en' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatchObject({ code: 'validation', fields: { format: 'invalid' } })
    expect(fs.existsSync(`${core.dir}/exports`)).toBe(false)
  })
})
