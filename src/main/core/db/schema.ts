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
    // Kept in step with open deadlines in the same transaction, so the register sorts on an index.
    nextDeadline: text('next_deadline'),
    lastActivityAt: text('last_activity_at').notNull().default(now),
    // Lower-cased text of every searchable field of the matter and its children.
    searchText: text('search_text').notNull().default(''),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now)
  },
  (t) => [
    uniqueIndex('matters_reference_uq').on(sql`${t.reference} COLLATE NOCASE`),
    index('matters_next_deadline_idx').on(t.nextDeadline),
    index('matters_last_activity_idx').on(t.lastActivityAt),
    index('matters_status_idx').on(t.status),
    index('matters_kind_idx').on(t.kind)
  ]
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

export const ipRights = sqliteTable(
  'ip_rights',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    matterId: integer('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    number: text('number').notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    title: text('title')
  },
  (t) => [index('ip_rights_matter_idx').on(t.matterId)]
)

export const accusedProducts = sqliteTable(
  'accused_products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    matterId: integer('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    sku: text('sku'),
    marketplaceItemId: text('marketplace_item_id'),
    marketplace: text('marketplace'),
    listingUrl: text('listing_url')
  },
  (t) => [index('accused_products_matter_idx').on(t.matterId)]
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
    assignee: text('assignee'),
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
    index('deadlines_trigger_event_idx').on(t.triggerEventId)
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
    pageCount: integer('page_count')
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
