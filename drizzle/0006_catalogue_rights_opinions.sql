CREATE TABLE `clearances` (
	`matter_id` integer PRIMARY KEY NOT NULL,
	`version_id` integer NOT NULL,
	`searched_json` text DEFAULT '[]' NOT NULL,
	`search_report_document_id` integer,
	`opinion_id` integer,
	`decision` text,
	`decision_date` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `product_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`search_report_document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`opinion_id`) REFERENCES `opinions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `design_arounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_version_id` integer NOT NULL,
	`to_version_id` integer NOT NULL,
	`changes` text NOT NULL,
	`avoids_json` text DEFAULT '[]' NOT NULL,
	`clearing_opinion_id` integer,
	`new_version_live_date` text,
	`old_stock_sold_out_date` text,
	`document_ids_json` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`from_version_id`) REFERENCES `product_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_version_id`) REFERENCES `product_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`clearing_opinion_id`) REFERENCES `opinions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `design_arounds_from_idx` ON `design_arounds` (`from_version_id`);--> statement-breakpoint
CREATE INDEX `design_arounds_to_idx` ON `design_arounds` (`to_version_id`);--> statement-breakpoint
CREATE TABLE `listing_status_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`listing_id` integer NOT NULL,
	`date` text NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `listing_status_listing_date_idx` ON `listing_status_changes` (`listing_id`,`date`);--> statement-breakpoint
CREATE TABLE `listings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`marketplace` text NOT NULL,
	`country` text,
	`item_id` text,
	`url` text,
	`store` text,
	`currency` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `product_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `listings_version_idx` ON `listings` (`version_id`);--> statement-breakpoint
CREATE INDEX `listings_item_idx` ON `listings` ("item_id" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `matter_products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matter_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`listing_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `product_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `matter_products_matter_idx` ON `matter_products` (`matter_id`);--> statement-breakpoint
CREATE INDEX `matter_products_version_idx` ON `matter_products` (`version_id`);--> statement-breakpoint
CREATE INDEX `matter_products_listing_idx` ON `matter_products` (`listing_id`);--> statement-breakpoint
CREATE TABLE `matter_rights` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matter_id` integer NOT NULL,
	`right_id` integer NOT NULL,
	`claims_json` text DEFAULT '[]' NOT NULL,
	`counterfeit_alleged` integer DEFAULT false NOT NULL,
	`goods_types` integer,
	`closed_date` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`right_id`) REFERENCES `rights`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `matter_rights_matter_idx` ON `matter_rights` (`matter_id`);--> statement-breakpoint
