// Speed of the exposure engine (not a test): npx tsx tests/unit/exposure/bench.ts
import {
  computeExposure,
  computePortfolio,
  type AccusedVersion,
  type CounselOpinion,
  type ListingStatus,
  type ExposureInput,
  type PortfolioMatter
} from '../../../src/shared/exposure'

export interface BenchFigure {
  readonly name: string
  /** Milliseconds per call. */
  readonly p50: number
  readonly p95: number
  /** The same in CPU time of this process, which a loaded machine inflates less than wall time. */
  readonly cpuP50: number
  readonly cpuP95: number
}

const MARKETS = ['Amazon.com', 'Amazon.de', 'Walmart.com', 'eBay.com', 'Temu.com']
const CURRENCY: Record<string, string> = { 'Amazon.de': 'EUR' }

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** A matter with `versions` versions of `listingsPer` listings each, `opinions` opinions and 24 months of sales. */
export function benchMatter(
  id: string,
  versions: number,
  listingsPer: number,
  opinions: number
): ExposureInput {
  const vs: AccusedVersion[] = []
  for (let v = 0; v < versions; v++) {
    const listings = []
    for (let l = 0; l < listingsPer; l++) {
      const market = MARKETS[l % MARKETS.length] ?? 'Amazon.com'
      const history = [
        { date: iso(2025, 1 + (l % 12), 1 + (v % 28)), status: 'live' as ListingStatus },
        { date: iso(2026, 10, 25), status: 'suspended' as const, reason: 'APEX' },
        { date: iso(2026, 11, 2), status: 'reinstated' as const }
      ]
      if (l % 3 === 0) history.push({ date: iso(2026, 11, 10 + (l % 15)), status: 'removed' })
      listings.push({
        id: `${id}-v${v}-l${l}`,
        marketplace: market,
        itemId: `B0${v}${l}`,
        currency: CURRENCY[market] ?? 'USD',
        statusHistory: history
      })
    }
    const monthlySales = []
    for (let m = 0; m < 24; m++) {
      const month = iso(2025 + Math.floor(m / 12), 1 + (m % 12), 1).slice(0, 7)
      monthlySales.push({
        month,
        units: 10 + m,
        revenue: 199.5 * (m + 1),
        currency: 'USD',
        listingId: `${id}-v${v}-l0`
      })
      monthlySales.push({ month, units: 3, revenue: 40, currency: 'EUR', listingId: `${id}-v${v}-l1` })
    }
    vs.push({
      id: `${id}-v${v}`,
      product: { id: `${id}-p`, name: `P-${id}` },
      versionName: `v${v}`,
      listings,
      monthlySales
    })
  }
  const ops: CounselOpinion[] = []
  for (let o = 0; o < opinions; o++) {
    ops.push({
      id: `${id}-o${o}`,
      type: 'non_infringement',
      counsel: o % 4 === 0 ? 'in_house' : 'outside',
      requestedDate: '2026-10-22',
      ...(o % 5 === 0 ? {} : { deliveredDate: iso(2026, 11, 1 + (o % 25)) }),
      form: o % 6 === 0 ? 'oral' : 'written',
      conclusion: o % 5 === 0 ? 'pending' : o % 7 === 0 ? 'unfavourable' : 'favourable',
      versionIds: [`${id}-v${o % versions}`, `${id}-v${(o * 7) % versions}`],
      covers: [{ rightId: 'u', claims: ['1', '5'] }, { rightId: 'd' }]
    })
  }
  return {
    asOf: '2026-12-01',
    matter: {
      id,
      kind: 'lawsuit',
      complaintFiledDate: '2026-11-05',
      rights: [
        {
          id: 'u',
          type: 'utility_patent',
          number: 'US 11,234,567 B2',
          jurisdiction: 'US',
          grantDate: '2021-03-02',
          claims: ['1', '5', '12'],
          marking: { status: 'not_marked' }
        },
        {
          id: 'd',
          type: 'design_patent',
          number: 'US D987,654',
          jurisdiction: 'US',
          grantDate: '2023-05-02',
          marking: { status: 'marked', since: '2023-06-01' }
        },
        {
          id: 't',
          type: 'trademark',
          number: 'US Reg. 6,000,001',
          jurisdiction: 'US',
          counterfeitAlleged: true
        }
      ]
    },
    notices: [
      { id: 'n1', kind: 'letter', date: '2026-10-20', receivedBy: 'Shenzhen office' },
      { id: 'n2', kind: 'complaint_served', date: '2026-11-12' }
    ],
    versions: vs,
    opinions: ops,
    designArounds: [
      {
        fromVersionId: `${id}-v0`,
        toVersionId: `${id}-v1`,
        avoids: [{ rightId: 'u', claims: ['1'] }],
        clearingOpinionId: `${id}-o1`,
        newVersionLiveDate: '2026-11-15'
      }
    ]
  }
}

function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return Math.round((sorted[Math.max(0, i)] ?? 0) * 100) / 100
}

function time(name: string, runs: number, fn: () => unknown): BenchFigure {
  for (let i = 0; i < 3; i++) fn() // warm the JIT
  const samples: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    fn()
    samples.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
  }
  samples.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  return {
    name,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    cpuP50: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95)
  }
}

/** p50/p95 in ms: one matter (20 versions, 200 listings, 30 opinions); the portfolio (5,000 versions, 50,000 listings). */
export function runExposureBench(): BenchFigure[] {
  const matter = benchMatter('m', 20, 10, 30)
  const matters: PortfolioMatter[] = []
  for (let i = 0; i < 250; i++) {
    const { asOf: _asOf, ...m } = benchMatter(`m${i}`, 20, 10, 30)
    matters.push(m)
  }
  const check = computePortfolio({ asOf: '2026-12-01', matters })
  if (!check.ok || check.rows.length !== 5000) throw new Error('bench portfolio refused')
  return [
    time('exposure: 20 versions, 200 listings, 30 opinions', 200, () => computeExposure(matter)),
    time('portfolio: 5,000 versions, 50,000 listings', 20, () =>
      computePortfolio({ asOf: '2026-12-01', matters })
    )
  ]
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('exposure/bench.ts')) {
  for (const f of runExposureBench()) {
    console.log(
      `${f.name.padEnd(52)} wall p50 ${f.p50} ms, p95 ${f.p95} ms; cpu p50 ${f.cpuP50} ms, p95 ${f.cpuP95} ms`
    )
  }
}
