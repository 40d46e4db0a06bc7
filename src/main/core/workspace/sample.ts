// "Load sample workspace": a few realistic, fictional matters so a new user sees a working
// app in seconds. Every company, person and number here is made up.
import { DeadlineInput, EventInput, MatterCreateInput, WarningLetterInput } from '../../../shared/contract'
import { addCalendarDays, computeDeadline, daysBetween } from '../../../shared/deadlines'
import type { CoreContext, Tx } from '../kernel/context'
import { setListingStatus } from '../catalogue/catalogue'
import { refreshMatters } from '../matters/parts'
import { addDeadline, setDeadlineStatus } from '../deadlines/deadlines'
import { AppError } from '../kernel/errors'
import { createMatter, setMatterStatus } from '../matters/matters'
import { countMatters } from '../matters/register'
import { addTimelineEvent } from '../timeline/timeline'
import { logWarningLetter } from '../intake/warning-letter'
import { addSampleDefendants } from './sample-lawsuit'
import { attachSampleCaseDocuments, type SampleCase } from './sample-documents'
import type { Workspace } from './workspace'

/**
 * The Schedule A lawsuit's reference, stable for scripts and end-to-end tests (2026-LIT-001 when
 * loaded in 2026). It holds: the case fields (N.D. Ill., Eastern Division, 1:26-cv-04321, Judge
 * Vollmer, Magistrate Judge Lindahl, filed 2026-09-08), the complaint's events (filed, TRO,
 * Amazon's restraint notice), the 15 defendants of its Schedule A with our store LumoraGear as
 * Doe No. 9 (seller id A2LMRA7QX3K9Z1, USD 18,437.52 frozen, served by email 2026-11-23) and its
 * open answer deadline (us.frcp.answer, due 2026-12-14), LumoraGear among our stores in
 * Settings, and two PDF documents of kind complaint written on load (sample-documents.ts): the
 * complaint and its Schedule A ("Schedule A 1-26-cv-04321.pdf", the 15 stores as a table). Dates move with the sample's calendar (whole weeks from 2026-11-25).
 */
export const SAMPLE_LAWSUIT_REFERENCE = (year: string): string => `${year}-LIT-001`

function letterDeadline(trigger: string, days: number) {
  const { due } = computeDeadline({ rule: 'letter.asserted', trigger, options: { days, basis: 'calendar' } })
  return { days, basis: 'calendar' as const, from: 'letter_date' as const, due, overrideReason: null }
}

// The sample was written as of this day; loaded later, every date moves by whole weeks so a new
// user always sees upcoming deadlines and the weekdays (and so the deadline arithmetic) hold.
const WRITTEN_ON = '2026-11-25'

function sampleCalendar(today: string): (iso: string) => string {
  const weeks = Math.floor(daysBetween(WRITTEN_ON, today) / 7)
  return (iso) => addCalendarDays(iso, weeks * 7)
}

/** Loads the sample: its matters, then the lawsuit's complaint and Schedule A as documents. */
export async function loadSampleWorkspace(ws: Workspace): Promise<{ created: number }> {
  const { created, lawsuit } = writeSampleMatters(ws.ctx)
  await attachSampleCaseDocuments(ws, lawsuit)
  return { created }
}

