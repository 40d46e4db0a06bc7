import { isValidIsoDate } from '../deadlines'
import { isValidMonth } from './dates'
import type { ExposureErrorCode, ExposureParams, ExposureValidationError } from './types'

/**
 * Input checks. Every doubtful value becomes an error with the path of the field and a code
 * (rendered by renderExposureError), so a form can point at the field; nothing throws, and no
 * figure is computed from input that failed a check.
 */

type Obj = Record<string, unknown>

const CURRENCY = /^[A-Z]{3}$/
const NONE = {}
const PAST = { past: true }
const REQUIRED_PAST = { required: true, past: true }

function at(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

class Checker {
  readonly errors: ExposureValidationError[] = []
  constructor(readonly asOf: string | undefined) {}

  fail(path: string, code: ExposureErrorCode, params: ExposureParams = {}): void {
    this.errors.push({ path, code, params: { path, ...params } })
  }

  /** A required or optional YYYY-MM-DD date; `past` dates may not be later than asOf. */
  date(
    o: Obj,
    key: string,
    path: string,
    opts: { required?: boolean; past?: boolean } = NONE
  ): string | undefined {
    const v = o[key]
    if (v === undefined || v === null) {
      if (opts.required) this.fail(at(path, key), 'invalid_date', { value: 'missing' })
      return undefined
    }
    if (!isValidIsoDate(v)) {
      this.fail(at(path, key), 'invalid_date', { value: String(v) })
      return undefined
    }
    if (opts.past && this.asOf !== undefined && v > this.asOf) {
      this.fail(at(path, key), 'after_as_of', { value: v, asOf: this.asOf })
    }
    return v
  }

  string(o: Obj, key: string, path: string): string | undefined {
    const v = o[key]
    if (typeof v === 'string' && v.length > 0) return v
    this.fail(at(path, key), 'invalid_input', { value: String(v) })
    return undefined
  }

  array(o: Obj, key: string, path: string, optional = false): unknown[] {
    const v = o[key]
    if (v === undefined && optional) return []
    if (Array.isArray(v)) return v
    this.fail(at(path, key), 'invalid_input', { value: describe(v) })
    return []
  }

  object(v: unknown, path: string): Obj | undefined {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v as Obj
    this.fail(path, 'invalid_input', { value: describe(v) })
    return undefined
  }

  oneOf(o: Obj, key: string, path: string, values: readonly string[], optional = false): string | undefined {
    const v = o[key]
    if (v === undefined && optional) return undefined
    if (typeof v === 'string' && values.includes(v)) return v
    this.fail(at(path, key), 'invalid_input', { value: describe(v) })
    return undefined
  }

  ids(list: unknown, path: string, known: ReadonlySet<string>, code: ExposureErrorCode): void {
    if (list === undefined) return
    if (!Array.isArray(list)) {
      this.fail(path, 'invalid_input', { value: describe(list) })
      return
    }
    list.forEach((id, i) => {
      if (typeof id !== 'string' || !known.has(id)) this.fail(`${path}[${i}]`, code, { value: String(id) })
    })
  }

  /** Collects ids, flagging duplicates. */
  uniqueIds(items: unknown[], path: string): Set<string> {
    const seen = new Set<string>()
    items.forEach((item, i) => {
      const id = item !== null && typeof item === 'object' ? (item as Obj).id : undefined
      if (typeof id !== 'string' || id.length === 0) return
      if (seen.has(id)) this.fail(`${path}[${i}].id`, 'duplicate_id', { value: id })
      seen.add(id)
    })
    return seen
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  return typeof v === 'object' ? 'object' : String(v)
}

const RIGHT_TYPES = [
  'utility_patent',
  'design_patent',
  'utility_model',
  'registered_design',
  'trademark',
  'copyright',
  'trade_secret'
]
const MATTER_KINDS = [
  'warning_letter',
  'marketplace_complaint',
  'lawsuit',
  'itc_investigation',
  'ptab_proceeding',
  'opposition',
  'clearance'
]
const NOTICE_KINDS = ['letter', 'marketplace_complaint', 'apex', 'complaint_served']
const LISTING_STATUSES = ['live', 'removed', 'suspended', 'reinstated']
const STATUS_SET = new Set(LISTING_STATUSES)
const OPINION_TYPES = [
  'non_infringement',
  'invalidity',
  'unenforceability',
  'fto',
  'design_around_clearance',
  'trademark_clearance'
]
const CONCLUSIONS = ['favourable', 'unfavourable', 'mixed', 'pending']

function checkRight(c: Checker, raw: unknown, path: string, versionIds: ReadonlySet<string>): void {
  const r = c.object(raw, path)
  if (!r) return
  c.string(r, 'id', path)
  c.oneOf(r, 'type', path, RIGHT_TYPES)
  c.string(r, 'number', path)
  c.string(r, 'jurisdiction', path)
  const grant = c.date(r, 'grantDate', path)
  const expiry = c.date(r, 'expiryDate', path)
  if (grant && expiry && expiry < grant) {
    c.fail(`${path}.expiryDate`, 'expiry_before_grant', { value: expiry, grant })
  }
  c.date(r, 'closedDate', path, PAST)
  c.date(r, 'infringementCommencedDate', path, PAST)
  if (r.claims !== undefined) {
    const claims = c.array(r, 'claims', path)
    claims.forEach((cl, i) => {
      if (typeof cl !== 'string' || cl.length === 0)
        c.fail(`${path}.claims[${i}]`, 'invalid_input', { value: describe(cl) })
    })
  }
  if (r.marking !== undefined) {
    const m = c.object(r.marking, `${path}.marking`)
    if (m) {
      const status = c.oneOf(m, 'status', `${path}.marking`, ['marked', 'not_marked', 'unknown'])
      if (status === 'marked') c.date(m, 'since', `${path}.marking`, { required: true })
    }
  }
  if (r.copyright !== undefined) {
    const cr = c.object(r.copyright, `${path}.copyright`)
    if (cr) {
      const p = `${path}.copyright`
      c.date(cr, 'registrationDate', p, PAST)
      c.date(cr, 'effectiveRegistrationDate', p, PAST)
      c.date(cr, 'firstPublicationDate', p, PAST)
    }
  }
  if (r.goodsTypes !== undefined) {
    const g = r.goodsTypes
    if (typeof g !== 'number' || !Number.isInteger(g) || g < 1)
      c.fail(`${path}.goodsTypes`, 'invalid_number', { value: String(g) })
  }
  if (r.counterfeitAlleged !== undefined && typeof r.counterfeitAlleged !== 'boolean')
    c.fail(`${path}.counterfeitAlleged`, 'invalid_input', { value: describe(r.counterfeitAlleged) })
  c.ids(r.versionIds, `${path}.versionIds`, versionIds, 'unknown_version')
}

function checkListing(c: Checker, raw: unknown, path: string): string | undefined {
  const l = c.object(raw, path)
  if (!l) return undefined
  c.string(l, 'id', path)
  c.string(l, 'marketplace', path)
  c.string(l, 'itemId', path)
  if (l.currency !== undefined && (typeof l.currency !== 'string' || !CURRENCY.test(l.currency)))
    c.fail(`${path}.currency`, 'invalid_currency', { value: describe(l.currency) })
  const history = c.array(l, 'statusHistory', path)
  // A removal dated before the first live (or reinstated) day is a typo; a same-day pair is allowed.
  let firstLive: string | undefined
  const removals: Array<[string, number]> = []
  for (let i = 0; i < history.length; i++) {
    const h = history[i] as Obj | null | undefined
    let date: string | undefined
    let status: string | undefined
    // Fast path: a well-formed change builds no path strings.
    if (
      h !== null &&
      typeof h === 'object' &&
      isValidIsoDate(h.date) &&
      (c.asOf === undefined || h.date <= c.asOf) &&
      typeof h.status === 'string' &&
      STATUS_SET.has(h.status)
    ) {
      date = h.date
      status = h.status
    } else {
      const hp = `${path}.statusHistory[${i}]`
      const o = c.object(h, hp)
      if (!o) continue
      date = c.date(o, 'date', hp, REQUIRED_PAST)
      status = c.oneOf(o, 'status', hp, LISTING_STATUSES)
    }
    if (!date || !status) continue
    if (status === 'live' || status === 'reinstated') {
      if (firstLive === undefined || date < firstLive) firstLive = date
    } else removals.push([date, i])
  }
  for (const [date, i] of removals) {
    if (firstLive === undefined || date < firstLive) {
      c.fail(`${path}.statusHistory[${i}].date`, 'removed_before_live', {
        value: date,
        live: firstLive ?? 'none'
      })
    }
  }
  return typeof l.currency === 'string' ? l.currency : undefined
}

/** True when a sales row has nothing to report (the common case: no path strings built). */
function saleIsClean(raw: unknown, currencies: ReadonlyMap<string, string | undefined>): boolean {
  if (raw === null || typeof raw !== 'object') return false
  const o = raw as Obj
  const { units, revenue, currency, listingId } = o
  if (!isValidMonth(o.month)) return false
  if (typeof units !== 'number' || !Number.isFinite(units) || units < 0) return false
  if (typeof revenue !== 'number' || !Number.isFinite(revenue) || revenue < 0) return false
  if (typeof currency !== 'string' || !CURRENCY.test(currency)) return false
  if (listingId === undefined) return true
  if (typeof listingId !== 'string' || !currencies.has(listingId)) return false
  const expected = currencies.get(listingId)
  return expected === undefined || expected === currency
}

function checkVersion(c: Checker, raw: unknown, path: string): void {
  const v = c.object(raw, path)
  if (!v) return
  c.string(v, 'id', path)
  c.string(v, 'versionName', path)
  const product = c.object(v.product, `${path}.product`)
  let productLaunch: string | undefined
  if (product) {
    c.string(product, 'id', `${path}.product`)
    c.string(product, 'name', `${path}.product`)
    productLaunch = c.date(product, 'launchDate', `${path}.product`)
  }
  const launch = c.date(v, 'launchDate', path)
  const end = c.date(v, 'endOfSaleDate', path)
  if (launch && productLaunch && launch < productLaunch) {
    c.fail(`${path}.launchDate`, 'version_before_product', { value: launch, product: productLaunch })
  }
  if (launch && end && end < launch)
    c.fail(`${path}.endOfSaleDate`, 'ends_before_start', { value: end, start: launch })
  const listings = c.array(v, 'listings', path)
  c.uniqueIds(listings, `${path}.listings`)
  const currencies = new Map<string, string | undefined>()
  listings.forEach((l, i) => {
    const currency = checkListing(c, l, `${path}.listings[${i}]`)
    const id = l !== null && typeof l === 'object' ? (l as Obj).id : undefined
    if (typeof id === 'string') currencies.set(id, currency)
  })
  const sales = c.array(v, 'monthlySales', path, true)
  for (let i = 0; i < sales.length; i++) {
    if (saleIsClean(sales[i], currencies)) continue
    const sp = `${path}.monthlySales[${i}]`
    const o = c.object(sales[i], sp)
    if (!o) continue
    if (!isValidMonth(o.month)) c.fail(`${sp}.month`, 'invalid_month', { value: describe(o.month) })
    for (const key of ['units', 'revenue'] as const) {
      const n = o[key]
      if (typeof n !== 'number' || !Number.isFinite(n))
        c.fail(`${sp}.${key}`, 'invalid_number', { value: describe(n) })
      else if (n < 0)
        c.fail(`${sp}.${key}`, key === 'units' ? 'negative_units' : 'negative_revenue', { value: n })
    }
    const currency = o.currency
    if (typeof currency !== 'string' || !CURRENCY.test(currency)) {
      c.fail(`${sp}.currency`, 'invalid_currency', { value: describe(currency) })
    }
    if (o.listingId !== undefined) {
      if (typeof o.listingId !== 'string' || !currencies.has(o.listingId)) {
        c.fail(`${sp}.listingId`, 'unknown_listing', { value: describe(o.listingId) })
      } else {
        const expected = currencies.get(o.listingId)
        if (expected !== undefined && typeof currency === 'string' && currency !== expected) {
          c.fail(`${sp}.currency`, 'currency_mismatch', { value: currency, expected, listing: o.listingId })
        }
      }
    }
  }
}

function checkOpinion(
  c: Checker,
  raw: unknown,
  path: string,
  versionIds: ReadonlySet<string>,
  rightIds: ReadonlySet<string>
): void {
  const o = c.object(raw, path)
  if (!o) return
  c.string(o, 'id', path)
  c.oneOf(o, 'type', path, OPINION_TYPES)
  c.oneOf(o, 'counsel', path, ['outside', 'in_house'])
  c.oneOf(o, 'form', path, ['written', 'oral'])
  const conclusion = c.oneOf(o, 'conclusion', path, CONCLUSIONS)
  const requested = c.date(o, 'requestedDate', path, PAST)
  const delivered = c.date(o, 'deliveredDate', path, PAST)
  if (requested && delivered && delivered < requested) {
    c.fail(`${path}.deliveredDate`, 'delivered_before_requested', { value: delivered, requested })
  }
  if (conclusion && conclusion !== 'pending' && o.deliveredDate === undefined) {
    c.fail(`${path}.deliveredDate`, 'delivered_date_missing', { conclusion })
  }
  c.ids(o.versionIds, `${path}.versionIds`, versionIds, 'unknown_version')
  checkCovers(c, o, 'covers', path, rightIds)
}

function checkCovers(c: Checker, o: Obj, key: string, path: string, rightIds: ReadonlySet<string>): void {
  c.array(o, key, path).forEach((cv, i) => {
    const cp = `${path}.${key}[${i}]`
    const cover = c.object(cv, cp)
    if (!cover) return
    if (typeof cover.rightId !== 'string' || !rightIds.has(cover.rightId))
      c.fail(`${cp}.rightId`, 'unknown_right', { value: describe(cover.rightId) })
    if (cover.claims !== undefined && !Array.isArray(cover.claims))
      c.fail(`${cp}.claims`, 'invalid_input', { value: describe(cover.claims) })
  })
}

/** Checks an ExposureInput (which may come from storage or a form); an empty list means it is usable. */
export function validateExposureInput(input: unknown): ExposureValidationError[] {
  const c0 = new Checker(undefined)
  const root = c0.object(input, '')
  if (!root) return c0.errors
  const asOf = isValidIsoDate(root.asOf) ? root.asOf : undefined
  const c = new Checker(asOf)
  if (!asOf) c.fail('asOf', 'invalid_date', { value: describe(root.asOf) })

  const versions = c.array(root, 'versions', '')
  const versionIds = c.uniqueIds(versions, 'versions')
  versions.forEach((v, i) => checkVersion(c, v, `versions[${i}]`))

  let rightIds = new Set<string>()
  const matter = c.object(root.matter, 'matter')
  if (matter) {
    c.string(matter, 'id', 'matter')
    c.oneOf(matter, 'kind', 'matter', MATTER_KINDS)
    c.date(matter, 'complaintFiledDate', 'matter', PAST)
    const rights = c.array(matter, 'rights', 'matter')
    rightIds = c.uniqueIds(rights, 'matter.rights')
    rights.forEach((r, i) => checkRight(c, r, `matter.rights[${i}]`, versionIds))
  }

  const notices = c.array(root, 'notices', '')
  c.uniqueIds(notices, 'notices')
  notices.forEach((raw, i) => {
    const path = `notices[${i}]`
    const n = c.object(raw, path)
    if (!n) return
    c.string(n, 'id', path)
    c.oneOf(n, 'kind', path, NOTICE_KINDS)
    const date = c.date(n, 'date', path, REQUIRED_PAST)
    const letterDate = c.date(n, 'letterDate', path, PAST)
    if (date && letterDate && date < letterDate)
      c.fail(`${path}.date`, 'ends_before_start', { value: date, start: letterDate })
    c.ids(n.rightIds, `${path}.rightIds`, rightIds, 'unknown_right')
    c.ids(n.versionIds, `${path}.versionIds`, versionIds, 'unknown_version')
  })

  const opinions = c.array(root, 'opinions', '', true)
  const opinionIds = c.uniqueIds(opinions, 'opinions')
  opinions.forEach((o, i) => checkOpinion(c, o, `opinions[${i}]`, versionIds, rightIds))

  c.array(root, 'designArounds', '', true).forEach((raw, i) => {
    const path = `designArounds[${i}]`
    const d = c.object(raw, path)
    if (!d) return
    c.ids([d.fromVersionId], `${path}.fromVersionId`, versionIds, 'unknown_version')
    c.ids([d.toVersionId], `${path}.toVersionId`, versionIds, 'unknown_version')
    if (d.clearingOpinionId !== undefined)
      c.ids([d.clearingOpinionId], `${path}.clearingOpinionId`, opinionIds, 'unknown_opinion')
    c.date(d, 'newVersionLiveDate', path, PAST)
    c.date(d, 'oldStockSoldOutDate', path, PAST)
    checkCovers(c, d, 'avoids', path, rightIds)
  })
  // ids() reports a single id as `path[0]`; say `path` for the single-id fields.
  return c.errors.map((e) =>
    /\.(fromVersionId|toVersionId|clearingOpinionId)\[0\]$/.test(e.path)
      ? { ...e, path: e.path.slice(0, -3), params: { ...e.params, path: e.path.slice(0, -3) } }
      : e
  )
}
