// The sample's Schedule A lawsuit, as a real one stands a few weeks after the TRO: the 15 stores
// of its Schedule A (the same fictional list as ../shared/fixtures/complaint-schedule-a.pdf), our
// store LumoraGear among them as Doe No. 9 with its frozen balance and the service email that
// started its answer deadline, and our stores in Settings so the match can be seen.
import { DefendantInput } from '../../../shared/contract'
import type { CoreContext } from '../kernel/context'
import { addDefendant } from '../lawsuits/defendants'
import { getSettings, updateSettings } from './settings'

/** Our store on the sample's Schedule A (Doe No. 9); kept in Settings so the match is certain. */
export const SAMPLE_OWN_STORE = { name: 'LumoraGear', sellerId: 'A2LMRA7QX3K9Z1', marketplace: 'Amazon.com' }

export const SCHEDULE_A: [doe: number, store: string, platform: string, sellerId: string][] = [
  [1, 'BrightTrail Direct', 'Amazon.com', 'A1X9PQ4RT7LM2C'],
  [2, 'GlowNest Outdoor', 'Amazon.com', 'A3KD82JHQ0ZP5V'],
  [3, 'CampLuxe Store', 'Walmart.com', '101456782'],
  [4, 'YiwuHaoguang Store', 'Temu.com', '634418209915432'],
  [5, 'NightPeak Gear', 'eBay.com', 'nightpeak_gear'],
  [6, 'Shenzhen Qiyue Tech', 'Amazon.com', 'A2F7RM1KD9QW3X'],
  [7, 'lanternworld88', 'eBay.com', 'lanternworld88'],
  [8, 'Halo Trek Official Store', 'AliExpress.com', '1103987654'],
  [9, 'LumoraGear', 'Amazon.com', 'A2LMRA7QX3K9Z1'],
  [10, 'Fenghuo Outdoor Co', 'Temu.com', '634418207731209'],
  [11, 'StarCamp Supplies', 'Walmart.com', '101879345'],
  [12, 'QuickLume Home', 'Amazon.com', 'A39ZKW0PLT5N8E'],
  [13, 'TentLight Express', 'AliExpress.com', '1104456123'],
  [14, 'Boreal Beam Shop', 'eBay.com', 'borealbeamshop'],
  [15, 'Guangzhou Yaoxing E-commerce', 'Walmart.com', '101332908']
]

/** Frozen balances (as the platforms reported them) of the Amazon stores, in USD. */
const FROZEN: Record<number, string> = {
  1: '4,812.30',
  2: '1,207.00',
  6: '23,940.18',
  9: '18,437.52',
  12: '655.40'
}

/**
 * Adds the defendants to the lawsuit through the lawsuits service. `d` moves a written date to
 * the sample's calendar. Doe 9's service email (2026-11-23, a Monday) makes its answer due
 * 2026-12-14, 21 days later (FRCP 12(a)(1)(A)(i)), open on the day the sample was written.
 */
export function addSampleDefendants(ctx: CoreContext, matterId: number, d: (iso: string) => string): void {
  const stores = getSettings(ctx).ownStores
  if (!stores.some((s) => s.sellerId === SAMPLE_OWN_STORE.sellerId)) {
    updateSettings(ctx, { ownStores: [...stores, SAMPLE_OWN_STORE] })
  }
  for (const [doe, store, platform, sellerId] of SCHEDULE_A) {
    const amazon = platform === 'Amazon.com'
    const frozen = FROZEN[doe]
    addDefendant(
      ctx,
      DefendantInput.parse({
        matterId,
        doe,
        store,
        platform,
        sellerId,
        ours: sellerId === SAMPLE_OWN_STORE.sellerId,
        troDate: d('2026-09-15'),
        altServiceOrderDate: d('2026-09-15'),
        // Amazon restrained the others' balances at once; ours it restrained (and told us) in November.
        ...(frozen
          ? {
              frozenAmount: frozen,
              frozenCurrency: 'USD',
              frozenOn: d(doe === 9 ? '2026-11-20' : '2026-09-18')
            }
          : {}),
        ...(amazon && doe !== 9 ? { servedOn: d('2026-09-21') } : {}),
        ...(doe === 9 ? { servedOn: d('2026-11-23'), notes: 'Service email from Harwell & Pike LLP' } : {}),
        // Two stores settled and were dismissed; one of them has its funds back.
        ...(doe === 2
          ? {
              appearanceDate: d('2026-10-05'),
              settlementOfferedOn: d('2026-10-12'),
              settlementAmount: '2,500.00',
              settlementCurrency: 'USD',
              dismissedOn: d('2026-10-30'),
              fundsReleasedOn: d('2026-11-06')
            }
          : {}),
        ...(doe === 12 ? { appearanceDate: d('2026-10-09') } : {})
      })
    )
  }
}
