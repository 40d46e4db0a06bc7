-- Full-text search over document text with page numbers. Trigram finds Chinese and
-- substrings (D987,654) alike; it needs 3+ characters, so shorter terms fall back to LIKE.
-- drizzle-kit cannot generate virtual tables; this migration is written by hand.
CREATE VIRTUAL TABLE `document_pages_fts` USING fts5(text, content='document_pages', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `document_pages_fts_ai` AFTER INSERT ON `document_pages` BEGIN
  INSERT INTO `document_pages_fts`(rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `document_pages_fts_ad` AFTER DELETE ON `document_pages` BEGIN
  INSERT INTO `document_pages_fts`(`document_pages_fts`, rowid, text) VALUES ('delete', old.id, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `document_pages_fts_au` AFTER UPDATE OF text ON `document_pages` BEGIN
  INSERT INTO `document_pages_fts`(`document_pages_fts`, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO `document_pages_fts`(rowid, text) VALUES (new.id, new.text);
END;
