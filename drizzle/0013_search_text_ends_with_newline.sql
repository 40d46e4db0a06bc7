-- Every matter's search text ends with a newline, so every occurrence of a 1-2 character term
-- (商标, 3M) starts an indexed trigram and the register finds it through matters_fts's vocabulary
-- instead of a LIKE over every matter. The FTS update trigger re-indexes the rows changed.
UPDATE `matters` SET `search_text` = `search_text` || char(10)
WHERE `search_text` <> '' AND substr(`search_text`, -1) <> char(10);
