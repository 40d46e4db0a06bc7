// The workspace schema. Legal dates are YYYY-MM-DD text; moments are UTC ISO text.
// drizzle-kit generates the migrations under drizzle/ from this file.
import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`

export const matters = sqliteTable(
  'matters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('open'),
    rightsHolder: text('rights_holder').notNull().default(''),
    jurisdiction: text('jurisdiction'),
    marketplace: text('marketplace'),
    letterDate: text('letter_date'),
    receivedDate: text('received_date'),
    senderReference: text('sender_reference'),
    demands: text('demands'),
    notes: text('notes'),
    // A lawsuit's case fields (FRCP 10(a) caption; the docket's assignments).
    court: text('court'),
    division: text('division'),
    caseNumber: text('case_number'),
    judge: text('judge'),
    magistrateJudge: text('magistrate_judge'),
    filingDate: text('filing_date'),
    /** Who answers for the matter; a deadline's own person wins on the docket. */
    responsiblePersonId: integer('responsible_person_id').references(() => people.id, {
      onDelete: 'set null'
    }),
    // Kept in step with open deadlines in the same transaction, so the register sorts on an index.
    nextDeadline: text('next_deadline'),
    lastActivityAt: text('last_activity_at').notNull().default(now),
    // Lower-cased text of every searchable field of the matter and its children.
    searchText: text('search_text').notNull().default(''),
    // The register's filter values as the trigram index reads them (matters_fts's second
    // column), one trigram each, so a search within filters is counted off the index. Written by
    // the matters_facets triggers from matter_facet_values (migration 0014), never by the app.
    facets: text('facets').notNull().default(''),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now)
  },
  (t) => [
    uniqueIndex('matters_reference_uq').on(sql`${t.reference} COLLATE NOCASE`),
    index('matters_next_deadline_idx').on(t.nextDeadline),
    // The register sorts by each of these: a page is read off the index, not sorted from the table.
    index('matters_reference_sort_idx').on(t.reference),
    index('matters_title_idx').on(t.title),
    index('matters_rights_holder_idx').on(t.rightsHolder),
    index('matters_jurisdiction_idx').on(t.jurisdiction),
    index('matters_marketplace_idx').on(t.marketplace),
    index('matters_last_activity_idx').on(t.lastActivityAt),
    index('matters_status_idx').on(t.status),
    index('matters_kind_idx').on(t.kind),
    index('matters_case_number_idx').on(sql`${t.caseNumber} COLLATE NOCASE`),
    index('matters_responsible_idx').on(t.responsiblePersonId)
  ]
)

/**
 * Every status, kind, jurisdiction and marketplace a matter has had, numbered: a value's number
 * makes its one-trigram token in matters.facets (facetToken in matters/repo). Kept by triggers.
 */
export const matterFacetValues = sqliteTable(
  'matter_facet_values',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** 0 status, 1 kind, 2 jurisdiction, 3 marketplace */
    facet: integer('facet').notNull(),
    value: text('value').notNull()
  },
  (t) => [uniqueIndex('matter_facet_values_uq').on(t.facet, t.value)]
)

/** The people deadlines and matters are assigned to (Settings); replaces free-text assignees. */
export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    email: text('email'),
    role: text('role'),
    /** Left people stay on the records they were responsible for, but are not offered. */
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(now)
  },
  (t) => [uniqueIndex('people_name_uq').on(sql`${t.name} COLLATE NOCASE`)]
)

export const parties = sqliteTable(
  'parties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    matterId: integer('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    name: text('name').notNull(),
    organisation: text('organisation'),
    email: text('email'),
    phone: text('phone'),
    address: text('address')
  },
  (t) => [index('parties_matter_idx').on(t.matterId)]
)

export const timelineEvents = sqliteTable(
  'timeline_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    matterId: integer('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    date: text('date').notNull(),
    title: text('title').notNull(),
    details: text('details'),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    createdAt: text('created_at').notNull().default(now)
  },
  (t) => [
    index('timeline_events_matter_date_idx').on(t.matterId, t.date),
    // The calendar's hearings by date, across all matters.
    index('timeline_events_type_date_idx').on(t.type, t.date)
  ]
)

export const deadlines = sqliteTable(
  'deadlines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    matterId: integer('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    due: text('due').notNull(),
    status: text('status').notNull().default('open'),
    ruleId: text('rule_id'),
    triggerDate: text('trigger_date'),
    triggerEventId: integer('trigger_event_id').references(() => timelineEvents.id, {
      onDelete: 'set null'
    }),
    optionsJson: text('options_json').notNull().default('{}'),
    stepsJson: text('steps_json').notNull().default('[]'),
    warningsJson: text('warnings_json').notNull().default('[]'),
    computedDue: text('computed_due'),
    overrideReason: text('override_reason'),
    doneOn: text('done_on'),
    /** Its own responsible person; null: the matter's (migration 0008 made the old free-text assignees people). */
    responsiblePersonId: integer('responsible_person_id').references(() => people.id, {
      onDelete: 'set null'
    }),
    // Days before the due date on which to remind; 0 is the day itself.
    leadTimesJson: text('lead_times_json').notNull().default('[30,14,7,3,1,0]'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now)
  },
  (t) => [
    // Serves "next open deadline of this matter" straight from the index (min(due) per matter).
    index('deadlines_matter_status_due_idx').on(t.matterId, t.status, t.due),
    index('deadlines_status_due_idx').on(t.status, t.due),
    // Triggers find their dependants when an event's date is corrected.
    index('deadlines_trigger_event_idx').on(t.triggerEventId),
    index('deadlines_responsible_idx').on(t.responsiblePersonId)
  ]
)

// One row per durable blob in the vault; documents point at it, so bytes are stored once.
export const blobs = sqliteTable('blobs', {
  sha256: text('sha256').primaryKey(),
  size: integer('size').notNull(),
  mime: text('mime').notNull(),
  detectedKind: text('detected_kind').notNull(),
  storedAt: text('stored_at').notNull().default(now)
})

export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    matterId: integer('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    sha256: text('sha256')
      .notNull()
      .references(() => blobs.sha256),
    originalName: text('original_name').notNull(),
    size: integer('size').notNull(),
    mime: text('mime').notNull(),
    kind: text('kind').notNull().default('other'),
    documentDate: text('document_date'),
    privileged: integer('privileged', { mode: 'boolean' }).notNull().default(false),
    importedAt: text('imported_at').notNull().default(now),
    importedBy: text('imported_by').notNull().default(''),
    // An email's attachments are documents whose parent is the email.
    parentId: integer('parent_id'),
    /** From, to, cc, date, subject, message-id of an email document, as JSON. */
    emailJson: text('email_json'),
    /** pending | done | no_text_layer | failed | not_applicable */
    textStatus: text('text_status').notNull().default('pending'),
    textError: text('text_error'),
    /** The PDF's page count (an e-mail or text file: 1). */
    pageCount: integer('page_count'),
    /** Pages whose text was indexed when fewer than pageCount (a cap stopped the reading); null: all. */
    pagesIndexed: integer('pages_indexed'),
    /** The kind the document reads as, awaiting the user's confirmation (KindProposal JSON). */
    kindProposalJson: text('kind_proposal_json')
  },
  (t) => [
    index('documents_matter_idx').on(t.matterId),
    index('documents_sha_idx').on(t.sha256),
    index('documents_parent_idx').on(t.parentId)
  ]
)

/** Extracted text, one row per page (page 1 for a whole email or text file). */
export const documentPages = sqliteTable(
  'document_pages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    text: text('text').notNull()
  },
  (t) => [uniqueIndex('document_pages_doc_page_uq').on(t.documentId, t.page)]
)

/** Chain of custody: every import, view, export, rename, re-classification and removal. */
export const custodyEvents = sqliteTable(
  'custody_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    // No foreign keys: the record outlives the document and the matter it describes.
    documentId: integer('document_id'),
    matterId: integer('matter_id'),
    sha256: text('sha256').notNull(),
    detailsJson: text('details_json'),
    // Hash chain: each entry seals the one before, so a changed or deleted entry shows.
    prevHash: text('prev_hash'),
    hash: text('hash')
  },
  (t) => [index('custody_events_document_idx').on(t.documentId), index('custody_events_sha_idx').on(t.sha256)]
)

/** Snoozed or dismissed reminders; pending ones are computed from lead times. */
export const reminderStates = sqliteTable(
  'reminder_states',
  {
    deadlineId: integer('deadline_id')
      .notNull()
      .references(() => deadlines.id, { onDelete: 'cascade' }),
    leadDays: integer('lead_days').notNull(),
    snoozedUntil: text('snoozed_until'),
    dismissedAt: text('dismissed_at')
  },
  (t) => [primaryKey({ columns: [t.deadlineId, t.leadDays] })]
)

/** Days the user declares closed (a court closed by order), on top of legal holidays. */
export const closureDays = sqliteTable('closure_days', {
  date: text('date').primaryKey(),
  /** null: closed for every jurisdiction */
  jurisdiction: text('jurisdiction'),
  reason: text('reason').notNull().default('')
})

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    matterId: integer('matter_id'),
    beforeJson: text('before_json'),
    afterJson: text('after_json'),
    // Hash chain: each entry seals the one before, so a changed or deleted entry shows.
    prevHash: text('prev_hash'),
    hash: text('hash')
  },
  (t) => [
    index('audit_log_matter_idx').on(t.matterId),
    index('audit_log_entity_idx').on(t.entity, t.entityId)
  ]
)

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  valueJson: text('value_json').notNull()
})

// ---- Catalogue: products shared across matters, their versions, listings and sales ----

export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    sku: text('sku'),
    brand: text('brand'),
    category: text('category'),
    /** First day the product was sold anywhere; no version launches before it. */
    launchDate: text('launch_date'),
    /** A product photo in the vault. */
    imageSha256: text('image_sha256').references(() => blobs.sha256),
    notes: text('notes'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now)
  },
  (t) => [index('products_sku_idx').on(sql`${t.sku} COLLATE NOCASE`), index('products_name_idx').on(t.name)]
)

export const productVersions = sqliteTable(
  'product_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    launchDate: text('launch_date'),
    endOfSaleDate: text('end_of_sale_date'),
    /** What changed from the version before. */
    changes: text('changes'),
    createdAt: text('created_at').notNull().default(now)
  },
  (t) => [index('product_versions_product_idx').on(t.productId)]
)

export const listings = sqliteTable(
  'listings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id')
      .notNull()
      .references(() => productVersions.id, { onDelete: 'cascade' }),
    marketplace: text('marketplace').notNull(),
    country: text('country'),
    /** ASIN, item id or the marketplace's SKU. */
    itemId: text('item_id'),
    url: text('url'),
    /** One of our stores (name or seller id). */
    store: text('store'),
    /** ISO 4217 code the marketplace pays out in. */
    currency: text('currency'),
    createdAt: text('created_at').notNull().default(now)
  },
  (t) => [
    index('listings_version_idx').on(t.versionId),
    index('listings_item_idx').on(sql`${t.itemId} COLLATE NOCASE`)
  ]
)

/** Each change of a listing's status, with its day and reason ("removed after takedown"). */
export const listingStatusChanges = sqliteTable(
  'listing_status_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    listingId: integer('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    /** live | removed | suspended | reinstated */
    status: text('status').notNull(),
    reason: text('reason'),
    createdAt: text('created_at').notNull().default(now)
  },
  (t) => [index('listing_status_listing_date_idx').on(t.listingId, t.date)]
)

/** Sales of a version in a month; revenue in hundredths of the currency unit, exact. */
export const salesMonths = sqliteTable(
  'sales_months',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id')
      .notNull()
      .references(() => productVersions.id, { onDelete: 'cascade' }),
    listingId: integer('listing_id').references(() => listings.id, { onDelete: 'cascade' }),
    month: text('month').notNull(),
    units: integer('units').notNull(),
    revenueCents: integer('revenue_cents').notNull(),
    currency: text('currency').notNull()
  },
  (t) => [
    uniqueIndex('sales_months_uq').on(t.versionId, sql`coalesce(${t.listingId}, 0)`, t.month, t.currency)
  ]
)

/** A matter's accused products: links to catalogue versions and, when named, their listings. */
export const matterProducts = sqliteTable(
  'matter_products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    matterId: integer('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    versionId: integer('version_id')
      .notNull()
      .references(() => productVersions.id),
    listingId: integer('listing_id').references(() => listings.id, { onDelete: 'set null' }),
    createdAt: text('created_at').notNull().default(now)
  },
  (t) => [
    index('matter_products_matter_idx').on(t.matterId),
    index('matter_products_version_idx').on(t.versionId),
    index('matter_products_listing_idx').on(t.listingId)
  ]
)

// ---- Rights asserted against us: one registry across matters, with claims ----

export const rights = sqliteTable(
  'rights',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    type: text('type').notNull(),
    number: text('number').notNull(),
    /** The number without spaces, commas, dots or dashes, upper case: the registry's key. */
    numberKey: text('number_key').notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    owner: text('owner'),
    title: text('title'),
    /** pending | in_force | expired | lapsed | invalidated | abandoned | unknown */
    status: text('status').notNull().default('unknown'),
    filingDate: text('filing_date'),
    grantDate: text('grant_date'),
    expiryDate: text('expiry_date'),
    /** 35 USC 287(a): marked | not_marked | unknown */
    markingStatus: text('marking_status').notNull().default('unknown'),
    markedSince: text('marked_since'),
    /** 17 USC 412: the certificate's date, the effective date, first publication. */
    registrationDate: text('registration_date'),
    effectiveRegistrationDate: text('effective_registration_date'),
    firstPublicationDate: text('first_publication_date'),
    notes: text('notes'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now)
  },
  (t) => [uniqueIndex('rights_key_uq').on(t.type, t.jurisdiction, t.numberKey)]
)

export const rightClaims = sqliteTable(
  'right_claims',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    rightId: integer('right_id')
      .notNull()
      .references(() => rights.id, { onDelete: 'cascade' }),
    number: text('number').notNull(),
    independent: integer('independent', { mode: 'boolean' }).notNull().default(true),
    /** For a dependent claim, the claim it depends on. */
    dependsOn: text('depends_on'),
    text: text('text')
  },
  (t) => [uniqueIndex('right_claims_uq').on(t.rightId, t.number)]
)

/** Which rights, and which of their claims, a matter asserts. */
export const matterRights = sqliteTable(
  'matter_rights',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    matterId: integer('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    rightId: integer('right_id')
      .notNull()
      .references(() => rights.id),
    claimsJson: text('claims_json').notNull().default('[]'),
    counterfeitAlleged: integer('counterfeit_alleged', { mode: 'boolean' }).notNull().default(false),
    goodsTypes: integer('goods_types'),
    closedDate: text('closed_date'),
    createdAt: text('created_at').notNull().default(now)
  },
  (t) => [index('matter_rights_matter_idx').on(t.matterId), index('matter_rights_right_idx').on(t.rightId)]
)

// ---- Opinions of counsel, design-arounds, clearance ----

export const opinions = sqliteTable(
  'opinions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The matter it was asked for (a letter, a suit, a clearance); it covers what it covers. */
    matterId: integer('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    counsel: text('counsel').notNull(),
    firm: text('firm'),
    attorney: text('attorney'),
    requestedDate: text('requested_date'),
    factsGiven: text('facts_given'),
    deliveredDate: text('delivered_date'),
    form: text('form').notNull(),
    conclusion: text('conclusion').notNull(),
    /** The opinion itself, a document of the matter (vault bytes, custody logged). */
    documentId: integer('document_id').references(() => documents.id, { onDelete: 'set null' }),
    privileged: integer('privileged', { mode: 'boolean' }).notNull().default(true),
    /** undecided | keep | waive: whether to rely on it and waive privilege. */
    waiver: text('waiver').notNull().default('undecided'),
    waiverDecidedOn: text('waiver_decided_on'),
    notes: text('notes'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now)
  },
  (t) => [index('opinions_matter_idx').on(t.matterId)]
)

export const opinionRights = sqliteTable(
  'opinion_rights',
  {
    opinionId: integer('opinion_id')
      .notNull()
      .references(() => opinions.id, { onDelete: 'cascade' }),
    rightId: integer('right_id')
      .notNull()
      .references(() => rights.id, { onDelete: 'cascade' }),
    /** Claims addressed; empty: every claim asserted. */
    claimsJson: text('claims_json').notNull().default('[]')
  },
  (t) => [primaryKey({ columns: [t.opinionId, t.rightId] }), index('opinion_rights_right_idx').on(t.rightId)]
)

export const opinionVersions = sqliteTable(
  'opinion_versions',
  {
    opinionId: integer('opinion_id')
      .notNull()
      .references(() => opinions.id, { onDelete: 'cascade' }),
    versionId: integer('version_id')
      .notNull()
      .references(() => productVersions.id, { onDelete: 'cascade' })
  },
  (t) => [
    primaryKey({ columns: [t.opinionId, t.versionId] }),
    index('opinion_versions_version_idx').on(t.versionId)
  ]
)

export const designArounds = sqliteTable(
  'design_arounds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fromVersionId: integer('from_version_id')
      .notNull()
      .references(() => productVersions.id, { onDelete: 'cascade' }),
    toVersionId: integer('to_version_id')
      .notNull()
      .references(() => productVersions.id, { onDelete: 'cascade' }),
    changes: text('changes').notNull(),
    /** [{ rightId, claims }]: the claims or marks it is meant to avoid. */
    avoidsJson: text('avoids_json').notNull().default('[]'),
    clearingOpinionId: integer('clearing_opinion_id').references(() => opinions.id, { onDelete: 'set null' }),
    newVersionLiveDate: text('new_version_live_date'),
    oldStockSoldOutDate: text('old_stock_sold_out_date'),
    /** Drawings and test reports: documents of a matter, as [documentId]. */
    documentIdsJson: text('document_ids_json').notNull().default('[]'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now)
  },
  (t) => [
    index('design_arounds_from_idx').on(t.fromVersionId),
    index('design_arounds_to_idx').on(t.toVersionId)
  ]
)

/** Due diligence before launch: one row per clearance matter. */
export const clearances = sqliteTable('clearances', {
  matterId: integer('matter_id')
    .primaryKey()
    .references(() => matters.id, { onDelete: 'cascade' }),
  versionId: integer('version_id')
    .notNull()
    .references(() => productVersions.id),
  /** [{ kind: patent|trademark|design|copyright, countries: ['US', 'DE'] }] */
  searchedJson: text('searched_json').notNull().default('[]'),
  searchReportDocumentId: integer('search_report_document_id').references(() => documents.id, {
    onDelete: 'set null'
  }),
  opinionId: integer('opinion_id').references(() => opinions.id, { onDelete: 'set null' }),
  /** launch | redesign | do_not_launch | launch_with_licence */
  decision: text('decision'),
  decisionDate: text('decision_date'),
  updatedAt: text('updated_at').notNull().default(now)
})

/**
 * A Schedule A lawsuit's defendants: one row per store named, with what happened to it
 * (freeze, TRO, preliminary injunction, alternative service, appearance, settlement, release).
 * Amounts are in hundredths of the currency unit, exact.
 */
export const scheduleADefendants = sqliteTable(
  'schedule_a_defendants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    matterId: integer('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    /** The row number: "Doe No. 9". */
    doe: integer('doe').notNull(),
    store: text('store').notNull(),
    sellerId: text('seller_id'),
    platform: text('platform'),
    url: text('url'),
    /** One of our own stores (Settings), as matched or as the user confirmed. */
    ours: integer('ours', { mode: 'boolean' }).notNull().default(false),
    /** Where the row was read: the document and its page. */
    sourceDocumentId: integer('source_document_id').references(() => documents.id, { onDelete: 'set null' }),
    sourcePage: integer('source_page'),
    frozenAmountCents: integer('frozen_amount_cents'),
    frozenCurrency: text('frozen_currency'),
    frozenOn: text('frozen_on'),
    freezeNoticeDocumentId: integer('freeze_notice_document_id').references(() => documents.id, {
      onDelete: 'set null'
    }),
    troDate: text('tro_date'),
    preliminaryInjunctionDate: text('preliminary_injunction_date'),
    altServiceOrderDate: text('alt_service_order_date'),
    /** The service email's date: it starts the 21 days to answer (FRCP 12(a)(1)(A)(i)). */
    servedOn: text('served_on'),
    appearanceDate: text('appearance_date'),
    settlementOfferedOn: text('settlement_offered_on'),
    settlementAmountCents: integer('settlement_amount_cents'),
    settlementCurrency: text('settlement_currency'),
    dismissedOn: text('dismissed_on'),
    fundsReleasedOn: text('funds_released_on'),
    notes: text('notes'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now)
  },
  (t) => [
    uniqueIndex('schedule_a_defendants_uq').on(t.matterId, t.doe),
    index('schedule_a_defendants_seller_idx').on(sql`${t.sellerId} COLLATE NOCASE`)
  ]
)
