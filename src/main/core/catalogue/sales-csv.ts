// Sales figures from a CSV (a marketplace report pasted into a sheet): month, units, revenue,
// currency and, optionally, the listing's item id. Each bad row is reported with its line and
// field; good rows are written only when the user confirms, and then all in one transaction.
import { parse } from 'csv-parse/sync'
import type { z } from 'zod'
import {
  SalesRowInput,
  type SalesImportInput,
  type SalesImportResult,
  type SalesImportRowError
} from '../../../shared/contract'
import { inTransaction, type CoreContext } from '../kernel/context'
import { productOfVersion, salesRowErrors, writeSales } from './catalogue'
import { listingsOfVersions } from './repo'

const HEADERS: Record<string, string> = {
  month: 'month',
  月份: 'month',
  units: 'units',
  quantity: 'units',
  数量: 'units',
  销量: 'units',
  revenue: 'revenue',
  sales: 'revenue',
  amount: 'revenue',
  销售额: 'revenue',
  金额: 'revenue',
  currency: 'currency',
  币种: 'currency',
  货币: 'currency',
  listing: 'itemId',
  asin: 'itemId',
  item: 'itemId',
  'item id': 'itemId',
  item_id: 'itemId'
}

type Row = z.output<typeof SalesRowInput>

/** "1,234.50" and "1234.5" read as numbers; anything else is not one. */
function number(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const v = value.trim().replace(/,(?=\d{3}(\D|$))/g, '')
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : Number.NaN
}

export function importSalesCsv(
  ctx: CoreContext,
  input: z.output<typeof SalesImportInput>
): SalesImportResult {
  return inTransaction(ctx, (tx) => {
    productOfVersion(tx, input.versionId)
    const errors: SalesImportRowError[] = []
    let records: { record: string[]; info: { lines: number } }[]
    try {
      records = parse(input.csv.replace(/^\uFEFF/, ''), {
        relax_column_count: true,
        skip_empty_lines: true,
        trim: true,
        info: true
      }) as unknown as { record: string[]; info: { lines: number } }[]
    } catch (e) {
      const line = (e as { lines?: number }).lines ?? 1
      return { good: 0, saved: 0, errors: [{ line, field: 'csv', code: 'csv_unreadable' }] }
    }
    if (!records.length) return { good: 0, saved: 0, errors: [{ line: 1, field: 'csv', code: 'csv_empty' }] }
    const header = records[0]!.record.map((h) => HEADERS[h.trim().toLowerCase()])
    for (const need of ['month', 'units', 'revenue', 'currency'])
      if (!header.includes(need)) errors.push({ line: 1, field: need, code: 'csv_column_missing' })
    if (errors.length) return { good: 0, saved: 0, errors }
    const byItem = new Map(
      listingsOfVersions(tx, [input.versionId])
        .filter((l) => l.itemId)
        .map((l) => [l.itemId!.toUpperCase(), l.id])
    )
    const good: Row[] = []
    for (const { record, info } of records.slice(1)) {
      const cell = (name: string): string | undefined => {
        const i = header.indexOf(name)
        return i >= 0 ? record[i] : undefined
      }
      const item = cell('itemId')
      const listingId = item ? byItem.get(item.toUpperCase()) : undefined
      if (item && listingId === undefined) {
        errors.push({ line: info.lines, field: 'itemId', code: 'unknown_listing' })
        continue
      }
      const parsed = SalesRowInput.safeParse({
        month: cell('month') ?? '',
        units: number(cell('units')),
        revenue: number(cell('revenue')),
        currency: cell('currency') ?? '',
        listingId: listingId ?? null
      })
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          errors.push({
            line: info.lines,
            field: String(issue.path[0] ?? 'row'),
            code: issue.message.includes(' ') ? 'invalid_number' : issue.message
          })
        continue
      }
      const record_ = parsed.data
      const wrong = salesRowErrors(tx, input.versionId, [record_])
      if (wrong.length) {
        for (const w of wrong) errors.push({ line: info.lines, field: w.field, code: w.code })
        continue
      }
      good.push(record_)
    }
    // Good rows are kept only when the user confirms, having seen the errors.
    const saved = input.confirm && good.length ? writeSales(ctx, tx, input.versionId, good) : 0
    return { good: good.length, errors, saved }
  })
}
