import { addYearsClamped, type Day, fromDay, monthBounds, toDay } from './dates'
import { line, money, type LineOptions } from './lines'
import type { AssertedRight, CurrencyTotal, ExposureLine, MonthlySales, SalesWindow } from './types'

/**
 * Sales in a window, per currency (different currencies are never added). A month counts when any
 * day of it lies in the window; a month only partly inside is counted in full and listed, so the
 * figure is an upper bound that counsel can see through.
 */
export function salesTotals(sales: readonly MonthlySales[], from: Day, to: Day): CurrencyTotal[] {
  if (from > to) return []
  const byCurrency = new Map<
    string,
    { units: number; revenue: number; months: Set<string>; partial: Set<string> }
  >()
  for (const s of sales) {
    const { first, last } = monthBounds(s.month)
    if (last < from || first > to) continue
    let t = byCurrency.get(s.currency)
    if (!t) {
      t = { units: 0, revenue: 0, months: new Set(), partial: new Set() }
      byCurrency.set(s.currency, t)
    }
    t.units += s.units
    t.revenue += s.revenue
    t.months.add(s.month)
    if (first < from || last > to) t.partial.add(s.month)
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, t]) => ({
      currency,
      units: t.units,
      // Cents, so adding many months never shows binary-float tails.
      revenue: Math.round(t.revenue * 100) / 100,
      months: [...t.months].sort(),
      partialMonths: [...t.partial].sort()
    }))
}

function totalLines(
  code: string,
  totals: readonly CurrencyTotal[],
  params: Record<string, string | number>,
  opts: { rightId?: string; citation?: string }
): ExposureLine[] {
  // One options object for every line of the window (a portfolio's matter makes hundreds).
  const dated: LineOptions = {
    section: 'money',
    ...opts,
    ...(params.from ? { date: String(params.from) } : {})
  }
  if (totals.length === 0) return [line(`${code}.none`, params, dated)]
  const lines: ExposureLine[] = []
  const currency = `${code}.currency`
  for (const t of totals) {
    const p: Record<string, string | number> = { ...params }
    p.currency = t.currency
    p.units = t.units
    p.revenue = money(t.revenue)
    p.months = t.months.length
    lines.push(line(currency, p, dated))
  }
  const partial =
    totals.length === 1
      ? totals[0]!.partialMonths
      : [...new Set(totals.flatMap((t) => t.partialMonths))].sort()
  if (partial.length > 0) {
    lines.push(
      line(
        'money.partial-months',
        { months: partial.join(', ') },
        { section: 'money', ...opts, severity: 'note' }
      )
    )
  }
  return lines
}

export interface VersionSalesContext {
  readonly version: string
  readonly sales: readonly MonthlySales[]
  readonly notice: Day | undefined
  readonly asOf: Day
  readonly filed: Day | undefined
}

/** Sales after the version's first notice, to asOf. */
export function afterNoticeWindow(ctx: VersionSalesContext): { window?: SalesWindow; lines: ExposureLine[] } {
  if (ctx.sales.length === 0)
    return { lines: [line('money.no-figures', { version: ctx.version }, { section: 'money' })] }
  if (ctx.notice === undefined) return { lines: [] }
  const totals = salesTotals(ctx.sales, ctx.notice, ctx.asOf)
  const from = fromDay(ctx.notice)
  const to = fromDay(ctx.asOf)
  return {
    window: { kind: 'after_notice', from, to, totals },
    lines: totalLines('money.after-notice', totals, { version: ctx.version, from, to }, {})
  }
}

const CITE_286 = '35 USC 286'

/**
 * A US patent's windows: sales after notice, and sales in the damages period (from the 287(a)
 * start), each within the term and the six years before the complaint (before asOf if none):
 * "no recovery shall be had for any infringement committed more than six years prior to the
 * filing of the complaint or counterclaim for infringement in the action" (35 USC 286).
 */
export function patentWindows(
  ctx: VersionSalesContext,
  right: AssertedRight,
  rightNotice: Day | undefined,
  damagesStart: Day | undefined
): { windows: SalesWindow[]; lines: ExposureLine[] } {
  const lines: ExposureLine[] = []
  const windows: SalesWindow[] = []
  if (ctx.sales.length === 0) return { windows, lines }
  const basis = ctx.filed ?? ctx.asOf
  const cutoffIso = addYearsClamped(fromDay(basis), -6)
  const cutoff = toDay(cutoffIso)
  const grant = right.grantDate === undefined ? undefined : toDay(right.grantDate)
  const expiry = right.expiryDate === undefined ? undefined : toDay(right.expiryDate)
  const end = expiry === undefined ? ctx.asOf : Math.min(expiry, ctx.asOf)
  const to = fromDay(end)
  const opts = { rightId: right.id, citation: '35 USC 284, 286, 287(a)' }
  let cut = false
  const windowFrom = (start: Day): Day => {
    const floor = Math.max(start, grant ?? start)
    if (cutoff > floor) cut = true
    return Math.max(floor, cutoff)
  }
  for (const [kind, start, code] of [
    ['after_notice', rightNotice, 'money.patent.after-notice'],
    ['damages_period', damagesStart, 'money.patent.damages']
  ] as const) {
    if (start === undefined) continue
    const from = windowFrom(start)
    if (from > end) {
      windows.push({ kind, rightId: right.id, to, totals: [] })
      lines.push(
        line(
          `${code}.empty`,
          { version: ctx.version, right: right.number, to },
          { section: 'money', ...opts }
        )
      )
      continue
    }
    const totals = salesTotals(ctx.sales, from, end)
    windows.push({ kind, rightId: right.id, from: fromDay(from), to, totals })
    lines.push(
      ...totalLines(
        code,
        totals,
        { version: ctx.version, right: right.number, from: fromDay(from), to },
        opts
      )
    )
  }
  if (cut) {
    lines.push(
      ctx.filed === undefined
        ? line(
            'money.lookback.as-of',
            { right: right.number, cutoff: cutoffIso, asOf: fromDay(ctx.asOf) },
            { section: 'money', severity: 'note', citation: CITE_286, rightId: right.id, date: cutoffIso }
          )
        : line(
            'money.lookback.complaint',
            { right: right.number, cutoff: cutoffIso, filed: fromDay(ctx.filed) },
            { section: 'money', severity: 'note', citation: CITE_286, rightId: right.id, date: cutoffIso }
          )
    )
  }
  if (expiry !== undefined && expiry < ctx.asOf && windows.some((w) => w.from !== undefined)) {
    lines.push(
      line(
        'money.term-ended',
        { right: right.number, expiry: fromDay(expiry) },
        {
          section: 'money',
          severity: 'note',
          citation: '35 USC 154(a)(2)',
          rightId: right.id,
          date: fromDay(expiry)
        }
      )
    )
  }
  return { windows, lines }
}
