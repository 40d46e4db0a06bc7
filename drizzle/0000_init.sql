CREATE TABLE `accused_products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matter_id` integer NOT NULL,
	`name` text NOT NULL,
	`sku` text,
	`marketplace_item_id` text,
	`marketplace` text,
	`listing_url` text,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `accused_products_matter_idx` ON `accused_products` (`matter_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`matter_id` integer,
	`before_json` text,
	`after_json` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_matter_idx` ON `audit_log` (`matter_id`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `blobs` (
	`sha256` text PRIMARY KEY NOT NULL,
	`size` integer NOT NULL,
	`mime` text NOT NULL,
	`detected_kind` text NOT NULL,
	`stored_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `deadlines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matter_id` integer NOT NULL,
	`title` text NOT NULL,
	`due` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`rule_id` text,
	`trigger_date` text,
	`trigger_event_id` integer,
	`options_json` text DEFAULT '{}' NOT NULL,
	`steps_json` text DEFAULT '[]' NOT NULL,
	`warnings_json` text DEFAULT '[]' NOT NULL,
	`computed_due` text,
	`override_reason` text,
	`done_on` text,
	`assignee` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`trigger_event_id`) REFERENCES `timeline_events`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `deadlines_matter_status_due_idx` ON `deadlines` (`matter_id`,`status`,`due`);--> statement-breakpoint
CREATE INDEX `deadlines_status_due_idx` ON `deadlines` (`status`,`due`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matter_id` integer NOT NULL,
	`sha256` text NOT NULL,
	`original_name` text NOT NULL,
	`size` integer NOT NULL,
	`mime` text NOT NULL,
	`kind` text DEFAULT 'other' NOT NULL,
	`document_date` text,
	`privileged` integer DEFAULT false NOT NULL,
	`imported_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`imported_by` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sha256`) REFERENCES `blobs`(`sha256`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documents_matter_idx` ON `documents` (`matter_id`);--> statement-breakpoint
CREATE INDEX `documents_sha_idx` ON `documents` (`sha256`);--> statement-breakpoint
CREATE TABLE `ip_rights` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matter_id` integer NOT NULL,
	`type` text NOT NULL,
	`number` text NOT NULL,
	`jurisdiction` text NOT NULL,
	`title` text,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ip_rights_matter_idx` ON `ip_rights` (`matter_id`);--> statement-breakpoint
CREATE TABLE `matters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`rights_holder` text DEFAULT '' NOT NULL,
	`jurisdiction` text,
	`marketplace` text,
	`letter_date` text,
	`received_date` text,
	`sender_reference` text,
	`demands` text,
	`notes` text,
	`next_deadline` text,
	`last_activity_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`search_text` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `matters_reference_uq` ON `matters` ("reference" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `matters_next_deadline_idx` ON `matters` (`next_deadline`);--> statement-breakpoint
CREATE INDEX `matters_last_activity_idx` ON `matters` (`last_activity_at`);--> statement-breakpoint
CREATE INDEX `matters_status_idx` ON `matters` (`status`);--> statement-breakpoint
CREATE INDEX `matters_kind_idx` ON `matters` (`kind`);--> statement-breakpoint
CREATE TABLE `parties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matter_id` integer NOT NULL,
	`role` text NOT NULL,
	`name` text NOT NULL,
	`organisation` text,
	`email` text,
	`phone` text,
	`address` text,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `parties_matter_idx` ON `parties` (`matter_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value_json` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `timeline_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matter_id` integer NOT NULL,
	`type` text NOT NULL,
	`date` text NOT NULL,
	`title` text NOT NULL,
	`details` text,
	`from_status` text,
	`to_status` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `timeline_events_matter_date_idx` ON `timeline_events` (`matter_id`,`date`);