CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`role` text,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_name_uq` ON `people` ("name" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `schedule_a_defendants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matter_id` integer NOT NULL,
	`doe` integer NOT NULL,
	`store` text NOT NULL,
	`seller_id` text,
	`platform` text,
	`url` text,
	`ours` integer DEFAULT false NOT NULL,
	`source_document_id` integer,
	`source_page` integer,
	`frozen_amount_cents` integer,
	`frozen_currency` text,
	`frozen_on` text,
	`freeze_notice_document_id` integer,
	`tro_date` text,
	`preliminary_injunction_date` text,
	`alt_service_order_date` text,
	`served_on` text,
	`appearance_date` text,
	`settlement_offered_on` text,
	`settlement_amount_cents` integer,
	`settlement_currency` text,
	`dismissed_on` text,
	`funds_released_on` text,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`freeze_notice_document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `schedule_a_defendants_uq` ON `schedule_a_defendants` (`matter_id`,`doe`);--> statement-breakpoint
CREATE INDEX `schedule_a_defendants_seller_idx` ON `schedule_a_defendants` ("seller_id" COLLATE NOCASE);--> statement-breakpoint
ALTER TABLE `deadlines` ADD `responsible_person_id` integer REFERENCES people(id) ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX `deadlines_responsible_idx` ON `deadlines` (`responsible_person_id`);--> statement-breakpoint
ALTER TABLE `matters` ADD `court` text;--> statement-breakpoint
ALTER TABLE `matters` ADD `division` text;--> statement-breakpoint
ALTER TABLE `matters` ADD `case_number` text;--> statement-breakpoint
ALTER TABLE `matters` ADD `judge` text;--> statement-breakpoint
ALTER TABLE `matters` ADD `magistrate_judge` text;--> statement-breakpoint
ALTER TABLE `matters` ADD `filing_date` text;--> statement-breakpoint
ALTER TABLE `matters` ADD `responsible_person_id` integer REFERENCES people(id) ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX `matters_case_number_idx` ON `matters` ("case_number" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `matters_responsible_idx` ON `matters` (`responsible_person_id`);--> statement-breakpoint
-- Free-text assignees become people: one per distinct name (trimmed, case-insensitive).
INSERT INTO `people` (`name`)
  SELECT min(trim(`assignee`)) FROM `deadlines`
  WHERE `assignee` IS NOT NULL AND trim(`assignee`) <> ''
  GROUP BY trim(`assignee`) COLLATE NOCASE;--> statement-breakpoint
UPDATE `deadlines` SET `responsible_person_id` =
  (SELECT `id` FROM `people` WHERE `people`.`name` = trim(`deadlines`.`assignee`) COLLATE NOCASE)
  WHERE `assignee` IS NOT NULL AND trim(`assignee`) <> '';
