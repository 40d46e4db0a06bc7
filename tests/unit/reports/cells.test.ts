// Formula injection at the level of one cell: whatever reaches a report's table (an imported
// store name, a Schedule A line) cannot run in Excel, LibreOffice or Google Sheets, while a
// number the core computed (days overdue, counts, a negative balance) stays a number.
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { inertText, tableCsv, tableXlsx, type Table } from '../../../src/main/core/reports/table'

const table: Table = {
  sheet: 'Cells',
  preamble: ['=not a formula either'],
  columns: [
    { header: 'Name', type: 'text' },
    { header: 'Days', type: 'number' },
    { header: 'Due', type: 'date' }
  ],
  rows: [
    ['=1+1', -3, '2026-12-01'],
    ['+49 30 1234', 0, null],
    ['-cmd|" /C calc"!A0', 12.5, '2027-02-28'],
    ['@SUM(A1)', 7, null],
    ['\t=1+1', 1, null],
    ['\r=1+1', 2, null],
    ['Plain name, with a comma', 3, null]
  ]
}

describe('report cells', () => {
  it('prefixes an apostrophe to text starting with = + - @ tab or CR, and leaves other text alone', () => {
    expect(['=A', '+A', '-A', '@A', '\tA', '\rA', 'A=', ' =A'].map(inertText)).toEqual([
      "'=A",
      "'+A",
      "'-A",
      "'@A",
      "'\tA",
      "'\rA",
      'A=',
      ' =A'
    ])
  })

  it('CSV read back: every such text cell is inert, numbers parse as numbers, negative ones too', () => {
    const records = parse(tableCsv(table), {
      bom: true,
      relax_column_count: true,
      cast: (value, context) =>
        context.quoting || value === '' || Number.isNaN(Number(value)) ? value : Number(value)
    }) as (string | number)[][]
    expect(records[0]).toEqual(["'=not a formula either"])
    const rows = records.slice(3)
    expect(rows.map((r) => r[0])).toEqual([
      "'=1+1",
      "'+49 30 1234",
      `'-cmd|" /C calc"!A0`,
      "'@SUM(A1)",
      "'\t=1+1",
      "'\r=1+1",
      'Plain name, with a comma'
    ])
    expect(rows.map((r) => r[1])).toEqual([-3, 0, 12.5, 7, 1, 2, 3])
    expect(rows[0]![2]).toBe('2026-12-01')
  })

  it('XLSX read back: text cells are strings, numbers numbers, dates dates; no formula', async () => {
    const book = new ExcelJS.Workbook()
    const bytes = await tableXlsx(table, new Date('2026-11-29T09:00:00Z'))
    await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0])
    const sheet = book.worksheets[0]!
    const row = sheet.getRow(4)
    expect(row.getCell(1).value).toBe("'=1+1")
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String)
    expect(row.getCell(2).value).toBe(-3)
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number)
    expect((row.getCell(3).value as Date).toISOString()).toBe('2026-12-01T00:00:00.000Z')
    sheet.eachRow((r) => r.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)))
    // XML reads a CR back as a line feed; the apostrophe still leads.
    expect(sheet.getRow(9).getCell(1).value).toMatch(/^'[\r\n]=1\+1$/)
  })
})
