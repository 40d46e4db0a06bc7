CREATE INDEX `deadlines_trigger_event_idx` ON `deadlines` (`trigger_event_id`);--> statement-breakpoint
CREATE INDEX `timeline_events_type_date_idx` ON `timeline_events` (`type`,`date`);