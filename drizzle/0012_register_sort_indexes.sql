CREATE INDEX `matters_reference_sort_idx` ON `matters` (`reference`);--> statement-breakpoint
CREATE INDEX `matters_title_idx` ON `matters` (`title`);--> statement-breakpoint
CREATE INDEX `matters_rights_holder_idx` ON `matters` (`rights_holder`);--> statement-breakpoint
CREATE INDEX `matters_jurisdiction_idx` ON `matters` (`jurisdiction`);--> statement-breakpoint
CREATE INDEX `matters_marketplace_idx` ON `matters` (`marketplace`);