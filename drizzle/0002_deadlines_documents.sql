CREATE TABLE `closure_days` (
	`date` text PRIMARY KEY NOT NULL,
	`jurisdiction` text,
	`reason` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `custody_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`document_id` integer,
	`matter_id` integer,
	`sha256` text NOT NULL,
	`details_json` text
);
--> statement-breakpoint
CREATE INDEX `custody_events_document_idx` ON `custody_events` (`document_id`);--> statement-breakpoint
CREATE INDEX `custody_events_sha_idx` ON `custody_events` (`sha256`);--> statement-breakpoint
CREATE TABLE `document_pages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`page` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_pages_doc_page_uq` ON `document_pages` (`document_id`,`page`);--> statement-breakpoint
CREATE TABLE `reminder_states` (
	`deadline_id` integer NOT NULL,
	`lead_days` integer NOT NULL,
	`snoozed_until` text,
	`dismissed_at` text,
	PRIMARY KEY(`deadline_id`, `lead_days`),
	FOREIGN KEY (`deadline_id`) REFERENCES `deadlines`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `deadlines` ADD `lead_times_json` text DEFAULT '[30,14,7,3,1,0]' NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `parent_id` integer;--> statement-breakpoint
ALTER TABLE `documents` ADD `email_json` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `text_status` text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `text_error` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `page_count` integer;--> statement-breakpoint
CREATE INDEX `documents_parent_idx` ON `documents` (`parent_id`);