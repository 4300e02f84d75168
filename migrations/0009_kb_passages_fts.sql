-- The AI's passages, full-text indexed (SQLite FTS5, external content: the text lives once, in
-- `kb_passages`), with the same porter stemmer as `articles_fts`. Columns: the article's title (or a saved
-- answer's question), the section heading, the unit's text.
CREATE VIRTUAL TABLE `kb_passages_fts` USING fts5(
	`title`,
	`section`,
	`text`,
	content='kb_passages',
	content_rowid='rowid',
	tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `kb_passages_fts_insert` AFTER INSERT ON `kb_passages` BEGIN
	INSERT INTO `kb_passages_fts`(`rowid`, `title`, `section`, `text`) VALUES (new.`rowid`, new.`title`, new.`section`, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `kb_passages_fts_delete` AFTER DELETE ON `kb_passages` BEGIN
	INSERT INTO `kb_passages_fts`(`kb_passages_fts`, `rowid`, `title`, `section`, `text`) VALUES ('delete', old.`rowid`, old.`title`, old.`section`, old.`text`);
END;
--> statement-breakpoint
-- Every change to an article or a saved answer queues it for the AI's indexer (Markdown needs parsing,
-- which SQL cannot do); the AI rebuilds queued sources before it answers. A deleted source's passages go at once.
CREATE TRIGGER `kb_queue_article_insert` AFTER INSERT ON `articles` BEGIN
	INSERT OR REPLACE INTO `kb_index_queue`(`source`, `source_id`, `site_id`, `token`) VALUES ('article', new.`id`, new.`site_id`, lower(hex(randomblob(8))));
END;
--> statement-breakpoint
CREATE TRIGGER `kb_queue_article_update` AFTER UPDATE OF `title`, `body`, `slug`, `published` ON `articles` BEGIN
	INSERT OR REPLACE INTO `kb_index_queue`(`source`, `source_id`, `site_id`, `token`) VALUES ('article', new.`id`, new.`site_id`, lower(hex(randomblob(8))));
END;
--> statement-breakpoint
CREATE TRIGGER `kb_queue_article_delete` AFTER DELETE ON `articles` BEGIN
	DELETE FROM `kb_passages` WHERE `source` = 'article' AND `source_id` = old.`id`;
	DELETE FROM `kb_index_queue` WHERE `source` = 'article' AND `source_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `kb_queue_answer_insert` AFTER INSERT ON `ai_answers` BEGIN
	INSERT OR REPLACE INTO `kb_index_queue`(`source`, `source_id`, `site_id`, `token`) VALUES ('answer', new.`id`, new.`site_id`, lower(hex(randomblob(8))));
END;
--> statement-breakpoint
CREATE TRIGGER `kb_queue_answer_update` AFTER UPDATE OF `question`, `answer` ON `ai_answers` BEGIN
	INSERT OR REPLACE INTO `kb_index_queue`(`source`, `source_id`, `site_id`, `token`) VALUES ('answer', new.`id`, new.`site_id`, lower(hex(randomblob(8))));
END;
--> statement-breakpoint
CREATE TRIGGER `kb_queue_answer_delete` AFTER DELETE ON `ai_answers` BEGIN
	DELETE FROM `kb_passages` WHERE `source` = 'answer' AND `source_id` = old.`id`;
	DELETE FROM `kb_index_queue` WHERE `source` = 'answer' AND `source_id` = old.`id`;
END;
--> statement-breakpoint
-- Articles that exist before this migration are indexed on the AI's first turn.
INSERT OR REPLACE INTO `kb_index_queue`(`source`, `source_id`, `site_id`, `token`) SELECT 'article', `id`, `site_id`, lower(hex(randomblob(8))) FROM `articles`;
