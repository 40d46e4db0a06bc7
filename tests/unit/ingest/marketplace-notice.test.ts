import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readMarketplaceNotice, type NoticeKind, type NoticePeriod } from '../../../src/main/core/ingest'

const NOTICES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'notices')

interface Expected {
  kind: NoticeKind
  marketplace: string
  complaintId: string
  rightsOwner: string
  rightsOwnerEmail: string
  rightType: string
  /** "type|jurisdiction|id", and whether the reader may be sure of it */
  rights: [string, boolean][]
  asins: string[]
  itemIds: string[]
  period: Omit<NoticePeriod, 'phrase'> | null
}

const EXPECTED: Record<string, Expected> = {
  'amazon-takedown.txt': {
    kind: 'amazon_ip_takedown',
    marketplace: 'amazon',
    complaintId: '9876543210',
    rightsOwner: 'Brightline Outdoor Inc.',
    rightsOwnerEmail: 'ip-enforcement@brightline.example',
    rightType: 'utility_patent',
    // "Patent number: 11234567" names no country: US is the marketplace's guess, uncertain
    rights: [['utility_patent|US|US-11234567', false]],
    asins: ['B0C1234567'],
    itemIds: [],
    period: null
  },
  'amazon-takedown-zh.txt': {
    kind: 'amazon_ip_takedown',
    marketplace: 'amazon',
    complaintId: '5566778899',
    rightsOwner: '杭州暖岚照明科技有限公司',
    rightsOwnerEmail: 'ip@nuanlan.example',
    rightType: 'trademark',
    rights: [['trademark|CN|CN-TM-12345678', true]],
    asins: ['B0D5566778'],
    itemIds: [],
    period: null
  },
  'amazon-apex.txt': {
    kind: 'amazon_apex',
    marketplace: 'amazon',
    complaintId: 'APEX-2026-1103-55821',
    rightsOwner: 'Brightline Outdoor Inc.',
    rightsOwnerEmail: 'apex@brightline.example',
    rightType: 'utility_patent',
    rights: [['utility_patent|US|US-11234567', true]],
    asins: ['B0C1234567', 'B0C7654321'],
    itemIds: [],
    period: { days: 21, basis: 'calendar', purpose: 'apex_participation' }
  },
  'amazon-account-health.txt': {
    kind: 'amazon_account_health',
    marketplace: 'amazon',
    complaintId: '7712003456',
    rightsOwner: 'Oakridge Brands, Inc.',
    rightsOwnerEmail: 'brand-protection@oakridge.example',
    rightType: 'trademark',
    rights: [['trademark|US|US-TM-6123456', true]],
    asins: ['B0D1122334'],
    itemIds: [],
    period: { days: 17, basis: 'calendar', purpose: 'plan_of_action' }
  },
  'ebay-vero.txt': {
    kind: 'ebay_vero',
    marketplace: 'ebay',
    complaintId: 'VR-2026-0098123',
    rightsOwner: 'Pinewhistle Studios LLC',
    rightsOwnerEmail: 'vero@pinewhistle.example',
    rightType: 'copyright',
    rights: [['copyright|US|US-C-VA2345678', true]],
    asins: [],
    itemIds: ['ebay:395612345678', 'ebay:395698765432'],
    period: null
  },
  'walmart-ip-claim.txt': {
    kind: 'walmart_ip_claim',
    marketplace: 'walmart',
    complaintId: 'WM-IPC-2026-445566',
    rightsOwner: 'Tallgrass Coolers, LLC',
    rightsOwnerEmail: 'legal@tallgrass.example',
    rightType: 'utility_patent',
    rights: [['utility_patent|US|US-10987654', true]],
    asins: [],
    itemIds: ['walmart:5531234567', 'walmart:5539876543'],
    period: { days: 10, basis: 'business', purpose: 'counter_notice' }
  },
  'tiktok-ip-violation.txt': {
    kind: 'tiktok_ip_violation',
    marketplace: 'tiktok',
    complaintId: 'TTS-IP-20261103-77881',
    rightsOwner: 'Aurelle Living, Inc.',
    rightsOwnerEmail: 'brand@aurelle.example',
    rightType: 'trademark',
    rights: [['trademark|US|US-TM-6789012', true]],
    asins: [],
    itemIds: ['tiktok:1729384756102938475'],
    period: { days: 7, basis: 'calendar', purpose: 'appeal' }
  }
}

describe('readMarketplaceNotice', () => {
  it('every notice file is fictional and has its expectation', () => {
    for (const f of readdirSync(NOTICES)) {
      expect(readFileSync(path.join(NOTICES, f), 'utf8')).toContain(
        'Fictional document for software testing.'
      )
      expect(EXPECTED[f], f).toBeDefined()
    }
  })

  it.each(Object.entries(EXPECTED))('%s', (file, want) => {
    const text = readFileSync(path.join(NOTICES, file), 'utf8')
    const n = readMarketplaceNotice(text)
    expect(n.kind).toMatchObject({ value: want.kind, certain: true })
    expect(n.marketplace?.value).toBe(want.marketplace)
    expect(n.complaintId).toMatchObject({ value: want.complaintId, certain: true })
    expect(n.rightsOwner).toMatchObject({ value: want.rightsOwner, certain: true })
    expect(n.rightsOwnerEmail).toMatchObject({ value: want.rightsOwnerEmail, certain: true })
    expect(n.rightType?.value).toBe(want.rightType)
    expect(n.rights.map((r) => [`${r.value.type}|${r.value.jurisdiction}|${r.value.id}`, r.certain])).toEqual(
      want.rights
    )
    expect(n.asins.map((a) => a.value)).toEqual(want.asins)
    expect(n.itemIds.map((i) => `${i.value.platform}:${i.value.id}`)).toEqual(want.itemIds)
    if (want.period === null) expect(n.period).toBeNull()
    else expect(n.period?.value).toMatchObject(want.period)
    // sources are the lines the values came from
    for (const f of [n.complaintId, n.rightsOwner, n.rightsOwnerEmail]) {
      expect(text.slice(f?.source.start, f?.source.end)).toContain(f?.value)
    }
  })

  it('a letter that is no marketplace notice', () => {
    const n = readMarketplaceNotice('Dear Sir, please find our invoice attached. Regards.')
    expect(n.kind).toMatchObject({ value: 'unknown', certain: false })
    expect(n.notes.map((x) => x.code)).toContain('notice_kind_unknown')
    expect(n.complaintId).toBeNull()
  })
})