CREATE INDEX `matter_rights_right_idx` ON `matter_rights` (`right_id`);--> statement-breakpoint
CREATE TABLE `opinion_rights` (
	`opinion_id` integer NOT NULL,
	`right_id` integer NOT NULL,
	`claims_json` text DEFAULT '[]' NOT NULL,
	PRIMARY KEY(`opinion_id`, `right_id`),
	FOREIGN KEY (`opinion_id`) REFERENCES `opinions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`right_id`) REFERENCES `rights`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `opinion_rights_right_idx` ON `opinion_rights` (`right_id`);--> statement-breakpoint
CREATE TABLE `opinion_versions` (
	`opinion_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	PRIMARY KEY(`opinion_id`, `version_id`),
	FOREIGN KEY (`opinion_id`) REFERENCES `opinions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `product_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `opinion_versions_version_idx` ON `opinion_versions` (`version_id`);--> statement-breakpoint
CREATE TABLE `opinions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matter_id` integer NOT NULL,
	`type` text NOT NULL,
	`counsel` text NOT NULL,
	`firm` text,
	`attorney` text,
	`requested_date` text,
	`facts_given` text,
	`delivered_date` text,
	`form` text NOT NULL,
	`conclusion` text NOT NULL,
	`document_id` integer,
	`privileged` integer DEFAULT true NOT NULL,
	`waiver` text DEFAULT 'undecided' NOT NULL,
	`waiver_decided_on` text,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `opinions_matter_idx` ON `opinions` (`matter_id`);--> statement-breakpoint
CREATE TABLE `product_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`product_id` integer NOT NULL,
	`name` text NOT NULL,
	`launch_date` text,
	`end_of_sale_date` text,
	`changes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `product_versions_product_idx` ON `product_versions` (`product_id`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`sku` text,
	`brand` text,
	`category` text,
	`launch_date` text,
	`image_sha256` text,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`image_sha256`) REFERENCES `blobs`(`sha256`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `products_sku_idx` ON `products` ("sku" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `products_name_idx` ON `products` (`name`);--> statement-breakpoint
CREATE TABLE `right_claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`right_id` integer NOT NULL,
	`number` text NOT NULL,
	`independent` integer DEFAULT true NOT NULL,
	`depends_on` text,
	`text` text,
	FOREIGN KEY (`right_id`) REFERENCES `rights`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `right_claims_uq` ON `right_claims` (`right_id`,`number`);--> statement-breakpoint
CREATE TABLE `rights` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`number` text NOT NULL,
	`number_key` text NOT NULL,
	`jurisdiction` text NOT NULL,
	`owner` text,
	`title` text,
	`status` text DEFAULT 'unknown' NOT NULL,
	`filing_date` text,
	`grant_date` text,
	`expiry_date` text,
	`marking_status` text DEFAULT 'unknown' NOT NULL,
	`marked_since` text,
	`registration_date` text,
	`effective_registration_date` text,
	`first_publication_date` text,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rights_key_uq` ON `rights` (`type`,`jurisdiction`,`number_key`);--> statement-breakpoint
CREATE TABLE `sales_months` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`listing_id` integer,
	`month` text NOT NULL,
	`units` integer NOT NULL,
	`revenue_cents` integer NOT NULL,
	`currency` text NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `product_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sales_months_uq` ON `sales_months` (`version_id`, coalesce(`listing_id`, 0), `month`, `currency`);--> statement-breakpoint
-- Data: every per-matter right becomes an assertion (same id) of one registry right, keyed by
-- type, jurisdiction and the number without separators (the core's rightNumberKey).
CREATE TEMP TABLE `_old_rights` AS
  SELECT `id`, `matter_id`, `type`, `number`, `jurisdiction`, `title`,
    upper(replace(replace(replace(replace(replace(replace(`number`, ' ', ''), char(160), ''), ',', ''), '.', ''), '-', ''), '/', '')) AS `k`
  FROM `ip_rights`;
--> statement-breakpoint
INSERT INTO `rights` (`type`, `number`, `number_key`, `jurisdiction`, `title`)
  SELECT r.`type`, r.`number`, r.`k`, r.`jurisdiction`,
    (SELECT t.`title` FROM `_old_rights` t
      WHERE t.`type` = r.`type` AND t.`jurisdiction` = r.`jurisdiction` AND t.`k` = r.`k` AND t.`title` IS NOT NULL
      ORDER BY t.`id` LIMIT 1)
  FROM `_old_rights` r
  WHERE r.`id` = (SELECT min(x.`id`) FROM `_old_rights` x
    WHERE x.`type` = r.`type` AND x.`jurisdiction` = r.`jurisdiction` AND x.`k` = r.`k`)
  ORDER BY r.`id`;
--> statement-breakpoint
INSERT INTO `matter_rights` (`id`, `matter_id`, `right_id`)
  SELECT r.`id`, r.`matter_id`,
    (SELECT g.`id` FROM `rights` g WHERE g.`type` = r.`type` AND g.`jurisdiction` = r.`jurisdiction` AND g.`number_key` = r.`k`)
  FROM `_old_rights` r ORDER BY r.`id`;
--> statement-breakpoint
DROP TABLE `_old_rights`;
--> statement-breakpoint
-- Data: free-text accused products become catalogue products (one per SKU; else per ASIN or
-- item id; else per row) with a version "v1" and a listing per item id, URL or marketplace
-- named; each row becomes the matter's link (same id) to that version and listing.
CREATE TEMP TABLE `_old_products` AS
  SELECT p.`id`, p.`matter_id`, p.`name`, p.`sku`, p.`marketplace_item_id` AS `item`, p.`marketplace`, p.`listing_url` AS `url`,
    coalesce(
      'sku:' || upper(nullif(trim(p.`sku`), '')),
      (SELECT 'sku:' || upper(trim(q.`sku`)) FROM `accused_products` q
        WHERE q.`sku` IS NOT NULL AND trim(q.`sku`) <> '' AND upper(q.`marketplace_item_id`) = upper(p.`marketplace_item_id`)
        ORDER BY q.`id` LIMIT 1),
      'item:' || upper(nullif(trim(p.`marketplace_item_id`), '')),
      'row:' || p.`id`
    ) AS `k`
  FROM `accused_products` p;
--> statement-breakpoint
INSERT INTO `products` (`name`, `sku`, `notes`)
  SELECT o.`name`, o.`sku`, o.`k` FROM `_old_products` o
  WHERE o.`id` = (SELECT min(x.`id`) FROM `_old_products` x WHERE x.`k` = o.`k`)
  ORDER BY o.`id`;
--> statement-breakpoint
INSERT INTO `product_versions` (`product_id`, `name`, `changes`)
  SELECT p.`id`, 'v1', '' FROM `products` p ORDER BY p.`id`;
--> statement-breakpoint
CREATE TEMP TABLE `_old_listings` AS
  SELECT o.`k`, o.`item`, o.`url`, o.`marketplace`, min(o.`id`) AS `first_id`
  FROM `_old_products` o
  WHERE o.`item` IS NOT NULL OR o.`url` IS NOT NULL OR o.`marketplace` IS NOT NULL
  GROUP BY o.`k`, coalesce(upper(o.`item`), ''), coalesce(o.`url`, ''), coalesce(o.`marketplace`, '');
--> statement-breakpoint
INSERT INTO `listings` (`version_id`, `marketplace`, `item_id`, `url`, `store`)
  SELECT v.`id`, coalesce(l.`marketplace`, ''), l.`item`, l.`url`, 'migrated:' || l.`first_id`
  FROM `_old_listings` l
  JOIN `products` p ON p.`notes` = l.`k`
  JOIN `product_versions` v ON v.`product_id` = p.`id`
  ORDER BY l.`first_id`;
--> statement-breakpoint
INSERT INTO `matter_products` (`id`, `matter_id`, `version_id`, `listing_id`)
  SELECT o.`id`, o.`matter_id`, v.`id`,
    (SELECT li.`id` FROM `_old_listings` l JOIN `listings` li ON li.`store` = 'migrated:' || l.`first_id`
      WHERE l.`k` = o.`k` AND coalesce(upper(l.`item`), '') = coalesce(upper(o.`item`), '')
        AND coalesce(l.`url`, '') = coalesce(o.`url`, '') AND coalesce(l.`marketplace`, '') = coalesce(o.`marketplace`, ''))
  FROM `_old_products` o
  JOIN `products` p ON p.`notes` = o.`k`
  JOIN `product_versions` v ON v.`product_id` = p.`id`
  ORDER BY o.`id`;
--> statement-breakpoint
UPDATE `listings` SET `store` = NULL WHERE `store` LIKE 'migrated:%';
--> statement-breakpoint
UPDATE `products` SET `notes` = NULL;
--> statement-breakpoint
UPDATE `product_versions` SET `changes` = NULL;
--> statement-breakpoint
DROP TABLE `_old_listings`;
--> statement-breakpoint
DROP TABLE `_old_products`;