function writeSampleMatters(ctx: CoreContext): { created: number; lawsuit: SampleCase } {
  const existing = countMatters(ctx)
  if (existing > 0) throw new AppError('workspace_not_empty', { params: { count: existing } })
  const d = sampleCalendar(ctx.today())
  const year = d(WRITTEN_ON).slice(0, 4)
  const caseNo = `1:${year.slice(2)}-cv-04321`

  const arcwell = logWarningLetter(
    ctx,
    WarningLetterInput.parse({
      title: 'Arcwell Home — magnetic cable organizer patent letter',
      letterDate: d('2026-11-16'),
      receivedDate: d('2026-11-18'),
      rightsHolder: 'Arcwell Home Inc.',
      senderFirm: 'Brandt Castillo LLP',
      senderAttorney: 'Rachel M. Ostrowski',
      senderEmail: 'rostrowski@brandtcastillo.example',
      senderReference: `ARC-${year}-118`,
      jurisdiction: 'US',
      marketplace: 'Amazon.com',
      ipRights: [
        {
          type: 'utility_patent',
          number: 'US 10,876,543 B1',
          jurisdiction: 'US',
          title: 'Magnetic cable organizer'
        }
      ],
      products: [
        {
          name: 'Magnetic cable clip set (6 pcs)',
          sku: 'LG-CC06',
          marketplaceItemId: 'B0D2468135',
          marketplace: 'Amazon.com',
          listingUrl: 'https://www.amazon.com/dp/B0D2468135'
        }
      ],
      demands:
        'Stop selling the accused clip set, remove the listing, account for all units sold, and confirm in writing.',
      responseDeadline: letterDeadline(d('2026-11-16'), 21),
      letterFile: null
    })
  )

  const zhLetter = logWarningLetter(
    ctx,
    WarningLetterInput.parse({
      title: '暖岚 NUANLAN 商标律师函（速卖通）',
      letterDate: d('2026-11-03'),
      receivedDate: d('2026-11-05'),
      rightsHolder: '杭州暖岚照明科技有限公司',
      senderFirm: '广州澄砚律师事务所',
      senderAttorney: '张知远',
      senderReference: `（${year}）澄砚律函字第1103号`,
      jurisdiction: 'CN',
      marketplace: 'AliExpress.com',
      ipRights: [
        { type: 'trademark', number: '第12345678号', jurisdiction: 'CN', title: '暖岚 NUANLAN（第11类）' }
      ],
      products: [
        {
          name: '折叠露营灯',
          sku: 'LX-200',
          marketplaceItemId: '1005006123456789',
          marketplace: 'AliExpress.com',
          listingUrl: null
        }
      ],
      demands: '立即停止使用"暖岚"标识，下架相关商品链接，并书面答复。',
      responseDeadline: letterDeadline(d('2026-11-03'), 15),
      letterFile: null
    })
  )
  const zhResponse = zhLetter.deadlines[0]
  if (zhResponse) setDeadlineStatus(ctx, { id: zhResponse.id, status: 'done', doneOn: d('2026-11-16') })
  addTimelineEvent(
    ctx,
    EventInput.parse({
      matterId: zhLetter.matter.id,
      type: 'response_sent',
      date: d('2026-11-16'),
      title: '回函：已更换标识并下架两条链接',
      details: null
    })
  )
  setMatterStatus(ctx, { id: zhLetter.matter.id, status: 'negotiating', note: null })

  const takedown = createMatter(
    ctx,
    MatterCreateInput.parse({
      title: 'Amazon takedown — TRAILGLOW trademark complaint',
      kind: 'marketplace_complaint',
      rightsHolder: 'Quarry Outdoor Brands LLC',
      jurisdiction: 'US',
      marketplace: 'Amazon.com',
      senderReference: 'Amazon complaint ID 9876543210',
      ipRights: [
        { type: 'trademark', number: 'US Reg. No. 7,012,345', jurisdiction: 'US', title: 'TRAILGLOW' }
      ],
      products: [
        {
          name: 'Rechargeable LED tent light',
          sku: 'LG-TL10',
          marketplaceItemId: 'B0C9988776',
          marketplace: 'Amazon.com',
          listingUrl: 'https://www.amazon.com/dp/B0C9988776'
        }
      ],
      parties: [
        { role: 'rights_holder', name: 'Quarry Outdoor Brands LLC' },
        { role: 'marketplace', name: 'Amazon Seller Central — Notice Dispute' }
      ]
    })
  )
  addTimelineEvent(
    ctx,
    EventInput.parse({
      matterId: takedown.matter.id,
      type: 'marketplace_complaint_received',
      date: d('2026-11-19'),
      title: 'Amazon notice: trademark complaint by Quarry Outdoor Brands',
      details: null
    })
  )
  addTimelineEvent(
    ctx,
    EventInput.parse({
      matterId: takedown.matter.id,
      type: 'listing_removed',
      date: d('2026-11-20'),
      title: 'Listing B0C9988776 removed after trademark complaint',
      details: 'Seller Central performance notification, policy: intellectual property'
    })
  )
  addDeadline(
    ctx,
    DeadlineInput.parse({
      matterId: takedown.matter.id,
      title: 'Decide: appeal to Amazon or contact rights owner for retraction',
      due: d('2026-12-04')
    })
  )

  const lawsuit = createMatter(
    ctx,
    MatterCreateInput.parse({
      reference: SAMPLE_LAWSUIT_REFERENCE(year),
      title: `Brightline Outdoor v. Schedule A defendants (N.D. Ill. ${caseNo})`,
      kind: 'lawsuit',
      status: 'litigating',
      rightsHolder: 'Brightline Outdoor Inc.',
      jurisdiction: 'US',
      marketplace: 'Amazon.com',
      court: 'U.S. District Court for the Northern District of Illinois',
      division: 'Eastern Division',
      caseNumber: caseNo,
      judge: 'Harriet M. Vollmer',
      magistrateJudge: 'Curtis A. Lindahl',
      filingDate: d('2026-09-08'),
      ipRights: [
        {
          type: 'utility_patent',
          number: 'US 11,234,567 B2',
          jurisdiction: 'US',
          title: 'Collapsible Lantern with Telescoping Diffuser'
        },
        { type: 'design_patent', number: 'US D987,654', jurisdiction: 'US', title: 'Camping Lantern' }
      ],
      products: [{ name: 'Folding camping lantern LX-200', sku: 'LX-200', marketplace: 'Amazon.com' }],
      parties: [
        { role: 'rights_holder', name: 'Brightline Outdoor Inc.' },
        { role: 'sender_firm', name: 'Harwell & Pike LLP' },
        {
          role: 'sender_attorney',
          name: 'Daniel R. Mercer',
          organisation: 'Harwell & Pike LLP',
          email: 'dmercer@harwellpike.example'
        },
        { role: 'court', name: 'U.S. District Court for the Northern District of Illinois' }
      ]
    })
  )
  for (const event of [
    {
      type: 'complaint_filed',
      date: d('2026-09-08'),
      title: 'Complaint filed with Schedule A (15 defendants)'
    },
    { type: 'order_entered', date: d('2026-09-15'), title: 'Ex parte TRO and asset restraint entered' },
    { type: 'note', date: d('2026-11-24'), title: 'Amazon notified us of the asset restraint on our account' }
  ] as const) {
    addTimelineEvent(ctx, EventInput.parse({ matterId: lawsuit.matter.id, details: null, ...event }))
  }
  addSampleDefendants(ctx, lawsuit.matter.id, d)

  const clearance = createMatter(
    ctx,
    MatterCreateInput.parse({
      title: 'Pre-launch clearance — LX-300 solar lantern (US, DE)',
      kind: 'clearance',
      jurisdiction: 'US',
      marketplace: 'Amazon.com',
      notes: `Freedom-to-operate search before the Q1 ${Number(year) + 1} launch on Amazon.com and Amazon.de.`,
      products: [{ name: 'LX-300 solar lantern', sku: 'LX-300', marketplace: 'Amazon.com' }],
      parties: [
        { role: 'our_counsel', name: 'Margaret S. Lindqvist', organisation: 'Okafor Lindqvist & Reyes LLP' }
      ]
    })
  )
  addTimelineEvent(
    ctx,
    EventInput.parse({
      matterId: clearance.matter.id,
      type: 'note',
      date: d('2026-11-12'),
      title: 'FTO search commissioned from Okafor Lindqvist & Reyes LLP',
      details: null
    })
  )
  addDeadline(
    ctx,
    DeadlineInput.parse({
      matterId: clearance.matter.id,
      title: 'FTO opinion needed before launch',
      due: d('2027-01-15')
    })
  )

  // The listings' history, so the exposure view has something to say: the clip set is still
  // live after the letter; the tent light was live until Amazon removed it.
  const follow = (tx: Tx, ids: number[]): void => refreshMatters(ctx, tx, ids)
  const listing = (detail: { products: { listingId: number | null }[] }): number | null =>
    detail.products[0]?.listingId ?? null
  const clip = listing(arcwell)
  if (clip)
    setListingStatus(ctx, { listingId: clip, status: 'live', date: d('2026-04-06'), reason: null }, follow)
  const tent = listing(takedown)
  if (tent) {
    setListingStatus(ctx, { listingId: tent, status: 'live', date: d('2025-09-01'), reason: null }, follow)
    setListingStatus(
      ctx,
      {
        listingId: tent,
        status: 'removed',
        date: d('2026-11-20'),
        reason: 'Removed after trademark complaint'
      },
      follow
    )
  }

  return {
    created: 5,
    lawsuit: { matterId: lawsuit.matter.id, caseNumber: caseNo, filingDate: d('2026-09-08') }
  }
}
