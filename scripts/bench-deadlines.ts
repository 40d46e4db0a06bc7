// Deadline figures for `npm run bench` (issue 3): the calendar month across the seeded 100,000
// deadlines, computeDeadline throughput, and recomputing 50 dependants of a corrected trigger.
import type { CoreContext } from '../src/main/core/kernel/context'
import type { Dispatch } from '../src/main/core/kernel/dispatch'
import type { CallInput } from '../src/shared/contract'
import { computeDeadline, RULES, type ComputeDeadlineInput } from '../src/shared/deadlines'

export interface DeadlineFigure {
  p50_ms: number
  p95_ms: number
  runs: number
  calls_per_s?: number
  note?: string
}

const round = (n: number): number => Math.round(n * 1000) / 1000

function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN
}

async function timed(runs: number, fn: (i: number) => unknown): Promise<DeadlineFigure> {
  for (let i = 0; i < Math.min(5, runs); i++) await fn(i) // warm caches and JIT
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    await fn(i)
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  times.sort((a, b) => a - b)
  return { p50_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)), runs }
}

const MONTHS = Array.from({ length: 12 }, (_, m) => {
  const month = String(m + 1).padStart(2, '0')
  const last = new Date(Date.UTC(2026, m + 1, 0)).getUTCDate()
  return { from: `2026-${month}-01`, to: `2026-${month}-${last}` }
})

/** Every rule with its default options, triggers spread over 2024-2028 (weekends, holidays, month ends). */
function computeInputs(): ComputeDeadlineInput[] {
  const inputs: ComputeDeadlineInput[] = []
  for (let day = 0; day < 5 * 365; day += 3) {
    const trigger = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10)
    for (const rule of RULES) inputs.push({ rule: rule.id, trigger, options: {} })
  }
  return inputs
}

function computeFigures(): DeadlineFigure {
  const inputs = computeInputs()
  for (let i = 0; i < 20_000; i++) computeDeadline(inputs[i % inputs.length]!) // warm up
  const calls = 200_000
  const start = process.hrtime.bigint()
  for (let i = 0; i < calls; i++) computeDeadline(inputs[i % inputs.length]!)
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const times: number[] = []
  for (let i = 0; i < 50_000; i++) {
    const t0 = process.hrtime.bigint()
    computeDeadline(inputs[(i * 7) % inputs.length]!)
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  times.sort((a, b) => a - b)
  return {
    calls_per_s: Math.round(calls / seconds),
    p50_ms: round(percentile(times, 50)),
    p95_ms: round(percentile(times, 95)),
    runs: times.length,
    note: `${RULES.length} rules x ${inputs.length / RULES.length} triggers; target > 100,000 calls/s`
  }
}

const DEPENDANT_RULES = [
  'us.frcp.answer',
  'us.ptab.ipr-bar',
  'us.itc.response',
  'us.dmca.restore-window',
  'us.frcp.tro-expiry'
]

/** A complaint served on seeded matter 1 with 50 deadlines counted from it; the service date is then corrected back and forth. */
async function recomputeFigure(dispatch: Dispatch, ctx: CoreContext): Promise<DeadlineFigure> {
  const matterId = 1
  const added = await dispatch('timeline.addEvent', {
    matterId,
    type: 'complaint_served',
    date: '2026-12-04',
    title: 'Bench: complaint served'
  })
  if (!added.ok) throw new Error(`bench setup: ${JSON.stringify(added.error)}`)
  const { id: eventId } = ctx.sqlite
    .prepare('select max(id) as id from timeline_events where matter_id = ?')
    .get(matterId) as { id: number }
  const deadlines: CallInput<'deadlines.addMany'>['deadlines'] = Array.from({ length: 50 }, (_, i) => ({
    matterId,
    ruleId: DEPENDANT_RULES[i % DEPENDANT_RULES.length]!,
    triggerEventId: eventId
  }))
  const saved = await dispatch('deadlines.addMany', { deadlines })
  if (!saved.ok) throw new Error(`bench setup: ${JSON.stringify(saved.error)}`)
  let moved = 0
  const figure = await timed(40, async (i) => {
    const result = await dispatch('timeline.updateEvent', {
      id: eventId,
      date: i % 2 === 0 ? '2026-12-03' : '2026-12-04'
    })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    moved = result.value.moved.length
  })
  return {
    ...figure,
    note: `${moved} of 50 moved per correction, one transaction with audit rows; target < 20 ms`
  }
}

export async function deadlineFigures(options: {
  dispatch: Dispatch
  ctx: CoreContext
  log: (line: string) => void
}): Promise<Record<string, DeadlineFigure>> {
  const { dispatch, ctx, log } = options
  const figures: Record<string, DeadlineFigure> = {}
  const month = (i: number) => MONTHS[i % MONTHS.length]!
  // What the month view asks for: a few per day (the cell shows "+N more"), every day counted.
  figures['calendar.month'] = {
    ...(await timed(200, (i) => dispatch('calendar.range', { ...month(i), perDay: 10 }))),
    note: 'month view (10 per day, all counted), deadlines and hearings; target p95 < 10 ms'
  }
  // Hearings have no (type, date) index yet: this isolates the deadline layer.
  figures['calendar.month_deadlines'] = {
    ...(await timed(200, (i) =>
      dispatch('calendar.range', { ...month(i), perDay: 10, include: ['deadlines'] })
    )),
    note: 'the same month view without the hearings layer'
  }
  const sample = await dispatch('calendar.range', { ...month(5), include: ['deadlines'] })
  const perMonth = sample.ok ? sample.value.total : NaN
  figures['calendar.month_all'] = {
    ...(await timed(60, (i) =>
      dispatch('calendar.range', { ...month(i), limit: 10_000, include: ['deadlines'] })
    )),
    note: `every deadline of the month as an item (${perMonth} in June 2026), no hearings`
  }
  figures['deadline.compute'] = computeFigures()
  figures['deadline.recompute_50'] = await recomputeFigure(dispatch, ctx)
  log(`  deadline.compute: ${figures['deadline.compute'].calls_per_s?.toLocaleString('en-US')} calls/s`)
  for (const [name, f] of Object.entries(figures)) if (f.note) log(`  ${name}: ${f.note}`)
  return figures
}
