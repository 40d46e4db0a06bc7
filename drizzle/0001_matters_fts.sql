-- Register free-text search: an FTS5 trigram index over matters.search_text, so substring
-- search (ASINs, patent numbers, Chinese names) uses an index instead of scanning every row.
-- drizzle-kit cannot generate virtual tables; this migration is written by hand.
CREATE VIRTUAL TABLE `matters_fts` USING fts5(search_text, content='matters', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
INSERT INTO `matters_fts`(`matters_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `matters_fts_ai` AFTER INSERT ON `matters` BEGIN
  INSERT INTO `matters_fts`(rowid, search_text) VALUES (new.id, new.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `matters_fts_ad` AFTER DELETE ON `matters` BEGIN
  INSERT INTO `matters_fts`(`matters_fts`, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `matters_fts_au` AFTER UPDATE OF search_text ON `matters` BEGIN
  INSERT INTO `matters_fts`(`matters_fts`, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  INSERT INTO `matters_fts`(rowid, search_text) VALUES (new.id, new.search_text);
END;
