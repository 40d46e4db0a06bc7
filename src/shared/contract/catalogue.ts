// Contract calls for the product catalogue: products shared across matters, their versions
// (LX-200 v1, v2), each version's listings with their status history, and monthly sales.
import { z } from 'zod'
import { call, id, isoDate, optionalDate, optionalText, required, searchTerms } from './kit'
import type { DesignAroundRecord, OpinionRecord } from './opinions'
import type { AssertionOfRight } from './rights'

export const LISTING_STATUSES = ['live', 'removed', 'suspended', 'reinstated'] as const
export type ListingStatusCode = (typeof LISTING_STATUSES)[number]

/** Marketplaces offered in the listing form; any other name may be typed. */
export const LISTING_MARKETPLACES = [
  'Amazon US',
  'Amazon EU',
  'Amazon UK',
  'Amazon JP',
  'Walmart',
  'eBay',
  'TikTok Shop',
  'AliExpress',
  'Temu',
  'Shein',
  'Own shop'
] as const

/** ISO 4217: three capital letters. */
export const currencyCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{3}$/, 'invalid_currency'))

const month = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'invalid_month')

const url = optionalText(2000).refine((v) => v == null || /^https?:\/\/\S+$/i.test(v), 'invalid_url')

export const ProductFields = z.object({
  name: required(300),
  sku: optionalText(100),
  brand: optionalText(200),
  category: optionalText(200),
  launchDate: optionalDate,
  notes: optionalText(5000)
})

/** Version dates: an end of sale cannot come before the launch. */
export function versionDatesError(v: {
  launchDate?: string | null
  endOfSaleDate?: string | null
}): 'ends_before_launch' | null {
  return v.launchDate && v.endOfSaleDate && v.endOfSaleDate < v.launchDate ? 'ends_before_launch' : null
}

const versionFields = z.object({
  name: required(100),
  launchDate: optionalDate,
  endOfSaleDate: optionalDate,
  changes: optionalText(5000)
})

const versionDatesRefine = (
  v: { launchDate?: string | null; endOfSaleDate?: string | null },
  ctx: z.RefinementCtx
): void => {
  const code = versionDatesError(v)
  if (code) ctx.addIssue({ code: 'custom', path: ['endOfSaleDate'], message: code })
}

export const VersionInput = versionFields.extend({ productId: id }).superRefine(versionDatesRefine)
export const VersionUpdateInput = versionFields.partial().extend({ id }).superRefine(versionDatesRefine)

export const ProductCreateInput = ProductFields.extend({
  /** The first version; "v1" when absent. */
  firstVersion: versionFields.partial({ name: true }).optional()
})
export const ProductUpdateInput = ProductFields.partial().extend({ id })

const listingFields = z.object({
  marketplace: required(100),
  country: optionalText(10),
  itemId: optionalText(100),
  url,
  store: optionalText(200),
  currency: z
    .union([currencyCode, z.literal(''), z.null()])
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null))
})

export const ListingStatusInput = z.object({
  status: z.enum(LISTING_STATUSES),
  date: isoDate,
  reason: optionalText(500)
})

export const ListingInput = listingFields.extend({
  versionId: id,
  /** The listing's first status, e.g. live since its launch. */
  initialStatus: ListingStatusInput.optional()
})
export const ListingUpdateInput = listingFields.partial().extend({ id })
export const ListingSetStatusInput = ListingStatusInput.extend({ listingId: id })

export const SalesRowInput = z.object({
  month,
  units: z.number({ error: 'invalid_number' }).int('invalid_number').min(0, 'negative_units'),
  revenue: z.number({ error: 'invalid_number' }).min(0, 'negative_revenue').finite('invalid_number'),
  currency: currencyCode,
  listingId: id.nullish()
})
export const SalesSetInput = z.object({
  versionId: id,
  rows: z.array(SalesRowInput).min(1).max(5000)
})

/**
 * A CSV of sales (month, units, revenue, currency[, listing item id]). With `confirm` false it
 * only reads and reports; with `confirm` true it saves the good rows and reports the rest.
 */
export const SalesImportInput = z.object({
  versionId: id,
  csv: z.string().max(5_000_000, 'too_long'),
  confirm: z.boolean().default(false)
})

