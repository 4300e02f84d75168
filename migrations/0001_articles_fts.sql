-- Full-text index over knowledge-base articles (SQLite FTS5, external content: the text lives once, in
-- `articles`). The porter stemmer lets "refunds" find "refund". Triggers keep the index in step.
-- Note: `wrangler d1 export` cannot export FTS5 virtual tables; back up with D1 Time Travel.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
	`title`,
	`body`,
	content='articles',
	content_rowid='rowid',
	tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `articles_fts_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO `articles_fts`(`rowid`, `title`, `body`) VALUES (new.`rowid`, new.`title`, new.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_delete` AFTER DELETE ON `articles` BEGIN
	INSERT INTO `articles_fts`(`articles_fts`, `rowid`, `title`, `body`) VALUES ('delete', old.`rowid`, old.`title`, old.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_update` AFTER UPDATE OF `title`, `body` ON `articles` BEGIN
	INSERT INTO `articles_fts`(`articles_fts`, `rowid`, `title`, `body`) VALUES ('delete', old.`rowid`, old.`title`, old.`body`);
	INSERT INTO `articles_fts`(`rowid`, `title`, `body`) VALUES (new.`rowid`, new.`title`, new.`body`);
END;
