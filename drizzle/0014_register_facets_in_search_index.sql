-- The register's filter values beside the search text in the trigram index, so that a search
-- within filters ("b0" among open matters in the US) and two filters together are counted and
-- paged off the index: at 100,000 matters they had been checked row by row against every hit or
-- kept row (27-50 ms). Each status, kind, jurisdiction and marketplace a matter has had gets a
-- number in matter_facet_values; matters.facets holds one token per filter column of the matter,
-- three private-use characters made from the number (facet, number / 65536, number % 65536), so
-- each value is exactly one trigram in the index: exact (not "us" for "US"), and one doclist to
-- read. One trigger per event keeps the numbers, facets and matters_fts together, in that order.
-- drizzle-kit generated the first three statements; the rest is by hand.
CREATE TABLE `matter_facet_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facet` integer NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `matter_facet_values_uq` ON `matter_facet_values` (`facet`,`value`);--> statement-breakpoint
ALTER TABLE `matters` ADD `facets` text DEFAULT '' NOT NULL;
--> statement-breakpoint
DROP TRIGGER `matters_fts_ai`;
--> statement-breakpoint
DROP TRIGGER `matters_fts_ad`;
--> statement-breakpoint
DROP TRIGGER `matters_fts_au`;
--> statement-breakpoint
DROP TABLE `matters_fts`;
--> statement-breakpoint
INSERT OR IGNORE INTO `matter_facet_values`(`facet`, `value`)
  SELECT 0, `status` FROM `matters` UNION SELECT 1, `kind` FROM `matters`
  UNION SELECT 2, `jurisdiction` FROM `matters` WHERE `jurisdiction` IS NOT NULL
  UNION SELECT 3, `marketplace` FROM `matters` WHERE `marketplace` IS NOT NULL;
--> statement-breakpoint
UPDATE `matters` SET `facets` = (
    SELECT coalesce(group_concat(char(57344 + `facet`, 983040 + (`id` >> 16), 983040 + (`id` & 65535)), ''), '')
    FROM `matter_facet_values`
    WHERE (`facet` = 0 AND `value` = `matters`.`status`) OR (`facet` = 1 AND `value` = `matters`.`kind`)
       OR (`facet` = 2 AND `value` = `matters`.`jurisdiction`) OR (`facet` = 3 AND `value` = `matters`.`marketplace`)
  );
--> statement-breakpoint
CREATE VIRTUAL TABLE `matters_fts` USING fts5(search_text, facets, content='matters', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
INSERT INTO `matters_fts`(`matters_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `matters_fts_ai` AFTER INSERT ON `matters` BEGIN
  INSERT OR IGNORE INTO `matter_facet_values`(`facet`, `value`)
    SELECT 0, new.`status` UNION ALL SELECT 1, new.`kind`
    UNION ALL SELECT 2, new.`jurisdiction` WHERE new.`jurisdiction` IS NOT NULL
    UNION ALL SELECT 3, new.`marketplace` WHERE new.`marketplace` IS NOT NULL;
  UPDATE `matters` SET `facets` = (
    SELECT coalesce(group_concat(char(57344 + `facet`, 983040 + (`id` >> 16), 983040 + (`id` & 65535)), ''), '')
    FROM `matter_facet_values`
    WHERE (`facet` = 0 AND `value` = new.`status`) OR (`facet` = 1 AND `value` = new.`kind`)
       OR (`facet` = 2 AND `value` = new.`jurisdiction`) OR (`facet` = 3 AND `value` = new.`marketplace`)
  ) WHERE `id` = new.`id`;
  INSERT INTO `matters_fts`(rowid, search_text, facets)
    SELECT `id`, `search_text`, `facets` FROM `matters` WHERE `id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `matters_fts_ad` AFTER DELETE ON `matters` BEGIN
  INSERT INTO `matters_fts`(`matters_fts`, rowid, search_text, facets) VALUES ('delete', old.`id`, old.`search_text`, old.`facets`);
END;
--> statement-breakpoint
CREATE TRIGGER `matters_fts_au` AFTER UPDATE OF `search_text`, `status`, `kind`, `jurisdiction`, `marketplace` ON `matters` BEGIN
  INSERT INTO `matters_fts`(`matters_fts`, rowid, search_text, facets) VALUES ('delete', old.`id`, old.`search_text`, old.`facets`);
  INSERT OR IGNORE INTO `matter_facet_values`(`facet`, `value`)
    SELECT 0, new.`status` UNION ALL SELECT 1, new.`kind`
    UNION ALL SELECT 2, new.`jurisdiction` WHERE new.`jurisdiction` IS NOT NULL
    UNION ALL SELECT 3, new.`marketplace` WHERE new.`marketplace` IS NOT NULL;
  UPDATE `matters` SET `facets` = (
    SELECT coalesce(group_concat(char(57344 + `facet`, 983040 + (`id` >> 16), 983040 + (`id` & 65535)), ''), '')
    FROM `matter_facet_values`
    WHERE (`facet` = 0 AND `value` = new.`status`) OR (`facet` = 1 AND `value` = new.`kind`)
       OR (`facet` = 2 AND `value` = new.`jurisdiction`) OR (`facet` = 3 AND `value` = new.`marketplace`)
  ) WHERE `id` = new.`id`;
  INSERT INTO `matters_fts`(rowid, search_text, facets)
    SELECT `id`, `search_text`, `facets` FROM `matters` WHERE `id` = new.`id`;
END;
