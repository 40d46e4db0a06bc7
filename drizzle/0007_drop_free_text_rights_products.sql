DROP TABLE `accused_products`;--> statement-breakpoint
DROP TABLE `ip_rights`;