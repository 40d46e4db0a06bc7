ALTER TABLE `audit_log` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `hash` text;--> statement-breakpoint
ALTER TABLE `custody_events` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `custody_events` ADD `hash` text;