// Throughput check for computeDeadline (not a test): npx tsx tests/unit/deadlines/bench.ts
import { computeDeadline, RULES, type ComputeDeadlineInput } from '../../../src/shared/deadlines'

const DAY_MS = 86_400_000
const start = Date.UTC(2020, 0, 1)
const triggers = Array.from({ length: 3650 }, (_, i) =>
  new Date(start + i * DAY_MS).toISOString().slice(0, 10)
)

const optionSets: Record<string, Array<Record<string, unknown>>> = {
  'us.frcp.answer-waiver': [{}, { abroad: true }],
  'us.frcp.tro-expiry': [{}, { days: 10 }],
  'cn.cpl.answer': [{}, { abroad: true }],
  'de.zpo.defence-notice': [{ state: 'BY' }, { abroad: true, state: 'NW' }],
  'upc.rop.defence': [{}, { memberState: 'FR' }],
  'us.frcp.answer': [{}, { district: 'N.D. Ill.' }],
  'us.frap.notice-of-appeal': [{}, { district: 'C.D. Cal.' }],
  'cn.cpl.appeal': [{}, { decision: 'ruling' }, { abroad: true }],
  'de.zpo.berufung': [{ state: 'BY' }, { state: 'NW', pronouncedOn: '2019-06-30' }],
  'de.zpo.einspruch': [{ state: 'HH' }, { abroad: true }],
  'upc.rop.appeal': [{}, { against: 'order', memberState: 'Munich' }],
  'upc.rop.preliminary-objection': [{ memberState: 'Düsseldorf' }],
  'letter.asserted': [
    { days: 14 },
    { days: 14, jurisdiction: 'DE' },
    { days: 10, basis: 'business' },
    { days: 30, basis: 'business', jurisdiction: 'CN' }
  ]
}

const inputs: ComputeDeadlineInput[] = []
for (const rule of RULES) {
  for (const options of optionSets[rule.id] ?? [{}]) {
    for (let i = 0; i < triggers.length; i += 7) {
      inputs.push({
        rule: rule.id,
        trigger: triggers[i] ?? '2026-01-01',
        options,
        closures: i % 5 === 0 ? ['2026-12-24'] : []
      })
    }
  }
}

// Best of 5 rounds, since a shared 2-core machine adds noise from other processes.
function measure(list: readonly ComputeDeadlineInput[], calls: number): number {
  let best = 0
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now()
    for (let i = 0; i < calls; i++) computeDeadline(list[i % list.length] as ComputeDeadlineInput)
    best = Math.max(best, calls / ((performance.now() - t0) / 1000))
  }
  return best
}

const cold = performance.now()
computeDeadline({ rule: 'us.frcp.answer', trigger: '2026-12-04' })
console.log(`first call (builds the US holiday table): ${(performance.now() - cold).toFixed(1)} ms`)

measure(inputs, inputs.length) // warm every holiday year used below
const mixed = measure(inputs, 200_000)
console.log(
  `mixed rules, ${inputs.length} distinct inputs: ${Math.round(mixed).toLocaleString('en-US')} calls/s`
)
for (const rule of RULES) {
  const subset = inputs.filter((x) => x.rule === rule.id)
  console.log(
    `  ${rule.id.padEnd(30)} ${Math.round(measure(subset, 50_000)).toLocaleString('en-US')} calls/s`
  )
}