export const LinkVersionInput = z.object({
  matterId: id,
  versionId: id,
  listingId: id.nullish()
})

export const CatalogueListQuery = z.object({
  search: searchTerms(200).default(''),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100)
})

// ---- Results ----

export interface ListingStatusEntry {
  id: number
  date: string
  status: ListingStatusCode
  reason: string | null
}

export interface CatalogueListing {
  id: number
  versionId: number
  marketplace: string
  country: string | null
  itemId: string | null
  url: string | null
  store: string | null
  currency: string | null
  /** Oldest first. */
  history: ListingStatusEntry[]
  /** Status on the core's today; null when it has no history. */
  status: ListingStatusCode | null
}

export interface SalesMonth {
  id: number
  month: string
  units: number
  revenue: number
  currency: string
  listingId: number | null
}

export interface CatalogueVersion {
  id: number
  productId: number
  name: string
  launchDate: string | null
  endOfSaleDate: string | null
  changes: string | null
  listings: CatalogueListing[]
  sales: SalesMonth[]
}

export interface Product {
  id: number
  name: string
  sku: string | null
  brand: string | null
  category: string | null
  launchDate: string | null
  notes: string | null
  /** The product's photo in the vault (catalogue.setImage), shown by catalogue.image. */
  imageSha256: string | null
  createdAt: string
  updatedAt: string
}

/** A product's photo, read back for the page. */
export interface ProductImage {
  sha256: string
  mime: string
  dataUrl: string
}

export interface ProductSummary extends Product {
  versionCount: number
  listingCount: number
  liveListingCount: number
  matterCount: number
}

export interface CatalogueListPage {
  total: number
  offset: number
  rows: ProductSummary[]
}

/** A matter that accuses one of the product's versions. */
export interface ProductMatterLink {
  linkId: number
  matterId: number
  reference: string
  title: string
  kind: string
  status: string
  versionId: number
  listingId: number | null
}

/** The product page: versions, listings and history, and every matter, right, opinion and design-around that touches it. */
export interface ProductPage {
  product: Product
  versions: CatalogueVersion[]
  matters: ProductMatterLink[]
  rights: AssertionOfRight[]
  opinions: OpinionRecord[]
  designArounds: DesignAroundRecord[]
}

export interface SalesImportRowError {
  /** 1-based line of the CSV. */
  line: number
  field: string
  code: string
}

export interface SalesImportResult {
  /** Rows that read well. */
  good: number
  errors: SalesImportRowError[]
  /** Rows written (0 unless confirmed, or when nothing was wrong and confirm was set). */
  saved: number
}

export const catalogueCalls = {
  'catalogue.list': call<CatalogueListPage>()(CatalogueListQuery),
  'catalogue.get': call<ProductPage>()(z.object({ id })),
  'catalogue.create': call<{ id: number }>()(ProductCreateInput),
  'catalogue.update': call<{ id: number }>()(ProductUpdateInput),
  'catalogue.remove': call<{ id: number }>()(z.object({ id })),
  /** The bytes come from the upload path (uploadFile); null takes the image off. */
  'catalogue.setImage': call<{ id: number }>()(
    z.object({
      id,
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/, 'invalid')
        .nullable()
    })
  ),
  'catalogue.image': call<ProductImage | null>()(z.object({ id })),
  'versions.add': call<{ id: number }>()(VersionInput),
  'versions.update': call<{ id: number }>()(VersionUpdateInput),
  'versions.remove': call<{ id: number }>()(z.object({ id })),
  'listings.add': call<{ id: number }>()(ListingInput),
  'listings.update': call<{ id: number }>()(ListingUpdateInput),
  'listings.remove': call<{ id: number }>()(z.object({ id })),
  'listings.setStatus': call<{ id: number }>()(ListingSetStatusInput),
  'listings.removeStatus': call<{ id: number }>()(z.object({ id })),
  'sales.set': call<{ saved: number }>()(SalesSetInput),
  'sales.importCsv': call<SalesImportResult>()(SalesImportInput),
  'products.link': call<{ id: number }>()(LinkVersionInput)
} as const
